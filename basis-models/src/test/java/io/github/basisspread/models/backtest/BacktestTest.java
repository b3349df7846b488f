package io.github.basisspread.models.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.arbitrage.CashAndCarry;
import io.github.basisspread.core.arbitrage.OpportunityEvaluation;
import io.github.basisspread.core.arbitrage.ReverseCashAndCarry;
import io.github.basisspread.core.arbitrage.Side;
import io.github.basisspread.core.arbitrage.Strategy;
import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.TradingCosts;
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
        BacktestResult r = Backtest.of(1101.5).withCosts(BacktestPropertiesTest.fees(0.001, 0.0005)).withInitialMarginFraction(0.1)
                .run(data, CARRY_ONCE);
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
    @SuppressWarnings("deprecation") // the deprecated decimal setters must give the same run as their replacements
    void deprecatedDecimalSetters_giveTheSameRunAsTheNamedOnes() {
        BacktestData data = BacktestData.perpetual(hourly(100, 110, 105, 120, 118), hourly(102, 111, 105.5, 120, 119),
                hourlyFrom(1, 0.001, -0.0005), Settlement.INVERSE);
        BacktestResult old = Backtest.of(1101.5).withFees(0.001, 0.0005).withSlippage(0.0001, 0.00015).withMarginRate(0.2)
                .withFinancingRate(0.05).run(data, CARRY_ONCE);
        TradingCosts costs = TradingCosts.builder().spotFees(FeeSchedule.ofBasisPoints(10, 10))
                .derivativeFees(FeeSchedule.ofBasisPoints(5, 5)).cashBorrowRate(0.05).coinBorrowRate(0.05).build();
        BacktestResult named = Backtest.of(1101.5).withCosts(costs).withSlippageBasisPoints(1, 1.5).withInitialMarginFraction(0.2)
                .run(data, CARRY_ONCE);
        assertThat(old.equity().valuesArray()).containsExactly(named.equity().valuesArray());
        assertThat(old.attribution()).isEqualTo(named.attribution());
        assertThat(old.trades()).isEqualTo(named.trades());
    }

    @Test
    void resultsPrintTheirFigures() {
        // The run of linearFundingCarry_byHand: capital 1101.5 -> 1118.7725 (+1.568%), convergence 20
        // (1.816% of capital), fees -3.31 (-0.300%), total 17.2725; one trade of notional 1000 from a 2% basis.
        BacktestData data = BacktestData.perpetual(hourly(100, 110, 105, 120), hourly(102, 111, 105.5, 120),
                hourlyFrom(1, 0.001, -0.0005), Settlement.LINEAR);
        Backtest backtest = Backtest.of(1101.5).withCosts(BacktestPropertiesTest.fees(0.001, 0.0005))
                .withInitialMarginFraction(0.1);
        BacktestResult r = backtest.run(data, CARRY_ONCE);
        assertThat(r.toString()).isEqualTo("BacktestResult[4 observations 2023-11-14T22:13:20Z to 2023-11-15T01:13:20Z,"
                + " 1 trade, capital 1,101.50 -> 1,118.77 (1.57%), Sharpe " + TextTables.ratio(r.metrics().sharpe())
                + ", max drawdown " + TextTables.percent(r.metrics().maxDrawdown()) + "]");
        assertThat(r.trades().get(0).toString()).startsWith("Trade[CARRY 2023-11-14T22:13:20Z -> 2023-11-15T01:13:20Z,"
                + " basis 2.00% -> 0.00%, notional 1,000.00, P&L 17.27 (basis 20.00, funding 0.58, fees -3.31,"
                + " financing 0.00), END_OF_DATA]");
        String summary = r.summary();
        assertThat(summary).contains("Basis backtest results", "Observations:", "Trades:", "1,101.50", "1,118.77", "1.57%")
                .containsPattern("basis convergence +20\\.00 +1\\.82%")
                .containsPattern("fees and slippage +-3\\.31 +-0\\.30%")
                .containsPattern("total +17\\.27 +1\\.57%")
                .containsPattern("1 +CARRY +2023-11-14T22:13:20Z +2023-11-15T01:13:20Z +2\\.00% +0\\.00% +17\\.27 +END_OF_DATA")
                .contains("Sharpe", "max drawdown duration", "hit rate");
        assertThat(summary.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextTables.WIDTH + 20));
        assertThat(r.metrics().summary()).containsPattern("hit rate +100\\.00%")
                .containsPattern("turnover \\(x capital\\) +" + String.format(java.util.Locale.ROOT, "%.3f", 4420 / 1101.5));
        assertThat(r.metrics().toString()).startsWith("PerformanceMetrics[annualized return ").contains("hit rate 100.00%");
        assertThat(r.trades().get(0).summary()).contains("Position:", "CARRY", "Exit reason:", "END_OF_DATA", "Notional:",
                "1,000.00", "Margin:", "102.00").containsPattern("total +17\\.27 +1\\.73%");
        assertThat(backtest.toString()).contains("capital=1101.5", "fees bp spot 10.0 / derivative 5.0 (TAKER / TAKER)",
                "initial margin 0.1", "stop none");
    }

    @Test
    void inversePerpetual_coinPnlConvertedAtTheMark_withFinancing() {
        // Capital 1100, margin 0.1, no fees: N = 1000, qS = 10, the short inverse face = 10 x 100 = 1000 USD.
        // t1: F 100 -> 125: coin P&L -1000 (1/100 - 1/125) = -2 coin, x 125 = -250 USD.
        // Funding 0.001: 1000 / 125 x 0.001 = 0.008 coin, x 125 = 1 USD to the short.
        // Financing 5% on 10 x 100 for 1 h, continuously compounded as every TradingCosts rate:
        // -1000 (exp(0.05 / 8760) - 1). (Before the backtest priced through TradingCosts it charged the
        // simple -0.05 x 1000 / 8760, 1.6e-8 less: see financing_isPricedAsCoreCashAndCarry.)
        BacktestData data = BacktestData.perpetual(hourly(100, 100), hourly(100, 125), hourlyFrom(1, 0.001), Settlement.INVERSE);
        BacktestResult r = Backtest.of(1100).withCosts(TradingCosts.builder().cashBorrowRate(0.05).build()).run(data, CARRY_ONCE);
        double financing = -1000 * Math.expm1(0.05 / 8760);
        assertThat(r.attribution().basisConvergence()).isCloseTo(-250, within(1e-9));
        assertThat(r.attribution().funding()).isCloseTo(1, within(1e-12));
        assertThat(r.attribution().financing()).isCloseTo(financing, within(1e-15));
        assertThat(r.finalEquity()).isCloseTo(1100 - 250 + 1 + financing, within(1e-9));
        assertThat(r.trades().get(0).derivativeQuantity()).isCloseTo(-1000, within(1e-9));
    }

    @Test
    void financing_isPricedAsCoreCashAndCarry() {
        // One period of 73 days (tau = 0.2) from entry to expiry, no fees, spot flat at 100, the future
        // 102 -> 100 at expiry. The backtest and CashAndCarry.holdToExpiry price the same trade: gross
        // 10 x 2 = 20, financing 1000 (e^(0.05 x 0.2) - 1) = 10.050167. The old simple accrual charged
        // 1000 x 0.05 x 0.2 = 10, which disagreed with core's evaluation of the same trade by 0.05.
        Instant t0 = Instant.ofEpochMilli(T0);
        Instant t1 = t0.plus(Duration.ofDays(73));
        TimeSeries spot = TimeSeries.of(List.of(t0, t1), new double[] {100, 100});
        TimeSeries future = TimeSeries.of(List.of(t0, t1), new double[] {102, 100});
        TradingCosts costs = TradingCosts.builder().cashBorrowRate(0.05).build();
        BacktestResult r = Backtest.of(1100).withCosts(costs).withInitialMarginFraction(0.1)
                .run(BacktestData.datedFuture(spot, future, t1, Settlement.LINEAR), CARRY_ONCE);
        OpportunityEvaluation core = CashAndCarry.builder().spot(BidAsk.of(100, 100)).future(BidAsk.of(102, 102))
                .costs(costs).notional(1000).initialMarginFraction(0.1).valuationTime(t0).expiry(t1).build().holdToExpiry();
        assertThat(r.trades()).singleElement().extracting(Trade::exitReason).isEqualTo(ExitReason.EXPIRY);
        assertThat(r.attribution().financing()).isCloseTo(-core.financingCost(), within(1e-12))
                .isCloseTo(-10.050167, within(1e-6)).isNotCloseTo(-10.0, within(0.01));
        assertThat(r.attribution().basisConvergence()).isCloseTo(core.grossPnl(), within(1e-12));
        assertThat(r.attribution().total()).isCloseTo(core.netPnl(), within(1e-12));
    }

    @Test
    void reverseCarry_paysTheCoinLoanAndEarnsTheLendRate_asCoreReverseCashAndCarry() {
        // Short 10 coins at 100 against a long future at 100 for 73 days: the proceeds 1000 earn 3%,
        // the coin loan costs 8%: 1000 (e^0.006 - 1) - 10 (e^0.016 - 1) x 100, the interest and the
        // borrow of ReverseCashAndCarry (whose coin interest is bought forward at the future's 100).
        Instant t0 = Instant.ofEpochMilli(T0);
        Instant t1 = t0.plus(Duration.ofDays(73));
        TimeSeries flat = TimeSeries.of(List.of(t0, t1), new double[] {100, 100});
        TradingCosts costs = TradingCosts.builder().cashBorrowRate(0.05).cashLendRate(0.03).coinBorrowRate(0.08).build();
        BasisStrategy reverse = (view, position) -> view.size() == 1 ? Decision.OPEN_REVERSE : Decision.HOLD;
        BacktestResult r = Backtest.of(1100).withCosts(costs).run(BacktestData.datedFuture(flat, flat, t1, Settlement.LINEAR), reverse);
        OpportunityEvaluation core = ReverseCashAndCarry.builder().spot(BidAsk.of(100, 100)).future(BidAsk.of(100, 100))
                .costs(costs).notional(1000).initialMarginFraction(0.1).valuationTime(t0).expiry(t1).build().holdToExpiry();
        double expected = 1000 * Math.expm1(0.006) - 10 * Math.expm1(0.016) * 100;
        assertThat(r.attribution().financing()).isCloseTo(expected, within(1e-12))
                .isCloseTo(core.interestIncome() - core.borrowCost(), within(1e-12));
        assertThat(r.trades().get(0).position().spotSide()).contains(Side.SHORT);
    }

    @Test
    void positionsAndDecisions_nameTheCoreTrades() {
        assertThat(Position.CARRY.asStrategy(false)).contains(Strategy.CASH_AND_CARRY);
        assertThat(Position.CARRY.asStrategy(true)).contains(Strategy.FUNDING_CARRY);
        assertThat(Position.REVERSE.asStrategy(false)).contains(Strategy.REVERSE_CASH_AND_CARRY);
        assertThat(Position.REVERSE.asStrategy(true)).isEmpty();
        assertThat(Position.FLAT.asStrategy(false)).isEmpty();
        assertThat(Position.CARRY.spotSide()).contains(Side.LONG);
        assertThat(Position.FLAT.spotSide()).isEmpty();
        assertThat(Decision.OPEN_CARRY.opens()).contains(Position.CARRY);
        assertThat(Decision.OPEN_REVERSE.opens()).contains(Position.REVERSE);
        assertThat(Decision.CLOSE.opens()).isEmpty();
        assertThat(Decision.HOLD.opens()).isEmpty();
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
        assertThatThrownBy(() -> Backtest.of(100).withCosts(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'costs'");
        assertThatThrownBy(() -> Backtest.of(100).withSlippageBasisPoints(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'derivativeBasisPoints'").hasMessageContaining("-1.0");
        // 10 read as basis points is 0.1%; 600 bp (6%) is a units mistake, as FeeSchedule takes a 6% fee.
        assertThatThrownBy(() -> Backtest.of(100).withSlippageBasisPoints(600, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spotBasisPoints'").hasMessageContaining("600.0").hasMessageContaining("basis points");
        assertThatThrownBy(() -> Backtest.of(100).withSlippageBasisPoints(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spotBasisPoints'");
        assertThatThrownBy(() -> Backtest.of(100).withInitialMarginFraction(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'initialMarginFraction'");
        assertThatThrownBy(() -> Backtest.of(100).withStopLoss(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'stopLoss'");
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
