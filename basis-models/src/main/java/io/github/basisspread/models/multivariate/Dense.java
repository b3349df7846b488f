package io.github.basisspread.models.multivariate;

import io.github.basisspread.models.linalg.LinearSystems;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.linalg.Cholesky;
import io.github.basisspread.models.linalg.QrAccumulator;
import java.util.ArrayList;
import java.util.List;

/**
 * The small dense algebra of the package on {@code double[][]} (row-major, K x K sized), the
 * argument checks, and the one pass over the data: the triangular factor of the stacked design by
 * the module's streaming Householder QR ({@link QrAccumulator}), from which every moment matrix
 * of a VAR or VECM follows without forming a T x T projection.
 */
final class Dense {

    /** A column whose norm orthogonal to the columns before it is below this share of its own is collinear. */
    static final double COLLINEAR = 1e-10;
    private static final int BLOCK_ROWS = 256;

    private Dense() {
    }

    // ---- argument checks -----------------------------------------------------------------------

    /** Checks the series: at least two, non-null, of one length, finite, none constant; returns n. */
    static int checkSeries(double[][] data) {
        if (data == null) {
            throw new IllegalArgumentException("Argument 'data' must not be null but has value null");
        }
        if (data.length < 2) {
            throw new IllegalArgumentException("Argument 'data' must hold at least 2 series but has "
                    + data.length);
        }
        if (data[0] == null) {
            throw new IllegalArgumentException("Argument 'data[0]' must not be null but has value null");
        }
        int n = data[0].length;
        for (int j = 0; j < data.length; j++) {
            double[] s = data[j];
            if (s == null) {
                throw new IllegalArgumentException("Argument 'data[" + j + "]' must not be null but has value null");
            }
            if (s.length != n) {
                throw new IllegalArgumentException("Argument 'data[" + j + "]' must have the length of data[0] ("
                        + n + ") but has length " + s.length);
            }
            boolean varies = false;
            for (int t = 0; t < n; t++) {
                if (!Double.isFinite(s[t])) {
                    throw new IllegalArgumentException("Argument 'data[" + j + "]' must be finite but has value "
                            + s[t] + " at index " + t);
                }
                varies |= s[t] != s[0];
            }
            if (n > 0 && !varies) {
                throw new IllegalArgumentException("Argument 'data[" + j + "]' must not be constant but every value is "
                        + s[0]);
            }
        }
        return n;
    }

    /** The variable names: the given ones (checked against K) or y1..yK. */
    static List<String> names(List<String> given, int k) {
        if (given == null) {
            List<String> out = new ArrayList<>(k);
            for (int j = 1; j <= k; j++) {
                out.add("y" + j);
            }
            return List.copyOf(out);
        }
        if (given.size() != k) {
            throw new IllegalArgumentException("Argument 'names' must hold one name per series (" + k + ") but has "
                    + given.size());
        }
        return given;
    }

    /** Checks a list of names: non-null, non-blank, distinct. */
    static List<String> checkNames(List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("Argument 'names' must not be null but has value null");
        }
        List<String> copy = new ArrayList<>();
        for (String s : names) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("Argument 'names' must not hold a blank name but has " + names);
            }
            if (copy.contains(s)) {
                throw new IllegalArgumentException("Argument 'names' must be distinct but has '" + s + "' twice");
            }
            copy.add(s);
        }
        return List.copyOf(copy);
    }

    // ---- the stacked QR ------------------------------------------------------------------------

    /**
     * The upper-triangular R (unscaled, so that {@code R'R = X'X}) of the n x m matrix whose
     * columns are given, by one streaming pass of Householder QR over the column-scaled matrix.
     *
     * @param columns the m columns, each of length n (not modified)
     * @param labels a label per column, for the collinearity message
     * @param model the model's name, for the message
     * @return R, m x m
     * @throws EstimationException if a column is collinear with the columns before it (or zero)
     */
    static double[][] triangularFactor(double[][] columns, List<String> labels, String model) {
        int m = columns.length;
        int n = columns[0].length;
        double[] norms = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (double v : columns[j]) {
                s += v * v;
            }
            norms[j] = Math.sqrt(s);
        }
        QrAccumulator qr = new QrAccumulator(m);
        double[] block = new double[BLOCK_ROWS * m];
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, n - start);
            for (int j = 0; j < m; j++) {
                double[] col = columns[j];
                double inv = norms[j] > 0 ? 1 / norms[j] : 1;
                int off = j * BLOCK_ROWS;
                for (int t = 0; t < rows; t++) {
                    block[off + t] = col[start + t] * inv;
                }
            }
            qr.addBlock(block, rows, BLOCK_ROWS);
        }
        double[] r = qr.r();
        for (int j = 0; j < m; j++) {
            if (!(Math.abs(r[j * m + j]) > COLLINEAR)) {
                throw new EstimationException(model + ": the regressors are collinear: " + labels.get(j)
                        + " is a linear combination of the columns before it (or zero)",
                        List.of("column " + labels.get(j) + " has relative norm " + Math.abs(r[j * m + j])
                                + " orthogonal to " + labels.subList(0, j), "columns " + labels));
            }
        }
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                out[i][j] = r[i * m + j] * norms[j];
            }
        }
        return out;
    }

    /** Rows and columns from..to-1 of an upper-triangular R, as a block. */
    static double[][] block(double[][] r, int r0, int r1, int c0, int c1) {
        double[][] out = new double[r1 - r0][c1 - c0];
        for (int i = r0; i < r1; i++) {
            System.arraycopy(r[i], c0, out[i - r0], 0, c1 - c0);
        }
        return out;
    }

    /** Solves {@code U X = B} for upper-triangular U (q x q) and B (q x c). */
    static double[][] solveUpper(double[][] u, double[][] b) {
        int q = u.length;
        int c = q == 0 ? 0 : b[0].length;
        double[][] x = new double[q][c];
        for (int col = 0; col < c; col++) {
            for (int i = q - 1; i >= 0; i--) {
                double s = b[i][col];
                for (int j = i + 1; j < q; j++) {
                    s -= u[i][j] * x[j][col];
                }
                x[i][col] = s / u[i][i];
            }
        }
        return x;
    }

    /** {@code (U'U)^-1 = U^-1 U^-T} for upper-triangular U. */
    static double[][] inverseGram(double[][] u) {
        int q = u.length;
        double[][] inv = solveUpper(u, identity(q));
        double[][] out = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                double s = 0;
                for (int k = Math.max(i, j); k < q; k++) {
                    s += inv[i][k] * inv[j][k];
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    // ---- small matrix algebra ------------------------------------------------------------------

    static double[][] identity(int n) {
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            out[i][i] = 1;
        }
        return out;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int k = b.length;
        int m = k == 0 ? 0 : b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                double v = a[i][l];
                if (v == 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    out[i][j] += v * b[l][j];
                }
            }
        }
        return out;
    }

    static double[][] transpose(double[][] a) {
        int n = a.length;
        int m = n == 0 ? 0 : a[0].length;
        double[][] out = new double[m][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }

    static double[][] add(double[][] a, double[][] b, double scaleB) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] += scaleB * b[i][j];
            }
        }
        return out;
    }

    static double[][] scale(double[][] a, double s) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= s;
            }
        }
        return out;
    }

    static double[][] symmetrise(double[][] a) {
        int n = a.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = 0.5 * (a[i][j] + a[j][i]);
            }
        }
        return out;
    }

    static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** The inverse of a symmetric positive definite matrix, or an EstimationException naming it. */
    static double[][] inverseSpd(double[][] a, String what) {
        double[][] inv = Cholesky.inverse(symmetrise(a));
        if (inv == null) {
            throw new EstimationException("the " + what + " is not positive definite",
                    List.of(what + " = " + java.util.Arrays.deepToString(a)));
        }
        return inv;
    }

    /** The inverse of a general square matrix by LU, or an EstimationException naming it. */
    static double[][] inverse(double[][] a, String what) {
        double[][] inv = LinearSystems.inverse(a);
        if (inv == null) {
            throw new EstimationException("the " + what + " is singular",
                    List.of(what + " = " + java.util.Arrays.deepToString(a)));
        }
        return inv;
    }

    /** The lower Cholesky factor of a symmetric positive definite matrix. */
    static double[][] choleskyLower(double[][] a, String what) {
        int n = a.length;
        double[] flat = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                flat[i * n + j] = a[i][j];
            }
        }
        if (!Cholesky.factorInPlace(flat, n)) {
            throw new EstimationException("the " + what + " is not positive definite",
                    List.of(what + " = " + java.util.Arrays.deepToString(a)));
        }
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                l[i][j] = flat[i * n + j];
            }
        }
        return l;
    }

    /** log det of a symmetric positive definite matrix, through its Cholesky factor. */
    static double logDet(double[][] a, String what) {
        double[][] l = choleskyLower(symmetrise(a), what);
        double s = 0;
        for (int i = 0; i < l.length; i++) {
            s += Math.log(l[i][i]);
        }
        return 2 * s;
    }

    /**
     * Checks observations of the K series given after a sample (or as a history): K arrays of one
     * length, at least {@code minLength}, finite values.
     *
     * @return the common length
     */
    static int checkObservations(double[][] series, int kk, int minLength, String argument) {
        if (series == null || series.length != kk) {
            throw new IllegalArgumentException("Argument '" + argument + "' must hold " + kk + " series but has "
                    + (series == null ? "null" : String.valueOf(series.length)));
        }
        int n = series[0] == null ? 0 : series[0].length;
        for (int j = 0; j < kk; j++) {
            if (series[j] == null || series[j].length != n || n < minLength) {
                throw new IllegalArgumentException("Argument '" + argument + "' must hold series of one length, at least "
                        + minLength + ", but series " + j + " has "
                        + (series[j] == null ? "null" : "length " + series[j].length));
            }
            for (int t = 0; t < n; t++) {
                if (!Double.isFinite(series[j][t])) {
                    throw new IllegalArgumentException("Argument '" + argument + "' must be finite but series " + j
                            + " has value " + series[j][t] + " at index " + t);
                }
            }
        }
        return n;
    }

    /**
     * The latest p observations (rows of K values, oldest first) of a sample whose latest p were
     * {@code last}, followed by {@code added} (K series of length m, checked).
     */
    static double[][] latestAfter(double[][] last, double[][] added, int m) {
        int p = last.length;
        int kk = added.length;
        double[][] out = new double[p][kk];
        for (int i = 0; i < p; i++) {
            // row i of the result is observation (m - p + i) of the added ones, or an older one
            int at = m - p + i;
            for (int j = 0; j < kk; j++) {
                out[i][j] = at >= 0 ? added[j][at] : last[p + at][j];
            }
        }
        return out;
    }

    static double[][] deepCopyOrEmpty(double[][] a) {
        return a == null ? new double[0][0] : copy(a);
    }
}
