package io.github.basisspread.benchmarks;

import io.github.basisspread.core.basis.Basis;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.series.BasisSeries;
import io.github.basisspread.core.series.TimeSeries;
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
 * Basis and annualized basis of a dated future over 10,000,000 quotes (one quote per second for
 * about 116 days before expiry), as a user computes them:
 * <ul>
 *   <li>{@code seriesAnnualized}: {@link BasisSeries#dated} on exact timestamps, then
 *       {@link BasisSeries#annualizedBasis(Compounding)} (pairing + the whole column);</li>
 *   <li>{@code seriesAnnualizedOnly}: {@code annualizedBasis} of a series built in setup;</li>
 *   <li>{@code seriesRelative}: {@code relativeBasis} of a series built in setup;</li>
 *   <li>{@code scalarLoop}: a loop over {@link Basis#of} and
 *       {@link Basis#annualized(Instant, Compounding)} per quote.</li>
 * </ul>
 * The score is the time of one pass over all quotes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms4g", "-Xmx4g"})
public class BasisSeriesBenchmark {

    /** Quotes per series. */
    static final int QUOTES = 10_000_000;

    private long[] nanos;
    private double[] spotPrices;
    private double[] futurePrices;
    private TimeSeries spot;
    private TimeSeries future;
    private Instant expiry;
    private BasisSeries series;

    /** Generates a seeded random-walk spot and a future at a noisy 8% annual premium. */
    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom r = new SplittableRandom(SeededData.SEED);
        long t0 = 1_704_067_200_000_000_000L;
        nanos = new long[QUOTES];
        spotPrices = new double[QUOTES];
        futurePrices = new double[QUOTES];
        long expiryNanos = t0 + (QUOTES + 86_400L) * 1_000_000_000L;
        double s = 42_000;
        for (int i = 0; i < QUOTES; i++) {
            nanos[i] = t0 + i * 1_000_000_000L;
            s *= 1 + 1e-4 * SeededData.gaussian(r);
            double tau = (expiryNanos - nanos[i]) / (365.0 * 86_400e9);
            spotPrices[i] = s;
            futurePrices[i] = s * (1 + (0.08 + 0.01 * SeededData.gaussian(r)) * tau);
        }
        spot = TimeSeries.ofEpochNanos(nanos, spotPrices);
        future = TimeSeries.ofEpochNanos(nanos, futurePrices);
        expiry = Instant.ofEpochSecond(0, expiryNanos);
        series = BasisSeries.dated(spot, future, expiry, BasisSeries.Pairing.exactTimestamps());
    }

    /**
     * Pairs the two series and computes the annualized basis.
     *
     * @return the annualized basis
     */
    @Benchmark
    public TimeSeries seriesAnnualized() {
        return BasisSeries.dated(spot, future, expiry, BasisSeries.Pairing.exactTimestamps())
                .annualizedBasis(Compounding.SIMPLE);
    }

    /**
     * The annualized basis of an already paired series.
     *
     * @return the annualized basis
     */
    @Benchmark
    public TimeSeries seriesAnnualizedOnly() {
        return series.annualizedBasis(Compounding.SIMPLE);
    }

    /**
     * The relative basis of an already paired series.
     *
     * @return the relative basis
     */
    @Benchmark
    public TimeSeries seriesRelative() {
        return series.relativeBasis();
    }

    /**
     * One {@link Basis} value per quote, annualized.
     *
     * @return the sum of the annualized rates, so the work is not eliminated
     */
    @Benchmark
    public double scalarLoop() {
        double sum = 0;
        for (int i = 0; i < QUOTES; i++) {
            Basis b = Basis.of(spotPrices[i], futurePrices[i], Instant.ofEpochSecond(0, nanos[i]));
            sum += b.annualized(expiry, Compounding.SIMPLE);
        }
        return sum;
    }
}
