package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.internal.Args;
import io.github.basisspread.models.api.Estimator;
import java.util.List;

/**
 * An elastic net whose lambda is chosen by cross-validation, as R's {@code cv.glmnet} with
 * {@code type.measure = "mse"}: the path on all the data fixes the lambda sequence; each split
 * fits its own path on its training rows and predicts its test rows at those lambdas, its
 * coefficients interpolated linearly in lambda between the points of its path (glmnet's
 * {@code predict(fit, s = lambda)}, as cv.glmnet does); the mean squared error of
 * each split is averaged over the splits weighted by their test sizes ({@code cvm}), with
 * standard error {@code cvsd = sqrt(weighted mean((mse_m - cvm)^2) / (K - 1))};
 * {@code lambda.min} is the largest lambda of least {@code cvm} and {@code lambda.1se} the largest
 * lambda whose {@code cvm} is within one {@code cvsd} (at lambda.min) of that least value.
 *
 * <p>With {@link Folds#forwardChaining(int)} every test row lies after the rows its model was
 * trained on (time-series cross-validation); only the lambda grid comes from all the rows.
 * {@link #fit(Dataset)} returns the model on all the rows at the chosen lambda. Immutable and
 * thread-safe.
 */
public final class ElasticNetCv implements Estimator<Dataset, ElasticNetFit> {

    /** Which lambda {@link #fit(Dataset)} keeps. */
    public enum Rule {
        /** The lambda of least cross-validated error. */
        LAMBDA_MIN,
        /** The largest lambda within one standard error of the least error. */
        LAMBDA_1SE
    }

    private final ElasticNet spec;
    private final Folds folds;
    private final Rule rule;

    private ElasticNetCv(ElasticNet spec, Folds folds, Rule rule) {
        this.spec = spec;
        this.folds = folds;
        this.rule = rule;
    }

    /**
     * Cross-validates a specification, keeping lambda.min.
     *
     * @param spec the elastic net (its lambda sequence settings apply; a lambda set on it is ignored)
     * @param folds the splits
     * @return the cross-validated estimator
     * @throws IllegalArgumentException if an argument is null
     */
    public static ElasticNetCv of(ElasticNet spec, Folds folds) {
        return new ElasticNetCv(Args.notNull(spec, "spec"), Args.notNull(folds, "folds"), Rule.LAMBDA_MIN);
    }

    /**
     * Sets which lambda {@link #fit(Dataset)} keeps.
     *
     * @param r the rule
     * @return a new estimator
     * @throws IllegalArgumentException if the rule is null
     */
    public ElasticNetCv withRule(Rule r) {
        return new ElasticNetCv(spec, folds, Args.notNull(r, "rule"));
    }

    /**
     * Runs the cross-validation.
     *
     * @param data the rows, in time order for forward chaining
     * @return the cross-validation curve and the chosen lambdas
     * @throws IllegalArgumentException if the data are too few for the folds
     */
    public CrossValidation crossValidate(Dataset data) {
        Args.notNull(data, "data");
        Args.check(data.rows() >= folds.minimumRows(), "data", data.rows() + " rows",
                "hold at least " + folds.minimumRows() + " rows for " + folds.count()
                        + (folds.isForwardChaining() ? " forward-chaining splits" : " folds"));
        List<int[][]> splits = folds.splits(data.rows());
        ElasticNetPath full = spec.path(data);
        double[] lambdas = full.lambdas();
        int nl = lambdas.length;
        int k = splits.size();
        double[][] mse = new double[k][nl];
        double[] weight = new double[k];
        for (int m = 0; m < k; m++) {
            Dataset train = data.select(splits.get(m)[0]);
            Dataset test = data.select(splits.get(m)[1]);
            ElasticNetPath path = spec.path(train);
            double[] y = test.response();
            double[][] x = new double[y.length][];
            for (int i = 0; i < y.length; i++) {
                x[i] = test.row(i);
            }
            for (int l = 0; l < nl; l++) {
                double[] c = path.coefficientsAt(lambdas[l]);
                double s = 0;
                for (int i = 0; i < y.length; i++) {
                    double e = y[i] - c[0];
                    for (int j = 1; j < c.length; j++) {
                        e -= c[j] * x[i][j - 1];
                    }
                    s += e * e;
                }
                mse[m][l] = s / y.length;
            }
            weight[m] = y.length;
        }
        double wsum = 0;
        for (double w : weight) {
            wsum += w;
        }
        double[] cvm = new double[nl];
        double[] cvsd = new double[nl];
        for (int l = 0; l < nl; l++) {
            double s = 0;
            for (int m = 0; m < k; m++) {
                s += weight[m] * mse[m][l];
            }
            cvm[l] = s / wsum;
            double v = 0;
            for (int m = 0; m < k; m++) {
                double d = mse[m][l] - cvm[l];
                v += weight[m] * d * d;
            }
            cvsd[l] = Math.sqrt(v / wsum / (k - 1));
        }
        return new CrossValidation(full, folds, lambdas, cvm, cvsd);
    }

    /**
     * Cross-validates and returns the fit on all the rows at the lambda of the rule.
     *
     * @param data the rows
     * @return the fit
     */
    @Override
    public ElasticNetFit fit(Dataset data) {
        CrossValidation cv = crossValidate(data);
        return rule == Rule.LAMBDA_MIN ? cv.fitMin() : cv.fit1se();
    }

    @Override
    public String toString() {
        return "ElasticNetCv[" + spec + ", " + folds + ", " + rule + "]";
    }
}
