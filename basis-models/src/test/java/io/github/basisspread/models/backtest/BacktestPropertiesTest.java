package io.github.basisspread.models.backtest;

import io.github.basisspread.models.evaluation.Forecasters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.funding.FundingAccrual;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.series.TimeSeries;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BacktestPropertiesTest {

    private static final int N = 60;

    /** A spot random walk, a basis that mean-reverts, funding every 8th hour. */
    private static double[][] market(Random r, int n) {
        double[] s = new double[n];
        double[] f = new double[n];
        double[] rate = new double[n];
        double price = 100;
        double basis = 0;
        for (int i = 0; i < n; i++) {
            price *= Math.exp(0.01 * r.nextGaussian());
            basis = 0.8 * basis + 0.004 * r.nextGaussian();
            s[i] = price;
            f[i] = price * (1 + basis);
            rate[i] = i % 8 == 0 ? 0.0005 * r.nextGaussian() : Double.NaN;
        }
        return new double[][] {s, f, rate};
    }

    /** Taker fees as decimals of notional on each leg, no rates. */
    static TradingCosts fees(double spot, double derivative) {
        return TradingCosts.builder().spotFees(FeeSchedule.of(spot, spot)).derivativeFees(FeeSchedule.of(derivative, derivative))
                .build();
    }

    private static TimeSeries settlements(double[][] m) {
        TimeSeries.Builder funding = TimeSeries.builder();
        for (int i = 0; i < m[0].length; i++) {
            if (!Double.isNaN(m[2][i])) {
                funding.addEpochNanos(i * 3_600_000_000_000L, m[2][i]);
            }
        }
        return funding.build();
    }

    private static BacktestData data(double[][] m, Settlement settlement) {
        TimeSeries funding = settlements(m);
        long[] ms = new long[m[0].length];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = i * 3_600_000L;
        }
        return BacktestData.perpetual(TimeSeries.ofEpochMillis(ms, m[0]), TimeSeries.ofEpochMillis(ms, m[1]), funding, settlement);
    }

    private static BasisStrategy mixed() {
        BasisStrategy carry = Strategies.cashAndCarry(0.004, 0.001);
        BasisStrategy forecast = Strategies.forecastThreshold(Forecasters.olsAutoregression(1), 12, 1, 0.002, 0.0005);
        BasisStrategy funding = Strategies.fundingCarry(0.0003, 0.0001);
        // Alternate the rules by time so every kind of entry and exit is exercised.
        return (view, position) -> switch (view.size() % 3) {
            case 0 -> carry.decide(view, position);
            case 1 -> forecast.decide(view, position);
            default -> funding.decide(view, position);
        };
    }

    @Property(tries = 60)
    void noLookAhead_changingTheFutureChangesNoDecisionUpToT(@ForAll long seed, @ForAll @IntRange(min = 0, max = N - 2) int t,
            @ForAll boolean inverse) {
        Random r = new Random(seed);
        double[][] m = market(r, N);
        BacktestData original = data(m, inverse ? Settlement.INVERSE : Settlement.LINEAR);
        double[][] other = market(new Random(seed ^ 0x5DEECE66DL), N - t - 1);
        BacktestData changed = original.withFutureReplaced(t + 1, other[0], other[1], other[2]);
        Backtest bt = Backtest.of(10_000).withCosts(fees(0.0004, 0.0002)).withSlippageBasisPoints(1, 1).withStopLoss(0.02);
        BacktestResult a = bt.run(original, mixed());
        BacktestResult b = bt.run(changed, mixed());
        assertThat(b.decisions().subList(0, t + 1)).isEqualTo(a.decisions().subList(0, t + 1));
        assertThat(b.equity().subSeries(0, t + 1).valuesArray()).containsExactly(a.equity().subSeries(0, t + 1).valuesArray());
        BacktestResult ou1 = bt.run(original, Strategies.ouZScore(20, 1.5, 0.3));
        BacktestResult ou2 = bt.run(changed, Strategies.ouZScore(20, 1.5, 0.3));
        assertThat(ou2.decisions().subList(0, t + 1)).isEqualTo(ou1.decisions().subList(0, t + 1));
    }

    @org.junit.jupiter.api.Test
    void theMixedStrategyTradesOnTheseMarkets_soThePropertiesAreNotVacuous() {
        int trades = 0;
        int reverse = 0;
        for (long seed = 0; seed < 10; seed++) {
            BacktestResult r = Backtest.of(10_000).withStopLoss(0.02).run(data(market(new Random(seed), N), Settlement.LINEAR), mixed());
            trades += r.trades().size();
            reverse += (int) r.trades().stream().filter(t -> t.position() == Position.REVERSE).count();
        }
        assertThat(trades).isGreaterThan(10);
        assertThat(reverse).isPositive();
    }

    @Property(tries = 40)
    void fundingSettlementsOfATrade_areCoreFundingAccrualsOverItsHolding(@ForAll long seed) {
        // A trade at t executes just after t's observation: it holds over (entry, exit], which in
        // FundingAccrual's half-open convention [from, to) is [entry + 1 ns, exit + 1 ns).
        double[][] m = market(new Random(seed), N);
        BacktestData data = data(m, Settlement.LINEAR);
        TimeSeries settlements = settlements(m);
        BacktestResult r = Backtest.of(10_000).withStopLoss(0.02).run(data, mixed());
        int counted = 0;
        for (Trade t : r.trades()) {
            List<FundingEvent> held = r.fundingEvents().stream()
                    .filter(e -> e.time().isAfter(t.entryTime()) && !e.time().isAfter(t.exitTime())).toList();
            counted += held.size();
            double rates = held.stream().mapToDouble(FundingEvent::rate).sum();
            assertThat(rates).isCloseTo(FundingAccrual.discreteRate(settlements, t.entryTime().plusNanos(1),
                    t.exitTime().plusNanos(1)), within(1e-15));
        }
        assertThat(counted).isEqualTo(r.fundingEvents().size());
    }

    @Property(tries = 80)
    void accountingIdentity(@ForAll long seed, @ForAll boolean inverse, @ForAll @IntRange(min = 0, max = 20) int feeTenthsBp) {
        double[][] m = market(new Random(seed), N);
        double fee = feeTenthsBp * 1e-5;
        BacktestResult r = Backtest.of(25_000)
                .withCosts(TradingCosts.builder().spotFees(FeeSchedule.of(fee, fee)).derivativeFees(FeeSchedule.of(fee / 2, fee / 2))
                        .cashBorrowRate(0.05).coinBorrowRate(0.07).cashLendRate(0.03).coinYield(0.01).build())
                .withSlippageBasisPoints(fee / 4 * 1e4, fee / 4 * 1e4).withInitialMarginFraction(0.2)
                .run(data(m, inverse ? Settlement.INVERSE : Settlement.LINEAR), mixed());
        double tolerance = 1e-9 * 25_000;
        // Final equity = initial + the sum of the attributed P&L.
        assertThat(r.finalEquity()).isCloseTo(25_000 + r.attribution().total(), within(tolerance));
        // Funding P&L = the sum of the funding payments; trades' P&L add to the total.
        double funding = r.fundingEvents().stream().mapToDouble(FundingEvent::cashFlow).sum();
        assertThat(r.attribution().funding()).isCloseTo(funding, within(1e-12 * 25_000));
        double tradesTotal = r.trades().stream().mapToDouble(tr -> tr.pnl().total()).sum();
        assertThat(tradesTotal).isCloseTo(r.attribution().total(), within(tolerance));
        assertThat(r.attribution().fees()).isLessThanOrEqualTo(0);
        assertThat(r.decisions()).hasSize(N);
    }
}
