package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.internal.Args;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.ModelSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees fitted by {@link BoostedTrees}: the base score and the trees, with their
 * feature importances and, after early stopping, the validation RMSE of every round tried.
 *
 * <p>As a {@code FittedModel}: the one parameter listed is the base score (the leaf weights are
 * the other parameters and are counted, not listed: {@link #numberOfParameters()} is the number
 * of leaves plus one); there are no standard errors (NaN); the log-likelihood is the Gaussian one
 * of the training residuals at their maximum-likelihood variance, {@code -n/2 (log(2 pi RSS/n) +
 * 1)}. Predictions run XGBoost's in-place prediction, which XGBoost's documentation ("Prediction",
 * section "Thread Safety": from release 1.4 every prediction function of a tree booster is thread
 * safe) allows from several threads at once; the booster is never changed after the fit.
 * Immutable and thread-safe.
 */
public final class BoostedTreesFit implements PredictiveFit {

    /** XGBoost's feature importances ({@code importance_type}). */
    public enum Importance {
        /** The number of splits on the feature ({@code weight}). */
        WEIGHT("weight"),
        /** The mean gain of the splits on the feature ({@code gain}). */
        GAIN("gain"),
        /** The mean Hessian sum (rows, for squared error) reaching its splits ({@code cover}). */
        COVER("cover"),
        /** The summed gain of its splits ({@code total_gain}). */
        TOTAL_GAIN("total_gain"),
        /** The summed cover of its splits ({@code total_cover}). */
        TOTAL_COVER("total_cover");

        private final String parameter;

        Importance(String parameter) {
            this.parameter = parameter;
        }

        /**
         * Returns XGBoost's name of the importance.
         *
         * @return the {@code importance_type} value
         */
        public String parameter() {
            return parameter;
        }
    }

    private final BoostedTrees spec;
    private final Booster booster;
    private final List<String> names;
    private final double baseScore;
    private final int rounds;
    private final float[] validationRmse;
    private final int validationRows;
    private final int nobs;
    private final double rss;
    private final double gradientNorm;
    private final int leaves;
    private final Map<Importance, Map<String, Double>> importances;

    BoostedTreesFit(BoostedTrees spec, Booster booster, Dataset training, double baseScore, int rounds,
            float[] validationRmse, int validationRows) throws XGBoostError {
        this.spec = spec;
        this.booster = booster;
        this.names = training.names();
        this.baseScore = baseScore;
        this.rounds = rounds;
        this.validationRmse = validationRmse.clone();
        this.validationRows = validationRows;
        this.nobs = training.rows();
        double[] fitted = predict(training);
        double[] y = training.response();
        double q = 0;
        for (int i = 0; i < y.length; i++) {
            q += (y[i] - fitted[i]) * (y[i] - fitted[i]);
        }
        this.rss = q;
        this.gradientNorm = Math.sqrt(q) / nobs;
        String[] fmap = names.toArray(new String[0]);
        int count = 0;
        for (String tree : booster.getModelDump(fmap, false)) {
            for (int k = tree.indexOf("leaf="); k >= 0; k = tree.indexOf("leaf=", k + 5)) {
                count++;
            }
        }
        this.leaves = count;
        Map<Importance, Map<String, Double>> imp = new EnumMap<>(Importance.class);
        for (Importance type : Importance.values()) {
            Map<String, Double> raw = booster.getScore(fmap, type.parameter());
            Map<String, Double> all = new LinkedHashMap<>();
            for (String name : names) {
                all.put(name, raw.getOrDefault(name, 0.0));
            }
            imp.put(type, Collections.unmodifiableMap(all));
        }
        this.importances = Collections.unmodifiableMap(imp);
    }

    /**
     * Predicts the response of one row.
     *
     * @param row one value per feature, in the order of {@link #featureNames()}; NaN is a missing
     *     value (sent down each split's default branch); not modified
     * @return the prediction (a {@code float} value, as XGBoost computes it)
     * @throws IllegalArgumentException if the row's length differs from the number of features
     */
    @Override
    public double predict(double... row) {
        Args.notNull(row, "row");
        Args.check(row.length == names.size(), "row", row.length + " values", "hold " + names.size() + " values, one per feature");
        float[] x = new float[row.length];
        for (int j = 0; j < row.length; j++) {
            x[j] = (float) row[j];
        }
        try {
            return booster.inplace_predict(x, 1, x.length, Float.NaN)[0][0];
        } catch (XGBoostError e) {
            throw new EstimationException("XGBoost failed to predict: " + e.getMessage(), List.of(String.valueOf(e)));
        }
    }

    /**
     * Predicts the response of every row of a dataset in one call.
     *
     * @param data rows with the fitted features, by name
     * @return one prediction per row
     * @throws IllegalArgumentException if the data are null or their features differ
     */
    public double[] predict(Dataset data) {
        Args.notNull(data, "data");
        Args.check(data.names().equals(names), "data", data.names(), "have the fitted features " + names);
        int n = data.rows();
        int p = names.size();
        float[] x = new float[n * p];
        for (int j = 0; j < p; j++) {
            double[] c = data.column(j);
            for (int i = 0; i < n; i++) {
                x[i * p + j] = (float) c[i];
            }
        }
        try {
            float[][] out = booster.inplace_predict(x, n, p, Float.NaN);
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = out[i][0];
            }
            return f;
        } catch (XGBoostError e) {
            throw new EstimationException("XGBoost failed to predict: " + e.getMessage(), List.of(String.valueOf(e)));
        }
    }

    /**
     * Returns the feature importances of one kind, every feature present (0 when no split uses
     * it), in the order of {@link #featureNames()}.
     *
     * @param type the kind
     * @return an immutable map from feature name to importance
     * @throws IllegalArgumentException if the type is null
     */
    public Map<String, Double> importances(Importance type) {
        return importances.get(Args.notNull(type, "type"));
    }

    /**
     * Returns the feature names.
     *
     * @return an immutable list
     */
    public List<String> featureNames() {
        return names;
    }

    /**
     * Returns the base score, the prediction before the first tree.
     *
     * @return the base score
     */
    public double baseScore() {
        return baseScore;
    }

    /**
     * Returns the number of trees: the rounds set, or those chosen by early stopping.
     *
     * @return the rounds
     */
    public int rounds() {
        return rounds;
    }

    /**
     * Returns the number of leaves of all the trees.
     *
     * @return the count
     */
    public int leaves() {
        return leaves;
    }

    /**
     * Returns the validation RMSE after each round tried by early stopping (XGBoost's
     * single-precision {@code rmse}); empty without early stopping.
     *
     * @return a copy, one value per round tried
     */
    public double[] validationRmse() {
        double[] out = new double[validationRmse.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = validationRmse[i];
        }
        return out;
    }

    /**
     * Returns the root mean squared error on the training rows.
     *
     * @return the RMSE
     */
    public double trainingRmse() {
        return Math.sqrt(rss / nobs);
    }

    @Override
    public List<String> parameterNames() {
        return List.of("base_score");
    }

    @Override
    public double[] estimates() {
        return new double[] {baseScore};
    }

    /** Trees have no standard errors: NaN. */
    @Override
    public double[] standardErrors() {
        return new double[] {Double.NaN};
    }

    /** Gaussian, at the maximum-likelihood variance RSS/n of the training residuals. */
    @Override
    public double logLikelihood() {
        return -0.5 * nobs * (Math.log(2 * Math.PI * rss / nobs) + 1);
    }

    @Override
    public int nobs() {
        return nobs;
    }

    /** The leaves (each a fitted weight) plus the base score. */
    @Override
    public int numberOfParameters() {
        return leaves + 1;
    }

    /** Iterations are the rounds kept; the gradient norm is that of the mean squared-error loss in the fitted values, {@code sqrt(RSS)/n}; converged means the rounds ran to their end or early stopping found its minimum. */
    @Override
    public ConvergenceInfo convergence() {
        return new ConvergenceInfo(rounds, rounds, gradientNorm, true);
    }

    @Override
    public ModelSummary summary() {
        List<String> columns = new ArrayList<>();
        for (Importance type : Importance.values()) {
            columns.add(type.parameter());
        }
        double[][] m = new double[names.size()][columns.size()];
        for (int j = 0; j < names.size(); j++) {
            for (Importance type : Importance.values()) {
                m[j][type.ordinal()] = importances.get(type).get(names.get(j));
            }
        }
        ModelSummary s = ModelSummary.of("Gradient-boosted trees (XGBoost, reg:squarederror, " + rounds + " rounds)")
                .withFact("settings", spec.settings())
                .withFact("early stopping", validationRmse.length == 0 ? "none"
                        : validationRmse.length + " rounds tried on " + validationRows + " validation rows, "
                                + rounds + " kept")
                .withCoefficients(parameterNames(), estimates(), standardErrors())
                .withStatistic("trees", rounds)
                .withStatistic("leaves", leaves)
                .withStatistic("training RMSE", trainingRmse());
        if (validationRmse.length > 0) {
            s = s.withStatistic("validation RMSE", validationRmse[rounds - 1]);
        }
        return s.withMatrix("Feature importance", names, columns, m).withFitStatistics(this);
    }

    @Override
    public String toString() {
        return summary().oneLine();
    }
}
