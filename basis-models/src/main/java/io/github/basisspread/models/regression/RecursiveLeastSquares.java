package io.github.basisspread.models.regression;

import io.github.basisspread.models.linalg.Triangular;

/**
 * Recursive least squares for streaming use: one {@link #update(double[], double)} per
 * observation in {@code O(k^2)} time and without allocation, with an optional exponential
 * forgetting factor {@code lambda} (the estimate then minimises
 * {@code sum_i lambda^(t-i) e_i^2}; {@code lambda = 1} is ordinary least squares on all data).
 *
 * <p>Initialisation is exact, not diffuse: the first observations are accumulated by Givens
 * rotations into the triangular factor of the (forgetting-weighted) design until it is
 * nonsingular, and {@code P = (X'X)^-1} and the coefficients are computed from it; from then on
 * the standard recursion holds (Haykin 2002, "Adaptive Filter Theory", ch. 9):
 * {@code u = P x}, {@code d = lambda + x'u}, {@code b += u (y - x'b) / d},
 * {@code P = (P - u u' / d) / lambda}. So the estimates equal batch (weighted) least squares on
 * the same data up to rounding, which the test suite checks.
 *
 * <p>Mutable and <b>not thread-safe</b>: confine an instance to one thread (the hot path of a
 * live feed). Every array is allocated in the constructor; {@link #update} allocates nothing.
 */
public final class RecursiveLeastSquares {

    private static final double SINGULAR = 1e-12;

    private final int p;
    private final boolean intercept;
    private final double lambda;
    private final double[] pm;
    private final double[] b;
    private final double[] row;
    private final double[] u;
    private final double[] r;       // (p+1) x (p+1) factor of [X y] during initialisation
    private final double[] rowAug;
    private long count;
    private boolean initialized;

    private RecursiveLeastSquares(int regressors, boolean intercept, double lambda) {
        this.p = regressors + (intercept ? 1 : 0);
        this.intercept = intercept;
        this.lambda = lambda;
        this.pm = new double[p * p];
        this.b = new double[p];
        this.row = new double[p];
        this.u = new double[p];
        this.r = new double[(p + 1) * (p + 1)];
        this.rowAug = new double[p + 1];
    }

    /**
     * Creates a recursive estimator with an intercept and no forgetting.
     *
     * @param regressors the number of regressors, excluding the intercept, zero or more
     * @return the estimator
     * @throws IllegalArgumentException if the number of regressors is negative
     */
    public static RecursiveLeastSquares of(int regressors) {
        return of(regressors, true, 1.0);
    }

    /**
     * Creates a recursive estimator.
     *
     * @param regressors the number of regressors, excluding the intercept
     * @param intercept whether to add an intercept
     * @param forgettingFactor {@code lambda} in {@code (0, 1]}; 1 for no forgetting
     * @return the estimator
     * @throws IllegalArgumentException if an argument is out of range or the model has no column
     */
    public static RecursiveLeastSquares of(int regressors, boolean intercept, double forgettingFactor) {
        if (regressors < 0) {
            throw new IllegalArgumentException("Argument 'regressors' must be zero or greater but has value "
                    + regressors);
        }
        if (regressors == 0 && !intercept) {
            throw new IllegalArgumentException("Argument 'regressors' must be positive without an intercept but has"
                    + " value 0");
        }
        if (!(forgettingFactor > 0 && forgettingFactor <= 1)) {
            throw new IllegalArgumentException("Argument 'forgettingFactor' must be in (0, 1] but has value "
                    + forgettingFactor);
        }
        return new RecursiveLeastSquares(regressors, intercept, forgettingFactor);
    }

    /**
     * Adds one observation. Allocation-free.
     *
     * @param x the regressors (without the intercept), length {@link #regressorCount()}; not modified
     * @param y the response
     * @throws IllegalArgumentException if x has the wrong length or a value is not finite (the
     *     state is then unchanged)
     */
    public void update(double[] x, double y) {
        int regressors = p - (intercept ? 1 : 0);
        if (x == null || x.length != regressors) {
            throw new IllegalArgumentException("Argument 'x' must have length " + regressors + " but has "
                    + (x == null ? "value null" : "length " + x.length));
        }
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException("Argument 'y' must be finite but has value " + y);
        }
        for (int j = 0; j < regressors; j++) {
            if (!Double.isFinite(x[j])) {
                throw new IllegalArgumentException("Argument 'x' must be finite but has value " + x[j] + " at index " + j);
            }
        }
        int off = intercept ? 1 : 0;
        if (intercept) {
            row[0] = 1;
        }
        System.arraycopy(x, 0, row, off, regressors);
        count++;
        if (!initialized) {
            accumulate(y);
            return;
        }
        double d = lambda;
        double fit = 0;
        for (int a = 0; a < p; a++) {
            double s = 0;
            int ra = a * p;
            for (int c = 0; c < p; c++) {
                s += pm[ra + c] * row[c];
            }
            u[a] = s;
            d += row[a] * s;
            fit += row[a] * b[a];
        }
        double g = (y - fit) / d;
        double invLambda = 1 / lambda;
        for (int a = 0; a < p; a++) {
            b[a] += u[a] * g;
            double ua = u[a] / d;
            int ra = a * p;
            // update the upper triangle and mirror it, so P stays exactly symmetric
            for (int c = a; c < p; c++) {
                double v = (pm[ra + c] - ua * u[c]) * invLambda;
                pm[ra + c] = v;
                pm[c * p + a] = v;
            }
        }
    }

    /** Givens rotation of the new row [x y] into the factor (R scaled by sqrt(lambda) first). */
    private void accumulate(double y) {
        int m = p + 1;
        if (lambda != 1) {
            double s = Math.sqrt(lambda);
            for (int i = 0; i < r.length; i++) {
                r[i] *= s;
            }
        }
        System.arraycopy(row, 0, rowAug, 0, p);
        rowAug[p] = y;
        for (int j = 0; j < m; j++) {
            double a = r[j * m + j];
            double c = rowAug[j];
            if (c == 0) {
                continue;
            }
            double h = Math.hypot(a, c);
            double cos = a / h;
            double sin = c / h;
            for (int k = j; k < m; k++) {
                double rv = r[j * m + k];
                double xv = rowAug[k];
                r[j * m + k] = cos * rv + sin * xv;
                rowAug[k] = -sin * rv + cos * xv;
            }
        }
        if (count < p) {
            return;
        }
        double max = 0;
        for (int j = 0; j < p; j++) {
            max = Math.max(max, Math.abs(r[j * m + j]));
        }
        for (int j = 0; j < p; j++) {
            if (!(Math.abs(r[j * m + j]) > SINGULAR * max)) {
                return;     // still singular: wait for more observations
            }
        }
        // P = R^-1 R^-T and b = R^-1 z from the factor; only here, once, are arrays built
        double[] rp = new double[p * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(r, i * m + i, rp, i * p + i, p - i);
            b[i] = r[i * m + p];
        }
        Triangular.solveUpper(rp, p, b);
        double[] rInv = Triangular.invertUpper(rp, p);
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
        initialized = true;
    }

    /**
     * Returns whether enough observations have arrived for the coefficients to be identified.
     *
     * @return true once the design is nonsingular
     */
    public boolean isInitialized() {
        return initialized;
    }

    /**
     * Returns the number of observations received.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Returns the number of regressors, excluding the intercept.
     *
     * @return the number of regressors
     */
    public int regressorCount() {
        return p - (intercept ? 1 : 0);
    }

    /**
     * Writes the current coefficients (intercept first when present). Allocation-free.
     *
     * @param out the output, length at least the number of coefficients; modified
     * @throws IllegalStateException if not yet initialised
     */
    public void coefficients(double[] out) {
        requireInitialized();
        System.arraycopy(b, 0, out, 0, p);
    }

    /**
     * Returns the current coefficients (intercept first when present).
     *
     * @return a new array of the coefficients
     * @throws IllegalStateException if not yet initialised
     */
    public double[] coefficients() {
        double[] out = new double[p];
        coefficients(out);
        return out;
    }

    /**
     * Predicts the response for regressors {@code x}. Allocation-free.
     *
     * @param x the regressors, without the intercept; not modified
     * @return the prediction {@code x'b}
     * @throws IllegalStateException if not yet initialised
     * @throws IllegalArgumentException if x has the wrong length
     */
    public double predict(double[] x) {
        requireInitialized();
        int off = intercept ? 1 : 0;
        if (x == null || x.length != p - off) {
            throw new IllegalArgumentException("Argument 'x' must have length " + (p - off) + " but has "
                    + (x == null ? "value null" : "length " + x.length));
        }
        double s = intercept ? b[0] : 0;
        for (int j = 0; j < x.length; j++) {
            s += b[j + off] * x[j];
        }
        return s;
    }

    private void requireInitialized() {
        if (!initialized) {
            throw new IllegalStateException("Recursive least squares is not initialised: " + count
                    + " observation(s) received, the " + p + " coefficients are not yet identified");
        }
    }
}
