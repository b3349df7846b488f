package io.github.basisspread.models.linalg;

/**
 * Rank-revealing QR of a small square upper-triangular factor, with LINPACK's limited column
 * pivoting (the {@code dqrdc2} strategy used by R's {@code lm}): columns are kept in their given
 * order, and a column whose norm orthogonal to the columns already kept is at most
 * {@code tolerance} times its own norm is moved to the end and declared aliased.
 *
 * <p>The last column is a right-hand side: it is carried through the reflectors but never
 * pivoted or tested. Working on the {@code R} of the tall matrix rather than on the matrix itself
 * gives the same decisions, since {@code X P = Q (R P)} and a QR of {@code R P} has the same
 * triangular factor as one of {@code X P}.
 *
 * <p>Immutable result; internal to the module.
 */
public final class PivotedQr {

    private final int rank;
    private final int[] order;
    private final double[] relativeNorms;
    private final double[] a;
    private final int m;

    private PivotedQr(int rank, int[] order, double[] relativeNorms, double[] a, int m) {
        this.rank = rank;
        this.order = order;
        this.relativeNorms = relativeNorms;
        this.a = a;
        this.m = m;
    }

    /**
     * Factorises {@code r} (row-major {@code m x m}; columns {@code 0..m-2} are regressors, column
     * {@code m-1} the right-hand side).
     *
     * @param r the upper-triangular factor, not modified
     * @param m its order
     * @param tolerance the relative tolerance of the rank decision
     * @return the factorisation
     */
    public static PivotedQr factor(double[] r, int m, double tolerance) {
        double[] a = r.clone();
        int p = m - 1;
        int[] order = new int[p];
        double[] original = new double[p];
        double[] relative = new double[p];
        for (int j = 0; j < p; j++) {
            order[j] = j;
            original[j] = columnNorm(a, m, j, 0);
        }
        int active = p;
        int j = 0;
        while (j < active) {
            double remaining = columnNorm(a, m, j, j);
            double ratio = original[order[j]] == 0 ? 0 : remaining / original[order[j]];
            relative[order[j]] = ratio;
            if (!(ratio > tolerance)) {
                rotateToEnd(a, m, order, j, p);
                active--;
                continue;
            }
            reflect(a, m, j, remaining);
            j++;
        }
        return new PivotedQr(active, order, relative, a, m);
    }

    /** Euclidean norm of rows {@code from..m-1} of column {@code j}, scaled against overflow. */
    private static double columnNorm(double[] a, int m, int j, int from) {
        double scale = 0;
        for (int i = from; i < m; i++) {
            scale = Math.max(scale, Math.abs(a[i * m + j]));
        }
        if (scale == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = from; i < m; i++) {
            double v = a[i * m + j] / scale;
            sum += v * v;
        }
        return scale * Math.sqrt(sum);
    }

    /** Moves column j to position p-1 (the columns between shift left), in a and in order. */
    private static void rotateToEnd(double[] a, int m, int[] order, int j, int p) {
        int moved = order[j];
        System.arraycopy(order, j + 1, order, j, p - 1 - j);
        order[p - 1] = moved;
        for (int i = 0; i < m; i++) {
            int row = i * m;
            double v = a[row + j];
            System.arraycopy(a, row + j + 1, a, row + j, p - 1 - j);
            a[row + p - 1] = v;
        }
    }

    /** Householder reflector zeroing rows j+1..m-1 of column j, applied to columns j+1..m-1. */
    private static void reflect(double[] a, int m, int j, double norm) {
        double alpha = a[j * m + j];
        double beta = alpha >= 0 ? -norm : norm;
        double tau = (beta - alpha) / beta;
        double scale = 1 / (alpha - beta);
        for (int i = j + 1; i < m; i++) {
            a[i * m + j] *= scale;
        }
        a[j * m + j] = beta;
        for (int c = j + 1; c < m; c++) {
            double dot = a[j * m + c];
            for (int i = j + 1; i < m; i++) {
                dot += a[i * m + j] * a[i * m + c];
            }
            dot *= tau;
            a[j * m + c] -= dot;
            for (int i = j + 1; i < m; i++) {
                a[i * m + c] -= dot * a[i * m + j];
            }
        }
        for (int i = j + 1; i < m; i++) {
            a[i * m + j] = 0;
        }
    }

    /**
     * Returns the numerical rank.
     *
     * @return the number of columns kept
     */
    public int rank() {
        return rank;
    }

    /**
     * Returns the column order: the first {@link #rank()} entries are the kept columns in their
     * original order, the rest the aliased ones.
     *
     * @return a copy of the order
     */
    public int[] order() {
        return order.clone();
    }

    /**
     * Returns, for each original column, its norm orthogonal to the kept columns before it,
     * relative to its own norm, at the moment it was tested (0 for an all-zero column).
     *
     * @return a copy of the relative norms, indexed by original column
     */
    public double[] relativeNorms() {
        return relativeNorms.clone();
    }

    /**
     * Returns the leading {@code rank x rank} triangular factor of the kept columns.
     *
     * @return the factor, row-major
     */
    public double[] keptR() {
        double[] out = new double[rank * rank];
        for (int i = 0; i < rank; i++) {
            System.arraycopy(a, i * m + i, out, i * rank + i, rank - i);
        }
        return out;
    }

    /**
     * Returns the first {@code rank} entries of the transformed right-hand side {@code Q' y}.
     *
     * @return the projected right-hand side
     */
    public double[] keptRhs() {
        double[] out = new double[rank];
        for (int i = 0; i < rank; i++) {
            out[i] = a[i * m + m - 1];
        }
        return out;
    }
}
