package io.github.basisspread.models.regression;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.linalg.QrAccumulator;
import io.github.basisspread.models.linalg.Triangular;
import java.util.ArrayList;
import java.util.List;

/**
 * Rolling (fixed window) and expanding-window least squares, computed by updating rather than
 * refitting: {@code O(k^2)} work per step for {@code k} coefficients.
 *
 * <p>The method: the first window is factorised exactly (Householder QR of the scaled window, as
 * {@link OlsSpec}). Each step then adds the new observation and, for a fixed window, removes the
 * oldest, by the rank-one Sherman-Morrison updates of recursive least squares on
 * {@code P = (X'X)^-1}, the coefficients and the residual sum of squares (Plackett 1950;
 * Chambers 1971 for the downdate: {@code b -= P x e / (1 - x'P x)},
 * {@code SSR -= e^2 / (1 - x'P x)}). Downdating is where such schemes lose accuracy, so the
 * window is re-factorised exactly by QR every {@code refreshInterval} steps (default: the window
 * length, keeping the amortised cost {@code O(k^2)}), and at once whenever a downdate would divide
 * by a leverage complement below 1e-6 (an observation the window depends on). Columns are scaled
 * to unit root-mean-square over the whole sample so the updates work on numbers near one. An
 * expanding window only adds observations, which is numerically benign, and is never refreshed.
 * The test suite checks every window against a batch {@link OlsSpec} fit to 1e-8.
 *
 * <p>Data must be finite and unweighted. Immutable and thread-safe.
 */
public final class RollingOls implements Estimator<RegressionData, RollingOlsResult> {

    private static final double DOWNDATE_FLOOR = 1e-6;

    private final int window;
    private final boolean expanding;
    private final boolean intercept;
    private final int refreshInterval;

    private RollingOls(int window, boolean expanding, boolean intercept, int refreshInterval) {
        this.window = window;
        this.expanding = expanding;
        this.intercept = intercept;
        this.refreshInterval = refreshInterval;
    }

    /**
     * Returns a fixed-window specification, with an intercept.
     *
     * @param size the window length, at least 2
     * @return the specification
     * @throws IllegalArgumentException if the size is below 2
     */
    public static RollingOls of(int size) {
        if (size < 2) {
            throw new IllegalArgumentException("Argument 'size' must be at least 2 but has value " + size);
        }
        return new RollingOls(size, false, true, size);
    }

    /**
     * Returns an expanding-window specification (windows {@code [0, t)} for
     * {@code t >= minimumSize}), with an intercept.
     *
     * @param minimumSize the first window's length, at least 2
     * @return the specification
     * @throws IllegalArgumentException if the size is below 2
     */
    public static RollingOls expanding(int minimumSize) {
        if (minimumSize < 2) {
            throw new IllegalArgumentException("Argument 'minimumSize' must be at least 2 but has value " + minimumSize);
        }
        return new RollingOls(minimumSize, true, true, Integer.MAX_VALUE);
    }

    /**
     * Returns a copy without intercept.
     *
     * @return the new specification
     */
    public RollingOls withoutIntercept() {
        return new RollingOls(window, expanding, false, refreshInterval);
    }

    /**
     * Returns a copy that re-factorises a fixed window exactly every {@code steps} steps.
     *
     * @param steps the refresh interval, at least 1
     * @return the new specification
     * @throws IllegalArgumentException if steps is below 1
     */
    public RollingOls withRefreshInterval(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("Argument 'steps' must be at least 1 but has value " + steps);
        }
        return new RollingOls(window, expanding, intercept, steps);
    }

    /**
     * Fits every window.
     *
     * @param data the data, finite and unweighted
     * @return the windows' coefficients and standard errors
     * @throws IllegalArgumentException if the data are weighted, contain a non-finite value, are
     *     shorter than the window, or the window is not longer than the number of coefficients
     * @throws EstimationException if a window's design is singular
     */
    @Override
    public RollingOlsResult fit(RegressionData data) {
        ArgChecker.notNull(data, "data");
        if (data.isWeighted()) {
            throw new IllegalArgumentException("Argument 'data' must be unweighted for rolling least squares"
                    + " but has value weighted data");
        }
        double[] y = data.responseView();
        double[][] x = data.regressorsView();
        int n = y.length;
        int p = x.length + (intercept ? 1 : 0);
        if (p == 0) {
            throw new IllegalArgumentException("Argument 'data' must have a regressor or the model an intercept"
                    + " but has value 0 columns");
        }
        checkFinite(data, y, x);
        if (window <= p) {
            throw new IllegalArgumentException("Argument 'window' must be greater than the " + p
                    + " coefficients but has value " + window);
        }
        if (n < window) {
            throw new IllegalArgumentException("Argument 'data' must have at least " + window
                    + " observations (the window) but has value " + n);
        }
        List<String> names = new ArrayList<>();
        if (intercept) {
            names.add(OlsSpec.INTERCEPT_NAME);
        }
        names.addAll(data.regressorNames());
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            scale[j] = intercept && j == 0 ? 1 : rms(x[j - (intercept ? 1 : 0)]);
        }
        Engine engine = new Engine(x, y, intercept, scale, p);
        int windows = n - window + 1;
        double[] coefficients = new double[windows * p];
        double[] standardErrors = new double[windows * p];
        double[] ssr = new double[windows];
        int[] starts = new int[windows];
        engine.refactor(0, window);
        int sinceRefresh = 0;
        for (int w = 0; w < windows; w++) {
            int end = window + w;           // exclusive
            int start = expanding ? 0 : w;
            if (w > 0) {
                if (expanding) {
                    engine.add(end - 1);
                } else {
                    sinceRefresh++;
                    if (sinceRefresh >= refreshInterval || !engine.slide(end - 1, start - 1)) {
                        engine.refactor(start, end);
                        sinceRefresh = 0;
                    }
                }
            }
            starts[w] = start;
            ssr[w] = Math.max(engine.ssr, 0);
            double s2 = ssr[w] / (end - start - p);
            for (int j = 0; j < p; j++) {
                coefficients[w * p + j] = engine.b[j] / scale[j];
                standardErrors[w * p + j] = Math.sqrt(Math.max(s2 * engine.pm[j * p + j], 0)) / scale[j];
            }
        }
        return new RollingOlsResult(names, p, starts, window, expanding, coefficients, standardErrors, ssr);
    }

    private static double rms(double[] v) {
        double max = 0;
        for (double d : v) {
            max = Math.max(max, Math.abs(d));
        }
        if (max == 0) {
            return 1;
        }
        double s = 0;
        for (double d : v) {
            double a = d / max;
            s += a * a;
        }
        return max * Math.sqrt(s / v.length);
    }

    private static void checkFinite(RegressionData data, double[] y, double[][] x) {
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("Argument '" + data.responseName() + "' must be finite but has value "
                        + y[i] + " at index " + i);
            }
            for (int j = 0; j < x.length; j++) {
                if (!Double.isFinite(x[j][i])) {
                    throw new IllegalArgumentException("Argument '" + data.regressorNames().get(j)
                            + "' must be finite but has value " + x[j][i] + " at index " + i);
                }
            }
        }
    }

    /** The mutable state of one pass; confined to {@link #fit}. */
    private static final class Engine {
        final double[][] x;
        final double[] y;
        final boolean intercept;
        final double[] inv;
        final int p;
        final double[] pm;      // P = (Xs'Xs)^-1, p x p
        final double[] b;       // scaled coefficients
        final double[] row;
        final double[] u;
        final double[] oldRow;
        final double[] oldU;
        double[] block;
        double ssr;

        Engine(double[][] x, double[] y, boolean intercept, double[] scale, int p) {
            this.x = x;
            this.y = y;
            this.intercept = intercept;
            this.p = p;
            this.inv = new double[p];
            for (int j = 0; j < p; j++) {
                inv[j] = 1 / scale[j];
            }
            this.pm = new double[p * p];
            this.b = new double[p];
            this.row = new double[p];
            this.u = new double[p];
            this.oldRow = new double[p];
            this.oldU = new double[p];
        }

        void load(int i, double[] out) {
            int off = intercept ? 1 : 0;
            if (intercept) {
                out[0] = 1;
            }
            for (int j = off; j < p; j++) {
                out[j] = x[j - off][i] * inv[j];
            }
        }

        /**
         * Adds observation {@code in} and removes {@code out} in one sweep: {@code u = P x_in} and
         * {@code v = P x_out} together, then {@code P x_out} after the addition is
         * {@code v - u (u'x_out) / d_in} in O(k), and the two rank-one terms are applied to the
         * upper triangle of P at once (mirrored). Returns false, changing nothing, when the
         * downdate's {@code 1 - x'P x} is below the floor.
         */
        boolean slide(int in, int out) {
            load(in, row);
            load(out, oldRow);
            // u = P x_in and v = P x_out as sums of rows of the symmetric P: axpy loops without a
            // floating-point reduction, which the JIT can vectorise
            java.util.Arrays.fill(u, 0.0);
            java.util.Arrays.fill(oldU, 0.0);
            for (int c = 0; c < p; c++) {
                double xc = row[c];
                double oc = oldRow[c];
                int rc = c * p;
                for (int a = 0; a < p; a++) {
                    double m = pm[rc + a];
                    u[a] += m * xc;
                    oldU[a] += m * oc;
                }
            }
            double hIn = 0;
            double fitIn = 0;
            for (int a = 0; a < p; a++) {
                hIn += row[a] * u[a];
                fitIn += row[a] * b[a];
            }
            double dIn = 1 + hIn;
            double gIn = (y[in] - fitIn) / dIn;
            double cross = 0;
            for (int a = 0; a < p; a++) {
                cross += u[a] * oldRow[a];
            }
            double f = cross / dIn;
            double hOut = 0;
            double fitOut = 0;
            for (int a = 0; a < p; a++) {
                oldU[a] -= u[a] * f;          // P1 x_out, with P1 = P - u u' / dIn
                hOut += oldRow[a] * oldU[a];
                fitOut += oldRow[a] * (b[a] + u[a] * gIn);
            }
            double dOut = 1 - hOut;
            if (!(dOut > DOWNDATE_FLOOR)) {
                return false;
            }
            double eIn = y[in] - fitIn;
            double eOut = y[out] - fitOut;
            double gOut = eOut / dOut;
            double invIn = 1 / dIn;
            double invOut = 1 / dOut;
            for (int a = 0; a < p; a++) {
                b[a] += u[a] * gIn - oldU[a] * gOut;
                double ua = u[a];
                double va = oldU[a];
                int ra = a * p;
                // (u_a u_c) / d is bitwise symmetric in a and c, so P stays exactly symmetric
                for (int c = 0; c < p; c++) {
                    pm[ra + c] += (va * oldU[c]) * invOut - (ua * u[c]) * invIn;
                }
            }
            ssr += eIn * gIn - eOut * gOut;
            return true;
        }

        /** Exact QR factorisation of rows [start, end). */
        void refactor(int start, int end) {
            int m = p + 1;
            int rows = end - start;
            if (block == null || block.length < rows * m) {
                block = new double[rows * m];
            }
            for (int t = 0; t < rows; t++) {
                load(start + t, row);
                for (int j = 0; j < p; j++) {
                    block[j * rows + t] = row[j];
                }
                block[p * rows + t] = y[start + t];
            }
            QrAccumulator qr = new QrAccumulator(m);
            qr.addBlock(block, rows, rows);
            double[] rAug = qr.r();
            double[] r = new double[p * p];
            double maxDiag = 0;
            for (int i = 0; i < p; i++) {
                System.arraycopy(rAug, i * m + i, r, i * p + i, p - i);
                b[i] = rAug[i * m + p];
                maxDiag = Math.max(maxDiag, Math.abs(r[i * p + i]));
            }
            for (int i = 0; i < p; i++) {
                if (!(Math.abs(r[i * p + i]) > 1e-10 * maxDiag)) {
                    throw new EstimationException("Window [" + start + ", " + end + ") has a singular design:"
                            + " column " + i + " is a linear combination of the columns before it",
                            List.of("window start " + start, "window end " + end, "column " + i));
                }
            }
            ssr = rAug[p * m + p] * rAug[p * m + p];
            Triangular.solveUpper(r, p, b);
            double[] rInv = Triangular.invertUpper(r, p);
            for (int i = 0; i < p; i++) {
                for (int j = i; j < p; j++) {
                    double s = 0;
                    for (int c = j; c < p; c++) {
                        s += rInv[i * p + c] * rInv[j * p + c];
                    }
                    pm[i * p + j] = s;
                    pm[j * p + i] = s;
                }
            }
        }

        /** Rank-one addition of observation i (recursive least squares), for expanding windows. */
        void add(int i) {
            load(i, row);
            double h = 0;
            double fit = 0;
            for (int a = 0; a < p; a++) {
                double s = 0;
                int ra = a * p;
                for (int c = 0; c < p; c++) {
                    s += pm[ra + c] * row[c];
                }
                u[a] = s;
                h += row[a] * s;
                fit += row[a] * b[a];
            }
            double d = 1 + h;
            double e = y[i] - fit;
            double g = e / d;
            for (int a = 0; a < p; a++) {
                b[a] += u[a] * g;
                double ua = u[a] / d;
                int ra = a * p;
                for (int c = a; c < p; c++) {
                    double v = pm[ra + c] - ua * u[c];
                    pm[ra + c] = v;
                    pm[c * p + a] = v;
                }
            }
            ssr += e * g;
        }
    }
}

