package io.github.basisspread.ml.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.features.FeaturePipeline;
import io.github.basisspread.ml.features.Target;
import io.github.basisspread.ml.learners.BoostedTrees.TreeMethod;
import io.github.basisspread.ml.learners.BoostedTreesFit.Importance;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.WalkForward;
import io.github.basisspread.models.evaluation.WalkForwardReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Gradient-boosted trees through XGBoost4J: splits and leaf weights computed by hand, feature
 * importances, reproducibility, early stopping on a later validation window, and the
 * walk-forward forecaster.
 */
class BoostedTreesTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    /** x = 1..6, y = 1, 2, 3, 10, 11, 15. */
    private static Dataset sixRows() {
        double[][] rows = {{1}, {2}, {3}, {4}, {5}, {6}};
        return Dataset.ofRows(List.of("x"), rows, new double[] {1, 2, 3, 10, 11, 15});
    }

    /** Plain gradient boosting: depth-1 trees, no L2 penalty, no least child weight, base score 0, exact splits. */
    private static BoostedTrees stumps(int rounds, double eta) {
        return BoostedTrees.of().withRounds(rounds).withMaxDepth(1).withLearningRate(eta).withL2(0).withMinChildWeight(0)
                .withBaseScore(0).withTreeMethod(TreeMethod.EXACT);
    }

    @Test
    void oneStumpWithFullStepSplitsWhereTheGainIsLargestAndPredictsTheGroupMeans() {
        // Squared error at prediction 0: gradients g_i = -y_i, Hessians 1. Gain of a split
        // G_L^2/H_L + G_R^2/H_R - G^2/H: after x=2: 9/2 + 39^2/4 - 42^2/6 = 90.75; after x=3:
        // 36/3 + 36^2/3 - 294 = 150; after x=4: 16^2/4 + 26^2/2 - 294 = 108. Best: between 3 and 4,
        // threshold at the midpoint 3.5; leaves -G/H = the group means 2 and 12.
        BoostedTreesFit fit = stumps(1, 1.0).fit(sixRows());
        assertThat(fit.predict(3.49)).isEqualTo(2.0);
        assertThat(fit.predict(3.51)).isEqualTo(12.0);
        assertThat(fit.predict(-100)).isEqualTo(2.0);
        assertThat(fit.predict(100)).isEqualTo(12.0);
        assertThat(fit.importances(Importance.GAIN)).containsEntry("x", 150.0);
        assertThat(fit.importances(Importance.TOTAL_GAIN)).containsEntry("x", 150.0);
        assertThat(fit.importances(Importance.WEIGHT)).containsEntry("x", 1.0);
        assertThat(fit.importances(Importance.COVER)).containsEntry("x", 6.0);
        assertThat(fit.leaves()).isEqualTo(2);
        assertThat(fit.numberOfParameters()).isEqualTo(3);
        // Residuals -1, 0, 1, -2, -1, 3: RSS 16.
        assertThat(fit.trainingRmse()).isCloseTo(Math.sqrt(16.0 / 6), within(1e-12));
        assertThat(fit.logLikelihood()).isCloseTo(-3 * (Math.log(2 * Math.PI * 16 / 6) + 1), within(1e-12));
        assertThat(fit.estimates()).containsExactly(0.0);
    }

    @Test
    void twoStumpsWithHalfStepsFollowTheResidualsByHand() {
        // Round 1 (eta 0.5): split at 3.5, leaves 0.5 * 2 = 1 and 0.5 * 12 = 6.
        // Residuals 0, 1, 2, 4, 5, 9 (sum 21, 21^2/6 = 73.5). Gains: after x=1: 0 + 441/5 = 88.2;
        // x=2: 1/2 + 400/4 = 100.5; x=3: 9/3 + 324/3 = 111; x=4: 49/4 + 196/2 = 110.25;
        // x=5: 144/5 + 81 = 109.8. Best again after x=3 with gain 111 - 73.5 = 37.5; leaves
        // 0.5 * 1 = 0.5 and 0.5 * 6 = 3. Predictions 1.5 and 9.
        BoostedTreesFit fit = stumps(2, 0.5).fit(sixRows());
        assertThat(fit.predict(sixRows())).containsExactly(1.5, 1.5, 1.5, 9, 9, 9);
        assertThat(fit.importances(Importance.WEIGHT)).containsEntry("x", 2.0);
        assertThat(fit.importances(Importance.TOTAL_GAIN)).containsEntry("x", 150 + 37.5);
        assertThat(fit.importances(Importance.GAIN)).containsEntry("x", (150 + 37.5) / 2);
        assertThat(fit.importances(Importance.TOTAL_COVER)).containsEntry("x", 12.0);
        assertThat(fit.rounds()).isEqualTo(2);
        assertThat(fit.leaves()).isEqualTo(4);
        assertThat(fit.toString()).contains("base_score").doesNotContain("\n");
        assertThat(fit.summary().toString()).contains("Feature importance", "total_gain", "187.5", "leaves");
    }

    @Test
    void theL2PenaltyShrinksTheLeafWeights() {
        // Leaf weight -G/(H + lambda): with lambda 1 the groups of three give 6/4 = 1.5 and 36/4 = 9.
        BoostedTreesFit fit = stumps(1, 1.0).withL2(1).fit(sixRows());
        assertThat(fit.predict(3.0)).isEqualTo(1.5);
        assertThat(fit.predict(4.0)).isEqualTo(9.0);
    }

    @Test
    void unusedFeaturesHaveZeroImportanceAndTheSignalFeatureLeads() {
        Dataset d = synthetic(3, 400, 0.1);
        BoostedTreesFit fit = BoostedTrees.of().withRounds(30).withMaxDepth(3).fit(withDeadColumn(d));
        Map<String, Double> gain = fit.importances(Importance.TOTAL_GAIN);
        assertThat(gain.keySet()).containsExactly("a", "b", "c", "d", "e", "constant");
        assertThat(gain.get("constant")).isZero();
        assertThat(gain.get("a")).isGreaterThan(gain.get("c")).isGreaterThan(gain.get("e"));
        assertThatThrownBy(() -> gain.put("a", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSameSeedGivesBitIdenticalPredictionsAndAnotherSeedOthers() {
        Dataset d = synthetic(5, 600, 0.5);
        BoostedTrees spec = BoostedTrees.of().withRounds(40).withSubsample(0.7).withColumnSample(0.6).withSeed(7);
        double[] first = spec.fit(d).predict(d);
        double[] second = spec.fit(d).predict(d);
        assertThat(second).containsExactly(first);
        double[] otherSeed = spec.withSeed(8).fit(d).predict(d);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void predictionsFromSeveralThreadsAtOnceEqualTheSequentialOnes() throws Exception {
        Dataset d = synthetic(13, 400, 0.5);
        BoostedTreesFit fit = BoostedTrees.of().withRounds(20).withMaxDepth(4).fit(d);
        double[] sequential = new double[d.rows()];
        for (int i = 0; i < d.rows(); i++) {
            sequential[i] = fit.predict(d.row(i));
        }
        assertThat(sequential).containsExactly(fit.predict(d));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<double[]>> parts = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                parts.add(pool.submit(() -> {
                    double[] out = new double[d.rows()];
                    for (int i = 0; i < d.rows(); i++) {
                        out[i] = fit.predict(d.row(i));
                    }
                    return out;
                }));
            }
            for (java.util.concurrent.Future<double[]> part : parts) {
                assertThat(part.get()).containsExactly(sequential);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theExactMethodGivesTheSameTreesOnOneThreadOrTwo() {
        Dataset d = synthetic(9, 200, 0.5);
        BoostedTrees spec = BoostedTrees.of().withRounds(5).withTreeMethod(TreeMethod.EXACT);
        assertThat(spec.withThreads(2).fit(d).predict(d)).containsExactly(spec.withThreads(1).fit(d).predict(d));
    }

    @Test
    void earlyStoppingKeepsTheRoundsWithTheLeastValidationErrorComputedIndependently() {
        // Noisy data and deep trees overfit: the validation error falls, then rises.
        Dataset all = synthetic(21, 300, 2.0);
        Dataset training = all.rows(0, 200);
        Dataset validation = all.rows(200, 300);
        int max = 15;
        BoostedTrees spec = BoostedTrees.of().withRounds(max).withMaxDepth(6).withLearningRate(0.5).withMinChildWeight(0);
        BoostedTreesFit stopped = spec.withEarlyStopping(100, max).fit(all);
        // The test's own sweep: fit k = 1..max rounds on the training rows, RMSE on the validation rows.
        double[] rmse = new double[max];
        int argmin = 0;
        for (int k = 1; k <= max; k++) {
            double[] f = spec.withRounds(k).fit(training).predict(validation);
            double[] y = validation.response();
            double q = 0;
            for (int i = 0; i < f.length; i++) {
                q += (y[i] - f[i]) * (y[i] - f[i]);
            }
            rmse[k - 1] = Math.sqrt(q / f.length);
            if (rmse[k - 1] < rmse[argmin]) {
                argmin = k - 1;
            }
        }
        assertThat(argmin + 1).as("the sweep must show a minimum before the last round").isLessThan(max);
        assertThat(stopped.rounds()).isEqualTo(argmin + 1);
        assertThat(stopped.validationRmse()).hasSize(max);
        for (int k = 0; k < max; k++) {
            assertThat(stopped.validationRmse()[k]).isCloseTo(rmse[k], within(1e-5 * rmse[k]));
        }
        assertThat(stopped.nobs()).isEqualTo(200);
        assertThat(stopped.predict(validation)).containsExactly(spec.withRounds(argmin + 1).fit(training).predict(validation));

        // A short patience stops soon after the minimum.
        BoostedTreesFit impatient = spec.withEarlyStopping(100, 2).fit(all);
        assertThat(impatient.rounds()).isEqualTo(argmin + 1);
        assertThat(impatient.validationRmse().length).isEqualTo(argmin + 1 + 2);
    }

    @Test
    void theValidationWindowMustLieStrictlyAfterTheTrainingWindow() {
        Dataset all = synthetic(4, 300, 0.5);
        BoostedTrees spec = BoostedTrees.of().withRounds(5);
        // Overlapping by one hour: refused.
        assertThatThrownBy(() -> spec.fit(all.rows(0, 200), all.rows(199, 300)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'validation' must lie strictly after the training window, which ends "
                        + T0.plus(Duration.ofHours(199)) + " but has value a window from " + T0.plus(Duration.ofHours(199)));
        // Before the training window: refused.
        assertThatThrownBy(() -> spec.fit(all.rows(100, 300), all.rows(0, 100)))
                .hasMessageContaining("must lie strictly after the training window");
        // Without times the order cannot be checked: refused.
        Dataset noTimes = Dataset.ofColumns(all.names(), columns(all.rows(200, 300)), all.rows(200, 300).response(), List.of());
        assertThatThrownBy(() -> spec.fit(all.rows(0, 200), noTimes))
                .hasMessageStartingWith("Argument 'validation' must have times, to check it lies after the training window");
        // Shuffled rows: the last rows of the data are not after the others, refused.
        int[] order = new int[300];
        for (int i = 0; i < 300; i++) {
            order[i] = (i * 7) % 300;
        }
        assertThatThrownBy(() -> spec.withEarlyStopping(50, 3).fit(all.select(order)))
                .hasMessageContaining("must lie strictly after the training window");
        // Right after: accepted; an embargo removes rows between the windows.
        assertThat(spec.fit(all.rows(0, 200), all.rows(200, 300)).nobs()).isEqualTo(200);
        assertThat(spec.withEarlyStopping(100, 3).withEmbargo(8).fit(all).nobs()).isEqualTo(192);
        assertThatThrownBy(() -> spec.withEarlyStopping(299, 3).fit(all))
                .hasMessage("Argument 'data' must hold at least 2 training rows besides the 299 validation rows and the "
                        + "embargo of 0 but has value 300 rows");
    }

    @Test
    void badSettingsAreRefusedByName() {
        assertThatThrownBy(() -> BoostedTrees.of().withLearningRate(0))
                .hasMessage("Argument 'learningRate' must lie in (0, 1] but has value 0.0");
        assertThatThrownBy(() -> BoostedTrees.of().withSubsample(Double.NaN))
                .hasMessage("Argument 'subsample' must lie in (0, 1] but has value NaN");
        assertThatThrownBy(() -> BoostedTrees.of().withRounds(0)).hasMessage("Argument 'rounds' must be at least 1 but has value 0");
        assertThatThrownBy(() -> BoostedTrees.of().withL2(-1))
                .hasMessage("Argument 'l2' must be zero or positive and finite but has value -1.0");
        assertThatThrownBy(() -> BoostedTrees.of().withEmbargo(-1)).hasMessage("Argument 'embargo' must be zero or more but has value -1");
        assertThatThrownBy(() -> BoostedTrees.of().withThreads(0)).hasMessage("Argument 'threads' must be at least 1 but has value 0");
        assertThatThrownBy(() -> BoostedTrees.of().fit(null)).hasMessage("Argument 'data' must not be null");
        BoostedTreesFit fit = stumps(1, 1).fit(sixRows());
        assertThatThrownBy(() -> fit.predict(1, 2)).hasMessage("Argument 'row' must hold 1 values, one per feature but has value 2 values");
        assertThat(BoostedTrees.of().withSeed(3).toString()).contains("seed=3", "nthread=1", "tree_method=hist");
    }

    @Test
    void runsInTheWalkForwardBesideTheRandomWalkAndBeatsItOnAMeanRevertingSeries() {
        Random r = new Random(5);
        double[] b = new double[1400];
        for (int t = 1; t < b.length; t++) {
            b[t] = 0.6 * b[t - 1] + r.nextGaussian();
        }
        TimeSeries y = TimeSeries.regular(T0, Duration.ofHours(1), b);
        LearnerForecaster trees = BoostedTrees.of().withRounds(60).withMaxDepth(2).withLearningRate(0.2)
                .withEarlyStopping(100, 5).forecaster(FeaturePipeline.basisOnly(2, 6), Target.Kind.CHANGE, 1);
        assertThat(trees.toString()).contains("embargo 1");
        WalkForward wf = WalkForward.of(WalkForward.Window.ROLLING, 600).withHorizon(1).withRefitEvery(400);
        WalkForwardReport report = wf.compare("boosted trees", trees, y, Map.of());
        ForecastEvaluation model = report.model();
        ForecastEvaluation rw = report.benchmarks().get(0);
        assertThat(rw.name()).isEqualTo("random walk");
        // Optimal one-step RMSE 1; the random walk's sqrt(2 / 1.6) = 1.118.
        assertThat(model.metrics().rmse()).isLessThan(rw.metrics().rmse());
        assertThat(report.versusBenchmarks().get(0).statistic()).isNegative();
        assertThat(wf.evaluate("again", trees, y).forecasts()).containsExactly(model.forecasts());
    }

    /** y = 2 a + sin(3 b) + 0.5 c^2 + noise, features a..e Gaussian, hourly times from T0. */
    private static Dataset synthetic(long seed, int n, double noise) {
        Random r = new Random(seed);
        double[][] c = new double[5][n];
        double[] y = new double[n];
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 5; j++) {
                c[j][i] = r.nextGaussian();
            }
            y[i] = 2 * c[0][i] + Math.sin(3 * c[1][i]) + 0.5 * c[2][i] * c[2][i] + noise * r.nextGaussian();
            times.add(T0.plus(Duration.ofHours(i)));
        }
        return Dataset.ofColumns(List.of("a", "b", "c", "d", "e"), c, y, times);
    }

    private static Dataset withDeadColumn(Dataset d) {
        double[][] c = Arrays.copyOf(columns(d), d.features() + 1);
        c[d.features()] = new double[d.rows()];
        Arrays.fill(c[d.features()], 1.0);
        List<String> names = new ArrayList<>(d.names());
        names.add("constant");
        return Dataset.ofColumns(names, c, d.response(), d.times());
    }

    private static double[][] columns(Dataset d) {
        double[][] c = new double[d.features()][];
        for (int j = 0; j < c.length; j++) {
            c[j] = d.column(j);
        }
        return c;
    }
}
