package io.github.basisspread.models.linalg;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues of small dense matrices (companion matrices of lag polynomials, transition and
 * covariance matrices of state-space models), through EJML's QR-algorithm decompositions.
 *
 * <p>Internal; stateless.
 */
public final class Eigenvalues {

    private Eigenvalues() {
    }

    /**
     * The complex eigenvalues of a square matrix, by EJML's default decomposition (which takes the
     * symmetric algorithm when the matrix is symmetric).
     *
     * @param a the n x n matrix, row-major (not modified)
     * @param n the dimension
     * @return the eigenvalues as {re, im} pairs, or null if the iteration did not converge
     */
    public static double[][] complex(double[] a, int n) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(new DMatrixRMaj(n, n, true, a))) {
            return null;
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            Complex_F64 v = eig.getEigenvalue(i);
            out[i] = new double[] {v.real, v.imaginary};
        }
        return out;
    }

    /**
     * The (real) eigenvalues of a symmetric matrix, by the symmetric algorithm.
     *
     * @param a the n x n symmetric matrix, row-major (not modified)
     * @param n the dimension
     * @return the eigenvalues, in no particular order, or null if the iteration did not converge
     */
    public static double[] symmetric(double[] a, int n) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(new DMatrixRMaj(n, n, true, a))) {
            return null;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = eig.getEigenvalue(i).real;
        }
        return out;
    }

    /**
     * The largest modulus of the eigenvalues of a square matrix, by the general (non-symmetric)
     * algorithm.
     *
     * @param a the n x n matrix, row-major (not modified)
     * @param n the dimension
     * @return the spectral radius, or positive infinity if the iteration did not converge
     */
    public static double spectralRadius(double[] a, int n) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, false);
        if (!eig.decompose(new DMatrixRMaj(n, n, true, a))) {
            return Double.POSITIVE_INFINITY;
        }
        double r = 0;
        for (int i = 0; i < n; i++) {
            r = Math.max(r, eig.getEigenvalue(i).getMagnitude());
        }
        return r;
    }
}
