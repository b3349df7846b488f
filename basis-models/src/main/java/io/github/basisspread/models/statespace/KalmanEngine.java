package io.github.basisspread.models.statespace;

import io.github.basisspread.models.linalg.Eigenvalues;
import io.github.basisspread.models.linalg.KalmanKernels;

/**
 * The Kalman filter recursion shared by the batch filter, the smoother and the likelihood
 * (internal). Univariate treatment of the observation vector (Durbin and Koopman 2012, sec. 6.4)
 * with the exact diffuse initialisation in its univariate form (Koopman and Durbin 2000; Durbin
 * and Koopman 2012, sec. 5.2), so that no matrix is ever inverted.
 *
 * <p>One instance runs once; every work array is allocated in the constructor, none in the
 * per-observation loop. Not thread-safe (it is never shared).
 */
final class KalmanEngine {

    static final double LOG_2PI = KalmanKernels.LOG_2PI;
    /** A diffuse innovation variance F_inf at or below this is zero (Koopman and Durbin 2000, sec. 3.2). */
    static final double DIFFUSE_TOL = KalmanKernels.DIFFUSE_TOL;
    /** Relative change of P_t below which the gain is steady (time-invariant models only); shared by every filter. */
    static final double STEADY_TOL = KalmanKernels.STEADY_TOL;

    /** What to keep. */
    enum Storage { LIKELIHOOD, FILTER, SMOOTHER }

    final StateSpaceModel model;
    final int p;
    final int m;
    final int n;
    final Storage storage;
    final boolean diffuseInit;

    // state of the recursion
    final double[] a;
    final double[] ps;
    final double[] pi;
    private final double[] ms;
    private final double[] mi;
    private final double[] tmp;
    private final double[] prevPs;
    private final double[] ssK;
    private final double[] ssF;
    private final double[] ssFiltP;
    // rotation of the observation equation when H is not diagonal (null otherwise)
    final boolean rotate;
    private final double[] yW;
    private final double[] zW;
    private final double[] dW;
    private final double[] hW;
    private final double[] lW;
    private final double[] dl;
    private final int[] obs;

    // outputs
    double[] predState;   // (n + 1) * m
    double[] predCov;     // (n + 1) * m * m
    double[] predCovInf;  // n * m * m, diffuse only
    double[] filtState;   // n * m
    double[] filtCov;     // n * m * m
    double[] v;           // n * p
    double[] fs;          // n * p
    double[] fi;          // n * p, diffuse only
    double[] msAll;       // n * p * m
    double[] miAll;       // n * p * m, diffuse only
    double[] llt;         // n
    double[] y;           // n * p, a copy of the data (stored runs)
    double[] zStar;       // n * p * m, rotated design (smoother, non-diagonal H only)
    double[] hStar;       // n * p, rotated variances (smoother, non-diagonal H only)
    int diffusePeriods;
    boolean stillDiffuse;
    double sumLogF;
    double sumV2F;
    int nEff;
    int nDiffuseObs;
    double sumLogFinf;
    int steadyFrom = -1;
    /** Rank of P_inf: each update with F_inf > 0 lowers it by one (Koopman and Durbin 2003, sec. 2). */
    private int diffuseRank;

    KalmanEngine(StateSpaceModel model, int n, Storage storage) {
        this.model = model;
        this.p = model.observationDimension();
        this.m = model.stateDimension();
        this.n = n;
        this.storage = storage;
        StateSpaceModel.InitialMoments init = model.initialMoments();
        this.a = init.mean();
        this.ps = init.knownCovariance();
        this.pi = init.diffuseCovariance();
        boolean d = false;
        for (double x : pi) {
            d |= x != 0;
        }
        this.diffuseInit = d;
        this.diffuseRank = d ? rank(pi, m) : 0;
        ms = new double[m];
        mi = new double[m];
        tmp = new double[m * m];
        prevPs = new double[m * m];
        ssK = new double[p * m];
        ssF = new double[p];
        ssFiltP = new double[m * m];
        rotate = !model.hasDiagonalObservationCovariance();
        yW = rotate ? new double[p] : null;
        zW = rotate ? new double[p * m] : null;
        dW = rotate ? new double[p] : null;
        hW = rotate ? new double[p] : null;
        lW = rotate ? new double[p * p] : null;
        dl = rotate ? new double[p] : null;
        obs = rotate ? new int[p] : null;
        if (storage != Storage.LIKELIHOOD) {
            predState = new double[(n + 1) * m];
            predCov = new double[(n + 1) * m * m];
            filtState = new double[n * m];
            filtCov = new double[n * m * m];
            v = new double[n * p];
            fs = new double[n * p];
            llt = new double[n];
            if (diffuseInit) {
                predCovInf = new double[n * m * m];
                fi = new double[n * p];
            }
        }
        if (storage == Storage.SMOOTHER) {
            if (rotate) {
                zStar = new double[n * p * m];
                hStar = new double[n * p];
            }
            msAll = new double[n * p * m];
            if (diffuseInit) {
                miAll = new double[n * p * m];
            }
        }
    }

    /** Runs the filter over y (n * p values, row-major, NaN = missing). */
    void run(double[] y) {
        if (storage != Storage.LIKELIHOOD) {
            this.y = y.clone();
        }
        if (storage == Storage.LIKELIHOOD && m == 1 && p == 1 && model.isTimeInvariant()) {
            runScalar(y);
            return;
        }
        boolean diffuse = diffuseInit;
        boolean steady = false;
        boolean timeInvariant = model.isTimeInvariant();
        boolean store = storage != Storage.LIKELIHOOD;
        boolean smooth = storage == Storage.SMOOTHER;
        int mm = m * m;
        for (int t = 0; t < n; t++) {
            double[] z = model.zAt(t);
            double[] dd = model.dAt(t);
            double[] h = model.hAt(t);
            double[] yy = y;
            int yo = t * p;
            if (rotate) {
                rotate(t, y);
                z = zW;
                dd = dW;
                h = hW;
                yy = yW;
                yo = 0;
                if (smooth) {
                    System.arraycopy(zW, 0, zStar, t * p * m, p * m);
                    System.arraycopy(hW, 0, hStar, t * p, p);
                }
            }
            if (store) {
                System.arraycopy(a, 0, predState, t * m, m);
                System.arraycopy(ps, 0, predCov, t * mm, mm);
                if (diffuseInit) {
                    System.arraycopy(pi, 0, predCovInf, t * mm, mm);
                }
            }
            boolean anyMissing = false;
            for (int i = 0; i < p; i++) {
                if (Double.isNaN(yy[yo + i])) {
                    anyMissing = true;
                }
            }
            double llThis;
            // Whether P before this period's update is kept, to detect the steady state after it.
            boolean savedPrev = false;
            if (steady && !anyMissing) {
                llThis = steadyUpdate(t, yy, yo, z, dd);
            } else {
                steady = false;
                savedPrev = timeInvariant && !diffuse;
                if (savedPrev) {
                    System.arraycopy(ps, 0, prevPs, 0, mm);
                }
                llThis = update(t, yy, yo, z, dd, h, diffuse);
                if (store) {
                    System.arraycopy(ps, 0, filtCov, t * mm, mm);
                }
                if (timeInvariant) {
                    System.arraycopy(ps, 0, ssFiltP, 0, mm);
                }
            }
            if (store) {
                System.arraycopy(a, 0, filtState, t * m, m);
                llt[t] = llThis;
            }
            if (diffuse) {
                // Once P_inf has lost its full rank it is zero (what is left is rounding).
                if (diffuseRank <= 0 || maxAbs(pi) <= DIFFUSE_TOL) {
                    diffuse = false;
                    java.util.Arrays.fill(pi, 0);
                    diffusePeriods = t + 1;
                }
            }
            steady = predict(t, steady, anyMissing, diffuse, savedPrev);
        }
        if (diffuse) {
            diffusePeriods = n;
        }
        stillDiffuse = diffuse;
        if (store) {
            System.arraycopy(a, 0, predState, n * m, m);
            System.arraycopy(ps, 0, predCov, n * mm, mm);
        }
    }

    /**
     * Period t's update in the steady state: the gains K_i and variances F_i no longer change
     * (Harvey 1989, sec. 3.3.4), so only the state moves.
     *
     * @return the period's log-likelihood contribution
     */
    private double steadyUpdate(int t, double[] yy, int yo, double[] z, double[] dd) {
        boolean store = storage != Storage.LIKELIHOOD;
        boolean smooth = storage == Storage.SMOOTHER;
        double llThis = 0;
        for (int i = 0; i < p; i++) {
            double f = ssF[i];
            double vi = yy[yo + i] - dd[i] - dot(z, i * m, a);
            if (f > 0) {
                for (int j = 0; j < m; j++) {
                    a[j] += ssK[i * m + j] * vi;
                }
                double lf = Math.log(f);
                double v2f = vi * vi / f;
                sumLogF += lf;
                sumV2F += v2f;
                nEff++;
                llThis -= 0.5 * (LOG_2PI + lf + v2f);
            }
            if (store) {
                v[t * p + i] = vi;
                fs[t * p + i] = f;
                if (smooth) {
                    for (int j = 0; j < m; j++) {
                        msAll[(t * p + i) * m + j] = ssK[i * m + j] * f;
                    }
                }
            }
        }
        if (store) {
            System.arraycopy(ssFiltP, 0, filtCov, t * m * m, m * m);
        }
        return llThis;
    }

    /**
     * Period t's univariate updates, one observed element at a time (Durbin and Koopman 2012,
     * sec. 6.4): exact diffuse where F_inf &gt; 0, standard otherwise, none where missing; records
     * the gains and variances the steady state would freeze.
     *
     * @return the period's log-likelihood contribution
     */
    private double update(int t, double[] yy, int yo, double[] z, double[] dd, double[] h, boolean diffuse) {
        boolean store = storage != Storage.LIKELIHOOD;
        boolean smooth = storage == Storage.SMOOTHER;
        double llThis = 0;
        for (int i = 0; i < p; i++) {
            double yi = yy[yo + i];
            int e = t * p + i;
            if (Double.isNaN(yi)) {
                // Missing element: no update (Durbin and Koopman 2012, sec. 4.10).
                if (store) {
                    v[e] = Double.NaN;
                    fs[e] = Double.NaN;
                    if (diffuseInit) {
                        fi[e] = 0;
                    }
                }
                ssF[i] = 0;
                continue;
            }
            int zo = i * m;
            mulVec(ps, z, zo, ms);
            double f = dot(z, zo, ms) + h[i];
            double vi = yi - dd[i] - dot(z, zo, a);
            double finf = 0;
            double finfTol = 0;
            if (diffuse) {
                mulVec(pi, z, zo, mi);
                finf = dot(z, zo, mi);
                // F_inf is zero up to rounding relative to the scale of z' P_inf z.
                double zz = dot(z, zo, z, zo);
                finfTol = DIFFUSE_TOL * Math.max(1.0, zz * maxAbs(pi));
            }
            if (diffuse && finf > finfTol) {
                // Exact diffuse update, F_inf > 0 (Durbin and Koopman 2012, eq. 5.12-5.14 univariate):
                // a += M_inf v / F_inf, P_* += M_inf M_inf' F_* / F_inf^2 - (M_* M_inf' + M_inf M_*') / F_inf,
                // P_inf -= M_inf M_inf' / F_inf. The observation carries no likelihood (R's arima convention).
                KalmanKernels.diffuseUpdate(a, ps, pi, ms, mi, vi, f, finf, m);
                nDiffuseObs++;
                sumLogFinf += Math.log(finf);
                diffuseRank--;
            } else if (f > 0) {
                // Standard update (Durbin and Koopman 2012, eq. 6.62): K = M / F.
                KalmanKernels.standardUpdate(a, ps, ms, vi, f, m);
                double lf = Math.log(f);
                double v2f = vi * vi * (1.0 / f);
                sumLogF += lf;
                sumV2F += v2f;
                nEff++;
                llThis -= 0.5 * (LOG_2PI + lf + v2f);
                finf = 0;
            } else {
                finf = 0;
            }
            ssF[i] = f;
            for (int j = 0; j < m; j++) {
                ssK[zo + j] = f > 0 ? ms[j] / f : 0;
            }
            if (store) {
                v[e] = vi;
                fs[e] = f;
                if (diffuseInit) {
                    fi[e] = finf;
                }
                if (smooth) {
                    System.arraycopy(ms, 0, msAll, e * m, m);
                    if (diffuseInit) {
                        System.arraycopy(mi, 0, miAll, e * m, m);
                    }
                }
            }
        }
        return llThis;
    }

    /**
     * The prediction a_{t+1} = T a + c, P_{t+1} = T P T' + R Q R' (Durbin and Koopman 2012, eq.
     * 4.24); in the steady state only the mean moves. Detects the steady state: P unchanged by a
     * full period (time-invariant model, no diffuse state, nothing missing).
     *
     * @return whether the filter is in the steady state from period t + 1
     */
    private boolean predict(int t, boolean steady, boolean anyMissing, boolean diffuse, boolean savedPrev) {
        double[] tt = model.tAt(t);
        double[] c = model.cAt(t);
        for (int j = 0; j < m; j++) {
            tmp[j] = dot(tt, j * m, a) + c[j];
        }
        System.arraycopy(tmp, 0, a, 0, m);
        if (!steady || anyMissing) {
            predictCov(ps, tt, model.rqrAt(t));
            if (diffuse) {
                predictCov(pi, tt, null);
            }
            if (savedPrev && !diffuse && !anyMissing) {
                if (KalmanKernels.steady(prevPs, ps, m * m)) {
                    if (steadyFrom < 0) {
                        steadyFrom = t + 1;
                    }
                    return true;
                }
            }
        }
        return steady;
    }

    /**
     * Rotates period t's observed elements by H_oo = L D L' (L unit lower triangular): y* = L^-1 y,
     * Z* = L^-1 Z, d* = L^-1 d, H* = D, so the rotated errors are independent and the univariate
     * treatment applies (Durbin and Koopman 2012, sec. 6.4.3); det L = 1 keeps the likelihood.
     * Missing elements stay NaN with their rows unrotated. Fills yW, zW, dW, hW; allocates nothing.
     */
    private void rotate(int t, double[] y) {
        double[] z = model.zAt(t);
        double[] d = model.dAt(t);
        double[] hf = model.hFullAt(t);
        int k = 0;
        double maxVar = 0;
        for (int i = 0; i < p; i++) {
            yW[i] = y[t * p + i];
            dW[i] = d[i];
            hW[i] = hf[i * p + i];
            System.arraycopy(z, i * m, zW, i * m, m);
            if (!Double.isNaN(yW[i])) {
                obs[k++] = i;
                maxVar = Math.max(maxVar, hW[i]);
            }
        }
        double tol = 1e-12 * maxVar;
        // LDL' of the observed block, row by row (Golub and Van Loan 2013, alg. 4.1.2).
        for (int j = 0; j < k; j++) {
            int oj = obs[j];
            double dj = hf[oj * p + oj];
            for (int l = 0; l < j; l++) {
                dj -= lW[j * p + l] * lW[j * p + l] * dl[l];
            }
            dj = Math.max(dj, 0);
            dl[j] = dj;
            for (int i = j + 1; i < k; i++) {
                double x = hf[obs[i] * p + oj];
                for (int l = 0; l < j; l++) {
                    x -= lW[i * p + l] * lW[j * p + l] * dl[l];
                }
                lW[i * p + j] = dj > tol ? x / dj : 0;
            }
        }
        // Forward substitution L x* = x, in place on the observed rows in order.
        for (int j = 0; j < k; j++) {
            int oj = obs[j];
            for (int l = 0; l < j; l++) {
                double lv = lW[j * p + l];
                if (lv != 0) {
                    int ol = obs[l];
                    yW[oj] -= lv * yW[ol];
                    dW[oj] -= lv * dW[ol];
                    for (int c = 0; c < m; c++) {
                        zW[oj * m + c] -= lv * zW[ol * m + c];
                    }
                }
            }
            hW[oj] = dl[j];
        }
    }

    /**
     * The univariate fast path (one state, one series, time-invariant, likelihood only): the same
     * recursion on scalars, no array access in the loop, and once the variance is steady only
     * {@code a += K v} is left (Harvey 1989, sec. 3.3.4).
     */
    private void runScalar(double[] y) {
        final double z = model.zAt(0)[0];
        final double d = model.dAt(0)[0];
        final double h = model.hAt(0)[0];
        final double tt = model.tAt(0)[0];
        final double c = model.cAt(0)[0];
        final double w = model.rqrAt(0)[0];
        double at = a[0];
        double pt = ps[0];
        double pinf = pi[0];
        boolean diffuse = diffuseInit;
        double logF = 0;
        // log F is accumulated as a running product, renormalised rarely: no log per observation.
        double prodF = 1;
        double v2f = 0;
        int ne = 0;
        int t = 0;
        while (t < n) {
            double yt = y[t];
            double pPrev = pt;
            double f = z * z * pt + h;
            boolean observed = !Double.isNaN(yt);
            boolean standard = false;
            if (observed) {
                double v = yt - d - z * at;
                double finf = diffuse ? z * z * pinf : 0;
                if (diffuse && finf > DIFFUSE_TOL * Math.max(1.0, z * z * pinf)) {
                    // Exact diffuse step: with one state P_inf drops to exactly zero.
                    double mi = pinf * z;
                    double msv = pt * z;
                    at += mi * v / finf;
                    pt += mi * mi * f / (finf * finf) - 2 * msv * mi / finf;
                    pinf = 0;
                    diffuse = false;
                    diffusePeriods = t + 1;
                    nDiffuseObs++;
                    sumLogFinf += Math.log(finf);
                } else if (f > 0) {
                    double finv = 1.0 / f;
                    at += pt * z * v * finv;
                    pt -= pt * z * z * pt * finv;
                    prodF *= f;
                    if (prodF > 1e250 || prodF < 1e-250) {
                        logF += Math.log(prodF);
                        prodF = 1;
                    }
                    v2f += v * v * finv;
                    ne++;
                    standard = true;
                }
            }
            at = tt * at + c;
            pt = tt * tt * pt + w;
            if (diffuse) {
                pinf = tt * tt * pinf;
            }
            t++;
            if (standard && KalmanKernels.steady(Math.abs(pt - pPrev), Math.abs(pt))) {
                // Steady state reached: K and F are fixed and only the mean recursion is left until a gap.
                // a_{t+1} = T (a + K (y - d - z a)) + c = A a + B y + C, one multiply-add on the
                // loop-carried path; v = y - d - z a and sum v^2 run beside it.
                steadyFrom = steadyFrom < 0 ? t : steadyFrom;
                final double k = pPrev * z / f;
                final double aa = tt * (1 - k * z);
                final double bb = tt * k;
                final double cc = c - tt * k * d;
                final double dd = d;
                double v2 = 0;
                int start = t;
                while (t < n) {
                    double yy = y[t];
                    if (yy != yy) {
                        break;
                    }
                    double v = yy - dd - z * at;
                    v2 += v * v;
                    at = aa * at + (bb * yy + cc);
                    t++;
                }
                int steps = t - start;
                v2f += v2 / f;
                logF += steps * Math.log(f);
                ne += steps;
            }
        }
        logF += Math.log(prodF);
        sumLogF = logF;
        sumV2F = v2f;
        nEff = ne;
        stillDiffuse = diffuse;
        a[0] = at;
        ps[0] = pt;
    }

    /** P = T P T' + W (W may be null), symmetrised; uses tmp. */
    private void predictCov(double[] pm, double[] tt, double[] w) {
        KalmanKernels.predictCovariance(pm, tt, w, tmp, m);
    }

    private void mulVec(double[] pm, double[] z, int zo, double[] out) {
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int k = 0; k < m; k++) {
                s += pm[j * m + k] * z[zo + k];
            }
            out[j] = s;
        }
    }

    private double dot(double[] x, int xo, double[] y, int yo) {
        double s = 0;
        for (int k = 0; k < m; k++) {
            s += x[xo + k] * y[yo + k];
        }
        return s;
    }

    private static double maxAbs(double[] x) {
        return KalmanKernels.maxAbs(x);
    }

    /** Numerical rank of a PSD matrix (eigenvalues above 1e-10 of the largest). */
    static int rank(double[] pm, int m) {
        double[] eigenvalues = Eigenvalues.symmetric(pm, m);
        if (eigenvalues == null) {
            // The symmetric QR iteration practically always converges; if not, count every state
            // as diffuse (the rank only bounds how many updates may still be diffuse).
            return m;
        }
        double max = 0;
        for (double e : eigenvalues) {
            max = Math.max(max, Math.abs(e));
        }
        int r = 0;
        for (double e : eigenvalues) {
            r += Math.abs(e) > 1e-10 * max ? 1 : 0;
        }
        return r;
    }

    private double dot(double[] x, int xo, double[] y) {
        double s = 0;
        for (int k = 0; k < m; k++) {
            s += x[xo + k] * y[k];
        }
        return s;
    }

    /** The exact (diffuse) Gaussian log-likelihood with all constants. */
    double logLikelihood() {
        return -0.5 * (nEff * LOG_2PI + sumLogF + sumV2F);
    }

    /** Durbin and Koopman's (2012, eq. 7.4) diffuse log-likelihood: diffuse elements add -(log 2 pi + log F_inf) / 2. */
    double diffuseLogLikelihood() {
        return logLikelihood() - 0.5 * (nDiffuseObs * LOG_2PI + sumLogFinf);
    }
}
