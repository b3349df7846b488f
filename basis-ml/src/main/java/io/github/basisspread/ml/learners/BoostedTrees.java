package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.features.FeaturePipeline;
import io.github.basisspread.ml.features.Target;
import io.github.basisspread.ml.internal.Args;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The specification of gradient-boosted regression trees (squared error) fitted by XGBoost
 * through XGBoost4J (Chen and Guestrin 2016, "XGBoost: A Scalable Tree Boosting System", KDD).
 *
 * <p>Each round adds a tree fitted to the gradient and Hessian of the squared error at the
 * current prediction; a leaf's weight is {@code -G / (H + lambda)} shrunk by the learning rate
 * {@code eta}, and a split is kept when its gain {@code G_L^2/(H_L+lambda) + G_R^2/(H_R+lambda)
 * - G^2/(H+lambda)} exceeds {@code 2 gamma} (eq. 5 and 7 of the paper). The defaults are
 * XGBoost's ({@code eta = 0.3}, {@code max_depth = 6}, {@code lambda = 1}, {@code alpha = 0},
 * {@code gamma = 0}, {@code min_child_weight = 1}, no subsampling, the histogram method) with 100
 * rounds, one thread and seed 0; the base score is the mean of the training response (XGBoost's
 * own estimate for squared error) unless set. XGBoost works in single precision: the features
 * and the response are rounded to {@code float}, and the predictions are {@code float} values.
 *
 * <p>Early stopping ({@link #withEarlyStopping(int, int)}) holds out the last rows as a
 * validation window that lies strictly after the training window: with times on the rows, every
 * validation time must come after every training time, otherwise the fit is refused; an embargo
 * ({@link #withEmbargo(int)}) drops rows between the two, so that training targets that read the
 * basis h rows ahead do not reach into the validation window. Rounds are added while the
 * validation RMSE improves; after {@code patience} rounds without a new minimum the model is the
 * one with the fewest rounds at that minimum (refitted to exactly that many rounds, so that its
 * trees, predictions and importances agree).
 *
 * <p>Reproducible: with the same data, specification, seed and number of threads the fitted
 * trees and the predictions are bit-identical. Immutable and thread-safe.
 */
public final class BoostedTrees implements Estimator<Dataset, BoostedTreesFit> {

    /** XGBoost's ways of finding splits ({@code tree_method}). */
    public enum TreeMethod {
        /** Every distinct value of a feature is a candidate split ({@code exact}). */
        EXACT("exact"),
        /** Quantile sketch of the features, recomputed each round ({@code approx}). */
        APPROX("approx"),
        /** Features binned once into at most 256 bins ({@code hist}, XGBoost's default). */
        HIST("hist");

        private final String parameter;

        TreeMethod(String parameter) {
            this.parameter = parameter;
        }

        /**
         * Returns XGBoost's name of the method.
         *
         * @return the {@code tree_method} value
         */
        public String parameter() {
            return parameter;
        }
    }

    private final int rounds;
    private final double eta;
    private final int maxDepth;
    private final double lambda;
    private final double alpha;
    private final double gamma;
    private final double minChildWeight;
    private final double subsample;
    private final double columnSample;
    private final long seed;
    private final int threads;
    private final TreeMethod method;
    private final double baseScore;
    private final int validationRows;
    private final int patience;
    private final int embargo;

    private BoostedTrees(int rounds, double eta, int maxDepth, double lambda, double alpha, double gamma,
            double minChildWeight, double subsample, double columnSample, long seed, int threads, TreeMethod method,
            double baseScore, int validationRows, int patience, int embargo) {
        this.rounds = rounds;
        this.eta = eta;
        this.maxDepth = maxDepth;
        this.lambda = lambda;
        this.alpha = alpha;
        this.gamma = gamma;
        this.minChildWeight = minChildWeight;
        this.subsample = subsample;
        this.columnSample = columnSample;
        this.seed = seed;
        this.threads = threads;
        this.method = method;
        this.baseScore = baseScore;
        this.validationRows = validationRows;
        this.patience = patience;
        this.embargo = embargo;
    }

    /**
     * Boosted trees with XGBoost's defaults, 100 rounds, one thread, seed 0 and no early stopping.
     *
     * @return the specification
     */
    public static BoostedTrees of() {
        return new BoostedTrees(100, 0.3, 6, 1, 0, 0, 1, 1, 1, 0, 1, TreeMethod.HIST, Double.NaN, 0, 10, 0);
    }

    private BoostedTrees copy(int rounds, double eta, int maxDepth, double lambda, double alpha, double gamma,
            double minChildWeight, double subsample, double columnSample) {
        return new BoostedTrees(rounds, eta, maxDepth, lambda, alpha, gamma, minChildWeight, subsample, columnSample,
                seed, threads, method, baseScore, validationRows, patience, embargo);
    }

    /**
     * Sets the number of rounds (trees), the most when stopping early.
     *
     * @param n at least 1
     * @return a new specification
     * @throws IllegalArgumentException if n is below 1
     */
    public BoostedTrees withRounds(int n) {
        return copy(Args.positive(n, "rounds"), eta, maxDepth, lambda, alpha, gamma, minChildWeight, subsample, columnSample);
    }

    /**
     * Sets the learning rate (XGBoost's {@code eta}), the shrinkage of each tree's leaf weights.
     *
     * @param value in (0, 1]
     * @return a new specification
     * @throws IllegalArgumentException if the value is outside (0, 1]
     */
    public BoostedTrees withLearningRate(double value) {
        Args.check(value > 0 && value <= 1, "learningRate", value, "lie in (0, 1]");
        return copy(rounds, value, maxDepth, lambda, alpha, gamma, minChildWeight, subsample, columnSample);
    }

    /**
     * Sets the greatest depth of a tree ({@code max_depth}).
     *
     * @param depth at least 1
     * @return a new specification
     * @throws IllegalArgumentException if depth is below 1
     */
    public BoostedTrees withMaxDepth(int depth) {
        return copy(rounds, eta, Args.positive(depth, "maxDepth"), lambda, alpha, gamma, minChildWeight, subsample, columnSample);
    }

    /**
     * Sets the L2 penalty on the leaf weights ({@code lambda}).
     *
     * @param value zero or more, finite
     * @return a new specification
     * @throws IllegalArgumentException if the value is negative or not finite
     */
    public BoostedTrees withL2(double value) {
        return copy(rounds, eta, maxDepth, nonNegative(value, "l2"), alpha, gamma, minChildWeight, subsample, columnSample);
    }

    /**
     * Sets the L1 penalty on the leaf weights ({@code alpha}).
     *
     * @param value zero or more, finite
     * @return a new specification
     * @throws IllegalArgumentException if the value is negative or not finite
     */
    public BoostedTrees withL1(double value) {
        return copy(rounds, eta, maxDepth, lambda, nonNegative(value, "l1"), gamma, minChildWeight, subsample, columnSample);
    }

    /**
     * Sets the least loss reduction a split must bring ({@code gamma}).
     *
     * @param value zero or more, finite
     * @return a new specification
     * @throws IllegalArgumentException if the value is negative or not finite
     */
    public BoostedTrees withMinSplitLoss(double value) {
        return copy(rounds, eta, maxDepth, lambda, alpha, nonNegative(value, "minSplitLoss"), minChildWeight, subsample, columnSample);
    }

    /**
     * Sets the least Hessian sum of a child ({@code min_child_weight}; for squared error, the
     * least number of rows in a leaf).
     *
     * @param value zero or more, finite
     * @return a new specification
     * @throws IllegalArgumentException if the value is negative or not finite
     */
    public BoostedTrees withMinChildWeight(double value) {
        return copy(rounds, eta, maxDepth, lambda, alpha, gamma, nonNegative(value, "minChildWeight"), subsample, columnSample);
    }

    /**
     * Sets the fraction of rows sampled, without replacement, for each tree ({@code subsample}).
     *
     * @param fraction in (0, 1]
     * @return a new specification
     * @throws IllegalArgumentException if the fraction is outside (0, 1]
     */
    public BoostedTrees withSubsample(double fraction) {
        Args.check(fraction > 0 && fraction <= 1, "subsample", fraction, "lie in (0, 1]");
        return copy(rounds, eta, maxDepth, lambda, alpha, gamma, minChildWeight, fraction, columnSample);
    }

    /**
     * Sets the fraction of features sampled for each tree ({@code colsample_bytree}).
     *
     * @param fraction in (0, 1]
     * @return a new specification
     * @throws IllegalArgumentException if the fraction is outside (0, 1]
     */
    public BoostedTrees withColumnSample(double fraction) {
        Args.check(fraction > 0 && fraction <= 1, "columnSample", fraction, "lie in (0, 1]");
        return copy(rounds, eta, maxDepth, lambda, alpha, gamma, minChildWeight, subsample, fraction);
    }

    /**
     * Sets the seed of XGBoost's random numbers (row and feature sampling).
     *
     * @param value any value
     * @return a new specification
     */
    public BoostedTrees withSeed(long value) {
        return new BoostedTrees(rounds, eta, maxDepth, lambda, alpha, gamma, minChildWeight, subsample, columnSample,
                value, threads, method, baseScore, validationRows, patience, embargo);
    }

    /**
     * Sets the number of threads XGBoost uses ({@code nthread}; 1 by default).
     *
     * @param n at least 1
     * @return a new specification
     * @throws IllegalArgumentException if n is below 1
     */
    public BoostedTrees withThreads(int n) {
        return new BoostedTrees(rounds, eta, maxDepth, lambda, alpha, gamma, minChildWeight, subsample, columnSample,
                seed, Args.positive(n, "threads"), method, baseScore, validationRows, patience, embargo);
    }

    /**
     * Sets how splits are found ({@code tree_method}).
     *
     * @param value the method
     * @return a new specification
     * @throws IllegalArgumentException if the value is null
     */
    public BoostedTrees withTreeMethod(TreeMethod value) {
        return new BoostedTrees(rounds, eta, maxDepth, lambda, alpha, gamma, minChildWeight, subsample, columnSample,
                seed, threads, Args.notNull(value, "treeMethod"), baseScore, validationRows, patience, embargo);
    }

    /**
     * Sets the base score, the prediction before the first tree (by default the training mean).
     *
     * @param value finite
     * @return a new specification
     * @throws IllegalArgumentException if the value is not finite
     */
    public BoostedTrees withBaseScore(double value) {
        Args.check(Double.isFinite(value), "baseScore", value, "be finite");
        return new BoostedTrees(rounds, eta, maxDepth, lambda, alpha, gamma, minChildWeight, subsample, columnSample,
                seed, threads, method, value, validationRows, patience, embargo);
    }

    /**
     * Stops adding rounds when the RMSE on the last {@code validationRows} rows of the data has
     * not reached a new minimum for {@code patience} rounds; those rows (and the embargo before
     * them) are not trained on.
     *
     * @param validationRows the rows held out at the end, at least 1
     * @param patience the rounds without improvement before stopping, at least 1
     * @return a new specification
     * @throws IllegalArgumentException if a count is below 1
     */
    public BoostedTrees withEarlyStopping(int validationRows, int patience) {
        return new BoostedTrees(rounds, eta, maxDepth, lambda, alpha, gamma, minChildWeight, subsample, columnSample,
                seed, threads, method, baseScore, Args.positive(validationRows, "validationRows"),
                Args.positive(patience, "patience"), embargo);
    }

    /**
     * Sets the rows dropped between the training and the validation window of early stopping
     * (0 by default); for a target h rows ahead, at least h keeps the training targets out of
     * the validation window.
     *
     * @param rows zero or more
     * @return a new specification
     * @throws IllegalArgumentException if rows is negative
     */
    public BoostedTrees withEmbargo(int rows) {
        Args.check(rows >= 0, "embargo", rows, "be zero or more");
        return new BoostedTrees(rounds, eta, maxDepth, lambda, alpha, gamma, minChildWeight, subsample, columnSample,
                seed, threads, method, baseScore, validationRows, patience, rows);
    }

    /**
     * A walk-forward forecaster of the basis by these trees: one model per step h = 1..maxHorizon
     * on the features of each training window (see {@link LearnerForecaster}). With early
     * stopping the embargo is raised to at least {@code maxHorizon} rows, so that no training
     * target reaches into the validation window.
     *
     * @param pipeline the features
     * @param kind the target: {@code LEVEL} or {@code CHANGE}
     * @param maxHorizon the most steps forecast, at least 1
     * @return the forecaster
     * @throws IllegalArgumentException as {@link LearnerForecaster#of}
     */
    public LearnerForecaster forecaster(FeaturePipeline pipeline, Target.Kind kind, int maxHorizon) {
        BoostedTrees spec = validationRows > 0 && maxHorizon > embargo ? withEmbargo(maxHorizon) : this;
        return LearnerForecaster.of(spec, pipeline, kind, maxHorizon);
    }

    /**
     * Fits the trees; with early stopping the last rows are the validation window (rows without
     * times are taken to be in time order).
     *
     * @param data the data, at least 2 training rows
     * @return the fitted model
     * @throws IllegalArgumentException if the data are null or too short for the windows, or
     *     their times do not put the validation window after the training window, or a value
     *     lies outside the range of {@code float}
     * @throws EstimationException if XGBoost fails or its fitted values are not finite
     */
    @Override
    public BoostedTreesFit fit(Dataset data) {
        Args.notNull(data, "data");
        if (validationRows == 0) {
            Args.check(data.rows() >= 2, "data", data.rows() + " rows", "hold at least 2 rows");
            return train(data, null);
        }
        int n = data.rows();
        int trainEnd = n - validationRows - embargo;
        Args.check(trainEnd >= 2, "data", n + " rows", "hold at least 2 training rows besides the " + validationRows
                + " validation rows and the embargo of " + embargo);
        return fit(data.rows(0, trainEnd), data.rows(n - validationRows, n));
    }

    /**
     * Fits the trees on a training window with early stopping on a validation window that lies
     * strictly after it: both need times, and every validation time must be later than every
     * training time.
     *
     * @param training the training rows, at least 2
     * @param validation the validation rows, with the training's feature names
     * @return the fitted model
     * @throws IllegalArgumentException if a dataset is null or lacks times, the names differ, or
     *     a validation time is not after the last training time, or a value lies outside the
     *     range of {@code float}
     * @throws EstimationException if XGBoost fails or its fitted values are not finite
     */
    public BoostedTreesFit fit(Dataset training, Dataset validation) {
        Args.notNull(training, "training");
        Args.notNull(validation, "validation");
        Args.check(training.rows() >= 2, "training", training.rows() + " rows", "hold at least 2 rows");
        Args.check(validation.names().equals(training.names()), "validation", validation.names(),
                "have the training's features " + training.names());
        Args.check(!training.times().isEmpty(), "training", training, "have times, to check the validation window lies after it");
        Args.check(!validation.times().isEmpty(), "validation", validation, "have times, to check it lies after the training window");
        Instant lastTraining = training.times().stream().max(Instant::compareTo).orElseThrow();
        Instant firstValidation = validation.times().stream().min(Instant::compareTo).orElseThrow();
        Args.check(firstValidation.isAfter(lastTraining), "validation", "a window from " + firstValidation,
                "lie strictly after the training window, which ends " + lastTraining);
        return train(training, validation);
    }

    private BoostedTreesFit train(Dataset training, Dataset validation) {
        double base = Double.isNaN(baseScore) ? mean(training.response()) : baseScore;
        Map<String, Object> params = parameters(base);
        DMatrix dtrain = null;
        DMatrix dvalid = null;
        Booster booster = null;
        try {
            dtrain = matrix(training);
            int chosen = rounds;
            float[] path = new float[0];
            if (validation != null) {
                dvalid = matrix(validation);
                booster = XGBoost.train(dtrain, params, 0, new HashMap<>(), null, null);
                float[] losses = new float[rounds];
                float[] metric = new float[1];
                int best = -1;
                float bestLoss = Float.POSITIVE_INFINITY;
                int done = 0;
                for (int it = 0; it < rounds; it++) {
                    booster.update(dtrain, it);
                    booster.evalSet(new DMatrix[] {dvalid}, new String[] {"validation"}, it, metric);
                    losses[it] = metric[0];
                    done = it + 1;
                    if (metric[0] < bestLoss) {
                        bestLoss = metric[0];
                        best = it;
                    } else if (it - best >= patience) {
                        break;
                    }
                }
                path = java.util.Arrays.copyOf(losses, done);
                chosen = best + 1;
                if (chosen != done) {
                    // refit to exactly the chosen rounds: the same seed grows the same first trees
                    booster.dispose();
                    booster = XGBoost.train(dtrain, params, chosen, new HashMap<>(), null, null);
                }
            } else {
                booster = XGBoost.train(dtrain, params, rounds, new HashMap<>(), null, null);
            }
            BoostedTreesFit fit = new BoostedTreesFit(this, booster, training, base, chosen, path,
                    validation == null ? 0 : validation.rows());
            if (!Double.isFinite(fit.trainingRmse())) {
                booster.dispose();
                throw new EstimationException("XGBoost's fitted values are not finite (training RMSE "
                        + fit.trainingRmse() + "): the response or base score overflows single precision in the "
                        + "gradients; rescale the response", List.of());
            }
            return fit;
        } catch (XGBoostError e) {
            if (booster != null) {
                booster.dispose();
            }
            throw new EstimationException("XGBoost failed: " + e.getMessage(), List.of(String.valueOf(e)));
        } finally {
            if (dtrain != null) {
                dtrain.dispose();
            }
            if (dvalid != null) {
                dvalid.dispose();
            }
        }
    }

    private Map<String, Object> parameters(double base) {
        Map<String, Object> p = new HashMap<>();
        p.put("objective", "reg:squarederror");
        p.put("eval_metric", "rmse");
        p.put("eta", eta);
        p.put("max_depth", maxDepth);
        p.put("lambda", lambda);
        p.put("alpha", alpha);
        p.put("gamma", gamma);
        p.put("min_child_weight", minChildWeight);
        p.put("subsample", subsample);
        p.put("colsample_bytree", columnSample);
        p.put("seed", seed);
        p.put("nthread", threads);
        p.put("tree_method", method.parameter());
        p.put("base_score", base);
        p.put("verbosity", 0);
        return p;
    }

    static DMatrix matrix(Dataset data) throws XGBoostError {
        int n = data.rows();
        int p = data.features();
        float[] values = new float[n * p];
        for (int j = 0; j < p; j++) {
            double[] c = data.column(j);
            for (int i = 0; i < n; i++) {
                values[i * p + j] = (float) c[i];
                Args.check(Float.isFinite(values[i * p + j]), "data", data.names().get(j) + " " + c[i] + " at row " + i,
                        "hold values within single precision (|x| <= " + Float.MAX_VALUE + "), as XGBoost computes in float");
            }
        }
        DMatrix m = new DMatrix(values, n, p, Float.NaN);
        double[] y = data.response();
        float[] label = new float[n];
        for (int i = 0; i < n; i++) {
            label[i] = (float) y[i];
            Args.check(Float.isFinite(label[i]), "data", "response " + y[i] + " at row " + i,
                    "hold values within single precision (|y| <= " + Float.MAX_VALUE + "), as XGBoost computes in float");
        }
        m.setLabel(label);
        return m;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double nonNegative(double value, String name) {
        Args.check(value >= 0 && Double.isFinite(value), name, value, "be zero or positive and finite");
        return value;
    }

    /** The learning rate. */
    double learningRate() {
        return eta;
    }

    /** Seed, threads and method, for the summary. */
    String settings() {
        return String.format(Locale.ROOT, "eta=%s, max_depth=%d, lambda=%s, alpha=%s, gamma=%s, min_child_weight=%s, "
                + "subsample=%s, colsample_bytree=%s, tree_method=%s, seed=%d, nthread=%d", eta, maxDepth, lambda, alpha,
                gamma, minChildWeight, subsample, columnSample, method.parameter(), seed, threads);
    }

    @Override
    public String toString() {
        return "BoostedTrees[rounds=" + rounds + ", " + settings()
                + (validationRows > 0 ? ", early stopping on the last " + validationRows + " rows, patience " + patience
                        + ", embargo " + embargo : "") + "]";
    }
}
