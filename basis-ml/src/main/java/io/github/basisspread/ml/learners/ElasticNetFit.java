package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.internal.Args;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.FittedModel;
import io.github.basisspread.models.api.ModelSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An elastic net fitted at one lambda: the intercept and the slopes on the original scale of the
 * features.
 *
 * <p>As a {@link FittedModel}: the parameters are {@code intercept} then the features by name;
 * standard errors do not exist for a penalised fit (NaN); the log-likelihood is the Gaussian one
 * at the maximum-likelihood variance of the residuals, {@code -n/2 (log(2 pi RSS/n) + 1)} (all
 * constants included); the number of parameters is glmnet's {@code df} (the nonzero slopes) plus
 * the intercept, the error variance not counted. Immutable and thread-safe.
 */
public final class ElasticNetFit implements PredictiveFit {

    private final double alpha;
    private final double lambda;
    private final List<String> names;
    private final double intercept;
    private final double[] slopes;
    private final int nobs;
    private final double rss;
    private final double devRatio;
    private final int passes;

    ElasticNetFit(double alpha, double lambda, List<String> names, double intercept, double[] slopes, int nobs,
            double rss, double devRatio, int passes) {
        this.alpha = alpha;
        this.lambda = lambda;
        this.names = names;
        this.intercept = intercept;
        this.slopes = slopes.clone();
        this.nobs = nobs;
        this.rss = Math.max(rss, 0);
        this.devRatio = devRatio;
        this.passes = passes;
    }

    /**
     * Returns the mixing parameter.
     *
     * @return alpha
     */
    public double alpha() {
        return alpha;
    }

    /**
     * Returns the lambda of the fit, on the response's scale.
     *
     * @return lambda
     */
    public double lambda() {
        return lambda;
    }

    /**
     * Returns the intercept (unpenalised).
     *
     * @return the intercept
     */
    public double intercept() {
        return intercept;
    }

    /**
     * Returns the slopes, one per feature in the order of {@link #featureNames()}.
     *
     * @return a copy
     */
    public double[] slopes() {
        return slopes.clone();
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
     * Returns the fraction of deviance explained (glmnet's {@code dev.ratio}).
     *
     * @return in [0, 1]
     */
    public double devRatio() {
        return devRatio;
    }

    /**
     * Returns the number of nonzero slopes (glmnet's {@code df}).
     *
     * @return the count
     */
    public int df() {
        int c = 0;
        for (double v : slopes) {
            c += v != 0 ? 1 : 0;
        }
        return c;
    }

    /**
     * Predicts the response of one row of features.
     *
     * @param row one value per feature, in the order of {@link #featureNames()}; not modified
     * @return the prediction
     * @throws IllegalArgumentException if the row's length differs from the number of features
     */
    public double predict(double... row) {
        Args.notNull(row, "row");
        Args.check(row.length == slopes.length, "row", row.length + " values", "hold " + slopes.length + " values, one per feature");
        double v = intercept;
        for (int j = 0; j < row.length; j++) {
            v += slopes[j] * row[j];
        }
        return v;
    }

    @Override
    public List<String> parameterNames() {
        List<String> p = new ArrayList<>();
        p.add("intercept");
        p.addAll(names);
        return List.copyOf(p);
    }

    @Override
    public double[] estimates() {
        double[] e = new double[slopes.length + 1];
        e[0] = intercept;
        System.arraycopy(slopes, 0, e, 1, slopes.length);
        return e;
    }

    /** A penalised fit has no standard errors: all NaN. */
    @Override
    public double[] standardErrors() {
        double[] se = new double[slopes.length + 1];
        Arrays.fill(se, Double.NaN);
        return se;
    }

    /** Gaussian, at the maximum-likelihood variance RSS/n: {@code -n/2 (log(2 pi RSS/n) + 1)}. */
    @Override
    public double logLikelihood() {
        return -0.5 * nobs * (Math.log(2 * Math.PI * rss / nobs) + 1);
    }

    @Override
    public int nobs() {
        return nobs;
    }

    /** glmnet's df (nonzero slopes) plus the intercept. */
    @Override
    public int numberOfParameters() {
        return df() + 1;
    }

    /** Coordinate descent to glmnet's convergence test: iterations and evaluations count the passes over the coordinates of the whole path that produced this fit; the gradient norm is reported as zero (the optimality conditions hold to the tolerance). */
    @Override
    public ConvergenceInfo convergence() {
        return new ConvergenceInfo(passes, passes, 0.0, true);
    }

    @Override
    public ModelSummary summary() {
        String kind = alpha == 1 ? "Lasso" : alpha == 0 ? "Ridge" : "Elastic net";
        return ModelSummary.of(kind + " (alpha = " + alpha + ", lambda = " + ModelSummary.number(lambda) + ")")
                .withFact("standardisation", "glmnet's (columns and response to unit variance, divisor n)")
                .withFact("standard errors", "none for a penalised fit")
                .withCoefficients(parameterNames(), estimates(), standardErrors())
                .withStatistic("df (nonzero slopes)", df())
                .withStatistic("dev.ratio", devRatio)
                .withFitStatistics(this);
    }

    @Override
    public String toString() {
        return summary().oneLine();
    }
}
