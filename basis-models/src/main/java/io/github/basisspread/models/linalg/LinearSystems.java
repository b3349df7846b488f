package io.github.basisspread.models.linalg;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Solutions and inverses of general square systems by LU decomposition with partial pivoting
 * (symmetric positive definite ones go through {@link Cholesky}).
 *
 * <p>Internal; stateless.
 */
public final class LinearSystems {

    private LinearSystems() {
    }

    /**
     * Solves {@code A x = b} by EJML's LU solver.
     *
     * @param a the n x n matrix, row-major (not modified)
     * @param n the dimension
     * @param b the right-hand side, n values (not modified)
     * @return x, or null if A is singular
     */
    public static double[] solve(double[] a, int n, double[] b) {
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        if (!CommonOps_DDRM.solve(new DMatrixRMaj(n, n, true, a), new DMatrixRMaj(n, 1, true, b), x)) {
            return null;
        }
        return x.getData();
    }

    /**
     * The inverse of a square matrix by Commons Math's LU decomposition (singularity threshold
     * 1e-11 on the pivots, its default).
     *
     * @param a the matrix (not modified)
     * @return the inverse, or null if a is singular
     */
    public static double[][] inverse(double[][] a) {
        try {
            return new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver().getInverse().getData();
        } catch (SingularMatrixException e) {
            return null;
        }
    }
}
