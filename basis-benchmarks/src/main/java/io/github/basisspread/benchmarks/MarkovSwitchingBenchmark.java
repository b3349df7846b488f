package io.github.basisspread.benchmarks;

import io.github.basisspread.models.regime.MarkovSwitchingFit;
import io.github.basisspread.models.regime.MarkovSwitchingSpec;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A 2-regime switching AR(1) (switching mean, AR and variance; statsmodels'
 * {@code MarkovAutoregression(y, k_regimes=2, order=1, switching_variance=True)}) on 20,000
 * seeded observations (issue 17):
 * <ul>
 *   <li>{@code fitOneStart}: EM then BFGS from the deterministic start, then the Hessian standard
 *       errors (statsmodels' {@code fit()} does one start too);</li>
 *   <li>{@code fitFiveStarts}: the default five starts.</li>
 * </ul>
 * The score is the time of one fit. {@link #main} times the one-start fit outside JMH for
 * bench/compare.sh, on the file bench/markov.py fits with statsmodels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms2g", "-Xmx2g"})
public class MarkovSwitchingBenchmark {

    /** Observations. */
    static final int POINTS = 20_000;

    private double[] y;

    /** Generates the seeded series. */
    @Setup(Level.Trial)
    public void generate() {
        y = series(POINTS, SeededData.SEED);
    }

    /**
     * One start.
     *
     * @return the fit
     */
    @Benchmark
    public MarkovSwitchingFit fitOneStart() {
        return MarkovSwitchingSpec.of(2).withAr(1).withSwitchingVariance(true).withStarts(1).fit(y);
    }

    /**
     * Five starts (the default).
     *
     * @return the fit
     */
    @Benchmark
    public MarkovSwitchingFit fitFiveStarts() {
        return MarkovSwitchingSpec.of(2).withAr(1).withSwitchingVariance(true).fit(y);
    }

    /**
     * A seeded 2-regime switching AR(1) in Hamilton's form: means -1 and 2, AR 0.3 and 0.7,
     * variances 0.25 and 1.5, p[0->0] = 0.95, p[1->1] = 0.9.
     *
     * @param n the length
     * @param seed the seed
     * @return the series
     */
    public static double[] series(int n, long seed) {
        double[] mu = {-1, 2};
        double[] phi = {0.3, 0.7};
        double[] sd = {0.5, Math.sqrt(1.5)};
        double[] stay = {0.95, 0.9};
        SplittableRandom rng = new SplittableRandom(seed);
        double[] out = new double[n];
        int s = 0;
        double d = 0;
        for (int t = 0; t < n; t++) {
            s = rng.nextDouble() < stay[s] ? s : 1 - s;
            double z = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
            d = phi[s] * d + sd[s] * z;
            out[t] = mu[s] + d;
        }
        return out;
    }

    /**
     * Writes the series to {@code DIR/markov.csv} and prints the best-of-N time of the one-start
     * fit and its log-likelihood: {@code basis <seconds> <loglik>}.
     *
     * @param args the folder and the number of timed runs
     * @throws Exception if the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int repeats = Integer.parseInt(args[1]);
        double[] data = series(POINTS, SeededData.SEED);
        StringBuilder csv = new StringBuilder("y\n");
        for (double v : data) {
            csv.append(v).append('\n');
        }
        Files.writeString(dir.resolve("markov.csv"), csv);
        MarkovSwitchingSpec spec = MarkovSwitchingSpec.of(2).withAr(1).withSwitchingVariance(true).withStarts(1);
        MarkovSwitchingFit fit = spec.fit(data);
        for (int i = 0; i < 2; i++) {
            fit = spec.fit(data);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            fit = spec.fit(data);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("basis %.4f %.6f%n", best, fit.logLikelihood());
    }
}
