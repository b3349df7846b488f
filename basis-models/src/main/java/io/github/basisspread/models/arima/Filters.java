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
        // In the steady state F is constant: sum v^2 and the count are kept apart and divided
        // and logged once (a log per observation would dominate the cost of the loop).
        double steadyV2 = 0;
        int steadyCount = 0;
        double invSqrtF = 0;
        for (int t = 0; t < w.length; t++) {
            double y = w[t];
            if (Double.isNaN(y)) {
                if (resid != null) {
                    resid[t] = Double.NaN;
                }
                predictMean(a, phi, r);
                predictCov(p, u, pn, phi, rv, r);
                System.arraycopy(pn, 0, p, 0, r * r);
                if (steady) {
                    ssq += steadyV2 / fSteady;
                    sumLog += steadyCount * Math.log(fSteady);
                    nu += steadyCount;
                    steadyV2 = 0;
                    steadyCount = 0;
                }
                steady = false;
                continue;
            }
            double v = y - a[0];
            if (steady) {
                for (int i = 0; i < r; i++) {
                    a[i] += gain[i] * v;
                }
                predictMean(a, phi, r);
                steadyV2 += v * v;
                steadyCount++;
                if (resid != null) {
                    resid[t] = v * invSqrtF;
                }
                continue;
            }
            double f = p[0];
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
                invSqrtF = 1 / Math.sqrt(fSteady);
                for (int i = 0; i < r; i++) {
                    gain[i] = p[i * r] / fSteady;
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
        if (steadyCount > 0) {
            ssq += steadyV2 / fSteady;
            sumLog += steadyCount * Math.log(fSteady);
            nu += steadyCount;
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
     * The filter of the augmented (ARMA plus differencing) model from a given predicted state.
     * T is applied through its structure (companion ARMA block, differencing rows), so a step
     * costs O(m (r + d + D s)) rather than O(m^3).
     *
     * @param sys the system
     * @param y the observations, NaN = missing (not modified)
     * @param from the first period filtered
     * @param a the predicted state at {@code from}; on return the prediction after the last period (modified)
     * @param p the predicted covariance at {@code from}; on return the prediction after the last period (modified)
     * @param out {ssq, sumLog, nu} (modified)
     * @param resid standardised innovations for periods from..n-1, or null
     * @return false if an innovation variance is not positive
     */
    static boolean dense(ArmaSystem sys, double[] y, int from, double[] a, double[] p, double[] out, double[] resid) {
        int m = sys.m;
        double[] z = sys.design();
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
                transitionMean(sys, a, an);
                transitionCov(sys, p, tp, pn);
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
                transitionMean(sys, a, an);
            } else {
                f = 0;
                for (int i = 0; i < m; i++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) {
                        double zj = z[j];
                        if (zj != 0) {
                            s += p[i * m + j] * zj;
                        }
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
                transitionMean(sys, a, an);
                transitionCov(sys, p, tp, pn);
                // The change of the prediction: the previous one is p + M M' / F.
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

    /**
     * dst[dOff + i * dStride] = (T v)_i for v read at src[sOff + i * sStride]: the companion ARMA
     * block, then {@code y_t = w_t + sum_j delta_j y_{t-j}} and the shift of the differencing block.
     */
    private static void applyT(ArmaSystem sys, double[] src, int sOff, int sStride, double[] dst, int dOff,
            int dStride) {
        int r = sys.r;
        int dd = sys.dd;
        double v0 = src[sOff];
        for (int i = 0; i < r - 1; i++) {
            dst[dOff + i * dStride] = sys.phi[i] * v0 + src[sOff + (i + 1) * sStride];
        }
        dst[dOff + (r - 1) * dStride] = sys.phi[r - 1] * v0;
        if (dd > 0) {
            double s = v0;
            for (int j = 0; j < dd; j++) {
                s += sys.delta[j] * src[sOff + (r + j) * sStride];
            }
            for (int k = dd - 1; k >= 1; k--) {
                dst[dOff + (r + k) * dStride] = src[sOff + (r + k - 1) * sStride];
            }
            dst[dOff + r * dStride] = s;
        }
    }

    /** a <- T a (an is scratch). */
    static void transitionMean(ArmaSystem sys, double[] a, double[] an) {
        applyT(sys, a, 0, 1, an, 0, 1);
        System.arraycopy(an, 0, a, 0, sys.m);
    }

    /** pn <- T p T' + R R' (tp is scratch). */
    static void transitionCov(ArmaSystem sys, double[] p, double[] tp, double[] pn) {
        int m = sys.m;
        // Columns of T P, then rows of (T P) T' = T applied to each row of T P.
        for (int j = 0; j < m; j++) {
            applyT(sys, p, j, m, tp, j, m);
        }
        for (int i = 0; i < m; i++) {
            applyT(sys, tp, i * m, 1, pn, i * m, 1);
        }
        int r = sys.r;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                pn[i * m + j] += sys.rvec[i] * sys.rvec[j];
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
