package io.github.basisspread.benchmarks;

import io.github.basisspread.models.volatility.GarchFit;
import io.github.basisspread.models.volatility.GarchSpec;
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
 * GARCH(1,1) with a constant mean and normal innovations on 100,000 returns:
 * <ul>
 *   <li>{@code garch11LogLikelihood}: one evaluation of the log-likelihood (the variance
 *       recursion maximum likelihood runs hundreds of times; {@code -prof gc} shows that it
 *       allocates a few dozen bytes a call, nothing per observation);</li>
 *   <li>{@code garch11Fit}: {@code GarchSpec.of(1, 1).fit(returns)}, the whole fit as
 *       {@code fGarch::garchFit(~garch(1, 1))} does it: search, Hessian and robust standard errors.</li>
 * </ul>
 * Data: {@link #returns()}, mu 0.01, omega 0.05, alpha 0.1, beta 0.85, seeded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms2g", "-Xmx2g"})
public class GarchBenchmark {

    /** Returns fitted. */
    public static final int POINTS = 100_000;

    private static final double[] TRUE_PARAMETERS = {0.01, 0.05, 0.1, 0.85};

    private double[] returns;

    /**
     * The seeded GARCH(1,1) returns of the benchmark and of {@code bench/compare.sh}.
     *
     * @return {@value #POINTS} returns
     */
    public static double[] returns() {
        return GarchSpec.of(1, 1).simulate(TRUE_PARAMETERS, POINTS, new SplittableRandom(SeededData.SEED + 17));
    }

    /** Generates the seeded series. */
    @Setup(Level.Trial)
    public void generate() {
        returns = returns();
    }

    /**
     * One log-likelihood evaluation at the true parameters.
     *
     * @return the log-likelihood
     */
    @Benchmark
    public double garch11LogLikelihood() {
        return GarchSpec.of(1, 1).logLikelihood(returns, TRUE_PARAMETERS);
    }

    /**
     * The maximum-likelihood fit.
     *
     * @return the fit
     */
    @Benchmark
    public GarchFit garch11Fit() {
        return GarchSpec.of(1, 1).fit(returns);
    }
}
