package io.github.basisspread.benchmarks;

import io.github.basisspread.models.regression.OlsFit;
import io.github.basisspread.models.regression.OlsSpec;
import io.github.basisspread.models.regression.RegressionData;
import io.github.basisspread.models.regression.RollingOls;
import io.github.basisspread.models.regression.RollingOlsResult;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Least squares at scale, 1,000,000 rows:
 * <ul>
 *   <li>{@code ols}: {@code OlsSpec.of().fit(RegressionData.of(y, x1..x10))}, 11
 *       coefficients (10 regressors and the intercept), classical standard errors; the data
 *       copy made by {@link RegressionData#of} is part of the measured call, as for a user;</li>
 *   <li>{@code rollingOls}: {@code RollingOls.of(500).fit(data)}, every window of 500 rows,
 *       with {@code regressors} regressors plus the intercept (1 = a hedge regression, 10 = the
 *       OLS design).</li>
 * </ul>
 * The score is the time of one whole fit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms4g", "-Xmx4g"})
public class RegressionBenchmark {

    /** Rows of the design. */
    static final int ROWS = 1_000_000;
    /** Regressors of the OLS fit (an intercept comes on top). */
    static final int OLS_REGRESSORS = 10;
    /** Rolling window length. */
    static final int WINDOW = 500;

    /** Regressors of the rolling fit (an intercept comes on top). */
    @Param({"1", "10"})
    public int regressors;

    private double[] y;
    private double[][] x;
    private RegressionData rollingData;

    /** Generates the seeded design. */
    @Setup(Level.Trial)
    public void generate() {
        double[][] cols = SeededData.regression(ROWS, OLS_REGRESSORS, SeededData.SEED);
        y = cols[0];
        x = Arrays.copyOfRange(cols, 1, cols.length);
        rollingData = RegressionData.of(y, Arrays.copyOf(x, regressors));
    }

    /**
     * One OLS fit of 1,000,000 x 11 (does not depend on {@code regressors}; run it with
     * {@code -p regressors=10} to skip the duplicate).
     *
     * @return the fit
     */
    @Benchmark
    public OlsFit ols() {
        return OlsSpec.of().fit(RegressionData.of(y, x));
    }

    /**
     * Every window of 500 rows over 1,000,000.
     *
     * @return the windows' fits
     */
    @Benchmark
    public RollingOlsResult rollingOls() {
        return RollingOls.of(WINDOW).fit(rollingData);
    }
}
