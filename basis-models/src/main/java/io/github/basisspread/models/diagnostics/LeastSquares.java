package io.github.basisspread.models.diagnostics;

import io.github.basisspread.models.linalg.LeastSquaresSolver;

/**
 * Ordinary least squares for the auxiliary regressions of the tests, by the module's one solver
 * ({@link LeastSquaresSolver}: pivoted Householder QR with refinement, as {@code OlsSpec}).
 *
 * <p>Package-private on purpose: the public regression API lives in {@code models.regression};
 * the tests here only need coefficients, residuals, classical standard errors and the residual
 * sum of squares.
 */
final class LeastSquares {

    /** Relative size of a pivot under which the design is declared collinear. */
    private static final double RANK_TOLERANCE = 1e-10;

    private LeastSquares() {
    }

    /**
     * The result of one regression; arrays are owned by this object and never handed out.
     *
     * @param coefficients the estimates, one per column
     * @param residuals y minus the fitted values
     * @param standardErrors classical standard errors, sqrt(s^2 (X'X)^-1_jj) with s^2 = SSR/(n-k)
     * @param ssr the residual sum of squares
     */
    record Fit(double[] coefficients, double[] residuals, double[] standardErrors, double ssr) {

        int nobs() {
            return residuals.length;
        }

        int parameterCount() {
            return coefficients.length;
        }

        double tValue(int j) {
            return coefficients[j] / standardErrors[j];
        }

        /** Gaussian log-likelihood with the variance concentrated out: -n/2 (ln 2 pi + ln(SSR/n) + 1). */
        double logLikelihood() {
            double n = nobs();
            return -n / 2 * (Math.log(2 * Math.PI) + Math.log(ssr / n) + 1);
        }

        double aic() {
            return -2 * logLikelihood() + 2 * parameterCount();
        }

        double bic() {
            return -2 * logLikelihood() + Math.log(nobs()) * parameterCount();
        }
    }

    /**
     * Regresses {@code y} on the given columns.
     *
     * @param y the response, length n (not modified)
     * @param columns the regressors, each of length n (not modified)
     * @return the fit
     * @throws IllegalArgumentException if n is not larger than the number of columns or the
     *     columns are collinear
     */
    static Fit fit(double[] y, double[][] columns) {
        int n = y.length;
        int k = columns.length;
        if (n <= k) {
            throw new IllegalArgumentException("Argument 'observations' must exceed the " + k
                    + " regressors of the auxiliary regression but has value " + n);
        }
        LeastSquaresSolver.FullRank fit = LeastSquaresSolver.fullRank(y, columns, RANK_TOLERANCE);
        if (fit == null) {
            LeastSquaresSolver.Factorization f = LeastSquaresSolver.factor(columns, y, null, RANK_TOLERANCE);
            throw collinear(f.order()[f.rank()]);
        }
        return new Fit(fit.coefficients(), fit.residuals(), fit.standardErrors(), fit.ssr());
    }

    /** Residuals of y after projection on the columns; y itself when there are no columns. */
    static double[] residuals(double[] y, double[][] columns) {
        return columns.length == 0 ? y.clone() : fit(y, columns).residuals();
    }

    private static IllegalArgumentException collinear(int column) {
        return new IllegalArgumentException("Argument 'regressors' must be linearly independent but column "
                + column + " of the auxiliary regression is collinear with the columns before it");
    }
}
