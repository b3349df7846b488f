package io.github.basisspread.models.arima;

import io.github.basisspread.models.linalg.KalmanKernels;

import io.github.basisspread.models.statespace.FilterResult;
import io.github.basisspread.models.statespace.Initialization;
import io.github.basisspread.models.statespace.KalmanFilter;
import io.github.basisspread.models.statespace.StateSpaceModel;

/**
 * One ARIMA estimation problem: the data with its full regression design, and the likelihoods
 * (exact and conditional) as functions of the natural coefficient vector
 * {@code (ar, ma, sar, sma, beta)}. Immutable after construction; the evaluations allocate their
 * own work arrays, so one problem may be evaluated from several threads.
 */
final class ArimaProblem {

    static final double LOG_2PI = KalmanKernels.LOG_2PI;

    /** How the exact likelihood is computed. */
    enum Path {
        /** No missing value: the ARMA filter on the differenced series (exact diffuse equivalent). */
        DIFFERENCED,
        /** Missing values, the first d + D s observed: the augmented filter started after them. */
        AUGMENTED,
        /** Missing values among the first d + D s: the exact diffuse filter of models.statespace. */
        DIFFUSE
    }

    final ArimaSpec spec;
    final double[] y;
    /** n x k, the full design (intercept, drift, regressors). */
    final double[][] x;
    final int n;
    final int k;
    final double[] delta;
    final int dd;
    final int nUsed;
    final Path path;
    /** Differenced y and columns of the differenced design (length n - dd), for the fast paths. */
    final double[] dy;
    final double[][] dxCols;
    final int np;
    final int nq;
    final int nsp;
    final int nsq;
    final int narma;

    ArimaProblem(ArimaSpec spec, double[] y, double[][] x) {
        this.spec = spec;
        this.y = y;
        this.x = x;
        this.n = y.length;
        this.k = x.length == 0 ? 0 : x[0].length;
        this.delta = Polynomials.differencing(spec.d(), spec.seasonalD(), spec.period());
        this.dd = delta.length;
        int observed = 0;
        boolean missingEarly = false;
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(y[t])) {
                observed++;
            } else if (t < dd) {
                missingEarly = true;
            }
        }
        this.nUsed = observed - dd;
        this.path = observed == n ? Path.DIFFERENCED : missingEarly ? Path.DIFFUSE : Path.AUGMENTED;
        this.dy = Polynomials.difference(y, delta);
        this.dxCols = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] col = new double[n];
            for (int t = 0; t < n; t++) {
                col[t] = x[t][j];
            }
            dxCols[j] = Polynomials.difference(col, delta);
        }
        this.np = spec.p();
        this.nq = spec.q();
        this.nsp = spec.seasonalP();
        this.nsq = spec.seasonalQ();
        this.narma = np + nq + nsp + nsq;
    }

    /** The model's system at the natural coefficients. */
    ArmaSystem system(double[] coef) {
        double[] ar = slice(coef, 0, np);
        double[] ma = slice(coef, np, nq);
        double[] sar = slice(coef, np + nq, nsp);
        double[] sma = slice(coef, np + nq + nsp, nsq);
        int s = spec.period();
        return new ArmaSystem(Polynomials.expandAr(ar, sar, s), Polynomials.expandMa(ma, sma, s), delta);
    }

    /** u_t = y_t - x_t' beta over the whole sample. */
    double[] regressionResiduals(double[] coef) {
        double[] u = y.clone();
        if (k > 0) {
            for (int t = 0; t < n; t++) {
                double s = 0;
                for (int j = 0; j < k; j++) {
                    s += x[t][j] * coef[narma + j];
                }
                u[t] -= s;
            }
        }
        return u;
    }

    private double[] differencedResiduals(double[] coef) {
        double[] w = dy.clone();
        for (int j = 0; j < k; j++) {
            double b = coef[narma + j];
            double[] c = dxCols[j];
            for (int t = 0; t < w.length; t++) {
                w[t] -= c[t] * b;
            }
        }
        return w;
    }

    /**
     * {@link #differencedResiduals} into {@code w}, returning whether one of them is NaN (found in
     * the same pass, so the filter need not scan the series again): per element the same
     * subtractions in the same order, so the values are the same bit for bit. Start-up: the
     * launcher's JIT (C1) compiles each pass over the series as a plain loop, and this one runs
     * at every likelihood evaluation.
     */
    private boolean differencedResiduals(double[] coef, double[] w) {
        int len = w.length;
        boolean nan = false;
        if (k == 0) {
            System.arraycopy(dy, 0, w, 0, len);
            for (int t = 0; t < len; t++) {
                nan |= Double.isNaN(w[t]);
            }
        } else if (k == 1) {
            double b = coef[narma];
            double[] c = dxCols[0];
            for (int t = 0; t < len; t++) {
                double v = dy[t] - c[t] * b;
                w[t] = v;
                nan |= Double.isNaN(v);
            }
        } else {
            for (int t = 0; t < len; t++) {
                double v = dy[t];
                for (int j = 0; j < k; j++) {
                    v -= dxCols[j][t] * coef[narma + j];
                }
                w[t] = v;
                nan |= Double.isNaN(v);
            }
        }
        return nan;
    }

    /**
     * The exact likelihood sums (sigma2 = 1 units), or null if the parameters are inadmissible
     * (non-stationary AR, non-positive innovation variance).
     */
    LikelihoodSums exactSums(double[] coef) {
        ArmaSystem sys = system(coef);
        double[] q0 = sys.stationaryCovariance();
        if (q0 == null) {
            return null;
        }
        LikelihoodSums sums = switch (path) {
            case DIFFERENCED -> {
                double[] w = new double[dy.length];
                boolean missing = differencedResiduals(coef, w);
                yield Filters.arma(sys, q0, w, null, missing);
            }
            case AUGMENTED -> {
                double[] u = regressionResiduals(coef);
                double[] a = new double[sys.m];
                double[] p = startCovariance(sys, q0);
                startDifferencingState(u, a, sys.r);
                yield Filters.dense(sys, u, dd, a, p, null);
            }
            case DIFFUSE -> diffuse(sys, q0, regressionResiduals(coef));
        };
        return sums != null && sums.nu() > 0 ? sums : null;
    }

    /** The exact concentrated log-likelihood in R's convention, or -infinity if inadmissible. */
    double exactLogLikelihood(double[] coef) {
        LikelihoodSums s = exactSums(coef);
        return s == null ? Double.NEGATIVE_INFINITY : logLikelihood(s);
    }

    /**
     * R's {@code arima}: {@code -0.5 (n.used log(ssq/nu) + n.used/nu sum log F + n.used (1 + log 2 pi))},
     * the Gaussian likelihood with sigma2 = ssq/nu concentrated out (Harvey 1989, eq. 3.4.7).
     */
    double logLikelihood(LikelihoodSums sums) {
        double nu = sums.nu();
        return -0.5 * (nUsed * Math.log(sums.ssq() / nu) + nUsed / nu * sums.sumLog() + nUsed * (1 + LOG_2PI));
    }

    /**
     * The conditional sum of squares of R's {@code ARIMA_CSS} and the number of innovations in it.
     *
     * @param ssq the sum of squared innovations
     * @param nu the number of innovations counted
     */
    record CssSums(double ssq, int nu) {
    }

    /**
     * The conditional sum of squares of R's {@code ARIMA_CSS}: the differenced
     * residual series, its first {@code p + s P} values conditioned on, earlier innovations zero.
     * Where a value is missing the innovation is not counted and enters later lags as zero (R
     * lets NaN propagate through the MA recursion instead).
     */
    CssSums cssSums(double[] coef) {
        ArmaSystem sys = system(coef);
        double[] w = differencedResiduals(coef);
        int pf = sys.phi.length;
        int qf = sys.rvec.length - 1;
        // phi and theta padded to r: read only up to their real lengths.
        int pReal = np + spec.period() * nsp;
        int qReal = nq + spec.period() * nsq;
        double[] e = new double[w.length];
        double ssq = 0;
        int nu = 0;
        double[] phi = sys.phi;
        double[] rv = sys.rvec;
        int pLim = Math.min(pReal, pf);
        int qMax = Math.min(qReal, qf);
        // The AR part first, column by column (no recursion: the loops vectorise), into e; the
        // same operations in the same order per l as one sum, so the results are unchanged.
        int len = w.length;
        if (pReal < len) {
            System.arraycopy(w, pReal, e, pReal, len - pReal);
        }
        for (int j = 0; j < pLim; j++) {
            double c = phi[j];
            for (int l = pReal; l < len; l++) {
                e[l] -= c * w[l - j - 1];
            }
        }
        // Then the MA recursion, oldest innovation first: only the last term waits for the
        // previous step, whose innovation stays in a register.
        if (qMax <= 5) {
            return shortMaRecursion(e, pReal, len, rv, qMax);
        }
        double rv1 = rv[1];
        double prev = 0;
        for (int l = pReal; l < len; l++) {
            double tmp = e[l];
            int lim = Math.min(l - pReal, qMax);
            for (int j = lim - 1; j >= 1; j--) {
                tmp -= rv[j + 1] * e[l - j - 1];
            }
            if (lim > 0) {
                tmp -= rv1 * prev;
            }
            if (Double.isNaN(tmp)) {
                prev = 0;
            } else {
                prev = tmp;
                ssq += tmp * tmp;
                nu++;
            }
            e[l] = prev;
        }
        return new CssSums(ssq, nu);
    }

    /**
     * The MA recursion of {@link #cssSums} for at most five MA lags, the previous innovations in
     * registers: per step the same operations in the same order as the general loop (terms of
     * lags before the first conditioned value are zero there, and subtracting a zero product
     * leaves a value unchanged), so the sums are identical. One loop per order, so that each keeps
     * its coefficients and innovations in locals (the CSS objective's hot loop).
     */
    private static CssSums shortMaRecursion(double[] e, int from, int len, double[] rv, int q) {
        // One method per order on purpose: the coefficients and lagged residuals stay in registers,
        // the hot loop of every CSS evaluation (ArimaBenchmark); a general loop over arrays is slower.
        return switch (q) {
            case 0 -> maRecursion0(e, from, len);
            case 1 -> maRecursion1(e, from, len, rv[1]);
            case 2 -> maRecursion2(e, from, len, rv[1], rv[2]);
            case 3 -> maRecursion3(e, from, len, rv[1], rv[2], rv[3]);
            case 4 -> maRecursion4(e, from, len, rv[1], rv[2], rv[3], rv[4]);
            case 5 -> maRecursion5(e, from, len, rv[1], rv[2], rv[3], rv[4], rv[5]);
            default -> throw new IllegalStateException("q = " + q);
        };
    }

    /** The CSS MA recursion of order 0. */
    private static CssSums maRecursion0(double[] e, int from, int len) {
        double ssq = 0;
        int nu = 0;
        for (int l = from; l < len; l++) {
            double t = e[l];
            double v = Double.isNaN(t) ? 0 : t;
            if (v == t) {
                ssq += t * t;
                nu++;
            }
            e[l] = v;
        }
        return new CssSums(ssq, nu);
    }

    /** The CSS MA recursion of order 1. */
    private static CssSums maRecursion1(double[] e, int from, int len, double r1) {
        double p1 = 0;
        double ssq = 0;
        int nu = 0;
        for (int l = from; l < len; l++) {
            double t = e[l];
            t -= r1 * p1;
            double v = Double.isNaN(t) ? 0 : t;
            if (v == t) {
                ssq += t * t;
                nu++;
            }
            p1 = v;
            e[l] = v;
        }
        return new CssSums(ssq, nu);
    }

    /** The CSS MA recursion of order 2. */
    private static CssSums maRecursion2(double[] e, int from, int len, double r1, double r2) {
        double p1 = 0;
        double p2 = 0;
        double ssq = 0;
        int nu = 0;
        for (int l = from; l < len; l++) {
            double t = e[l];
            t -= r2 * p2;
            t -= r1 * p1;
            double v = Double.isNaN(t) ? 0 : t;
            if (v == t) {
                ssq += t * t;
                nu++;
            }
            p2 = p1;
            p1 = v;
            e[l] = v;
        }
        return new CssSums(ssq, nu);
    }

    /** The CSS MA recursion of order 3. */
    private static CssSums maRecursion3(double[] e, int from, int len, double r1, double r2, double r3) {
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        double ssq = 0;
        int nu = 0;
        for (int l = from; l < len; l++) {
            double t = e[l];
            t -= r3 * p3;
            t -= r2 * p2;
            t -= r1 * p1;
            double v = Double.isNaN(t) ? 0 : t;
            if (v == t) {
                ssq += t * t;
                nu++;
            }
            p3 = p2;
            p2 = p1;
            p1 = v;
            e[l] = v;
        }
        return new CssSums(ssq, nu);
    }

    /** The CSS MA recursion of order 4. */
    private static CssSums maRecursion4(double[] e, int from, int len, double r1, double r2, double r3, double r4) {
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        double p4 = 0;
        double ssq = 0;
        int nu = 0;
        for (int l = from; l < len; l++) {
            double t = e[l];
            t -= r4 * p4;
            t -= r3 * p3;
            t -= r2 * p2;
            t -= r1 * p1;
            double v = Double.isNaN(t) ? 0 : t;
            if (v == t) {
                ssq += t * t;
                nu++;
            }
            p4 = p3;
            p3 = p2;
            p2 = p1;
            p1 = v;
            e[l] = v;
        }
        return new CssSums(ssq, nu);
    }

    /** The CSS MA recursion of order 5. */
    private static CssSums maRecursion5(double[] e, int from, int len, double r1, double r2, double r3, double r4, double r5) {
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        double p4 = 0;
        double p5 = 0;
        double ssq = 0;
        int nu = 0;
        for (int l = from; l < len; l++) {
            double t = e[l];
            t -= r5 * p5;
            t -= r4 * p4;
            t -= r3 * p3;
            t -= r2 * p2;
            t -= r1 * p1;
            double v = Double.isNaN(t) ? 0 : t;
            if (v == t) {
                ssq += t * t;
                nu++;
            }
            p5 = p4;
            p4 = p3;
            p3 = p2;
            p2 = p1;
            p1 = v;
            e[l] = v;
        }
        return new CssSums(ssq, nu);
    }

    /** The CSS objective as a log-likelihood: {@code -0.5 n.used (log(ssq/nu) + 1 + log 2 pi)}. */
    double cssLogLikelihood(double[] coef) {
        CssSums s = cssSums(coef);
        if (!(s.nu() > 0) || !(s.ssq() > 0) || !Double.isFinite(s.ssq())) {
            return Double.NEGATIVE_INFINITY;
        }
        return -0.5 * nUsed * (Math.log(s.ssq() / s.nu()) + 1 + LOG_2PI);
    }

    /**
     * The filter's pass over the whole sample at given coefficients. Internal; the arrays are
     * fresh and handed over to the fit.
     *
     * @param residuals the standardised innovations (zero for the d + D s observations absorbed
     *     by the diffuse start, NaN where missing)
     * @param state the predicted state after the last observation
     * @param covariance its covariance, m x m row-major
     * @param sums the likelihood sums
     */
    record EndState(double[] residuals, double[] state, double[] covariance, LikelihoodSums sums) {
    }

    /**
     * The filter over the whole sample at the given coefficients.
     *
     * @return the residuals, end state and sums, or null if inadmissible
     */
    EndState endState(double[] coef) {
        ArmaSystem sys = system(coef);
        double[] q0 = sys.stationaryCovariance();
        if (q0 == null) {
            return null;
        }
        double[] u = regressionResiduals(coef);
        double[] resid = new double[n];
        int m = sys.m;
        if (path == Path.DIFFUSE) {
            FilterResult fr;
            try {
                fr = KalmanFilter.filter(stateSpaceModel(sys, q0), u);
            } catch (IllegalArgumentException ex) {
                return null;
            }
            LikelihoodSums sums = sumsFrom(fr);
            if (sums == null) {
                return null;
            }
            int diffuse = fr.diffusePeriods();
            for (int t = 0; t < n; t++) {
                if (Double.isNaN(u[t])) {
                    resid[t] = Double.NaN;
                } else if (t >= diffuse) {
                    resid[t] = fr.forecastError(t)[0] / Math.sqrt(fr.forecastErrorVariance(t)[0]);
                }
            }
            double[][] pc = fr.predictedStateCovariance(n);
            double[] p = new double[m * m];
            for (int i = 0; i < m; i++) {
                System.arraycopy(pc[i], 0, p, i * m, m);
            }
            return new EndState(resid, fr.predictedState(n), p, sums);
        }
        double[] a = new double[m];
        double[] p = startCovariance(sys, q0);
        startDifferencingState(u, a, sys.r);
        LikelihoodSums sums = Filters.dense(sys, u, dd, a, p, resid);
        if (sums == null) {
            return null;
        }
        for (int t = 0; t < dd; t++) {
            resid[t] = 0;
        }
        return new EndState(resid, a, p, sums);
    }

    /** P_1 of the augmented model: the stationary ARMA block, the differencing block known (zero). */
    static double[] startCovariance(ArmaSystem sys, double[] q0) {
        int m = sys.m;
        int r = sys.r;
        double[] p = new double[m * m];
        for (int i = 0; i < r; i++) {
            System.arraycopy(q0, i * r, p, i * m, r);
        }
        return p;
    }

    /** Differencing state at period dd: (u_{dd-1}, ..., u_0), exactly known after a diffuse start. */
    void startDifferencingState(double[] u, double[] a, int r) {
        for (int j = 0; j < dd; j++) {
            a[r + j] = u[dd - 1 - j];
        }
    }

    /** The statespace model of the augmented system with the exact diffuse prior on the differencing block. */
    static StateSpaceModel stateSpaceModel(ArmaSystem sys, double[] q0) {
        int m = sys.m;
        double[] z = sys.design();
        double[] tt = sys.transition();
        double[][] tm = new double[m][m];
        double[][] sel = new double[m][1];
        double[][] pStar = new double[m][m];
        double[][] pInf = new double[m][m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(tt, i * m, tm[i], 0, m);
        }
        for (int i = 0; i < sys.r; i++) {
            sel[i][0] = sys.rvec[i];
            for (int j = 0; j < sys.r; j++) {
                pStar[i][j] = q0[i * sys.r + j];
            }
        }
        for (int i = sys.r; i < m; i++) {
            pInf[i][i] = 1;
        }
        return StateSpaceModel.builder(1, m, 1).design(new double[][] {z}).transition(tm).selection(sel)
                .stateCovariance(new double[][] {{1}})
                .initialization(Initialization.mixed(new double[m], pStar, pInf)).build();
    }

    private LikelihoodSums diffuse(ArmaSystem sys, double[] q0, double[] u) {
        FilterResult fr;
        try {
            fr = KalmanFilter.filter(stateSpaceModel(sys, q0), u);
        } catch (IllegalArgumentException ex) {
            // Not enough data to finish the diffuse start at these parameters: inadmissible.
            return null;
        }
        return sumsFrom(fr);
    }

    /** The sums of a general (diffuse) filter pass, or null if it has no usable likelihood. */
    static LikelihoodSums sumsFrom(FilterResult fr) {
        int nu = fr.likelihoodObservationCount();
        double s2 = fr.concentratedScale();
        double cll = fr.concentratedLogLikelihood();
        if (!(nu > 0) || !Double.isFinite(s2) || !Double.isFinite(cll)) {
            return null;
        }
        return new LikelihoodSums(s2 * nu, -2 * cll - nu * (LOG_2PI + 1 + Math.log(s2)), nu);
    }

    static double[] slice(double[] a, int off, int len) {
        double[] out = new double[len];
        System.arraycopy(a, off, out, 0, len);
        return out;
    }
}
