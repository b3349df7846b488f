package io.github.basisspread.ml.learners;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@link ElasticNetCv#crossValidate}: the cross-validated mean squared error
 * ({@code cvm}) and its standard error ({@code cvsd}) at each lambda of the full path, and the
 * lambdas chosen from them (cv.glmnet's {@code lambda.min} and {@code lambda.1se}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CrossValidation {

    private final ElasticNetPath path;
    private final Folds folds;
    private final double[] lambdas;
    private final double[] cvm;
    private final double[] cvsd;
    private final int indexMin;
    private final int index1se;

    CrossValidation(ElasticNetPath path, Folds folds, double[] lambdas, double[] cvm, double[] cvsd) {
        this.path = path;
        this.folds = folds;
        this.lambdas = lambdas;
        this.cvm = cvm;
        this.cvsd = cvsd;
        // lambda.min: the largest lambda of least cvm (the first, lambdas decreasing).
        int min = 0;
        for (int l = 1; l < cvm.length; l++) {
            if (cvm[l] < cvm[min]) {
                min = l;
            }
        }
        indexMin = min;
        double bound = cvm[min] + cvsd[min];
        int se = min;
        for (int l = 0; l < cvm.length; l++) {
            if (cvm[l] <= bound) {
                se = l;
                break;
            }
        }
        index1se = se;
    }

    /**
     * Returns the lambdas, largest first.
     *
     * @return a copy
     */
    public double[] lambdas() {
        return lambdas.clone();
    }

    /**
     * Returns the cross-validated mean squared error at each lambda.
     *
     * @return a copy
     */
    public double[] cvm() {
        return cvm.clone();
    }

    /**
     * Returns the standard error of {@link #cvm()} at each lambda.
     *
     * @return a copy
     */
    public double[] cvsd() {
        return cvsd.clone();
    }

    /**
     * Returns lambda.min, the largest lambda of least cross-validated error.
     *
     * @return the lambda
     */
    public double lambdaMin() {
        return lambdas[indexMin];
    }

    /**
     * Returns lambda.1se, the largest lambda whose error is within one standard error of the least.
     *
     * @return the lambda
     */
    public double lambda1se() {
        return lambdas[index1se];
    }

    /**
     * Returns the path fitted on all the rows.
     *
     * @return the path
     */
    public ElasticNetPath path() {
        return path;
    }

    /**
     * Returns the fit on all the rows at lambda.min.
     *
     * @return the fit
     */
    public ElasticNetFit fitMin() {
        return path.fit(indexMin);
    }

    /**
     * Returns the fit on all the rows at lambda.1se.
     *
     * @return the fit
     */
    public ElasticNetFit fit1se() {
        return path.fit(index1se);
    }

    @Override
    public String toString() {
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%14s %14s %14s %4s", "lambda", "cvm", "cvsd", ""));
        for (int l = 0; l < lambdas.length; l++) {
            String mark = l == indexMin ? "min" : l == index1se ? "1se" : "";
            rows.add(String.format("%14.6g %14.6g %14.6g %4s", lambdas[l], cvm[l], cvsd[l], mark));
        }
        return "Cross-validation (" + folds + "): lambda.min = " + lambdaMin() + ", lambda.1se = " + lambda1se()
                + "\n" + String.join("\n", rows);
    }
}
