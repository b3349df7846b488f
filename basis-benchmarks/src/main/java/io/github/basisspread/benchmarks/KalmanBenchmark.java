package io.github.basisspread.benchmarks;

import io.github.basisspread.models.statespace.FilterResult;
import io.github.basisspread.models.statespace.KalmanFilter;
import io.github.basisspread.models.statespace.LocalLevel;
import io.github.basisspread.models.statespace.StateSpaceFit;
import io.github.basisspread.models.statespace.StateSpaceModel;
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
 * The Kalman filter of the local level model at scale:
 * <ul>
 *   <li>{@code localLevelLogLikelihood}: {@link KalmanFilter#logLikelihood} over 10,000,000
 *       points (the path maximum likelihood takes: nothing stored);</li>
 *   <li>{@code localLevelFilter}: {@link KalmanFilter#filter} over 10,000,000 points (full
 *       output: filtered and predicted states, innovations, variances);</li>
 *   <li>{@code localLevelMle}: {@code LocalLevel.of().fit(y)} on 200,000 points (search, final
 *       filter and numerical standard errors).</li>
 * </ul>
 * The score is the time of one call. Data: sigma2_epsilon = 1, sigma2_eta = 0.1, seeded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms6g", "-Xmx6g"})
public class KalmanBenchmark {

    /** Points filtered. */
    static final int FILTER_POINTS = 10_000_000;
    /** Points of the maximum-likelihood fit. */
    static final int MLE_POINTS = 200_000;

    private double[] longSeries;
    private double[] mleSeries;
    private StateSpaceModel model;

    /** Generates the seeded series. */
    @Setup(Level.Trial)
    public void generate() {
        longSeries = SeededData.localLevel(FILTER_POINTS, 1.0, 0.1, SeededData.SEED);
        mleSeries = SeededData.localLevel(MLE_POINTS, 1.0, 0.1, SeededData.SEED + 1);
        model = LocalLevel.model(1.0, 0.1);
    }

    /**
     * The log-likelihood only.
     *
     * @return the log-likelihood
     */
    @Benchmark
    public double localLevelLogLikelihood() {
        return KalmanFilter.logLikelihood(model, longSeries);
    }

    /**
     * The full filter output.
     *
     * @return the filter result
     */
    @Benchmark
    public FilterResult localLevelFilter() {
        return KalmanFilter.filter(model, longSeries);
    }

    /**
     * The maximum-likelihood fit.
     *
     * @return the fit
     */
    @Benchmark
    public StateSpaceFit localLevelMle() {
        return LocalLevel.of().fit(mleSeries);
    }
}
