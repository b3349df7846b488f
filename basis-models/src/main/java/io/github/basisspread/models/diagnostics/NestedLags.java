package io.github.basisspread.models.diagnostics;

import io.github.basisspread.models.linalg.Cholesky;

/**
 * The ADF regressions of one sample through their cross-product matrix, for long series.
 *
 * <p>The regression of {@code dx_t} on the deterministic terms, the level {@code x_t} and the
 * lagged differences {@code dx_{t-1..t-p}} over the rows {@code t = trim..n-2} has the columns
 * {@code [terms, level, lag 1, ..., lag p]}. The models of the lag search are nested prefixes of
 * that order, so one Cholesky factor {@code L} of the (scaled) cross-product matrix gives every
 * smaller model: with {@code z = L^-1 X'y}, the residual sum of squares of the first k columns is
 * {@code y'y - (z_1^2 + ... + z_k^2)} and the t-value of the k-th column is
 * {@code z_k / s_k} (Seber and Lee 2003, sec. 11.2; the same nested sums statsmodels' adfuller
 * gets by refitting each order on the same sample).
 *
 * <p>The lagged differences are shifted copies of one series, so their cross products follow
 * from the autocovariance-like sums of the first row by adding and removing one product at each
 * end: the matrix costs O(n p) instead of the O(n p^2) of a QR factorisation, and no n x p design
 * is ever stored. With a constant in the model the level and the trend are centred first (the
 * column space is unchanged) and every column is scaled to unit length, so the factorisation
 * stays well-conditioned; when it is not (a pivot or a residual sum of squares small enough for
 * cancellation to matter) the methods answer null and the caller refits with Householder QR.
 *
 * <p>Immutable once built; package-private.
 */
final class NestedLags {

    /** Smallest relative pivot (1 - R^2 of a column on the ones before it) trusted. */
    private static final double MIN_PIVOT = 1e-7;

    /** Smallest residual sum of squares, relative to y'y, trusted (cancellation). */
    private static final double MIN_SSR = 1e-7;

    private final int rows;
    private final int terms;
    private final int lags;
    private final double[][] gram;
    private final double[] cross;
    private final double yy;

    private NestedLags(int rows, int terms, int lags, double[][] gram, double[] cross, double yy) {
        this.rows = rows;
        this.terms = terms;
        this.lags = lags;
        this.gram = gram;
        this.cross = cross;
        this.yy = yy;
    }

    /**
     * The cross products of the regression with {@code lags} lagged differences over the rows
     * {@code t = trim..n-2}.
     *
     * @param x the series, length n (not modified)
     * @param dx its differences, length n - 1 (not modified)
     * @param trim the first target row, at least {@code lags}
     * @param lags the number of lagged differences
     * @param d the deterministic terms
     */
    static NestedLags of(double[] x, double[] dx, int trim, int lags, Deterministic d) {
        int n1 = dx.length;
        int rows = n1 - trim;
        int terms = d.termCount();
        int m = terms + 1;
        int k = m + lags;
        // The non-lag columns, centred when a constant is present (same column space, better conditioned).
        double[][] fixed = new double[m][];
        if (terms >= 1) {
            double[] one = new double[rows];
            java.util.Arrays.fill(one, 1.0);
            fixed[0] = one;
        }
        if (terms >= 2) {
            double[] trend = new double[rows];
            double mid = (rows + 1) / 2.0;
            for (int r = 0; r < rows; r++) {
                trend[r] = r + 1 - mid;
            }
            fixed[1] = trend;
        }
        double[] level = new double[rows];
        System.arraycopy(x, trim, level, 0, rows);
        if (terms >= 1) {
            double mean = 0;
            for (double v : level) {
                mean += v;
            }
            mean /= rows;
            for (int r = 0; r < rows; r++) {
                level[r] -= mean;
            }
        }
        fixed[terms] = level;
        double[][] g = new double[k][k];
        double[] b = new double[k];
        // Non-lag columns against each other, the target (shift 0) and every lag (shift j).
        for (int a = 0; a < m; a++) {
            for (int c = a; c < m; c++) {
                g[a][c] = dot(fixed[a], fixed[c]);
                g[c][a] = g[a][c];
            }
            for (int j = 0; j <= lags; j++) {
                double s = 0;
                double[] v = fixed[a];
                int off = trim - j;
                for (int r = 0; r < rows; r++) {
                    s += v[r] * dx[r + off];
                }
                if (j == 0) {
                    b[a] = s;
                } else {
                    g[a][m + j - 1] = s;
                    g[m + j - 1][a] = s;
                }
            }
        }
        // Lag i against lag i + dist over the window: start from i = 0 (the target) and slide.
        double yy = 0;
        for (int dist = 0; dist <= lags; dist++) {
            double s = 0;
            for (int u = trim; u < n1; u++) {
                s += dx[u] * dx[u - dist];
            }
            for (int i = 0; i + dist <= lags; i++) {
                if (i > 0) {
                    // S(i, i+dist) = S(i-1, i-1+dist) - the product leaving at the end + the one entering at the start.
                    int out = n1 - i;
                    int in = trim - i;
                    s += dx[in] * dx[in - dist] - dx[out] * dx[out - dist];
                }
                int j = i + dist;
                if (i == 0 && j == 0) {
                    yy = s;
                } else if (i == 0) {
                    b[m + j - 1] = s;
                } else {
                    g[m + i - 1][m + j - 1] = s;
                    g[m + j - 1][m + i - 1] = s;
                }
            }
        }
        return new NestedLags(rows, terms, lags, g, b, yy);
    }

    /** The number of rows of the regressions. */
    int rows() {
        return rows;
    }

    /**
     * The residual sums of squares of the models with 0..lags lagged differences, or null when
     * the factorisation cannot be trusted.
     */
    double[] nestedSsr() {
        double[] z = solve(identity());
        if (z == null) {
            return null;
        }
        int m = terms + 1;
        double[] ssr = new double[lags + 1];
        double explained = 0;
        for (int j = 0; j < z.length; j++) {
            explained += z[j] * z[j];
            if (j >= m - 1) {
                double s = yy - explained;
                if (!(s > MIN_SSR * yy)) {
                    return null;
                }
                ssr[j - m + 1] = s;
            }
        }
        return ssr;
    }

    /**
     * The t-values of the last column of the models with 0..lags lagged differences (the level
     * when there are none, the deepest lag otherwise), or null when untrusted.
     */
    double[] nestedLastTValues() {
        double[] z = solve(identity());
        double[] ssr = nestedSsr();
        if (z == null || ssr == null) {
            return null;
        }
        int m = terms + 1;
        double[] t = new double[lags + 1];
        for (int p = 0; p <= lags; p++) {
            int k = m + p;
            t[p] = z[k - 1] / Math.sqrt(ssr[p] / (rows - k));
        }
        return t;
    }

    /**
     * The t-value of the level in the model with every lag (the ADF statistic), or NaN when
     * untrusted.
     */
    double levelTValue() {
        int m = terms + 1;
        int k = m + lags;
        // Order [terms, lags, level]: the level last, so its t-value is z_k / s.
        int[] order = new int[k];
        for (int j = 0; j < terms; j++) {
            order[j] = j;
        }
        for (int j = 0; j < lags; j++) {
            order[terms + j] = m + j;
        }
        order[k - 1] = terms;
        double[] z = solve(order);
        if (z == null) {
            return Double.NaN;
        }
        double explained = 0;
        for (double v : z) {
            explained += v * v;
        }
        double ssr = yy - explained;
        if (!(ssr > MIN_SSR * yy) || rows <= k) {
            return Double.NaN;
        }
        return z[k - 1] / Math.sqrt(ssr / (rows - k));
    }

    private int[] identity() {
        int[] order = new int[gram.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        return order;
    }

    /**
     * z = L^-1 D X'y for the Cholesky factor L of D X'X D in the given column order, D scaling
     * every column to unit length; null when a pivot is too small to trust.
     */
    private double[] solve(int[] order) {
        int k = order.length;
        double[] scale = new double[k];
        for (int j = 0; j < k; j++) {
            double gjj = gram[order[j]][order[j]];
            if (!(gjj > 0) || !Double.isFinite(gjj)) {
                return null;
            }
            scale[j] = 1 / Math.sqrt(gjj);
        }
        double[] l = new double[k * k];
        for (int j = 0; j < k; j++) {
            for (int c = 0; c <= j; c++) {
                l[j * k + c] = gram[order[j]][order[c]] * scale[j] * scale[c];
            }
        }
        if (!Cholesky.factorInPlace(l, k, MIN_PIVOT)) {
            return null;
        }
        double[] z = new double[k];
        for (int j = 0; j < k; j++) {
            double s = cross[order[j]] * scale[j];
            for (int q = 0; q < j; q++) {
                s -= l[j * k + q] * z[q];
            }
            z[j] = s / l[j * k + j];
        }
        return z;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
