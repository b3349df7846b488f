package io.github.basisspread.models.linalg;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The symmetric-definite generalized eigenproblem {@code A v = lambda B v} (A symmetric, B
 * symmetric positive definite), by reduction to a standard symmetric problem through the
 * Cholesky factor {@code B = L L'}: {@code C = L^-1 A L^-T} has the same eigenvalues, and its
 * eigenvectors u give {@code v = L^-T u} (Golub and Van Loan 2013, sec. 8.7.2). This is the
 * eigenproblem of Johansen's reduced-rank regression, {@code |lambda S11 - S10 S00^-1 S01| = 0}
 * (Johansen 1995, eq. 6.14), with {@code A = S10 S00^-1 S01} and {@code B = S11}.
 *
 * <p>Internal; stateless.
 */
public final class GeneralizedEigen {

    private GeneralizedEigen() {
    }

    /**
     * Eigenvalues in decreasing order and their eigenvectors, normalised so that
     * {@code v' B v = 1} and the first non-zero element of each is positive.
     *
     * @param values the eigenvalues, largest first
     * @param vectors the eigenvectors, {@code vectors[i]} for {@code values[i]}
     */
    public record Result(double[] values, double[][] vectors) {
    }

    /**
     * Solves {@code A v = lambda B v}.
     *
     * @param a the symmetric n x n matrix (only its symmetric part is used; not modified)
     * @param b the symmetric positive definite n x n matrix (not modified)
     * @return the eigenvalues and eigenvectors, or null if b is not positive definite
     */
    public static Result symmetricDefinite(double[][] a, double[][] b) {
        int n = b.length;
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                l[i * n + j] = b[i][j];
            }
        }
        if (!Cholesky.factorInPlace(l, n)) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                l[i * n + j] = 0;
            }
        }
        // L^-1 A L^-T by two triangular solves: W = L^-1 A (columns), then C = L^-1 W' (= W L^-T)
        double[][] w = new double[n][n];
        double[] col = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                col[i] = 0.5 * (a[i][j] + a[j][i]);
            }
            solveLower(l, n, col);
            for (int i = 0; i < n; i++) {
                w[i][j] = col[i];
            }
        }
        double[][] c = new double[n][n];
        for (int j = 0; j < n; j++) {
            System.arraycopy(w[j], 0, col, 0, n);
            solveLower(l, n, col);
            for (int i = 0; i < n; i++) {
                c[i][j] = col[i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double s = 0.5 * (c[i][j] + c[j][i]);
                c[i][j] = s;
                c[j][i] = s;
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(c, false));
        double[] lambda = eig.getRealEigenvalues();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(lambda[y], lambda[x]));
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int k = 0; k < n; k++) {
            values[k] = lambda[order[k]];
            double[] v = eig.getEigenvector(order[k]).toArray();
            solveLowerTransposed(l, n, v);
            double sign = 0;
            for (double e : v) {
                if (e != 0) {
                    sign = Math.signum(e);
                    break;
                }
            }
            for (int i = 0; i < n; i++) {
                v[i] *= sign;
            }
            vectors[k] = v;
        }
        return new Result(values, vectors);
    }

    /** Solves {@code L x = b} in place (L lower triangular, row-major). */
    private static void solveLower(double[] l, int n, double[] b) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int j = 0; j < i; j++) {
                s -= l[i * n + j] * b[j];
            }
            b[i] = s / l[i * n + i];
        }
    }

    /** Solves {@code L' x = b} in place (L lower triangular, row-major). */
    private static void solveLowerTransposed(double[] l, int n, double[] b) {
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= l[j * n + i] * b[j];
            }
            b[i] = s / l[i * n + i];
        }
    }
}
