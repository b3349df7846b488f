package io.github.basisspread.models.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {

    private static final long T0 = 1_700_000_000_000L;
    private static final long HOUR = 3_600_000L;

    static TimeSeries hourly(double... v) {
        return hourlyFrom(0, v);
    }

    static TimeSeries hourlyFrom(int firstHour, double... v) {
        long[] ms = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            ms[i] = T0 + (firstHour + i) * HOUR;
        }
        return TimeSeries.ofEpochMillis(ms, v);
    }

    /** Opens carry at the first observation, then holds. */
    private static final BasisStrategy CARRY_ONCE = (view, position) ->
            view.size() == 1 ? Decision.OPEN_CARRY : Decision.HOLD;

    @Test
    void linearFundingCarry_byHand() {
        // Capital 1101.5, margin 0.1, fees 0.001 spot + 0.0005 perp: N = 1101.5 / 1.1015 = 1000 per leg.
        // t0: S 100, F 102: qS = 10, qF = -10; perp notional 1020, margin 102; fees -(1 + 0.51) = -1.51.
        // t1: S 110, F 111: spot +100, perp -10 * 9 = -90; funding 0.001 on 10 * 111 = 1.11 received by the short.
        // t2: S 105, F 105.5: spot -50, perp +55; funding -0.0005 on 1055 = -0.5275, paid by the short.
        // t3: S 120, F 120: spot +150, perp -145; end of data: close fees -(1.2 + 0.6) = -1.8.
        // Convergence 100 - 90 - 50 + 55 + 150 - 145 = 20 (= 10 x the basis 2 -> 0); funding 0.5825;
        // fees -3.31; final equity 1101.5 + 20 + 0.5825 - 3.31 = 1118.7725.
        BacktestData data = BacktestData.perpetual(hourly(100, 110, 105, 120), hourly(102, 111, 105.5, 120),
                hourlyFrom(1, 0.001, -0.0005), Settlement.LINEAR);
        BacktestResult r = Backtest.of(1101.5).withFees(0.001, 0.0005).withMarginRate(0.1).run(data, CARRY_ONCE);
        assertThat(r.equity().valuesArray()).containsExactly(new double[] {1099.99, 1111.10, 1115.5725, 1118.7725}, within(1e-9));
        PnlAttribution a = r.attribution();
        assertThat(a.basisConvergence()).isCloseTo(20, within(1e-9));
        assertThat(a.funding()).isCloseTo(0.5825, within(1e-12));
        assertThat(a.fees()).isCloseTo(-3.31, within(1e-12));
        assertThat(a.financing()).isZero();
        assertThat(r.finalEquity()).isCloseTo(1101.5 + a.total(), within(1e-9));
        assertThat(r.fundingEvents()).hasSize(2);
        assertThat(r.fundingEvents().get(0).cashFlow()).isCloseTo(1.11, within(1e-12));
        assertThat(r.fundingEvents().get(1).cashFlow()).isCloseTo(-0.5275, within(1e-12));
        assertThat(r.fundingEvents().get(1).rate()).isEqualTo(-0.0005);
        Trade trade = r.trades().get(0);
        assertThat(r.trades()).hasSize(1);
        assertThat(trade.position()).isEqualTo(Position.CARRY);
        assertThat(trade.exitReason()).isEqualTo(ExitReason.END_OF_DATA);
        assertThat(trade.spotQuantity()).isCloseTo(10, within(1e-12));
        assertThat(trade.derivativeQuantity()).isCloseTo(-10, within(1e-12));
        assertThat(trade.notional()).isCloseTo(1000, within(1e-9));
        assertThat(trade.margin()).isCloseTo(102, within(1e-9));
        assertThat(trade.entryBasis()).isCloseTo(0.02, within(1e-15));
        assertThat(trade.exitBasis()).isZero();
        assertThat(trade.pnl().total()).isCloseTo(a.total(), within(1e-9));
        assertThat(trade.entryTime()).isEqualTo(Instant.ofEpochMilli(T0));
        assertThat(trade.exitTime()).isEqualTo(Instant.ofEpochMilli(T0 + 3 * HOUR));
        // Turnover: (1000 + 1020 + 1200 + 1200) / 1101.5; one winning trade.
        assertThat(r.metrics().turnover()).isCloseTo(4420 / 1101.5, within(1e-12));
        assertThat(r.metrics().hitRate().getAsDouble()).isEqualTo(1.0);
        assertThat(r.decisions()).containsExactly(Decision.OPEN_CARRY, Decision.HOLD, Decision.HOLD, Decision.HOLD);
    }

    @Test
    void inversePerpetual_coinPnlConvertedAtTheMark_withFinancing() {
        // Capital 1100, margin 0.1, no fees: N = 1000, qS = 10, the short inverse face = 10 x 100 = 1000 USD.
        // t1: F 100 -> 125: coin P&L -1000 (1/100 - 1/125) = -2 coin, x 125 = -250 USD.
        // Funding 0.001: 1000 / 125 x 0.001 = 0.008 coin, x 125 = 1 USD to the short.
        // Financing 5% on 10 x 100 for 1 h: -0.05 x 1000 / 8760.
        BacktestData data = BacktestData.perpetual(hourly(100, 100), hourly(100, 125), hourlyFrom(1, 0.001), Settlement.INVERSE);
        BacktestResult r = Backtest.of(1100).withFinancingRate(0.05).run(data, CARRY_ONCE);
        assertThat(r.attribution().basisConvergence()).isCloseTo(-250, within(1e-9));
        assertThat(r.attribution().funding()).isCloseTo(1, within(1e-12));
        assertThat(r.attribution().financing()).isCloseTo(-50.0 / 8760, within(1e-12));
        assertThat(r.finalEquity()).isCloseTo(1100 - 250 + 1 - 50.0 / 8760, within(1e-9));
        assertThat(r.trades().get(0).derivativeQuantity()).isCloseTo(-1000, within(1e-9));
    }

    @Test
    void datedFuture_cashAndCarry_closesAtExpiry_andNeverReopens() {
        // b = 0.03 >= 0.02 at t0: open carry (qS 10, qF -10 with capital 1100, margin 0.1).
        // Expiry at t2 + 30 min: t3 lies after it, so the trade closes at t2 and nothing opens after.
        // Convergence -10 (101 - 103) = 20.
        BacktestData data = BacktestData.datedFuture(hourly(100, 100, 100, 100), hourly(103, 102, 101, 100.5),
                Instant.ofEpochMilli(T0 + 2 * HOUR + HOUR / 2), Settlement.LINEAR);
        BacktestResult r = Backtest.of(1100).run(data, Strategies.cashAndCarry(0.02, 0.001));
        assertThat(r.trades()).hasSize(1);
        assertThat(r.trades().get(0).exitReason()).isEqualTo(ExitReason.EXPIRY);
        assertThat(r.trades().get(0).exitTime()).isEqualTo(Instant.ofEpochMilli(T0 + 2 * HOUR));
        assertThat(r.attribution().basisConvergence()).isCloseTo(20, within(1e-9));
        assertThat(r.finalEquity()).isCloseTo(1120, within(1e-9));
        assertThat(data.expiry()).isPresent();
    }

    @Test
    void stopLoss_closesAReverseTrade() {
        // Reverse: short 10 spot, long 10 future at 100; F falls to 90: -100 <= -0.05 x 1000 -> stop at t1.
        BasisStrategy reverse = (view, position) -> view.size() == 1 ? Decision.OPEN_REVERSE : Decision.HOLD;
        BacktestData data = BacktestData.perpetual(hourly(100, 100, 100), hourly(100, 90, 80), TimeSeries.empty(), Settlement.LINEAR);
        BacktestResult r = Backtest.of(1100).withStopLoss(0.05).run(data, reverse);
        assertThat(r.trades()).hasSize(1);
        assertThat(r.trades().get(0).exitReason()).isEqualTo(ExitReason.STOP);
        assertThat(r.trades().get(0).position()).isEqualTo(Position.REVERSE);
        assertThat(r.finalEquity()).isCloseTo(1000, within(1e-9));
        assertThat(r.metrics().hitRate().getAsDouble()).isZero();
        // Equity 1100, 1000, 1000: a 1/11 drawdown from t0 never recovered: duration 2 h.
        assertThat(r.metrics().maxDrawdown()).isCloseTo(1.0 / 11, within(1e-12));
        assertThat(r.metrics().maxDrawdownDuration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void signalClose_andFundingCarryStrategy() {
        // Funding 0.001 at t1 (>= entry 0.0005): open carry at t1; 0.0001 at t2 (<= exit 0.0002): close at t2.
        BacktestData data = BacktestData.perpetual(hourly(100, 100, 100, 100), hourly(100, 100, 100, 100),
                hourlyFrom(1, 0.001, 0.0001), Settlement.LINEAR);
        BacktestResult r = Backtest.of(1100).run(data, Strategies.fundingCarry(0.0005, 0.0002));
        assertThat(r.decisions()).containsExactly(Decision.HOLD, Decision.OPEN_CARRY, Decision.CLOSE, Decision.HOLD);
        assertThat(r.trades().get(0).exitReason()).isEqualTo(ExitReason.SIGNAL);
        // Funding at t2 on qF = -10 at 100: 0.0001 x 1000 = 0.1 received.
        assertThat(r.attribution().funding()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void performanceMetrics_byHand() {
        // Equity 100, 110, 99, 121 daily: r = 0.1, -0.1, 22/99; Y = 3/365, P = 365 steps a year.
        long day = 86_400_000_000_000L;
        long[] t = {0, day, 2 * day, 3 * day};
        PerformanceMetrics m = PerformanceMetrics.of(t, new double[] {100, 110, 99, 121}, List.of(), 0, 100);
        double r3 = 22.0 / 99;
        double mean = (0.1 - 0.1 + r3) / 3;
        double var = ((0.1 - mean) * (0.1 - mean) + (-0.1 - mean) * (-0.1 - mean) + (r3 - mean) * (r3 - mean)) / 2;
        assertThat(m.annualizedReturn()).isCloseTo(Math.pow(1.21, 365 / 3.0) - 1, within(1e-6 * Math.pow(1.21, 365 / 3.0)));
        assertThat(m.annualizedVolatility()).isCloseTo(Math.sqrt(var * 365), within(1e-12));
        assertThat(m.sharpe().getAsDouble()).isCloseTo(mean / Math.sqrt(var) * Math.sqrt(365), within(1e-12));
        // Downside deviation sqrt(0.01 / 3).
        assertThat(m.sortino().getAsDouble()).isCloseTo(mean / Math.sqrt(0.01 / 3) * Math.sqrt(365), within(1e-12));
        // Peak 110 at day 1, trough 99 (drawdown 0.1), regained at day 3: 2 days.
        assertThat(m.maxDrawdown()).isCloseTo(0.1, within(1e-15));
        assertThat(m.maxDrawdownDuration()).isEqualTo(Duration.ofDays(2));
        assertThat(m.hitRate()).isEmpty();
        assertThat(m.turnover()).isZero();
        // A flat curve: no volatility, no Sharpe, no Sortino, no drawdown.
        PerformanceMetrics flat = PerformanceMetrics.of(t, new double[] {100, 100, 100, 100}, List.of(), 0, 100);
        assertThat(flat.sharpe()).isEmpty();
        assertThat(flat.sortino()).isEmpty();
        assertThat(flat.maxDrawdownDuration()).isEqualTo(Duration.ZERO);
    }

    @Test
    void settlementsFromSnapshots_keepTheMultiplesOfEachInterval() {
        // Hourly snapshots from 1970-01-01T06:00Z; 8 h interval: only 08:00 and 16:00 are settlements; the
        // last snapshot has a 1 h interval, so 17:00 is one too.
        long h = 3_600_000L;
        long[] ms = new long[12];
        double[] rate = new double[12];
        double[] interval = new double[12];
        for (int i = 0; i < 12; i++) {
            ms[i] = (6 + i) * h;
            rate[i] = i;
            interval[i] = i == 11 ? h : 8 * h;
        }
        TimeSeries s = BacktestData.settlements(TimeSeries.ofEpochMillis(ms, rate), TimeSeries.ofEpochMillis(ms, interval));
        assertThat(s.valuesArray()).containsExactly(2, 10, 11);
        interval[3] = 0;
        assertThatThrownBy(() -> BacktestData.settlements(TimeSeries.ofEpochMillis(ms, rate), TimeSeries.ofEpochMillis(ms, interval)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'intervalMillis'").hasMessageContaining("0.0");
    }

    @Test
    void theViewRefusesTheFuture() {
        BacktestData data = BacktestData.perpetual(hourly(100, 100, 100), hourly(101, 101, 101), TimeSeries.empty(), Settlement.LINEAR);
        BasisStrategy cheat = (view, position) -> view.spot(view.size()) > 0 ? Decision.HOLD : Decision.HOLD;
        assertThatThrownBy(() -> Backtest.of(100).run(data, cheat))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no look-ahead").hasMessageContaining("value 1");
        MarketView view = new MarketView(data, 2);
        assertThat(view.relativeBasis().size()).isEqualTo(2);
        assertThat(view.relativeBasis(1)).isCloseTo(0.01, within(1e-15));
        assertThat(view.derivative(0)).isEqualTo(101);
        assertThat(view.time(1)).isEqualTo(Instant.ofEpochMilli(T0 + HOUR));
        assertThat(view.lastFundingRate()).isEmpty();
        assertThat(view.recentRelativeBasis(1).valuesArray()).containsExactly(view.relativeBasis(1));
        assertThatThrownBy(() -> view.recentRelativeBasis(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'count'").hasMessageContaining("3");
        assertThat(view.expiry()).isEmpty();
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> Backtest.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'capital'").hasMessageContaining("0.0");
        assertThatThrownBy(() -> Backtest.of(100).withFees(-0.001, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spotFee'").hasMessageContaining("-0.001");
        assertThatThrownBy(() -> Backtest.of(100).withSlippage(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'derivativeSlippage'");
        assertThatThrownBy(() -> Backtest.of(100).withMarginRate(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'marginRate'");
        assertThatThrownBy(() -> Backtest.of(100).withStopLoss(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'stopLoss'");
        assertThatThrownBy(() -> Backtest.of(100).withFinancingRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'financingRate'");
        assertThatThrownBy(() -> BacktestData.perpetual(hourly(100, 100), hourlyFrom(1, 100, 100), TimeSeries.empty(), Settlement.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aligned with 'spot'");
        assertThatThrownBy(() -> BacktestData.perpetual(hourly(100, Double.NaN), hourly(100, 100), TimeSeries.empty(), Settlement.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'spot'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> BacktestData.perpetual(hourly(100, 100), hourly(100, -1), TimeSeries.empty(), Settlement.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'derivative'").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> BacktestData.perpetual(hourly(100), hourly(100), TimeSeries.empty(), Settlement.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> BacktestData.perpetual(hourly(100, 100), hourly(100, 100), hourlyFrom(5, 0.001), Settlement.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a price timestamp");
        assertThatThrownBy(() -> BacktestData.datedFuture(hourly(100, 100), hourly(100, 100), Instant.EPOCH, Settlement.QUANTO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LINEAR or INVERSE");
        assertThatThrownBy(() -> Strategies.cashAndCarry(0.01, 0.02)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'exit'").hasMessageContaining("0.02");
        assertThatThrownBy(() -> Strategies.ouZScore(5, 2, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'window'");
        BacktestData data = BacktestData.perpetual(hourly(100, 100), hourly(100, 100), TimeSeries.empty(), Settlement.LINEAR);
        assertThatThrownBy(() -> Backtest.of(100).run(data, (v, p) -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null decision");
    }
}
