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
        Work w = new Work(m, r);
        boolean rotated = e.rotate;
        for (int t = n - 1; t >= 0; t--) {
            // With a non-diagonal H the filter ran on the rotated observation equation (Z*, H* = D).
            double[] z = rotated ? e.zStar : model.zAt(t);
            int zOff = rotated ? t * p * m : 0;
            double[] h = rotated ? e.hStar : model.hAt(t);
            int hOff = rotated ? t * p : 0;
            if (t == n - 1) {
                // eta beyond the last observation carries no information: r_n = 0, N_n = 0.
                disturbance(model.selAt(t), model.qAt(t), w.r0, w.n0, m, r, eta, t * r, etaCov, t * r * r, w.qr);
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
                } else if (finf > 0) {
                    diffuseElement(e, w, el, z, zo, hi, v, f, finf, eps, epsVar);
                } else {
                    standardElement(e, w, el, z, zo, hi, v, f, diffuse, eps, epsVar);
                }
            }
            smoothedState(e, w, t, diffuse, state, cov);
            if (t > 0) {
                // State disturbance of period t - 1: eta = Q R' r_{t-1}, Var = Q - Q R' N_{t-1} R Q, with
                // r_{t-1} the value after period t's observations (Durbin and Koopman 2012, eq. 4.69; sec. 5.3.2).
                disturbance(model.selAt(t - 1), model.qAt(t - 1), w.r0, w.n0, m, r, eta, (t - 1) * r, etaCov,
                        (t - 1) * r * r, w.qr);
                stepBack(w, model.tAt(t - 1), t - 1 < d);
            }
        }
        if (rotated) {
            measurementDisturbances(e, model, state, cov, eps, epsVar);
        }
        return new SmootherResult(fr, state, cov, eta, etaCov, eps, epsVar);
    }

    /**
     * The backward recursion's state (r0, r1; N0, N1, N2 of Durbin and Koopman 2012, sec. 5.3)
     * and work arrays, allocated once per smoothing pass: nothing is allocated inside the loop.
     */
    private static final class Work {
        final int m;
        final double[] r0;
        final double[] r1;
        final double[] n0;
        final double[] n1;
        final double[] n2;
        final double[] k0;
        final double[] k1;
        final double[] tmpV;
        final double[] a1;
        final double[] a2;
        final double[] a3;
        final double[] l0;
        final double[] l1;
        final double[] qr;
        final double[] pS;
        final double[] pI;

        Work(int m, int r) {
            int mm = m * m;
            this.m = m;
            r0 = new double[m];
            r1 = new double[m];
            n0 = new double[mm];
            n1 = new double[mm];
            n2 = new double[mm];
            k0 = new double[m];
            k1 = new double[m];
            tmpV = new double[m];
            a1 = new double[mm];
            a2 = new double[mm];
            a3 = new double[mm];
            l0 = new double[mm];
            l1 = new double[mm];
            qr = new double[r * m];
            pS = new double[mm];
            pI = new double[mm];
        }
    }

    /**
     * One exact diffuse element, F_inf &gt; 0 (Durbin and Koopman 2012, eq. 5.21-5.23 univariate):
     * K0 = M_inf / F_inf, K1 = M_* / F_inf - M_inf F_* / F_inf^2, L0 = I - K0 z', L1 = -K1 z'.
     */
    private static void diffuseElement(KalmanEngine e, Work w, int el, double[] z, int zo, double hi, double v,
            double f, double finf, double[] eps, double[] epsVar) {
        int m = w.m;
        int mm = m * m;
        double[] k0 = w.k0;
        double[] k1 = w.k1;
        double[] l0 = w.l0;
        double[] l1 = w.l1;
        double[] r0 = w.r0;
        double[] r1 = w.r1;
        for (int j = 0; j < m; j++) {
            double mi = e.miAll[el * m + j];
            k0[j] = mi / finf;
            k1[j] = e.msAll[el * m + j] / finf - mi * f / (finf * finf);
        }
        eps[el] = -hi * dot(k0, 0, r0, m);
        epsVar[el] = hi - hi * hi * quad(k0, w.n0, m);
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
            w.tmpV[j] = s;
        }
        System.arraycopy(w.tmpV, 0, r1, 0, m);
        mulTransVec(l0, r0, w.tmpV, m);
        System.arraycopy(w.tmpV, 0, r0, 0, m);
        // N2 <- z z' F2 + L0' N2 L0 + L0' N1 L1 + L1' N1' L0 + L1' N0 L1, F2 = -F_* / F_inf^2
        double f2 = -f / (finf * finf);
        sandwich(l0, w.n2, l0, w.a1, w.a3, m);
        sandwich(l0, w.n1, l1, w.a2, w.a3, m);
        addTo(w.a1, w.a2, m, false);
        addTo(w.a1, w.a2, m, true);
        sandwich(l1, w.n0, l1, w.a2, w.a3, m);
        addTo(w.a1, w.a2, m, false);
        addOuter(w.a1, z, zo, f2, m);
        // N1 <- z z' / F_inf + L0' N1 L0 + L1' N0 L0
        sandwich(l0, w.n1, l0, w.a2, w.a3, m);
        sandwich(l1, w.n0, l0, w.n1, w.a3, m);
        addTo(w.n1, w.a2, m, false);
        addOuter(w.n1, z, zo, 1 / finf, m);
        System.arraycopy(w.a1, 0, w.n2, 0, mm);
        // N0 <- L0' N0 L0
        sandwich(l0, w.n0, l0, w.a2, w.a3, m);
        System.arraycopy(w.a2, 0, w.n0, 0, mm);
    }

    /** One standard element (Durbin and Koopman 2012, eq. 6.66): K = M / F, L = I - K z'. */
    private static void standardElement(KalmanEngine e, Work w, int el, double[] z, int zo, double hi, double v,
            double f, boolean diffuse, double[] eps, double[] epsVar) {
        int m = w.m;
        int mm = m * m;
        double[] k0 = w.k0;
        double[] l0 = w.l0;
        double[] r0 = w.r0;
        for (int j = 0; j < m; j++) {
            k0[j] = e.msAll[el * m + j] / f;
        }
        double kr = dot(k0, 0, r0, m);
        eps[el] = hi * (v / f - kr);
        epsVar[el] = hi - hi * hi * (1 / f + quad(k0, w.n0, m));
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < m; k++) {
                l0[j * m + k] = (j == k ? 1 : 0) - k0[j] * z[zo + k];
            }
        }
        // r0 <- z v / F + L' r0 ; N0 <- z z' / F + L' N0 L
        for (int j = 0; j < m; j++) {
            r0[j] += z[zo + j] * (v / f - kr);
        }
        sandwich(l0, w.n0, l0, w.a2, w.a3, m);
        System.arraycopy(w.a2, 0, w.n0, 0, mm);
        addOuter(w.n0, z, zo, 1 / f, m);
        if (diffuse) {
            // F_inf = 0 inside a diffuse period: r1 unchanged, N1 <- N1 L, N2 unchanged (eq. 5.23).
            mul(w.n1, l0, w.a2, m);
            System.arraycopy(w.a2, 0, w.n1, 0, mm);
        }
    }

    /**
     * The smoothed state of period t (eq. 4.39 / 5.24-5.25): a + P_* r0 + P_inf r1 and
     * V = P_* - P_* N0 P_* - (P_inf N1 P_*)' - P_inf N1 P_* - P_inf N2 P_inf.
     */
    private static void smoothedState(KalmanEngine e, Work w, int t, boolean diffuse, double[] state, double[] cov) {
        int m = w.m;
        int mm = m * m;
        int po = t * mm;
        for (int j = 0; j < m; j++) {
            double s = e.predState[t * m + j];
            for (int k = 0; k < m; k++) {
                s += e.predCov[po + j * m + k] * w.r0[k];
                if (diffuse) {
                    s += e.predCovInf[po + j * m + k] * w.r1[k];
                }
            }
            state[t * m + j] = s;
        }
        System.arraycopy(e.predCov, po, w.pS, 0, mm);
        sandwichPlain(w.pS, w.n0, w.pS, w.a2, w.a3, m);
        for (int j = 0; j < mm; j++) {
            cov[po + j] = w.pS[j] - w.a2[j];
        }
        if (diffuse) {
            System.arraycopy(e.predCovInf, po, w.pI, 0, mm);
            sandwichPlain(w.pI, w.n1, w.pS, w.a2, w.a3, m);
            sandwichPlain(w.pI, w.n2, w.pI, w.a1, w.a3, m);
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < m; k++) {
                    cov[po + j * m + k] -= w.a2[j * m + k] + w.a2[k * m + j] + w.a1[j * m + k];
                }
            }
        }
    }

    /** A step back through the transition T of the previous period: r &lt;- T' r, N &lt;- T' N T. */
    private static void stepBack(Work w, double[] tt, boolean diffuse) {
        int m = w.m;
        int mm = m * m;
        mulTransVec(tt, w.r0, w.tmpV, m);
        System.arraycopy(w.tmpV, 0, w.r0, 0, m);
        sandwich(tt, w.n0, tt, w.a2, w.a3, m);
        System.arraycopy(w.a2, 0, w.n0, 0, mm);
        if (diffuse) {
            mulTransVec(tt, w.r1, w.tmpV, m);
            System.arraycopy(w.tmpV, 0, w.r1, 0, m);
            sandwich(tt, w.n1, tt, w.a2, w.a3, m);
            System.arraycopy(w.a2, 0, w.n1, 0, mm);
            sandwich(tt, w.n2, tt, w.a2, w.a3, m);
            System.arraycopy(w.a2, 0, w.n2, 0, mm);
        }
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
