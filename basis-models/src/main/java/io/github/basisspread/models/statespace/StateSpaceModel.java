package io.github.basisspread.models.statespace;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.linalg.LinearSystems;

/**
 * A linear Gaussian state-space model (Durbin and Koopman 2012, eq. 4.12):
 * <pre>
 *   y_t     = Z_t a_t + d_t + e_t,        e_t ~ N(0, H_t)
 *   a_{t+1} = T_t a_t + c_t + R_t n_t,    n_t ~ N(0, Q_t)
 * </pre>
 * with p observations, m states and r state disturbances per period, and an
 * {@link Initialization} for {@code a_1}. Each system matrix is either time-invariant or given for
 * every period {@code 0..L-1} (then the model covers at most L periods); indices are 0-based, and
 * the matrices of period t carry the state from t to t + 1.
 *
 * <p>The filter processes the elements of {@code y_t} one at a time (the univariate treatment,
 * Durbin and Koopman 2012, sec. 6.4), which needs no matrix inverse. The observation covariance H
 * may be any symmetric positive semi-definite matrix: when it is not diagonal, each period's
 * observed part is rotated by the unit lower-triangular factor of {@code H = L D L'}
 * ({@code y* = L^-1 y}, {@code Z* = L^-1 Z}, {@code d* = L^-1 d}, {@code H* = D}; sec. 6.4.3),
 * which leaves the states and the likelihood unchanged (det L = 1). Q may be any symmetric
 * positive semi-definite matrix.
 *
 * <p>Immutable and thread-safe: every array is copied in and out.
 */
public final class StateSpaceModel {

    private final int p;
    private final int m;
    private final int r;
    private final int length;
    // Each holds one flattened matrix (time-invariant) or one per period.
    private final double[][] z;
    private final double[][] d;
    private final double[][] h;
    // full p x p H per period when some H is not diagonal, else null
    private final double[][] hFull;
    private final double[][] t;
    private final double[][] c;
    private final double[][] sel;
    private final double[][] q;
    private final double[][] rqr;
    private final Initialization initialization;

    private StateSpaceModel(Builder b) {
        this.p = b.p;
        this.m = b.m;
        this.r = b.r;
        if (b.z == null) {
            throw new IllegalArgumentException("Argument 'design' must be set but is null");
        }
        if (b.t == null) {
            throw new IllegalArgumentException("Argument 'transition' must be set but is null");
        }
        this.z = b.z;
        this.t = b.t;
        this.d = b.d == null ? new double[][] {new double[p]} : b.d;
        this.h = b.h == null ? new double[][] {new double[p]} : b.h;
        this.hFull = b.h == null ? null : b.hFull;
        this.c = b.c == null ? new double[][] {new double[m]} : b.c;
        if (b.sel == null) {
            if (r != m) {
                throw new IllegalArgumentException("Argument 'selection' must be set when the disturbance dimension "
                        + r + " differs from the state dimension " + m);
            }
            double[] id = new double[m * m];
            for (int i = 0; i < m; i++) {
                id[i * m + i] = 1;
            }
            this.sel = new double[][] {id};
        } else {
            this.sel = b.sel;
        }
        this.q = b.q == null ? new double[][] {new double[r * r]} : b.q;
        int len = 0;
        for (double[][] a : new double[][][] {z, d, h, t, c, sel, q}) {
            if (a.length > 1) {
                if (len != 0 && a.length != len) {
                    throw new IllegalArgumentException("Argument 'timeVarying' must give every time-varying matrix for"
                            + " the same number of periods but has lengths " + len + " and " + a.length);
                }
                len = a.length;
            }
        }
        this.length = len;
        int nrqr = Math.max(sel.length, q.length);
        this.rqr = new double[nrqr][];
        for (int k = 0; k < nrqr; k++) {
            rqr[k] = rqr(sel[sel.length == 1 ? 0 : k], q[q.length == 1 ? 0 : k]);
        }
        this.initialization = b.init == null ? Initialization.diffuse() : b.init;
        checkInitialization();
    }

    private double[] rqr(double[] s, double[] qq) {
        double[] tmp = new double[m * r];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < r; j++) {
                double x = 0;
                for (int k = 0; k < r; k++) {
                    x += s[i * r + k] * qq[k * r + j];
                }
                tmp[i * r + j] = x;
            }
        }
        double[] out = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double x = 0;
                for (int k = 0; k < r; k++) {
                    x += tmp[i * r + k] * s[j * r + k];
                }
                out[i * m + j] = x;
            }
        }
        return out;
    }

    private void checkInitialization() {
        // Java 17: no pattern switch yet, so an instanceof chain over the sealed family.
        if (initialization instanceof Initialization.Known k) {
            Matrices.vector(k.mean(), m, "initialization.mean");
            Matrices.checkCovariance(Matrices.flatten(k.covariance(), m, m, "initialization.covariance"), m,
                    "initialization.covariance");
        } else if (initialization instanceof Initialization.Mixed k) {
            Matrices.vector(k.mean(), m, "initialization.mean");
            Matrices.checkCovariance(Matrices.flatten(k.knownCovariance(), m, m, "initialization.knownCovariance"),
                    m, "initialization.knownCovariance");
            Matrices.checkCovariance(
                    Matrices.flatten(k.diffuseCovariance(), m, m, "initialization.diffuseCovariance"), m,
                    "initialization.diffuseCovariance");
        } else if (initialization instanceof Initialization.Stationary) {
            double rho = Matrices.spectralRadius(t[0], m);
            if (!(rho < 1)) {
                throw new IllegalArgumentException("Argument 'transition' must have all eigenvalues inside the"
                        + " unit circle for a stationary initialisation but has spectral radius " + rho);
            }
        }
    }

    /**
     * Starts a builder.
     *
     * @param observationDimension p, the number of observed series (at least 1)
     * @param stateDimension m, the number of states (at least 1)
     * @param disturbanceDimension r, the number of state disturbances (at least 1)
     * @return a builder
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static Builder builder(int observationDimension, int stateDimension, int disturbanceDimension) {
        return new Builder(observationDimension, stateDimension, disturbanceDimension);
    }

    /**
     * Returns a copy of this model with another initialisation.
     *
     * @param init the initialisation
     * @return the new model
     * @throws IllegalArgumentException if the initialisation does not conform
     */
    public StateSpaceModel withInitialization(Initialization init) {
        Builder b = new Builder(p, m, r);
        b.z = z;
        b.d = d;
        b.h = h;
        b.hFull = hFull;
        b.t = t;
        b.c = c;
        b.sel = sel;
        b.q = q;
        b.init = init;
        return b.build();
    }

    /** @return p, the number of observed series */
    public int observationDimension() {
        return p;
    }

    /** @return m, the number of states */
    public int stateDimension() {
        return m;
    }

    /** @return r, the number of state disturbances */
    public int disturbanceDimension() {
        return r;
    }

    /** @return true if no system matrix varies with time */
    public boolean isTimeInvariant() {
        return length == 0;
    }

    /** @return the number of periods the time-varying matrices cover, or 0 if time-invariant */
    public int timeVaryingLength() {
        return length;
    }

    /** @return the initialisation */
    public Initialization initialization() {
        return initialization;
    }

    /**
     * The design matrix Z of a period.
     *
     * @param period the 0-based period
     * @return a copy, p x m
     */
    public double[][] design(int period) {
        return Matrices.unflatten(at(z, period), 0, p, m);
    }

    /**
     * The transition matrix T of a period.
     *
     * @param period the 0-based period
     * @return a copy, m x m
     */
    public double[][] transition(int period) {
        return Matrices.unflatten(at(t, period), 0, m, m);
    }

    /**
     * The observation covariance H of a period.
     *
     * @param period the 0-based period
     * @return a copy, p x p
     */
    public double[][] observationCovariance(int period) {
        if (hFull != null) {
            return Matrices.unflatten(at(hFull, period), 0, p, p);
        }
        double[][] out = new double[p][p];
        double[] diag = at(h, period);
        for (int i = 0; i < p; i++) {
            out[i][i] = diag[i];
        }
        return out;
    }

    /**
     * The state disturbance covariance Q of a period.
     *
     * @param period the 0-based period
     * @return a copy, r x r
     */
    public double[][] stateCovariance(int period) {
        return Matrices.unflatten(at(q, period), 0, r, r);
    }

    // ---- internal accessors on flat arrays (not copied; never exposed) ----

    private double[] at(double[][] a, int period) {
        if (period < 0 || (length > 0 && period >= length)) {
            throw new IllegalArgumentException("Argument 'period' must be in [0, " + (length == 0 ? "inf" : length)
                    + ") but has value " + period);
        }
        return a.length == 1 ? a[0] : a[period];
    }

    double[] zAt(int k) {
        return z.length == 1 ? z[0] : z[k];
    }

    double[] dAt(int k) {
        return d.length == 1 ? d[0] : d[k];
    }

    double[] hAt(int k) {
        return h.length == 1 ? h[0] : h[k];
    }

    /** @return true if H is diagonal in every period (no rotation of the observations needed) */
    public boolean hasDiagonalObservationCovariance() {
        return hFull == null;
    }

    /** Full flattened H of period k (only when not diagonal). */
    double[] hFullAt(int k) {
        return hFull.length == 1 ? hFull[0] : hFull[k];
    }

    double[] tAt(int k) {
        return t.length == 1 ? t[0] : t[k];
    }

    double[] cAt(int k) {
        return c.length == 1 ? c[0] : c[k];
    }

    double[] selAt(int k) {
        return sel.length == 1 ? sel[0] : sel[k];
    }

    double[] qAt(int k) {
        return q.length == 1 ? q[0] : q[k];
    }

    double[] rqrAt(int k) {
        return rqr.length == 1 ? rqr[0] : rqr[k];
    }

    /**
     * The initial state distribution a filter starts from: a_1 ~ mean + P_* known + kappa P_inf
     * diffuse (Durbin and Koopman 2012, sec. 5.1). Internal; the arrays are fresh, owned and
     * modified by the filter that asked for them.
     *
     * @param mean a_1, m values
     * @param knownCovariance P_*, m x m row-major
     * @param diffuseCovariance P_inf, m x m row-major (zero without diffuse states)
     */
    record InitialMoments(double[] mean, double[] knownCovariance, double[] diffuseCovariance) {
    }

    /** Initial mean, known covariance and diffuse covariance (flattened, fresh arrays). */
    InitialMoments initialMoments() {
        double[] a1 = new double[m];
        double[] ps = new double[m * m];
        double[] pi = new double[m * m];
        if (initialization instanceof Initialization.Known k) {
            a1 = k.mean();
            ps = Matrices.flatten(k.covariance(), m, m, "covariance");
        } else if (initialization instanceof Initialization.Mixed k) {
            a1 = k.mean();
            ps = Matrices.flatten(k.knownCovariance(), m, m, "knownCovariance");
            pi = Matrices.flatten(k.diffuseCovariance(), m, m, "diffuseCovariance");
        } else if (initialization instanceof Initialization.Diffuse) {
            for (int i = 0; i < m; i++) {
                pi[i * m + i] = 1;
            }
        } else {
            // Stationary: a = T a + c, so (I - T) a = c; P from the Lyapunov equation.
            double[] tt = t[0];
            double[] lhs = new double[m * m];
            for (int i = 0; i < m * m; i++) {
                lhs[i] = -tt[i];
            }
            for (int i = 0; i < m; i++) {
                lhs[i * m + i] += 1;
            }
            double[] mean = LinearSystems.solve(lhs, m, c[0]);
            ps = Matrices.solveLyapunov(tt, rqr[0], m);
            if (mean == null) {
                throw new IllegalArgumentException("Argument 'transition' must be stationary (all eigenvalues inside"
                        + " the unit circle) for a stationary initialisation, but I - T is singular");
            }
            a1 = mean;
        }
        return new InitialMoments(a1, ps, pi);
    }

    /**
     * Builds a {@link StateSpaceModel}. Not thread-safe; each setter copies its argument.
     * Unset matrices default to zero (d, H, c, Q) or the identity (R, when r = m).
     */
    public static final class Builder {
        private final int p;
        private final int m;
        private final int r;
        private double[][] z;
        private double[][] d;
        private double[][] h;
        private double[][] hFull;
        private double[][] t;
        private double[][] c;
        private double[][] sel;
        private double[][] q;
        private Initialization init;

        private Builder(int p, int m, int r) {
            for (int[] x : new int[][] {{p, 0}, {m, 1}, {r, 2}}) {
                if (x[0] < 1) {
                    String name = new String[] {"observationDimension", "stateDimension", "disturbanceDimension"}[x[1]];
                    throw new IllegalArgumentException("Argument '" + name + "' must be at least 1 but has value "
                            + x[0]);
                }
            }
            this.p = p;
            this.m = m;
            this.r = r;
        }

        /**
         * Sets a time-invariant design matrix Z.
         *
         * @param design p x m
         * @return this builder
         * @throws IllegalArgumentException if not conformable or not finite
         */
        public Builder design(double[][] design) {
            z = new double[][] {Matrices.flatten(design, p, m, "design")};
            return this;
        }

        /**
         * Sets a time-varying design matrix Z.
         *
         * @param design one p x m matrix per period
         * @return this builder
         * @throws IllegalArgumentException if not conformable or not finite
         */
        public Builder design(double[][][] design) {
            z = perPeriod(design, p, m, "design");
            return this;
        }

        /**
         * Sets a time-invariant observation intercept d.
         *
         * @param intercept length p
         * @return this builder
         * @throws IllegalArgumentException if not conformable or not finite
         */
        public Builder observationIntercept(double[] intercept) {
            d = new double[][] {Matrices.vector(intercept, p, "observationIntercept")};
            return this;
        }

        /**
         * Sets a time-invariant observation covariance H.
         *
         * @param covariance p x p, symmetric positive semi-definite (correlated measurement errors allowed)
         * @return this builder
         * @throws IllegalArgumentException if not conformable, not symmetric or not PSD
         */
        public Builder observationCovariance(double[][] covariance) {
            double[] full = Matrices.flatten(covariance, p, p, "observationCovariance");
            h = new double[][] {diagonal(full, "observationCovariance")};
            hFull = isDiagonal(full) ? null : new double[][] {full};
            return this;
        }

        /**
         * Sets a time-varying observation covariance H.
         *
         * @param covariance one p x p symmetric positive semi-definite matrix per period
         * @return this builder
         * @throws IllegalArgumentException if not conformable, not symmetric or not PSD
         */
        public Builder observationCovariance(double[][][] covariance) {
            double[][] full = perPeriod(covariance, p, p, "observationCovariance");
            h = new double[full.length][];
            boolean diag = true;
            for (int k = 0; k < full.length; k++) {
                h[k] = diagonal(full[k], "observationCovariance[" + k + "]");
                diag &= isDiagonal(full[k]);
            }
            hFull = diag ? null : full;
            return this;
        }

        /**
         * Sets a time-invariant transition matrix T.
         *
         * @param transition m x m
         * @return this builder
         * @throws IllegalArgumentException if not conformable or not finite
         */
        public Builder transition(double[][] transition) {
            t = new double[][] {Matrices.flatten(transition, m, m, "transition")};
            return this;
        }

        /**
         * Sets a time-varying transition matrix T.
         *
         * @param transition one m x m matrix per period
         * @return this builder
         * @throws IllegalArgumentException if not conformable or not finite
         */
        public Builder transition(double[][][] transition) {
            t = perPeriod(transition, m, m, "transition");
            return this;
        }

        /**
         * Sets a time-invariant state intercept c.
         *
         * @param intercept length m
         * @return this builder
         * @throws IllegalArgumentException if not conformable or not finite
         */
        public Builder stateIntercept(double[] intercept) {
            c = new double[][] {Matrices.vector(intercept, m, "stateIntercept")};
            return this;
        }

        /**
         * Sets a time-invariant selection matrix R.
         *
         * @param selection m x r
         * @return this builder
         * @throws IllegalArgumentException if not conformable or not finite
         */
        public Builder selection(double[][] selection) {
            sel = new double[][] {Matrices.flatten(selection, m, r, "selection")};
            return this;
        }

        /**
         * Sets a time-invariant state disturbance covariance Q.
         *
         * @param covariance r x r, symmetric positive semi-definite
         * @return this builder
         * @throws IllegalArgumentException if not conformable, not symmetric or not PSD
         */
        public Builder stateCovariance(double[][] covariance) {
            double[] x = Matrices.flatten(covariance, r, r, "stateCovariance");
            Matrices.checkCovariance(x, r, "stateCovariance");
            q = new double[][] {x};
            return this;
        }

        /**
         * Sets a time-varying state disturbance covariance Q.
         *
         * @param covariance one r x r symmetric PSD matrix per period
         * @return this builder
         * @throws IllegalArgumentException if not conformable, not symmetric or not PSD
         */
        public Builder stateCovariance(double[][][] covariance) {
            double[][] x = perPeriod(covariance, r, r, "stateCovariance");
            for (int k = 0; k < x.length; k++) {
                Matrices.checkCovariance(x[k], r, "stateCovariance[" + k + "]");
            }
            q = x;
            return this;
        }

        /**
         * Sets the initialisation (default: exact diffuse).
         *
         * @param initialization the initialisation
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder initialization(Initialization initialization) {
            ArgChecker.notNull(initialization, "initialization");
            init = initialization;
            return this;
        }

        /**
         * Builds the model.
         *
         * @return the model
         * @throws IllegalArgumentException if Z or T is missing, R is missing while r differs
         *     from m, time-varying lengths differ, or the initialisation does not conform
         */
        public StateSpaceModel build() {
            return new StateSpaceModel(this);
        }

        private static double[][] perPeriod(double[][][] a, int rows, int cols, String name) {
            if (a == null || a.length == 0) {
                throw new IllegalArgumentException("Argument '" + name + "' must hold at least one period but has "
                        + (a == null ? "null" : "0 periods"));
            }
            double[][] out = new double[a.length][];
            for (int k = 0; k < a.length; k++) {
                out[k] = Matrices.flatten(a[k], rows, cols, name + "[" + k + "]");
            }
            return out;
        }

        /** Checks H (symmetric PSD, non-negative variances) and returns its diagonal. */
        private double[] diagonal(double[] full, String name) {
            double[] diag = new double[p];
            for (int i = 0; i < p; i++) {
                diag[i] = full[i * p + i];
                if (!(diag[i] >= 0)) {
                    throw new IllegalArgumentException("Argument '" + name + "' must have non-negative variances but"
                            + " element (" + i + "," + i + ") is " + diag[i]);
                }
            }
            if (!isDiagonal(full)) {
                Matrices.checkCovariance(full, p, name);
            }
            return diag;
        }

        private boolean isDiagonal(double[] full) {
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    if (i != j && full[i * p + j] != 0) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
