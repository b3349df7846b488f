package io.github.basisspread.benchmarks;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.features.FeatureFrame;
import io.github.basisspread.ml.features.FeatureInputs;
import io.github.basisspread.ml.features.FeaturePipeline;
import io.github.basisspread.ml.features.Features;
import io.github.basisspread.ml.learners.BoostedTrees;
import io.github.basisspread.ml.learners.BoostedTreesFit;
import io.github.basisspread.ml.learners.ElasticNet;
import io.github.basisspread.ml.learners.ElasticNetPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * The machine-learning module at scale:
 * <ul>
 *   <li>{@code featurePipeline}: {@link #pipeline()} (30 features: basis lags, rolling statistics
 *       over 8, 24 and 168 hours, spot returns and realised volatility, funding and its mean,
 *       calendar and hours to funding, volume and open interest) over 1,000,000 hourly rows;</li>
 *   <li>{@code elasticNetPath}: the whole default path (100 lambdas, glmnet's early stop) of
 *       {@code ElasticNet.of(0.5)} on 100,000 x 50 (the {@link SeededData#regression} design);
 *       {@code bench/ml.sh} times glmnet on the same data;</li>
 *   <li>{@code boostedTrees}: {@code BoostedTrees.of()} (100 rounds, depth 6, histogram method,
 *       one thread) on 100,000 x 30 of the same design.</li>
 * </ul>
 * The score is the time of one whole call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms4g", "-Xmx4g"})
public class MlBenchmark {

    /** Hourly rows of the feature pipeline. */
    static final int FEATURE_ROWS = 1_000_000;
    /** Rows of the learners' data. */
    static final int LEARNER_ROWS = 100_000;

    private FeatureInputs inputs;
    private FeaturePipeline pipeline;
    private Dataset net;
    private Dataset trees;

    /**
     * The 30 features of the benchmark.
     *
     * @return the pipeline
     */
    public static FeaturePipeline pipeline() {
        return FeaturePipeline.basisOnly(4, 24, 168).with(Features.rollingMean(8)).with(Features.rollingStd(8))
                .with(Features.spotReturn(1)).with(Features.spotReturn(24)).with(Features.realisedVolatility(24))
                .with(Features.fundingRate()).with(Features.fundingRateMean(24))
                .with(Features.hourOfDay()).with(Features.dayOfWeek()).with(Features.hoursToNextFunding())
                .with(Features.volume()).with(Features.volumeMean(24))
                .with(Features.openInterest()).with(Features.openInterestChange(1)).with(Features.openInterestChange(24))
                .with(Features.basisLag(4));
    }

    /** Generates the seeded inputs. */
    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom r = new SplittableRandom(SeededData.SEED);
        double[] basis = new double[FEATURE_ROWS];
        double[] spot = new double[FEATURE_ROWS];
        double[] funding = new double[FEATURE_ROWS];
        double[] volume = new double[FEATURE_ROWS];
        double[] oi = new double[FEATURE_ROWS];
        double b = 5;
        double s = 60_000;
        double o = 1e5;
        for (int t = 0; t < FEATURE_ROWS; t++) {
            b = 5 + 0.9 * (b - 5) + SeededData.gaussian(r);
            s *= Math.exp(0.005 * SeededData.gaussian(r));
            o *= Math.exp(0.01 * SeededData.gaussian(r));
            basis[t] = b;
            spot[t] = s;
            funding[t] = 1e-4 + 5e-5 * SeededData.gaussian(r);
            volume[t] = 1000 * Math.exp(SeededData.gaussian(r));
            oi[t] = o;
        }
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        Duration h = Duration.ofHours(1);
        inputs = FeatureInputs.of(TimeSeries.regular(start, h, basis)).withSpot(TimeSeries.regular(start, h, spot))
                .withFundingRate(TimeSeries.regular(start, h, funding)).withFundingSchedule(FundingSchedule.binance8h())
                .withVolume(TimeSeries.regular(start, h, volume)).withOpenInterest(TimeSeries.regular(start, h, oi));
        pipeline = pipeline();
        net = design(LEARNER_ROWS, 50);
        trees = design(LEARNER_ROWS, 30);
    }

    /**
     * The {@link SeededData#regression} design as a dataset.
     *
     * @param n rows
     * @param k features
     * @return the dataset
     */
    static Dataset design(int n, int k) {
        double[][] cols = SeededData.regression(n, k, SeededData.SEED);
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= k; j++) {
            names.add("x" + j);
        }
        return Dataset.ofColumns(names, Arrays.copyOfRange(cols, 1, cols.length), cols[0], List.of());
    }

    /**
     * Every feature of 1,000,000 rows.
     *
     * @return the frame
     */
    @Benchmark
    public FeatureFrame featurePipeline() {
        return pipeline.transform(inputs);
    }

    /**
     * The elastic-net path on 100,000 x 50.
     *
     * @return the path
     */
    @Benchmark
    public ElasticNetPath elasticNetPath() {
        return ElasticNet.of(0.5).path(net);
    }

    /**
     * 100 rounds of boosted trees on 100,000 x 30.
     *
     * @return the fit
     */
    @Benchmark
    public BoostedTreesFit boostedTrees() {
        return BoostedTrees.of().fit(trees);
    }
}
