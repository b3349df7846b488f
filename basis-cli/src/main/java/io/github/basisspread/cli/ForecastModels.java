package io.github.basisspread.cli;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.features.FeaturePipeline;
import io.github.basisspread.ml.features.Target;
import io.github.basisspread.ml.learners.BoostedTrees;
import io.github.basisspread.ml.learners.ElasticNet;
import io.github.basisspread.ml.learners.ElasticNetCv;
import io.github.basisspread.ml.learners.Folds;
import io.github.basisspread.ml.learners.LearnerForecaster;
import io.github.basisspread.ml.learners.PredictiveFit;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.evaluation.Forecaster;
import io.github.basisspread.models.evaluation.Forecasters;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The forecasters {@code basis forecast compare --models} knows, by name: a model is one entry
 * of {@link #MODELS}, so a new learner of basis-ml plugs in with one line.
 * The naive benchmarks (random walk, rolling mean) are not in the list: the command always adds them.
 *
 * <p>The learners forecast the change of the basis h steps ahead from features of the basis alone
 * (the command reads one column): its last {@value #LAGS} values and, for each of the windows
 * 6, 24 and 168 rows no longer than a quarter of the training window (or that quarter if none is),
 * its rolling mean, standard deviation, z-score, minimum and maximum. Their penalty is chosen on
 * each training window by forward-chaining cross-validation ({@value #FOLDS} test blocks, each after
 * the rows its model was trained on) at lambda.1se, over glmnet's default path. Stateless.
 */
final class ForecastModels {

    /** The lags of the basis among the learners' features. */
    static final int LAGS = 4;

    /** The forward-chaining splits of the learners' cross-validation. */
    static final int FOLDS = 5;

    /** The shortest training window the learners accept: their features and folds need rows. */
    static final int LEARNER_MIN_WINDOW = 60;

    /** What a forecaster is built from: the training window and the horizon of the run. */
    record Settings(int window, int horizon) {
    }

    /** One model: its name on the command line, what it is, whether it learns from features, its forecaster. */
    record Model(String name, String description, boolean learner, Function<Settings, Forecaster> forecaster) {
    }

    /** The models by name, in the order of the help text. */
    static final Map<String, Model> MODELS = index(List.of(
            new Model("arima", "auto-ARIMA (Hyndman-Khandakar; orders by AICc) on each training window", false,
                    s -> Forecasters.autoArima()),
            new Model("ou", "Ornstein-Uhlenbeck by exact maximum likelihood", false,
                    s -> Forecasters.ornsteinUhlenbeck(OrnsteinUhlenbeckFitter.of())),
            new Model("local-level", "local level (random walk plus noise) by Kalman filter maximum likelihood", false,
                    s -> Forecasters.localLevel()),
            new Model("ridge", "ridge regression (alpha 0) on the features", true, s -> elasticNet(ElasticNet.ridge(), s)),
            new Model("lasso", "lasso (alpha 1) on the features", true, s -> elasticNet(ElasticNet.lasso(), s)),
            new Model("elasticnet", "elastic net (alpha 0.5) on the features", true,
                    s -> elasticNet(ElasticNet.of(0.5), s)),
            new Model("xgboost", "gradient-boosted trees (XGBoost; depth 3, eta 0.1, up to 200 rounds, early "
                    + "stopping on the last fifth of the window) on the features", true, ForecastModels::boostedTrees)));

    private ForecastModels() {
    }

    private static Map<String, Model> index(List<Model> models) {
        Map<String, Model> map = new LinkedHashMap<>();
        for (Model m : models) {
            map.put(m.name(), m);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The names, comma-separated, for help and messages. */
    static String names() {
        return String.join(",", MODELS.keySet());
    }

    /** The learners' features for a training window (see the class comment). */
    static FeaturePipeline features(int window) {
        List<Integer> windows = new ArrayList<>();
        for (int w : new int[] {6, 24, 168}) {
            if (w <= window / 4) {
                windows.add(w);
            }
        }
        if (windows.isEmpty()) {
            windows.add(Math.max(2, window / 4));
        }
        return FeaturePipeline.basisOnly(LAGS, windows.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Forecaster elasticNet(ElasticNet net, Settings s) {
        ElasticNetCv cv = ElasticNetCv.of(net, Folds.forwardChaining(FOLDS)).withRule(ElasticNetCv.Rule.LAMBDA_1SE);
        return learner(cv, s);
    }

    /**
     * Gradient-boosted trees, one thread (the walk-forward parallelises over origins): rounds chosen
     * on each training window by early stopping on its last fifth, which lies after the rows the
     * trees are trained on (with an embargo of the horizon between them).
     */
    private static Forecaster boostedTrees(Settings s) {
        return BoostedTrees.of().withRounds(200).withMaxDepth(3).withLearningRate(0.1).withThreads(1)
                .withEarlyStopping(Math.max(1, s.window() / 5), 10)
                .forecaster(features(s.window()), Target.Kind.CHANGE, s.horizon());
    }

    /** A learner of basis-ml as a forecaster of the change of the basis, on {@link #features(int)}. */
    private static Forecaster learner(
            Estimator<Dataset, ? extends PredictiveFit> learner, Settings s) {
        return LearnerForecaster.of(learner, features(s.window()), Target.Kind.CHANGE, s.horizon());
    }
}
