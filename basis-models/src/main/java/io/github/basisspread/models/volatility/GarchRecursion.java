package io.github.basisspread.models.volatility;

import java.util.ArrayList;
import java.util.List;

/**
 * The filter of a GARCH-family model: residuals of the mean equation, the conditional variance
 * recursion and the log-likelihood, for one parameter vector. Parameter layout:
 * {@code [mu][ar_1..u][ma_1..v] omega alpha_1..p [gamma_1..p] beta_1..q [shape]}.
 *
 * <p>Start of the recursion (fGarch's default {@code init.rec = "mci"}): for {@code t <= max(p, q)}
 * the variance is {@code omega + P mean(e^2)}, with P the persistence as fGarch's Fortran computes
 * it ({@link #startPersistence}) and the mean over all n residuals; for EGARCH the log variance
 * starts at {@code log mean(e^2)}. Every one of the n
 * observations counts in the likelihood (fGarch's {@code llh.start = 1}).
 *
 * <p>With {@link RecursionStart#TSERIES} (tseries's {@code garch}, zero mean only) the variance for
 * {@code t <= max(p, q)} is {@code mean(x^2)} itself, and only the observations after those count in
 * the likelihood; their per-observation contributions are reported as 0.
 *
 * <p>Immutable; the per-observation loop allocates nothing (per call, two small lag buffers and,
 * with MA terms in the mean, the array of the n residuals).
 */
final class GarchRecursion {

    private final VarianceModel model;
    private final Innovation innovation;
    private final MeanModel mean;
    /** The orders of the ARMA mean: u AR and v MA terms (AR1: 1, 0; zero and constant: 0, 0). */
    private final int u;
    private final int v;
    private final int p;
    private final int q;
    private final RecursionStart recursionStart;

    GarchRecursion(VarianceModel model, Innovation innovation, MeanModel mean, int p, int q) {
        this(model, innovation, mean, mean == MeanModel.AR1 ? 1 : 0, 0, p, q, RecursionStart.FGARCH);
    }

    GarchRecursion(VarianceModel model, Innovation innovation, MeanModel mean, int u, int v, int p, int q,
            RecursionStart recursionStart) {
        this.model = model;
        this.innovation = innovation;
        this.mean = mean;
        this.u = u;
        this.v = v;
        this.p = p;
        this.q = q;
        this.recursionStart = recursionStart;
    }

    /**
     * The number of observations the log-likelihood of a series of n sums: n (fGarch), or
     * {@code n - max(p, q)} (tseries, whose first max(p, q) variances are fixed).
     */
    int likelihoodObservations(int n) {
        return recursionStart == RecursionStart.TSERIES ? n - Math.max(p, q) : n;
    }

    /** The parameter names in layout order. */
    List<String> names() {
        List<String> n = new ArrayList<>();
        if (mean != MeanModel.ZERO) {
            n.add("mu");
        }
        for (int i = 1; i <= u; i++) {
            n.add("ar" + i);
        }
        for (int j = 1; j <= v; j++) {
            n.add("ma" + j);
        }
        n.add("omega");
        for (int i = 1; i <= p; i++) {
            n.add("alpha" + i);
        }
        if (model.hasGamma()) {
            for (int i = 1; i <= p; i++) {
                n.add("gamma" + i);
            }
        }
        for (int j = 1; j <= q; j++) {
            n.add("beta" + j);
        }
        if (innovation.hasShape()) {
            n.add("shape");
        }
        return List.copyOf(n);
    }

    /** The number of mean parameters: mu (unless the mean is zero), then the u AR and v MA coefficients. */
    int meanSize() {
        return (mean == MeanModel.ZERO ? 0 : 1) + u + v;
    }

    /** The index of ar1 (and of ma1 when u is 0). */
    int arIndex() {
        return mean == MeanModel.ZERO ? 0 : 1;
    }

    int maIndex() {
        return arIndex() + u;
    }

    int arOrder() {
        return u;
    }

    int maOrder() {
        return v;
    }

    /**
     * The number of leading residuals set to 0 (fGarch's {@code h.start - 1 = max(u, v, p, q)} with
     * an ARMA mean; none with a zero or constant mean, whose residuals need no lags).
     */
    int zeroResiduals() {
        return u + v == 0 ? 0 : Math.max(Math.max(u, v), Math.max(p, q));
    }

    int size() {
        return meanSize() + 1 + p * (model.hasGamma() ? 2 : 1) + q + (innovation.hasShape() ? 1 : 0);
    }

    int omegaIndex() {
        return meanSize();
    }

    int alphaIndex() {
        return meanSize() + 1;
    }

    int gammaIndex() {
        return alphaIndex() + p;
    }

    int betaIndex() {
        return alphaIndex() + p * (model.hasGamma() ? 2 : 1);
    }

    int shapeIndex() {
        return betaIndex() + q;
    }

    VarianceModel model() {
        return model;
    }

    Innovation innovation() {
        return innovation;
    }

    MeanModel mean() {
        return mean;
    }

    int p() {
        return p;
    }

    int q() {
        return q;
    }

    double shape(double[] theta) {
        return innovation.hasShape() ? theta[shapeIndex()] : Double.NaN;
    }

    /**
     * The persistence: {@code sum alpha + sum beta} (GARCH), {@code sum alpha + sum gamma / 2 +
     * sum beta} (GJR, with a symmetric innovation a negative shock comes half the time), and
     * {@code sum beta} (EGARCH, on the log variance).
     */
    double persistence(double[] theta) {
        double s = 0;
        for (int j = 0; j < q; j++) {
            s += theta[betaIndex() + j];
        }
        if (model == VarianceModel.EGARCH) {
            return s;
        }
        for (int i = 0; i < p; i++) {
            s += theta[alphaIndex() + i];
            if (model == VarianceModel.GJR) {
                s += 0.5 * theta[gammaIndex() + i];
            }
        }
        return s;
    }

    /**
     * The persistence that starts the recursion, fGarch's: {@code sum alpha + sum beta} for GARCH;
     * for GJR fGarch's Fortran (its APARCH with power 2, {@code a (|e| - g e)^2}) adds its own
     * {@code sum a + sum beta}, without the leverage term, and {@code a} is
     * {@code ((sqrt(alpha) + sqrt(alpha + gamma)) / 2)^2} here; NaN when {@code alpha + gamma < 0}.
     */
    double startPersistence(double[] theta) {
        if (model != VarianceModel.GJR) {
            return persistence(theta);
        }
        double s = 0;
        for (int j = 0; j < q; j++) {
            s += theta[betaIndex() + j];
        }
        for (int i = 0; i < p; i++) {
            double a = theta[alphaIndex() + i];
            double root = 0.5 * (Math.sqrt(a) + Math.sqrt(a + theta[gammaIndex() + i]));
            s += root * root;
        }
        return s;
    }

    /**
     * The residual of observation t (0-based) of the mean equation given the earlier residuals
     * {@code e[0..t-1]}: {@code x_t - mu - sum ar_i x_{t-i} - sum ma_j e_{t-j}}, and 0 for the first
     * {@link #zeroResiduals()} observations (fGarch's {@code .aparchLLH}: its z starts at 0 before
     * {@code h.start}); such a residual still counts in the likelihood, as the density of 0.
     */
    double residual(double[] x, double[] e, int t, double[] theta) {
        if (mean == MeanModel.ZERO) {
            return x[t];
        }
        if (t < zeroResiduals()) {
            return 0.0;
        }
        double r = x[t] - theta[0];
        int a = arIndex();
        for (int i = 1; i <= u; i++) {
            r -= theta[a + i - 1] * x[t - i];
        }
        int m = maIndex();
        for (int j = 1; j <= v; j++) {
            r -= theta[m + j - 1] * e[t - j];
        }
        return r;
    }

    /**
     * Continues the recursion over observations {@code from..x.length-1} given the residuals and
     * variances before {@code from} (filled in e and h; {@code from >= max(p, q)}): the filter of new
     * observations after a fitted sample, whose start stays that of the sample.
     */
    void continueFrom(double[] x, double[] theta, double[] e, double[] h, int from) {
        double omega = theta[omegaIndex()];
        boolean egarch = model == VarianceModel.EGARCH;
        boolean gjr = model == VarianceModel.GJR;
        double absMean = egarch ? Innovation.meanAbsolute(innovation, shape(theta)) : 0;
        int ai = alphaIndex();
        int gi = gammaIndex();
        int bi = betaIndex();
        for (int t = from; t < x.length; t++) {
            e[t] = residual(x, e, t, theta);
            double s = omega;
            for (int i = 1; i <= p; i++) {
                double el = e[t - i];
                if (egarch) {
                    double z = el / Math.sqrt(h[t - i]);
                    s += theta[ai + i - 1] * (Math.abs(z) - absMean) + theta[gi + i - 1] * z;
                } else {
                    s += (theta[ai + i - 1] + (gjr && el < 0 ? theta[gi + i - 1] : 0)) * el * el;
                }
            }
            for (int j = 1; j <= q; j++) {
                s += theta[bi + j - 1] * (egarch ? Math.log(h[t - j]) : h[t - j]);
            }
            h[t] = egarch ? Math.exp(s) : s;
        }
    }

    /**
     * The log-likelihood at theta, or NaN where a variance is not positive and finite or a
     * parameter is outside its domain.
     */
    double logLikelihood(double[] x, double[] theta) {
        return run(x, theta, null, null, null);
    }

    /**
     * Runs the filter; fills (when not null) the residuals, the conditional variances and the
     * per-observation log-likelihood contributions, each of length n.
     *
     * @return the log-likelihood, or NaN where undefined
     */
    double run(double[] x, double[] theta, double[] eOut, double[] hOut, double[] llOut) {
        int n = x.length;
        double omega = theta[omegaIndex()];
        double nu = shape(theta);
        if (innovation.hasShape() && !(nu > 2)) {
            return Double.NaN;
        }
        double logConst = Innovation.logConstant(innovation, nu);
        double tScale = innovation.hasShape() ? 1 / (nu - 2) : 0;
        double tPower = innovation.hasShape() ? 0.5 * (nu + 1) : 0;
        // The residuals are kept only where the MA terms need the earlier ones (or the caller wants
        // them); otherwise each is recomputed in the second pass, as cheap as reading it back.
        double[] res = eOut != null ? eOut : v > 0 ? new double[n] : null;
        double sumSq = 0;
        for (int t = 0; t < n; t++) {
            double e = residual(x, res, t, theta);
            if (res != null) {
                res[t] = e;
            }
            sumSq += e * e;
        }
        double meanSq = sumSq / n;
        int r = Math.max(p, q);
        // Lag buffers, most recent first: e_{t-1..t-p} (or z for EGARCH) and h_{t-1..t-q} (log h for EGARCH).
        double[] eLag = new double[p];
        double[] hLag = new double[q];
        boolean egarch = model == VarianceModel.EGARCH;
        boolean gjr = model == VarianceModel.GJR;
        boolean tseries = recursionStart == RecursionStart.TSERIES;
        // tseries (garch.c): h_t = mean(x^2) for t <= max(p, q); fGarch ("mci"): omega + P mean(e^2).
        double start = egarch ? Math.log(meanSq) : tseries ? meanSq : omega + startPersistence(theta) * meanSq;
        double absMean = egarch ? Innovation.meanAbsolute(innovation, nu) : 0;
        int ai = alphaIndex();
        int gi = gammaIndex();
        int bi = betaIndex();
        double ll = 0;
        for (int t = 0; t < n; t++) {
            double e = res != null ? res[t] : residual(x, null, t, theta);
            double h;
            double logH;
            if (t < r) {
                if (egarch) {
                    logH = start;
                    h = Math.exp(logH);
                } else {
                    h = start;
                    logH = Math.log(h);
                }
            } else if (egarch) {
                double s = omega;
                for (int i = 0; i < p; i++) {
                    double z = eLag[i];
                    s += theta[ai + i] * (Math.abs(z) - absMean) + theta[gi + i] * z;
                }
                for (int j = 0; j < q; j++) {
                    s += theta[bi + j] * hLag[j];
                }
                logH = s;
                h = Math.exp(s);
            } else {
                double s = omega;
                for (int i = 0; i < p; i++) {
                    double el = eLag[i];
                    double a = theta[ai + i];
                    if (gjr && el < 0) {
                        a += theta[gi + i];
                    }
                    s += a * el * el;
                }
                for (int j = 0; j < q; j++) {
                    s += theta[bi + j] * hLag[j];
                }
                h = s;
                logH = Math.log(h);
            }
            if (!(h > 0) || h == Double.POSITIVE_INFINITY) {
                return Double.NaN;
            }
            double zz = e * e / h;
            double contribution = tseries && t < r ? 0.0
                    : innovation.hasShape()
                    ? logConst - 0.5 * logH - tPower * Math.log1p(zz * tScale)
                    : logConst - 0.5 * (logH + zz);
            ll += contribution;
            if (hOut != null) {
                hOut[t] = h;
            }
            if (llOut != null) {
                llOut[t] = contribution;
            }
            for (int i = p - 1; i > 0; i--) {
                eLag[i] = eLag[i - 1];
            }
            if (p > 0) {
                eLag[0] = egarch ? e / Math.sqrt(h) : e;
            }
            for (int j = q - 1; j > 0; j--) {
                hLag[j] = hLag[j - 1];
            }
            if (q > 0) {
                hLag[0] = egarch ? logH : h;
            }
        }
        return ll;
    }
}
