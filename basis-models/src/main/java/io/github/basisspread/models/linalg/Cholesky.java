package io.github.basisspread.models.linalg;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;

/**
 * Cholesky factorisations of symmetric matrices, the module's one home for them (Golub and Van
 * Loan 2013, alg. 4.2.1, the column-by-column "gaxpy" form).
 *
 * <p>The factorisations of flattened row-major arrays are written here rather than taken from
 * Commons Math or EJML for what they do that the libraries do not: the semidefinite factor keeps
 * a zero column where a pivot vanishes (no pivoting, so a seeded simulation draws its shocks in
 * the same order as before), and the strict factor works in place on a small array without a
 * matrix object. Inverses for standard errors go through Commons Math's
 * {@link CholeskyDecomposition}.
 *
 * <p>Internal; stateless.
 */
public final class Cholesky {

    /** A pivot at or below this times the largest absolute diagonal element is zero (semidefinite factor). */
    private static final double SEMIDEFINITE_PIVOT = 1e-12;
    /** Commons Math's relative symmetry threshold for the inverse. */
    private static final double SYMMETRY = 1e-10;
    /** Commons Math's absolute positivity threshold for the inverse. */
    private static final double POSITIVITY = 1e-14;

    private Cholesky() {
    }

    /**
     * Lower-triangular L with {@code L L' = A} for a symmetric positive semi-definite A; a pivot
     * at or below {@code 1e-12 max |A_ii|} leaves a zero column, so a singular covariance is
     * allowed.
     *
     * @param a the n x n matrix, row-major (only the lower triangle is read; not modified)
     * @param n the dimension
     * @return L, n x n row-major, zero above the diagonal
     */
    public static double[] lowerSemidefinite(double[] a, int n) {
        double tol = 0;
        for (int i = 0; i < n; i++) {
            tol = Math.max(tol, Math.abs(a[i * n + i]));
        }
        double[] l = new double[n * n];
        factor(a, l, n, SEMIDEFINITE_PIVOT * tol, false);
        return l;
    }

    /**
     * Overwrites the lower triangle of a symmetric positive definite A with its Cholesky factor L
     * ({@code L L' = A}); the strict upper triangle is left as it was.
     *
     * @param a the k x k matrix, row-major (modified)
     * @param k the dimension
     * @return false, with a partly overwritten, if a pivot is not positive (A not positive definite)
     */
    public static boolean factorInPlace(double[] a, int k) {
        return factorInPlace(a, k, 0);
    }

    /**
     * As {@link #factorInPlace(double[], int)}, refusing pivots at or below a threshold (for a
     * matrix scaled to a unit diagonal, a pivot is the share of a column's variance not explained
     * by the columns before it).
     *
     * @param a the k x k matrix, row-major (modified)
     * @param k the dimension
     * @param minPivot the largest pivot refused, zero or more
     * @return false, with a partly overwritten, if a pivot is not above minPivot
     */
    public static boolean factorInPlace(double[] a, int k, double minPivot) {
        return factor(a, a, k, minPivot, true);
    }

    /**
     * The inverse of a symmetric positive definite matrix through Commons Math's Cholesky
     * decomposition (symmetry threshold 1e-10 relative, positivity 1e-14 absolute).
     *
     * @param a the matrix (not modified)
     * @return the inverse, or null if a is not symmetric positive definite or holds a non-finite value
     */
    public static double[][] inverse(double[][] a) {
        for (double[] row : a) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
        }
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(a), SYMMETRY, POSITIVITY).getSolver()
                    .getInverse().getData();
        } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException ex) {
            return null;
        }
    }

    /**
     * The column-by-column factorisation; l may be a itself (in place). A pivot at or below tol
     * either stops the factorisation (strict) or leaves a zero column.
     */
    private static boolean factor(double[] a, double[] l, int n, double tol, boolean strict) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int c = 0; c < j; c++) {
                d -= l[j * n + c] * l[j * n + c];
            }
            if (strict ? !(d > tol) : d <= tol) {
                if (strict) {
                    return false;
                }
                continue;
            }
            double root = Math.sqrt(d);
            l[j * n + j] = root;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int c = 0; c < j; c++) {
                    s -= l[i * n + c] * l[j * n + c];
                }
                l[i * n + j] = s / root;
            }
        }
        return true;
    }
}
