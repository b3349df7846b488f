package io.github.basisspread.models.regression;

import io.github.basisspread.models.linalg.Triangular;

/**
 * The fitted least-squares design as a covariance estimator sees it: the weighted design
 * {@code X} (kept columns only), the residuals, and the factor {@code R} of {@code X = Q R}.
 *
 * <p>Every covariance estimator of this package is a sandwich {@code R^-1 M R^-T}, with the
 * "meat" {@code M} accumulated in the orthonormal basis {@code Q = X R^-1} of the column space
 * (so {@code M = sum_i w_i q_i q_i'} for observation weights {@code w_i}): the meat is then as
 * well conditioned as the weights, and the only ill-conditioned step is the final
 * multiplication by {@code R^-1}. A user-defined estimator does the same through
 * {@link #orthonormalRow(int, double[])} and {@link #sandwich(double[][])}.
 *
 * <p>For weighted least squares, rows and residuals are the whitened ones ({@code sqrt(w_i)}
 * times the raw ones). Immutable and thread-safe.
 */
public final class LeastSquaresDesign {

    private final double[][] columns;
    private final double[] sqrtWeights;
    private final double[] inverseScale;
    private final double[] rInverse;
    private final double[] residuals;
    private final int n;
    private final int k;
    private final double ssr;

    LeastSquaresDesign(double[][] columns, double[] sqrtWeights, double[] inverseScale, double[] rInverse,
            double[] residuals, double ssr) {
        this.columns = columns;
        this.sqrtWeights = sqrtWeights;
        this.inverseScale = inverseScale;
        this.rInverse = rInverse;
        this.residuals = residuals;
        this.n = residuals.length;
        this.k = columns.length;
        this.ssr = ssr;
    }

    /**
     * Returns the number of observations used.
     *
     * @return the number of observations
     */
    public int nobs() {
        return n;
    }

    /**
     * Returns the number of estimated coefficients (the rank of the design).
     *
     * @return the number of coefficients
     */
    public int parameterCount() {
        return k;
    }

    /**
     * Returns the residual degrees of freedom, {@code n - k}.
     *
     * @return the residual degrees of freedom, at least 1
     */
    public int residualDegreesOfFreedom() {
        return n - k;
    }

    /**
     * Returns the (weighted) sum of squared residuals.
     *
     * @return the sum of squared residuals
     */
    public double sumOfSquaredResiduals() {
        return ssr;
    }

    /**
     * Returns the residual variance {@code s^2 = SSR / (n - k)}.
     *
     * @return the residual variance
     */
    public double residualVariance() {
        return ssr / (n - k);
    }

    /**
     * Returns observation {@code i}'s whitened residual {@code sqrt(w_i) e_i}.
     *
     * @param i the observation index
     * @return the whitened residual
     */
    public double whitenedResidual(int i) {
        return sqrtWeights == null ? residuals[i] : sqrtWeights[i] * residuals[i];
    }

    double residual(int i) {
        return residuals[i];
    }

    double[] residualsView() {
        return residuals;
    }

    double[][] columnsView() {
        return columns;
    }

    double[] sqrtWeightsView() {
        return sqrtWeights;
    }

    /**
     * Writes row {@code i} of {@code Q = X R^-1}, the whitened design row expressed in an
     * orthonormal basis of the column space.
     *
     * @param i the observation index
     * @param out the output, length at least {@link #parameterCount()}; modified
     */
    public void orthonormalRow(int i, double[] out) {
        double sw = sqrtWeights == null ? 1 : sqrtWeights[i];
        // q = R^-T xs, with xs_j = sqrt(w_i) x_ij / s_j the scaled row
        for (int a = 0; a < k; a++) {
            out[a] = 0;
        }
        for (int j = 0; j < k; j++) {
            double xs = sw * columns[j][i] * inverseScale[j];
            int row = j * k;
            for (int a = j; a < k; a++) {
                out[a] += rInverse[row + a] * xs;
            }
        }
    }

    /**
     * Returns observation {@code i}'s leverage {@code h_ii}, the squared norm of its orthonormal
     * row (the diagonal of the hat matrix).
     *
     * @param i the observation index
     * @param work a work array of length at least {@link #parameterCount()}; modified
     * @return the leverage, in {@code [0, 1]} up to rounding
     */
    public double leverage(int i, double[] work) {
        orthonormalRow(i, work);
        double h = 0;
        for (int a = 0; a < k; a++) {
            h += work[a] * work[a];
        }
        return h;
    }

    /**
     * Returns the coefficient covariance {@code R^-1 M R^-T} for a meat {@code M} expressed in the
     * orthonormal basis ({@code M = s^2 I} gives the classical covariance).
     *
     * @param meat the symmetric {@code k x k} meat, not modified
     * @return the {@code k x k} covariance of the coefficients, in the design's column order
     * @throws IllegalArgumentException if the meat is not {@code k x k}
     */
    public double[][] sandwich(double[][] meat) {
        if (meat == null || meat.length != k) {
            throw new IllegalArgumentException("Argument 'meat' must be " + k + " x " + k + " but has "
                    + (meat == null ? "value null" : meat.length + " rows"));
        }
        double[] left = new double[k * k];   // R^-1 M
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int j = i; j < k; j++) {
                    s += rInverse[i * k + j] * meat[j][c];
                }
                left[i * k + c] = s;
            }
        }
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int l = i; l < k; l++) {
                double s = 0;
                for (int c = l; c < k; c++) {
                    s += left[i * k + c] * rInverse[l * k + c];
                }
                double v = s * inverseScale[i] * inverseScale[l];
                out[i][l] = v;
                out[l][i] = v;
            }
        }
        return out;
    }

    /**
     * Returns the classical covariance {@code s^2 (X'X)^-1}.
     *
     * @return the covariance
     */
    double[][] classicalCovariance() {
        double s2 = residualVariance();
        double[][] meat = new double[k][k];
        for (int a = 0; a < k; a++) {
            meat[a][a] = s2;
        }
        return sandwich(meat);
    }

    static double[] invert(double[] r, int k) {
        return Triangular.invertUpper(r, k);
    }
}
