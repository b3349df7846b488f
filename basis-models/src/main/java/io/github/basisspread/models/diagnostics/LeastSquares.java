package io.github.basisspread.models.diagnostics;

/**
 * Ordinary least squares by Householder QR, for the auxiliary regressions of the tests.
 *
 * <p>Package-private on purpose: the public regression API lives in {@code models.regression};
 * the tests here only need coefficients, residuals, classical standard errors and the residual
 * sum of squares, computed the numerically stable way (Golub and Van Loan, 4th ed., alg. 5.2.1).
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
        double[][] a = new double[k][];
        double[] columnNorms = new double[k];
        for (int j = 0; j < k; j++) {
            a[j] = columns[j].clone();
            columnNorms[j] = norm(a[j], 0);
        }
        double[] qty = y.clone();
        double[] rDiagonal = new double[k];
        for (int j = 0; j < k; j++) {
            double[] v = a[j];
            double norm = norm(v, j);
            if (!(norm > RANK_TOLERANCE * columnNorms[j])) {
                throw collinear(j);
            }
            double alpha = v[j] > 0 ? -norm : norm;
            v[j] -= alpha;
            double vv = 0;
            for (int i = j; i < n; i++) {
                vv += v[i] * v[i];
            }
            for (int c = j + 1; c < k; c++) {
                reflect(v, vv, a[c], j);
            }
            reflect(v, vv, qty, j);
            rDiagonal[j] = alpha;
        }
        // Back substitution R beta = (Q'y)[0..k); R is upper triangular with R[j][c] = a[c][j].
        double[] beta = new double[k];
        for (int j = k - 1; j >= 0; j--) {
            double s = qty[j];
            for (int c = j + 1; c < k; c++) {
                s -= a[c][j] * beta[c];
            }
            beta[j] = s / rDiagonal[j];
        }
        double[] residuals = new double[n];
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            double fitted = 0;
            for (int j = 0; j < k; j++) {
                fitted += columns[j][i] * beta[j];
            }
            residuals[i] = y[i] - fitted;
            ssr += residuals[i] * residuals[i];
        }
        // (X'X)^-1 = R^-1 R^-T: the j-th diagonal entry is the squared norm of row j of R^-1.
        double[][] rInverse = new double[k][k];
        for (int col = 0; col < k; col++) {
            rInverse[col][col] = 1 / rDiagonal[col];
            for (int row = col - 1; row >= 0; row--) {
                double s = 0;
                for (int m = row + 1; m <= col; m++) {
                    s += a[m][row] * rInverse[m][col];
                }
                rInverse[row][col] = -s / rDiagonal[row];
            }
        }
        double s2 = ssr / (n - k);
        double[] se = new double[k];
        for (int j = 0; j < k; j++) {
            double d = 0;
            for (int c = j; c < k; c++) {
                d += rInverse[j][c] * rInverse[j][c];
            }
            se[j] = Math.sqrt(s2 * d);
        }
        return new Fit(beta, residuals, se, ssr);
    }

    /** Residuals of y after projection on the columns; y itself when there are no columns. */
    static double[] residuals(double[] y, double[][] columns) {
        return columns.length == 0 ? y.clone() : fit(y, columns).residuals();
    }

    private static void reflect(double[] v, double vv, double[] target, int from) {
        double s = 0;
        for (int i = from; i < v.length; i++) {
            s += v[i] * target[i];
        }
        double f = 2 * s / vv;
        for (int i = from; i < v.length; i++) {
            target[i] -= f * v[i];
        }
    }

    private static double norm(double[] v, int from) {
        double scale = 0;
        for (int i = from; i < v.length; i++) {
            scale = Math.max(scale, Math.abs(v[i]));
        }
        if (scale == 0) {
            return 0;
        }
        double s = 0;
        for (int i = from; i < v.length; i++) {
            double t = v[i] / scale;
            s += t * t;
        }
        return scale * Math.sqrt(s);
    }

    private static IllegalArgumentException collinear(int column) {
        return new IllegalArgumentException("Argument 'regressors' must be linearly independent but column "
                + column + " of the auxiliary regression is collinear with the columns before it");
    }
}
