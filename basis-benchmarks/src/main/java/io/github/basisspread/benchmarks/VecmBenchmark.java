package io.github.basisspread.benchmarks;

import io.github.basisspread.models.multivariate.VarFit;
import io.github.basisspread.models.multivariate.VarSpec;
import io.github.basisspread.models.multivariate.VecmFit;
import io.github.basisspread.models.multivariate.VecmSpec;
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
 * The multivariate models on a seeded spot and future, 2 x 100,000 observations (log spot a
 * random walk, the log basis an AR(1) with coefficient 0.9 around 0.01):
 * <ul>
 *   <li>{@code vecm}: {@code VecmSpec.of(2, 1).withDeterministic("ci").fit(data)} (two lagged
 *       differences, rank 1, a constant in the relation), with its standard errors;</li>
 *   <li>{@code var}: {@code VarSpec.of(3).fit(data)};</li>
 *   <li>{@code varSelect}: {@code VarSpec.selectOrder(data, 8, CONSTANT)}, nine VARs on a common sample.</li>
 * </ul>
 * The score is the time of one whole call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms2g", "-Xmx2g"})
public class VecmBenchmark {

    /** Observations of each series. */
    public static final int ROWS = 100_000;

    private double[][] data;

    /** Generates the seeded market. */
    @Setup(Level.Trial)
    public void generate() {
        data = market(ROWS, SeededData.SEED);
    }

    /**
     * Log future and log spot of the seeded market.
     *
     * @param n observations
     * @param seed the seed
     * @return {future, spot}
     */
    public static double[][] market(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] f = new double[n];
        double[] s = new double[n];
        double spot = Math.log(60_000);
        double basis = 0.01;
        for (int t = 0; t < n; t++) {
            spot += 0.01 * rnd.nextGaussian();
            basis = 0.01 + 0.9 * (basis - 0.01) + 0.001 * rnd.nextGaussian();
            s[t] = spot;
            f[t] = spot + basis;
        }
        return new double[][] {f, s};
    }

    /**
     * One VECM fit.
     *
     * @return the fit
     */
    @Benchmark
    public VecmFit vecm() {
        return VecmSpec.of(2, 1).withDeterministic("ci").fit(data);
    }

    /**
     * One VAR(3) fit.
     *
     * @return the fit
     */
    @Benchmark
    public VarFit var() {
        return VarSpec.of(3).fit(data);
    }

    /**
     * The lag-order selection up to 8.
     *
     * @return the selected BIC order
     */
    @Benchmark
    public int varSelect() {
        return VarSpec.selectOrder(data, 8, io.github.basisspread.models.multivariate.VarTrend.CONSTANT)
                .selected(io.github.basisspread.models.multivariate.LagCriterion.BIC);
    }
}
