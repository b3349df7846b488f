package io.github.basisspread.models.arima;

/**
 * The Kalman filters behind the ARIMA likelihood (Durbin and Koopman 2012, sec. 4.3, with no
 * measurement noise and sigma2 = 1, so that {@code sigma2} is concentrated out as in Harvey
 * 1989, sec. 3.4). Each accumulates {@code out = {sum v^2/F, sum log F, count}} over the
 * observed values; missing values (NaN) skip the update (sec. 4.10). Once the prediction
 * covariance stops changing the covariance recursion is skipped and the gain frozen (the steady
 * state, sec. 4.3.4); per observation nothing is allocated. Stateless.
 */
final class Filters {

    /** Steady state: largest change of the prediction covariance, relative to its size. */
    private static final double STEADY = 1e-14;

    private Filters() {
    }

    /**
     * The filter of the ARMA block alone on a stationary series, exploiting the companion
     * structure of T so that a step costs O(r^2), then O(r) in the steady state.
     *
     * @param sys the system
     * @param q0 the stationary covariance (r x r), the start P
     * @param w the series, NaN = missing (not modified)
     * @param out {ssq, sumLog, nu} (modified)
     * @param resid standardised innovations {@code v / sqrt(F)} (NaN where missing), or null
     * @return false if an innovation variance is not positive (parameters to reject)
     */
    static boolean arma(ArmaSystem sys, double[] q0, double[] w, double[] out, double[] resid) {
        int r = sys.r;
        double[] phi = sys.phi;
        double[] rv = sys.rvec;
        double[] a = new double[r];
        double[] p = q0.clone();
        double[] u = new double[r * r];
        double[] pn = new double[r * r];
        double[] gain = new double[r];
        double ssq = 0;
        double sumLog = 0;
        int nu = 0;
        boolean steady = false;
        double fSteady = 0;
        for (int t = 0; t < w.length; t++) {
            double y = w[t];
            if (Double.isNaN(y)) {
                if (resid != null) {
                    resid[t] = Double.NaN;
                }
                predictMean(a, phi, r);
                predictCov(p, u, pn, phi, rv, r);
                System.arraycopy(pn, 0, p, 0, r * r);
                steady = false;
                continue;
            }
            double v = y - a[0];
            double f;
            if (steady) {
                f = fSteady;
                for (int i = 0; i < r; i++) {
                    a[i] += gain[i] * v;
                }
            } else {
                f = p[0];
                if (!(f > 0)) {
                    return false;
                }
                for (int i = 0; i < r; i++) {
                    gain[i] = p[i * r] / f;
                }
                for (int i = 0; i < r; i++) {
                    a[i] += gain[i] * v;
                }
                // Filtered P_t|t = P - M M' / F with M = P e_1 = F gain; kept in u.
                for (int i = 0; i < r; i++) {
                    double mi = p[i * r];
                    for (int j = 0; j < r; j++) {
                        u[i * r + j] = p[i * r + j] - mi * gain[j];
                    }
                }
                predictCov(u, u, pn, phi, rv, r);
                double change = 0;
                double size = 0;
                for (int i = 0; i < r * r; i++) {
                    change = Math.max(change, Math.abs(pn[i] - p[i]));
                    size = Math.max(size, Math.abs(pn[i]));
                }
                System.arraycopy(pn, 0, p, 0, r * r);
                if (change <= STEADY * size) {
                    steady = true;
                    fSteady = p[0];
                    for (int i = 0; i < r; i++) {
                        gain[i] = p[i * r] / fSteady;
                    }
                }
            }
            predictMean(a, phi, r);
            ssq += v * v / f;
            sumLog += Math.log(f);
            nu++;
            if (resid != null) {
                resid[t] = v / Math.sqrt(f);
            }
        }
        out[0] = ssq;
        out[1] = sumLog;
        out[2] = nu;
        return true;
    }

    /** a <- T a for the companion T. */
    private static void predictMean(double[] a, double[] phi, int r) {
        double a0 = a[0];
        for (int i = 0; i < r - 1; i++) {
            a[i] = phi[i] * a0 + a[i + 1];
        }
        a[r - 1] = phi[r - 1] * a0;
    }

    /**
     * pn <- T x T' + R R' for the companion T, using u as scratch (u may alias x: the product
     * T x is formed row by row from x's first row and the next row, so x's first row is saved).
     */
    private static void predictCov(double[] x, double[] u, double[] pn, double[] phi, double[] rv, int r) {
        // (T x)[i][j] = phi_i x[0][j] + x[i+1][j]; rows processed in increasing order read only
        // rows i and i + 1 of x, so with u == x the first row must be kept aside.
        double[] row0 = pn;
        System.arraycopy(x, 0, row0, 0, r);
        for (int i = 0; i < r; i++) {
            double ph = phi[i];
            for (int j = 0; j < r; j++) {
                double next = i + 1 < r ? x[(i + 1) * r + j] : 0;
                u[i * r + j] = ph * row0[j] + next;
            }
        }
        // (T x T')[i][j] = phi_j (T x)[i][0] + (T x)[i][j+1].
        for (int i = 0; i < r; i++) {
            double ui0 = u[i * r];
            for (int j = 0; j < r; j++) {
                double next = j + 1 < r ? u[i * r + j + 1] : 0;
                pn[i * r + j] = phi[j] * ui0 + next + rv[i] * rv[j];
            }
        }
    }

    /**
     * The filter of the augmented (ARMA plus differencing) model with dense matrices, from a
     * given predicted state.
     *
     * @param tt the m x m transition
     * @param vv the m x m disturbance covariance
     * @param z the design
     * @param y the observations, NaN = missing (not modified)
     * @param from the first period filtered
     * @param a the predicted state at {@code from}; on return the prediction after the last period (modified)
     * @param p the predicted covariance at {@code from}; on return the prediction after the last period (modified)
     * @param out {ssq, sumLog, nu} (modified)
     * @param resid standardised innovations for periods from..n-1, or null
     * @return false if an innovation variance is not positive
     */
    static boolean dense(double[] tt, double[] vv, double[] z, double[] y, int from, double[] a, double[] p,
            double[] out, double[] resid) {
        int m = z.length;
        double[] tp = new double[m * m];
        double[] pn = new double[m * m];
        double[] mv = new double[m];
        double[] an = new double[m];
        double[] gain = new double[m];
        double ssq = 0;
        double sumLog = 0;
        int nu = 0;
        boolean steady = false;
        double fSteady = 0;
        for (int t = from; t < y.length; t++) {
            double obs = y[t];
            if (Double.isNaN(obs)) {
                if (resid != null) {
                    resid[t] = Double.NaN;
                }
                steady = false;
                transitionMean(tt, a, an, m);
                transitionCov(tt, vv, p, tp, pn, m);
                System.arraycopy(pn, 0, p, 0, m * m);
                continue;
            }
            double v = obs;
            for (int i = 0; i < m; i++) {
                v -= z[i] * a[i];
            }
            double f;
            if (steady) {
                f = fSteady;
                for (int i = 0; i < m; i++) {
                    a[i] += gain[i] * v;
                }
                transitionMean(tt, a, an, m);
            } else {
                f = 0;
                for (int i = 0; i < m; i++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) {
                        s += p[i * m + j] * z[j];
                    }
                    mv[i] = s;
                    f += z[i] * s;
                }
                if (!(f > 1e-12 * (1 + maxAbs(p)))) {
                    return false;
                }
                for (int i = 0; i < m; i++) {
                    gain[i] = mv[i] / f;
                    a[i] += gain[i] * v;
                }
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        p[i * m + j] -= mv[i] * gain[j];
                    }
                }
                transitionMean(tt, a, an, m);
                transitionCov(tt, vv, p, tp, pn, m);
                // Compare with the previous prediction: recompute it cheaply from p + M M'/F.
                double change = 0;
                double size = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        double prev = p[i * m + j] + mv[i] * gain[j];
                        change = Math.max(change, Math.abs(pn[i * m + j] - prev));
                        size = Math.max(size, Math.abs(pn[i * m + j]));
                    }
                }
                System.arraycopy(pn, 0, p, 0, m * m);
                if (change <= STEADY * size) {
                    steady = true;
                    fSteady = 0;
                    for (int i = 0; i < m; i++) {
                        double s = 0;
                        for (int j = 0; j < m; j++) {
                            s += p[i * m + j] * z[j];
                        }
                        mv[i] = s;
                        fSteady += z[i] * s;
                    }
                    for (int i = 0; i < m; i++) {
                        gain[i] = mv[i] / fSteady;
                    }
                }
            }
            ssq += v * v / f;
            sumLog += Math.log(f);
            nu++;
            if (resid != null) {
                resid[t] = v / Math.sqrt(f);
            }
        }
        out[0] = ssq;
        out[1] = sumLog;
        out[2] = nu;
        return true;
    }

    /** a <- T a (an is scratch). */
    static void transitionMean(double[] tt, double[] a, double[] an, int m) {
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += tt[i * m + j] * a[j];
            }
            an[i] = s;
        }
        System.arraycopy(an, 0, a, 0, m);
    }

    /** pn <- T p T' + V (tp is scratch). */
    static void transitionCov(double[] tt, double[] vv, double[] p, double[] tp, double[] pn, int m) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    double tik = tt[i * m + k];
                    if (tik != 0) {
                        s += tik * p[k * m + j];
                    }
                }
                tp[i * m + j] = s;
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double s = vv[i * m + j];
                for (int k = 0; k < m; k++) {
                    double tjk = tt[j * m + k];
                    if (tjk != 0) {
                        s += tp[i * m + k] * tjk;
                    }
                }
                pn[i * m + j] = s;
                pn[j * m + i] = s;
            }
        }
    }

    private static double maxAbs(double[] x) {
        double s = 0;
        for (double v : x) {
            s = Math.max(s, Math.abs(v));
        }
        return s;
    }
}
