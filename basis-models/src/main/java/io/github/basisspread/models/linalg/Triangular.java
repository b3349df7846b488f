package io.github.basisspread.models.linalg;

/**
 * Triangular solves and inverse for row-major upper-triangular matrices, and a compensated dot
 * product. Internal to the module; stateless.
 */
public final class Triangular {

    private Triangular() {
    }

    /**
     * Solves {@code R x = b} by back substitution, in place.
     *
     * @param r the upper-triangular matrix, row-major {@code k x k}, not modified
     * @param k the order
     * @param b the right-hand side, overwritten by the solution
     */
    public static void solveUpper(double[] r, int k, double[] b) {
        for (int i = k - 1; i >= 0; i--) {
            double s = b[i];
            int row = i * k;
            for (int j = i + 1; j < k; j++) {
                s -= r[row + j] * b[j];
            }
            b[i] = s / r[row + i];
        }
    }

    /**
     * Solves {@code R' x = b} by forward substitution, in place.
     *
     * @param r the upper-triangular matrix, row-major {@code k x k}, not modified
     * @param k the order
     * @param b the right-hand side, overwritten by the solution
     */
    public static void solveUpperTransposed(double[] r, int k, double[] b) {
        for (int i = 0; i < k; i++) {
            double s = b[i];
            for (int j = 0; j < i; j++) {
                s -= r[j * k + i] * b[j];
            }
            b[i] = s / r[i * k + i];
        }
    }

    /**
     * Inverts an upper-triangular matrix.
     *
     * @param r the matrix, row-major {@code k x k}, not modified
     * @param k the order
     * @return the upper-triangular inverse, row-major
     */
    public static double[] invertUpper(double[] r, int k) {
        double[] inv = new double[k * k];
        double[] e = new double[k];
        for (int c = 0; c < k; c++) {
            java.util.Arrays.fill(e, 0);
            e[c] = 1;
            solveUpper(r, k, e);
            for (int i = 0; i <= c; i++) {
                inv[i * k + c] = e[i];
            }
        }
        return inv;
    }

    /**
     * Returns {@code y - sum_j a_j b_j} evaluated as if in twice the working precision (the
     * {@code Dot2} algorithm of Ogita, Rump and Oishi 2005, SIAM J. Sci. Comput. 26, with an
     * exact product by {@link Math#fma}), so that residuals of a near-exact fit keep their digits.
     *
     * @param y the value the products are subtracted from
     * @param a the first factors
     * @param b the second factors
     * @param k the number of products
     * @return the compensated difference
     */
    public static double residual(double y, double[] a, double[] b, int k) {
        double s = y;
        double c = 0;
        for (int j = 0; j < k; j++) {
            double p = -a[j] * b[j];
            double pe = Math.fma(-a[j], b[j], -p);
            double t = s + p;
            double z = t - s;
            double se = (s - (t - z)) + (p - z);
            s = t;
            c += se + pe;
        }
        return s + c;
    }
}
