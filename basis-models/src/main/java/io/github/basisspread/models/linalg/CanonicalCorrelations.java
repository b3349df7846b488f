package io.github.basisspread.models.linalg;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The squared canonical correlations of two sets of residuals and their vectors: the solutions of
 * {@code |lambda S11 - S10 S00^-1 S01| = 0} (Johansen 1995, eq. 6.14-6.15), the eigenproblem of
 * reduced-rank regression (the Johansen test, a VECM).
 *
 * <p>Solved in the symmetric form: with {@code S11 = L L'}, {@code C = L^-1 S10 S00^-1 S01 L^-T}
 * has the same eigenvalues and its eigenvectors u give {@code v = L^-T u}, so that
 * {@code v' S11 v = 1}. Commons Math's Cholesky, LU and symmetric eigen decompositions do the work.
 *
 * <p>Internal; immutable.
 */
public final class CanonicalCorrelations {

    /** Commons Math's relative symmetry threshold of the Cholesky factorisations. */
    private static final double SYMMETRY = 1e-9;

    private final double[] eigenvalues;
    private final double[][] vectors;

    private CanonicalCorrelations(double[] eigenvalues, double[][] vectors) {
        this.eigenvalues = eigenvalues;
        this.vectors = vectors;
    }

    /**
     * Solves the eigenproblem.
     *
     * @param s00 the m0 x m0 moment matrix of the first residuals, symmetric positive definite (not modified)
     * @param s01 the m0 x m1 cross-moment matrix (not modified)
     * @param s11 the m1 x m1 moment matrix of the second residuals, symmetric positive definite (not modified)
     * @return the eigenvalues in decreasing order with their vectors, or null if S00 or S11 is not
     *     positive definite
     */
    public static CanonicalCorrelations of(double[][] s00, double[][] s01, double[][] s11) {
        RealMatrix a00 = new Array2DRowRealMatrix(s00);
        RealMatrix a01 = new Array2DRowRealMatrix(s01);
        RealMatrix a11 = new Array2DRowRealMatrix(s11);
        RealMatrix lInverse;
        RealMatrix s00Inverse;
        try {
            lInverse = new LUDecomposition(new CholeskyDecomposition(a11, SYMMETRY, Double.MIN_NORMAL).getL())
                    .getSolver().getInverse();
            s00Inverse = new CholeskyDecomposition(a00, SYMMETRY, Double.MIN_NORMAL).getSolver().getInverse();
        } catch (NonPositiveDefiniteMatrixException | SingularMatrixException e) {
            return null;
        }
        RealMatrix c = lInverse.multiply(a01.transpose()).multiply(s00Inverse).multiply(a01)
                .multiply(lInverse.transpose());
        c = c.add(c.transpose()).scalarMultiply(0.5);
        EigenDecomposition eig = new EigenDecomposition(c);
        double[] lambda = eig.getRealEigenvalues();
        int m = lambda.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(lambda[y], lambda[x]));
        RealMatrix lInverseT = lInverse.transpose();
        double[] values = new double[m];
        double[][] vectors = new double[m][];
        for (int i = 0; i < m; i++) {
            values[i] = lambda[order[i]];
            double[] v = lInverseT.operate(eig.getEigenvector(order[i])).toArray();
            // The sign of an eigenvector is arbitrary: make its first non-zero element positive.
            double sign = 0;
            for (double e : v) {
                if (e != 0) {
                    sign = Math.signum(e);
                    break;
                }
            }
            for (int j = 0; j < v.length; j++) {
                v[j] *= sign;
            }
            vectors[i] = v;
        }
        return new CanonicalCorrelations(values, vectors);
    }

    /**
     * Returns the number of eigenvalues.
     *
     * @return m1
     */
    public int size() {
        return eigenvalues.length;
    }

    /**
     * Returns eigenvalue i (0 the largest).
     *
     * @param i the index
     * @return lambda_{i+1}
     */
    public double eigenvalue(int i) {
        return eigenvalues[i];
    }

    /**
     * Returns the vector of eigenvalue i, normalised so that {@code v' S11 v = 1} with its first
     * non-zero element positive.
     *
     * @param i the index
     * @return a copy of the vector
     */
    public double[] vector(int i) {
        return vectors[i].clone();
    }
}
