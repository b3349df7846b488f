package io.github.basisspread.models.arima;

import io.github.basisspread.models.linalg.KalmanKernels;

/**
 * The Kalman filters behind the ARIMA likelihood (Durbin and Koopman 2012, sec. 4.3, with no
 * measurement noise and sigma2 = 1, so that {@code sigma2} is concentrated out as in Harvey
 * 1989, sec. 3.4). Each accumulates the {@link LikelihoodSums} {@code sum v^2/F, sum log F,
 * count} over the observed values; missing values (NaN) skip the update (sec. 4.10). Once the prediction
 * covariance stops changing the covariance recursion is skipped and the gain frozen (the steady
 * state, sec. 4.3.4); per observation nothing is allocated. Stateless.
 */
final class Filters {


    private Filters() {
    }

    /**
     * The filter of the ARMA block alone on a stationary series, exploiting the companion
     * structure of T so that a step costs O(r^2), then O(r) in the steady state.
     *
     * @param sys the system
     * @param q0 the stationary covariance (r x r), the start P
     * @param w the series, NaN = missing (not modified)
     * @param resid standardised innovations {@code v / sqrt(F)} (NaN where missing), or null
     * @return the sums, or null if an innovation variance is not positive (parameters to reject)
     */
    static LikelihoodSums arma(ArmaSystem sys, double[] q0, double[] w, double[] resid) {
        return arma(sys, q0, w, resid, hasMissing(w));
    }

    /**
     * {@link #arma(ArmaSystem, double[], double[], double[])} when the caller knows whether
     * {@code w} holds a NaN.
     *
     * @param sys the system
     * @param q0 the stationary covariance (r x r), the start P
     * @param w the series, NaN = missing (not modified)
     * @param resid standardised innovations {@code v / sqrt(F)} (NaN where missing), or null
     * @param missing whether some {@code w[t]} is NaN
     * @return the sums, or null if an innovation variance is not positive (parameters to reject)
     */
    static LikelihoodSums arma(ArmaSystem sys, double[] q0, double[] w, double[] resid, boolean missing) {
        if (!missing) {
            return chandrasekhar(sys, q0, w, resid);
        }
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
        int t = 0;
        while (t < w.length) {
            double y = w[t];
            if (Double.isNaN(y)) {
                if (resid != null) {
                    resid[t] = Double.NaN;
                }
                predictMean(a, phi, r);
                predictCov(p, u, pn, phi, rv, r);
                System.arraycopy(pn, 0, p, 0, r * r);
                t++;
                continue;
            }
            double v = y - a[0];
            double f = p[0];
            if (!(f > 0)) {
                return null;
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
            predictMean(a, phi, r);
            ssq += v * v / f;
            sumLog += Math.log(f);
            nu++;
            if (resid != null) {
                resid[t] = v / Math.sqrt(f);
            }
            t++;
            if (KalmanKernels.steady(change, size)) {
                // Steady state from here to the next missing value (or the end).
                double fSteady = p[0];
                if (!(fSteady > 0)) {
                    return null;
                }
                int end = t;
                while (end < w.length && !Double.isNaN(w[end])) {
                    end++;
                }
                double[] k = new double[r];
                for (int i = 0; i < r; i++) {
                    // k = T P e_1 / F for the companion T.
                    k[i] = (phi[i] * p[0] + (i + 1 < r ? p[(i + 1) * r] : 0)) / fSteady;
                }
                double v2 = steady(phi, k, r, fSteady, a, w, t, end, resid);
                ssq += v2 / fSteady;
                sumLog += (end - t) * Math.log(fSteady);
                nu += end - t;
                t = end;
            }
        }
        return new LikelihoodSums(ssq, sumLog, nu);
    }

    /**
     * The steady-state filter over {@code w[from..to)} (no missing value there): with the gain
     * frozen, the update and the prediction fold into {@code a' = (T - k e_1') a + k y} with
     * {@code k = T P e_1 / F} (given; Durbin and Koopman 2012, sec. 4.3.4), whose only recursive
     * dependence is through {@code a_0}; the state is kept in locals for small r so that each
     * step is a few fused multiply-adds, and the chain from one {@code a_0} to the next is one
     * of them (the terms in y are computed off that chain).
     *
     * @return sum of squared innovations (not divided by F); a holds the prediction after {@code to}
     */
    private static double steady(double[] phi, double[] k, int r, double f, double[] a, double[] w, int from,
            int to, double[] resid) {
        double[] c = new double[r];
        for (int i = 0; i < r; i++) {
            c[i] = phi[i] - k[i];
        }
        double invSqrtF = 1 / Math.sqrt(f);
        double v2 = 0;
        if (r == 1) {
            double a0 = a[0];
            double c0 = c[0];
            double k0 = k[0];
            for (int t = from; t < to; t++) {
                double y = w[t];
                double v = y - a0;
                v2 += v * v;
                if (resid != null) {
                    resid[t] = v * invSqrtF;
                }
                a0 = Math.fma(c0, a0, k0 * y);
            }
            a[0] = a0;
        } else if (r == 2) {
            double a0 = a[0];
            double a1 = a[1];
            double c0 = c[0];
            double c1 = c[1];
            double k0 = k[0];
            double k1 = k[1];
            for (int t = from; t < to; t++) {
                double y = w[t];
                double v = y - a0;
                v2 += v * v;
                if (resid != null) {
                    resid[t] = v * invSqrtF;
                }
                double n0 = Math.fma(c0, a0, a1 + k0 * y);
                a1 = Math.fma(c1, a0, k1 * y);
                a0 = n0;
            }
            a[0] = a0;
            a[1] = a1;
        } else if (r == 3) {
            double a0 = a[0];
            double a1 = a[1];
            double a2 = a[2];
            double c0 = c[0];
            double c1 = c[1];
            double c2 = c[2];
            double k0 = k[0];
            double k1 = k[1];
            double k2 = k[2];
            for (int t = from; t < to; t++) {
                double y = w[t];
                double v = y - a0;
                v2 += v * v;
                if (resid != null) {
                    resid[t] = v * invSqrtF;
                }
                double n0 = Math.fma(c0, a0, a1 + k0 * y);
                double n1 = Math.fma(c1, a0, a2 + k1 * y);
                a2 = Math.fma(c2, a0, k2 * y);
                a0 = n0;
                a1 = n1;
            }
            a[0] = a0;
            a[1] = a1;
            a[2] = a2;
        } else {
            double a0 = a[0];
            for (int t = from; t < to; t++) {
                double y = w[t];
                double v = y - a0;
                v2 += v * v;
                if (resid != null) {
                    resid[t] = v * invSqrtF;
                }
                double n0 = Math.fma(c[0], a0, a[1] + k[0] * y);
                for (int i = 1; i < r - 1; i++) {
                    a[i] = Math.fma(c[i], a0, a[i + 1] + k[i] * y);
                }
                a[r - 1] = Math.fma(c[r - 1], a0, k[r - 1] * y);
                a0 = n0;
            }
            a[0] = a0;
        }
        return v2;
    }

    private static boolean hasMissing(double[] w) {
        for (double v : w) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ARMA filter on a complete series by the Chandrasekhar recursions (Morf, Sidhu and
     * Kailath 1974; Herbst 2015 for their use in likelihood evaluation): from the stationary
     * start the change of the prediction covariance has rank one, {@code P_{t+1} - P_t = M_t W_t W_t'},
     * so the filter carries {@code F_t}, {@code K_t = T P_t e_1}, {@code W_t} and the scalar
     * {@code M_t} instead of P, at O(r) per step:
     * <pre>
     *   F_{t+1} = F_t + M_t w_0^2,      K_{t+1} = K_t + M_t w_0 T W_t,
     *   W_{t+1} = T W_t - K_t w_0 / F_t, M_{t+1} = M_t - M_t^2 w_0^2 / F_{t+1},
     * </pre>
     * with {@code w_0 = W_t[0]}, {@code W_1 = K_1} and {@code M_1 = -1/F_1} because the stationary
     * {@code P_1} solves {@code P = T P T' + R R'}. Once the change is negligible the steady loop takes over.
     */
    private static LikelihoodSums chandrasekhar(ArmaSystem sys, double[] q0, double[] w, double[] resid) {
        int r = sys.r;
        double[] phi = sys.phi;
        double[] a = new double[r];
        double[] kk = new double[r];
        double[] wv = new double[r];
        double[] tw = new double[r];
        double f = q0[0];
        for (int i = 0; i < r; i++) {
            kk[i] = phi[i] * q0[0] + (i + 1 < r ? q0[(i + 1) * r] : 0);
        }
        System.arraycopy(kk, 0, wv, 0, r);
        double mm = -1 / f;
        double ssq = 0;
        double sumLog = 0;
        int t = 0;
        int n = w.length;
        while (t < n) {
            if (!(f > 0)) {
                return null;
            }
            double v = w[t] - a[0];
            ssq += v * v / f;
            sumLog += Math.log(f);
            if (resid != null) {
                resid[t] = v / Math.sqrt(f);
            }
            // a_{t+1} = T a_t + K_t v_t / F_t.
            double g = v / f;
            double a0 = a[0];
            for (int i = 0; i < r - 1; i++) {
                a[i] = phi[i] * a0 + a[i + 1] + kk[i] * g;
            }
            a[r - 1] = phi[r - 1] * a0 + kk[r - 1] * g;
            double w0 = wv[0];
            double fn = f + mm * w0 * w0;
            double wMax = 0;
            for (int i = 0; i < r; i++) {
                tw[i] = phi[i] * w0 + (i + 1 < r ? wv[i + 1] : 0);
            }
            for (int i = 0; i < r; i++) {
                wv[i] = tw[i] - kk[i] * w0 / f;
                kk[i] += mm * w0 * tw[i];
                wMax = Math.max(wMax, Math.abs(wv[i]));
            }
            mm -= mm * mm * w0 * w0 / fn;
            f = fn;
            t++;
            if (KalmanKernels.steady(Math.abs(mm) * wMax * wMax, f) && t < n) {
                if (!(f > 0)) {
                    return null;
                }
                double[] k = new double[r];
                for (int i = 0; i < r; i++) {
                    k[i] = kk[i] / f;
                }
                double v2 = steady(phi, k, r, f, a, w, t, n, resid);
                ssq += v2 / f;
                sumLog += (n - t) * Math.log(f);
                t = n;
            }
        }
        return new LikelihoodSums(ssq, sumLog, n);
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
     * @param resid standardised innovations for periods from..n-1, or null
     * @return the sums, or null if an innovation variance is not positive
     */
    static LikelihoodSums dense(ArmaSystem sys, double[] y, int from, double[] a, double[] p, double[] resid) {
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
                    return null;
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
                if (KalmanKernels.steady(change, size)) {
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
        return new LikelihoodSums(ssq, sumLog, nu);
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
        return KalmanKernels.maxAbs(x);
    }
}
