package io.github.basisspread.benchmarks;

import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.backtest.Backtest;
import io.github.basisspread.models.backtest.BacktestData;
import io.github.basisspread.models.backtest.BacktestResult;
import io.github.basisspread.models.backtest.Strategies;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A year of hourly data (8,760 bars) through the event-driven backtest:
 * <ul>
 *   <li>{@code fundingCarry}: spot and a linear perpetual with funding settled every 8 hours,
 *       {@code Strategies.fundingCarry}, fees, slippage, margin and financing;</li>
 *   <li>{@code cashAndCarry}: spot and a dated future expiring after the year,
 *       {@code Strategies.cashAndCarry};</li>
 *   <li>{@code ouZScore}: the perpetual again with {@code Strategies.ouZScore(168, 2, 0.5)}, an
 *       Ornstein-Uhlenbeck maximum-likelihood fit to the last week at every bar (the
 *       model-driven cost).</li>
 * </ul>
 * The score is the time of one whole backtest. Prices are a seeded geometric random walk with a
 * mean-reverting basis.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms1g", "-Xmx1g"})
public class BacktestBenchmark {

    /** Hourly bars in a year. */
    static final int BARS = 365 * 24;

    private BacktestData perpetual;
    private BacktestData future;
    private final Backtest backtest = Backtest.of(1_000_000)
            .withCosts(TradingCosts.builder().spotFees(FeeSchedule.ofBasisPoints(10, 10))
                    .derivativeFees(FeeSchedule.ofBasisPoints(5, 5)).cashBorrowRate(0.05).coinBorrowRate(0.05).build())
            .withSlippageBasisPoints(1, 1).withInitialMarginFraction(0.1);

    /** Generates the seeded market. */
    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom rnd = new SplittableRandom(SeededData.SEED + 7);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        Instant[] times = new Instant[BARS];
        double[] spot = new double[BARS];
        double[] perp = new double[BARS];
        double[] fut = new double[BARS];
        double[] funding = new double[BARS];
        java.util.Arrays.fill(funding, Double.NaN);
        Instant expiry = start.plus(Duration.ofDays(400));
        double s = 60_000;
        double premium = 0.0005;
        double annualBasis = 0.08;
        for (int t = 0; t < BARS; t++) {
            times[t] = start.plus(Duration.ofHours(t));
            // hourly vol 0.6%, premium and annualized basis as AR(1)s around 5 bp and 8%
            s *= Math.exp(0.006 * SeededData.gaussian(rnd));
            premium = 0.0005 + 0.97 * (premium - 0.0005) + 0.0002 * SeededData.gaussian(rnd);
            annualBasis = 0.08 + 0.99 * (annualBasis - 0.08) + 0.004 * SeededData.gaussian(rnd);
            double tau = Duration.between(times[t], expiry).toHours() / (365.0 * 24);
            spot[t] = s;
            perp[t] = s * (1 + premium);
            fut[t] = s * Math.exp(annualBasis * tau);
            if (t % 8 == 0) {
                funding[t] = Math.max(-0.0075, Math.min(0.0075, premium / 3));
            }
        }
        TimeSeries spotSeries = TimeSeries.of(java.util.List.of(times), spot);
        perpetual = BacktestData.perpetual(spotSeries, TimeSeries.of(java.util.List.of(times), perp),
                TimeSeries.of(java.util.List.of(times), funding), Settlement.LINEAR);
        future = BacktestData.datedFuture(spotSeries, TimeSeries.of(java.util.List.of(times), fut), expiry,
                Settlement.LINEAR);
    }

    /**
     * Funding carry on the perpetual.
     *
     * @return the result
     */
    @Benchmark
    public BacktestResult fundingCarry() {
        return backtest.run(perpetual, Strategies.fundingCarry(0.0002, 0.00005));
    }

    /**
     * Cash and carry on the dated future.
     *
     * @return the result
     */
    @Benchmark
    public BacktestResult cashAndCarry() {
        return backtest.run(future, Strategies.cashAndCarry(0.10, 0.05));
    }

    /**
     * Ornstein-Uhlenbeck z-score entries, refitted every bar on the last week.
     *
     * @return the result
     */
    @Benchmark
    public BacktestResult ouZScore() {
        return backtest.run(perpetual, Strategies.ouZScore(168, 2, 0.5));
    }
}
