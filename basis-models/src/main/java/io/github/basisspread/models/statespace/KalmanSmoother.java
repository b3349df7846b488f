package io.github.basisspread.models.statespace;

/**
 * The fixed-interval state and disturbance smoother (Durbin and Koopman 2012, sec. 4.4-4.5), in
 * the univariate treatment of the observation vector (sec. 6.4.4) with the exact diffuse
 * recursions of sec. 5.3 over the diffuse periods.
 *
 * <p>Stateless: all methods are static and thread-safe.
 */
public final class KalmanSmoother {

    private KalmanSmoother() {
    }

    /**
     * Filters and smooths a single series (p = 1).
     *
     * @param model the model, with one observed series
     * @param y the observations, NaN = missing (not modified)
     * @return the smoother output (which holds the filter output)
     * @throws IllegalArgumentException as for {@link KalmanFilter#filter(StateSpaceModel, double[])}
     */
    public static SmootherResult smooth(StateSpaceModel model, double[] y) {
        double[] flat = KalmanFilter.checkUnivariate(model, y);
        return smooth(KalmanFilter.run(model, flat, y.length, KalmanEngine.Storage.SMOOTHER));
    }

    /**
     * Filters and smooths a multivariate series.
     *
     * @param model the model
     * @param y the observations, n rows of p values, NaN = missing (not modified)
     * @return the smoother output (which holds the filter output)
     * @throws IllegalArgumentException as for {@link KalmanFilter#filter(StateSpaceModel, double[][])}
     */
    public static SmootherResult smooth(StateSpaceModel model, double[][] y) {
        double[] flat = KalmanFilter.flatten(model, y);
        return smooth(KalmanFilter.run(model, flat, y.length, KalmanEngine.Storage.SMOOTHER));
    }

    private static SmootherResult smooth(FilterResult fr) {
        KalmanEngine e = fr.e;
        StateSpaceModel model = fr.model();
        int n = e.n;
        int m = e.m;
        int p = e.p;
        int r = model.disturbanceDimension();
        int mm = m * m;
        int d = e.diffusePeriods;
        double[] state = new double[n * m];
        double[] cov = new double[n * mm];
        double[] eta = new double[n * r];
        double[] etaCov = new double[n * r * r];
        double[] eps = new double[n * p];
        double[] epsVar = new double[n * p];
        double[] r0 = new double[m];
        double[] r1 = new double[m];
        double[] n0 = new double[mm];
        double[] n1 = new double[mm];
        double[] n2 = new double[mm];
        double[] k0 = new double[m];
        double[] k1 = new double[m];
        double[] tmpV = new double[m];
        double[] a1 = new double[mm];
        double[] a2 = new double[mm];
        double[] a3 = new double[mm];
        double[] l0 = new double[mm];
        double[] l1 = new double[mm];
        // Work arrays for the per-period quantities: nothing is allocated inside the loop.
        double[] qr = new double[r * m];
        double[] pS = new double[mm];
        double[] pI = new double[mm];
        boolean rotated = e.rotate;
        for (int t = n - 1; t >= 0; t--) {
            // With a non-diagonal H the filter ran on the rotated observation equation (Z*, H* = D).
            double[] z = rotated ? e.zStar : model.zAt(t);
            int zOff = rotated ? t * p * m : 0;
            double[] h = rotated ? e.hStar : model.hAt(t);
            int hOff = rotated ? t * p : 0;
            if (t == n - 1) {
                // eta beyond the last observation carries no information: r_n = 0, N_n = 0.
                disturbance(model.selAt(t), model.qAt(t), r0, n0, m, r, eta, t * r, etaCov, t * r * r, qr);
            }
            boolean diffuse = t < d;
            for (int i = p - 1; i >= 0; i--) {
                int el = t * p + i;
                int zo = zOff + i * m;
                double hi = h[hOff + i];
                double v = e.v[el];
                double f = e.fs[el];
                double finf = diffuse ? e.fi[el] : 0;
                if (Double.isNaN(v) || (!(f > 0) && !(finf > 0))) {
                    // Missing (or degenerate) element: no information, eps has its prior.
                    eps[el] = 0;
                    epsVar[el] = hi;
                    continue;
                }
                if (finf > 0) {
                    // Exact diffuse element (Durbin and Koopman 2012, eq. 5.21-5.23 univariate):
                    // K0 = M_inf / F_inf, K1 = M_* / F_inf - M_inf F_* / F_inf^2, L0 = I - K0 z', L1 = -K1 z'.
                    for (int j = 0; j < m; j++) {
                        double mi = e.miAll[el * m + j];
                        k0[j] = mi / finf;
                        k1[j] = e.msAll[el * m + j] / finf - mi * f / (finf * finf);
                    }
                    eps[el] = -hi * dot(k0, 0, r0, m);
                    epsVar[el] = hi - hi * hi * quad(k0, n0, m);
                    for (int j = 0; j < m; j++) {
                        for (int k = 0; k < m; k++) {
                            double zk = z[zo + k];
                            l0[j * m + k] = (j == k ? 1 : 0) - k0[j] * zk;
                            l1[j * m + k] = -k1[j] * zk;
                        }
                    }
                    // r1 <- z v / F_inf + L0' r1 + L1' r0 ; r0 <- L0' r0
                    for (int j = 0; j < m; j++) {
                        double s = z[zo + j] * v / finf;
                        for (int k = 0; k < m; k++) {
                            s += l0[k * m + j] * r1[k] + l1[k * m + j] * r0[k];
                        }
                        tmpV[j] = s;
                    }
                    System.arraycopy(tmpV, 0, r1, 0, m);
                    mulTransVec(l0, r0, tmpV, m);
                    System.arraycopy(tmpV, 0, r0, 0, m);
                    // N2 <- z z' F2 + L0' N2 L0 + L0' N1 L1 + L1' N1' L0 + L1' N0 L1, F2 = -F_* / F_inf^2
                    double f2 = -f / (finf * finf);
                    sandwich(l0, n2, l0, a1, a3, m);
                    sandwich(l0, n1, l1, a2, a3, m);
                    addTo(a1, a2, m, false);
                    addTo(a1, a2, m, true);
                    sandwich(l1, n0, l1, a2, a3, m);
                    addTo(a1, a2, m, false);
                    addOuter(a1, z, zo, f2, m);
                    // N1 <- z z' / F_inf + L0' N1 L0 + L1' N0 L0
                    sandwich(l0, n1, l0, a2, a3, m);
                    sandwich(l1, n0, l0, n1, a3, m);
                    addTo(n1, a2, m, false);
                    addOuter(n1, z, zo, 1 / finf, m);
                    System.arraycopy(a1, 0, n2, 0, mm);
                    // N0 <- L0' N0 L0
                    sandwich(l0, n0, l0, a2, a3, m);
                    System.arraycopy(a2, 0, n0, 0, mm);
                    continue;
                }
                // Standard element (Durbin and Koopman 2012, eq. 6.66): K = M / F, L = I - K z'.
                for (int j = 0; j < m; j++) {
                    k0[j] = e.msAll[el * m + j] / f;
                }
                double kr = dot(k0, 0, r0, m);
                eps[el] = hi * (v / f - kr);
                epsVar[el] = hi - hi * hi * (1 / f + quad(k0, n0, m));
                for (int j = 0; j < m; j++) {
                    for (int k = 0; k < m; k++) {
                        l0[j * m + k] = (j == k ? 1 : 0) - k0[j] * z[zo + k];
                    }
                }
                // r0 <- z v / F + L' r0 ; N0 <- z z' / F + L' N0 L
                for (int j = 0; j < m; j++) {
                    r0[j] += z[zo + j] * (v / f - kr);
                }
                sandwich(l0, n0, l0, a2, a3, m);
                System.arraycopy(a2, 0, n0, 0, mm);
                addOuter(n0, z, zo, 1 / f, m);
                if (diffuse) {
                    // F_inf = 0 inside a diffuse period: r1 unchanged, N1 <- N1 L, N2 unchanged (eq. 5.23).
                    mul(n1, l0, a2, m);
                    System.arraycopy(a2, 0, n1, 0, mm);
                }
            }
            // Smoothed state (eq. 4.39 / 5.24-5.25): a + P_* r0 + P_inf r1 and
            // V = P_* - P_* N0 P_* - (P_inf N1 P_*)' - P_inf N1 P_* - P_inf N2 P_inf.
            int po = t * mm;
            for (int j = 0; j < m; j++) {
                double s = e.predState[t * m + j];
                for (int k = 0; k < m; k++) {
                    s += e.predCov[po + j * m + k] * r0[k];
                    if (diffuse) {
                        s += e.predCovInf[po + j * m + k] * r1[k];
                    }
                }
                state[t * m + j] = s;
            }
            System.arraycopy(e.predCov, po, pS, 0, mm);
            sandwichPlain(pS, n0, pS, a2, a3, m);
            for (int j = 0; j < mm; j++) {
                cov[po + j] = pS[j] - a2[j];
            }
            if (diffuse) {
                System.arraycopy(e.predCovInf, po, pI, 0, mm);
                sandwichPlain(pI, n1, pS, a2, a3, m);
                sandwichPlain(pI, n2, pI, a1, a3, m);
                for (int j = 0; j < m; j++) {
                    for (int k = 0; k < m; k++) {
                        cov[po + j * m + k] -= a2[j * m + k] + a2[k * m + j] + a1[j * m + k];
                    }
                }
            }
            if (t > 0) {
                // State disturbance of period t - 1: eta = Q R' r_{t-1}, Var = Q - Q R' N_{t-1} R Q, with
                // r_{t-1} the value after period t's observations (Durbin and Koopman 2012, eq. 4.69; sec. 5.3.2).
                disturbance(model.selAt(t - 1), model.qAt(t - 1), r0, n0, m, r, eta, (t - 1) * r, etaCov,
                        (t - 1) * r * r, qr);
                // Step back through the transition of period t - 1: r <- T' r, N <- T' N T.
                double[] tt = model.tAt(t - 1);
                mulTransVec(tt, r0, tmpV, m);
                System.arraycopy(tmpV, 0, r0, 0, m);
                sandwich(tt, n0, tt, a2, a3, m);
                System.arraycopy(a2, 0, n0, 0, mm);
                if (t - 1 < d) {
                    mulTransVec(tt, r1, tmpV, m);
                    System.arraycopy(tmpV, 0, r1, 0, m);
                    sandwich(tt, n1, tt, a2, a3, m);
                    System.arraycopy(a2, 0, n1, 0, mm);
                    sandwich(tt, n2, tt, a2, a3, m);
                    System.arraycopy(a2, 0, n2, 0, mm);
                }
            }
        }
        if (rotated) {
            measurementDisturbances(e, model, state, cov, eps, epsVar);
        }
        return new SmootherResult(fr, state, cov, eta, etaCov, eps, epsVar);
    }

    /**
     * Smoothed measurement disturbances when H is not diagonal: an observed element's error is
     * fixed by the state, {@code e = y - d - z' a_hat} with variance {@code z' V z} (Durbin and
     * Koopman 2012, sec. 4.5.3); a missing element keeps its prior (0, H_ii), statsmodels' convention.
     */
    private static void measurementDisturbances(KalmanEngine e, StateSpaceModel model, double[] state,
            double[] cov, double[] eps, double[] epsVar) {
        int n = e.n;
        int p = e.p;
        int m = e.m;
        for (int t = 0; t < n; t++) {
            double[] z = model.zAt(t);
            double[] d = model.dAt(t);
            double[] h = model.hAt(t);
            for (int i = 0; i < p; i++) {
                int el = t * p + i;
                double yi = e.y[el];
                if (Double.isNaN(yi)) {
                    eps[el] = 0;
                    epsVar[el] = h[i];
                    continue;
                }
                double s = yi - d[i];
                double var = 0;
                for (int j = 0; j < m; j++) {
                    double zj = z[i * m + j];
                    s -= zj * state[t * m + j];
                    for (int k = 0; k < m; k++) {
                        var += zj * cov[t * m * m + j * m + k] * z[i * m + k];
                    }
                }
                eps[el] = s;
                epsVar[el] = var;
            }
        }
    }

    private static void disturbance(double[] sel, double[] q, double[] r0, double[] n0, int m, int r,
            double[] eta, int eo, double[] etaCov, int co, double[] qr) {
        // QR' (r x m), into the caller's work array
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < r; k++) {
                    s += q[i * r + k] * sel[j * r + k];
                }
                qr[i * m + j] = s;
            }
        }
        for (int i = 0; i < r; i++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += qr[i * m + j] * r0[j];
            }
            eta[eo + i] = s;
        }
        for (int i = 0; i < r; i++) {
            for (int l = 0; l < r; l++) {
                double s = q[i * r + l];
                for (int j = 0; j < m; j++) {
                    for (int k = 0; k < m; k++) {
                        s -= qr[i * m + j] * n0[j * m + k] * qr[l * m + k];
                    }
                }
                etaCov[co + i * r + l] = s;
            }
        }
    }

    private static double dot(double[] x, int xo, double[] y, int m) {
        double s = 0;
        for (int k = 0; k < m; k++) {
            s += x[xo + k] * y[k];
        }
        return s;
    }

    private static double quad(double[] k, double[] nn, int m) {
        double s = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                s += k[i] * nn[i * m + j] * k[j];
            }
        }
        return s;
    }

    /** out = A' x. */
    private static void mulTransVec(double[] a, double[] x, double[] out, int m) {
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int k = 0; k < m; k++) {
                s += a[k * m + j] * x[k];
            }
            out[j] = s;
        }
    }

    /** out = A B. */
    private static void mul(double[] a, double[] b, double[] out, int m) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += a[i * m + k] * b[k * m + j];
                }
                out[i * m + j] = s;
            }
        }
    }

    /** out = A' N B (work: tmp). */
    private static void sandwich(double[] a, double[] nn, double[] b, double[] out, double[] tmp, int m) {
        mul(nn, b, tmp, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += a[k * m + i] * tmp[k * m + j];
                }
                out[i * m + j] = s;
            }
        }
    }

    /** out = A N B (work: tmp). */
    private static void sandwichPlain(double[] a, double[] nn, double[] b, double[] out, double[] tmp, int m) {
        mul(nn, b, tmp, m);
        mul(a, tmp, out, m);
    }

    /** acc += B (or B'). */
    private static void addTo(double[] acc, double[] b, int m, boolean transpose) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                acc[i * m + j] += transpose ? b[j * m + i] : b[i * m + j];
            }
        }
    }

    /** acc += s z z'. */
    private static void addOuter(double[] acc, double[] z, int zo, double s, int m) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                acc[i * m + j] += s * z[zo + i] * z[zo + j];
            }
        }
    }
}
