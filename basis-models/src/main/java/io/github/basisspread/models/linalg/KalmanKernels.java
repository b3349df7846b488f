package io.github.basisspread.models.linalg;

/**
 * The constants and small building blocks every Kalman filter of the module shares (the batch
 * engine and its scalar fast path, the streaming filter, and the ARIMA likelihood filters), so
 * that their steady-state and diffuse decisions cannot drift apart.
 *
 * <p>Internal; stateless.
 */
public final class KalmanKernels {

    /** {@code log(2 pi)}, the Gaussian log-density constant. */
    public static final double LOG_2PI = Math.log(2 * Math.PI);

    /**
     * Steady state: the prediction covariance counts as converged when its largest change in one
     * step is at most this times its largest element (Durbin and Koopman 2012, sec. 4.3.4). One
     * value for every filter, so that all of them switch to the frozen gain at the same step.
     */
    public static final double STEADY_TOL = 1e-14;

    /**
     * A diffuse innovation variance {@code F_inf} at or below this (relative to the diffuse
     * covariance's scale) is zero (Koopman and Durbin 2000, sec. 3.2).
     */
    public static final double DIFFUSE_TOL = 1e-9;

    private KalmanKernels() {
    }

    /**
     * Returns the largest absolute value.
     *
     * @param x the values
     * @return {@code max |x_i|}, 0 for no values
     */
    public static double maxAbs(double[] x) {
        double s = 0;
        for (double v : x) {
            s = Math.max(s, Math.abs(v));
        }
        return s;
    }

    /**
     * Whether a covariance has stopped changing: {@code max |next - prev| <= STEADY_TOL max |next|}
     * over the first {@code len} elements.
     *
     * @param prev the previous covariance, flattened
     * @param next the new covariance, flattened
     * @param len the number of elements compared
     * @return true at the steady state
     */
    public static boolean steady(double[] prev, double[] next, int len) {
        double maxDiff = 0;
        double maxAbs = 0;
        for (int j = 0; j < len; j++) {
            maxDiff = Math.max(maxDiff, Math.abs(next[j] - prev[j]));
            maxAbs = Math.max(maxAbs, Math.abs(next[j]));
        }
        return steady(maxDiff, maxAbs);
    }

    /**
     * Whether a change of the given size, relative to a covariance of the given size, is the
     * steady state.
     *
     * @param change the largest absolute change of an element
     * @param size the largest absolute element
     * @return {@code change <= STEADY_TOL * size}
     */
    public static boolean steady(double change, double size) {
        return change <= STEADY_TOL * size;
    }

    /**
     * The covariance prediction {@code P <- T P T' + W} (Durbin and Koopman 2012, eq. 4.24), with
     * W symmetrised and the result written symmetric; no allocation.
     *
     * @param pm the m x m covariance, row-major (overwritten)
     * @param tt the m x m transition, row-major
     * @param w the m x m added covariance ({@code R Q R'}), or null for none
     * @param tmp a work array of at least m * m elements
     * @param m the state dimension
     */
    public static void predictCovariance(double[] pm, double[] tt, double[] w, double[] tmp, int m) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += tt[i * m + k] * pm[k * m + j];
                }
                tmp[i * m + j] = s;
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += tmp[i * m + k] * tt[j * m + k];
                }
                if (w != null) {
                    s += 0.5 * (w[i * m + j] + w[j * m + i]);
                }
                pm[i * m + j] = s;
                pm[j * m + i] = s;
            }
        }
    }

    /**
     * The exact diffuse update of one scalar observation with {@code F_inf > 0} (Durbin and
     * Koopman 2012, eq. 5.12-5.14 in univariate form): {@code a += M_inf v / F_inf},
     * {@code P_* += M_inf M_inf' F_* / F_inf^2 - (M_* M_inf' + M_inf M_*') / F_inf},
     * {@code P_inf -= M_inf M_inf' / F_inf}.
     *
     * @param a the state mean (modified)
     * @param ps the known covariance P_*, m x m (modified)
     * @param pi the diffuse covariance P_inf, m x m (modified)
     * @param ms {@code P_* z}
     * @param mi {@code P_inf z}
     * @param v the innovation
     * @param f {@code F_* = z' P_* z + h}
     * @param finf {@code F_inf = z' P_inf z}, positive
     * @param m the state dimension
     */
    public static void diffuseUpdate(double[] a, double[] ps, double[] pi, double[] ms, double[] mi, double v,
            double f, double finf, int m) {
        double kinv = 1.0 / finf;
        double c2 = f * kinv * kinv;
        for (int j = 0; j < m; j++) {
            a[j] += mi[j] * v * kinv;
        }
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < m; k++) {
                ps[j * m + k] += mi[j] * mi[k] * c2 - (ms[j] * mi[k] + mi[j] * ms[k]) * kinv;
                pi[j * m + k] -= mi[j] * mi[k] * kinv;
            }
        }
    }

    /**
     * The standard update of one scalar observation (Durbin and Koopman 2012, eq. 6.62):
     * {@code K = M / F}, {@code a += K v}, {@code P -= M M' / F}.
     *
     * @param a the state mean (modified)
     * @param ps the covariance, m x m (modified)
     * @param ms {@code P z}
     * @param v the innovation
     * @param f the innovation variance, positive
     * @param m the state dimension
     */
    public static void standardUpdate(double[] a, double[] ps, double[] ms, double v, double f, int m) {
        double finv = 1.0 / f;
        for (int j = 0; j < m; j++) {
            a[j] += ms[j] * v * finv;
        }
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < m; k++) {
                ps[j * m + k] -= ms[j] * ms[k] * finv;
            }
        }
    }
}
