package io.github.basisspread.models.volatility;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.api.ForecastingFit;
import io.github.basisspread.models.api.ModelSummary;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A fitted GARCH-family model: the estimates with standard errors from the observed information
 * (the inverse numerical Hessian, fGarch's default) and robust ones (Bollerslev and Wooldridge 1992,
 * fGarch's {@code robust.cvar = TRUE}), the log-likelihood, persistence, unconditional variance,
 * half-life of a volatility shock, the conditional variances and standardised residuals, variance
 * and mean forecasts, and simulated paths.
 *
 * <p>Conventions, those of {@code fGarch::garchFit}: the variance recursion starts, for
 * {@code t <= max(p, q)}, at {@code omega + P * mean(e^2)} (fGarch's {@code "mci"}; P is the
 * persistence, except for GJR, where fGarch's Fortran uses its APARCH {@code sum a + sum beta}
 * without the leverage term, see {@link VarianceModel#GJR}; the EGARCH log variance starts at
 * {@code log mean(e^2)}); every one of the n observations counts in
 * {@link #logLikelihood()}, which includes all constants; {@link #nobs()} is n;
 * {@link #numberOfParameters()} counts the estimated parameters (not the fixed ones), as fGarch's
 * AIC. fGarch reports its information criteria divided by n; these are not. With
 * {@link RecursionStart#TSERIES} the conventions are tseries's instead: the first {@code max(p, q)}
 * variances are {@code mean(x^2)}, and the log-likelihood and {@link #nobs()} count the
 * {@code n - max(p, q)} observations after them (tseries's {@code n.used} is n, its
 * {@code logLik} counts n - max(p, q)).
 *
 * <p>Stationarity is not imposed: when the persistence is 1 or more the variance is not
 * covariance-stationary, {@link #isStationary()} is false, {@link #stationarity()} says so,
 * {@link #unconditionalVariance()} is NaN and {@link #halfLife()} infinite.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class GarchFit implements ForecastingFit {

    /** The longest forecast or simulated path, 1,000,000 steps. */
    public static final int MAX_HORIZON = 1_000_000;

    private final GarchSpec spec;
    private final GarchRecursion rec;
    private final List<String> names;
    private final double[] estimates;
    private final boolean[] fixed;
    private final double[][] covariance;
    private final double[][] robustCovariance;
    private final double logLikelihood;
    private final double[] x;
    private final double[] residuals;
    private final double[] variances;
    private final ConvergenceInfo convergence;
    private final List<String> notes;
    /** The number of returns the estimates come from (the observations may have been appended to). */
    private final int estimationNobs;

    GarchFit(GarchSpec spec, double[] estimates, boolean[] fixed, double[][] covariance, double[][] robustCovariance,
            double logLikelihood, double[] x, ConvergenceInfo convergence, List<String> notes) {
        this.spec = spec;
        this.rec = spec.recursion();
        this.names = rec.names();
        this.estimates = estimates;
        this.fixed = fixed;
        this.covariance = covariance;
        this.robustCovariance = robustCovariance;
        this.logLikelihood = logLikelihood;
        this.x = x;
        this.convergence = convergence;
        this.notes = List.copyOf(notes);
        int n = x.length;
        this.estimationNobs = rec.likelihoodObservations(n);
        this.residuals = new double[n];
        this.variances = new double[n];
        rec.run(x, estimates, residuals, variances, null);
    }

    /** A fit moved on to a longer series: everything of {@code base} but the data and the filter. */
    private GarchFit(GarchFit base, double[] x, double[] residuals, double[] variances) {
        this.spec = base.spec;
        this.rec = base.rec;
        this.names = base.names;
        this.estimates = base.estimates;
        this.fixed = base.fixed;
        this.covariance = base.covariance;
        this.robustCovariance = base.robustCovariance;
        this.logLikelihood = base.logLikelihood;
        this.convergence = base.convergence;
        this.notes = base.notes;
        this.estimationNobs = base.estimationNobs;
        this.x = x;
        this.residuals = residuals;
        this.variances = variances;
    }

    /**
     * Adds new returns after the sample and filters them with the estimated parameters, without
     * re-estimating (the recursion continues from the end of the sample; its start stays the
     * sample's). The estimates, standard errors, log-likelihood, {@link #nobs()} and information
     * criteria stay those of the estimation sample; observations, residuals, conditional variances,
     * forecasts and simulations move on.
     *
     * @param newReturns the returns following the sample, all finite (not modified)
     * @return a new fitted model
     * @throws IllegalArgumentException if the returns are null or hold a non-finite value
     */
    public GarchFit append(double... newReturns) {
        if (newReturns == null) {
            throw new IllegalArgumentException("Argument 'newReturns' must not be null");
        }
        for (int i = 0; i < newReturns.length; i++) {
            if (!Double.isFinite(newReturns[i])) {
                throw new IllegalArgumentException("Argument 'newReturns' must be finite but has value " + newReturns[i]
                        + " at index " + i);
            }
        }
        int n = x.length;
        int m = n + newReturns.length;
        double[] xs = Arrays.copyOf(x, m);
        System.arraycopy(newReturns, 0, xs, n, newReturns.length);
        double[] e = Arrays.copyOf(residuals, m);
        double[] h = Arrays.copyOf(variances, m);
        rec.continueFrom(xs, estimates, e, h, n);
        return new GarchFit(this, xs, e, h);
    }

    /** @return the specification that was fitted */
    public GarchSpec spec() {
        return spec;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    /**
     * Returns one estimate by name.
     *
     * @param name a name of {@link #parameterNames()}
     * @return the estimate
     * @throws IllegalArgumentException if the name is unknown
     */
    public double coefficient(String name) {
        return estimates[index(name)];
    }

    /**
     * Returns the standard errors from the observed information, {@code sqrt(diag(H^-1))}, H the
     * numerical Hessian of minus the log-likelihood (fGarch's default). NaN for every parameter
     * when H is not positive definite; 0 for a fixed parameter.
     *
     * @return the standard errors
     */
    @Override
    public double[] standardErrors() {
        return diagonalRoot(covariance);
    }

    /**
     * Returns the robust (quasi-maximum-likelihood) standard errors, {@code sqrt(diag(H^-1 B H^-1))}
     * with B the outer product of the per-observation scores (Bollerslev and Wooldridge 1992;
     * fGarch's {@code robust.cvar = TRUE}): valid when the innovations are not of the assumed
     * distribution. NaN when H is not positive definite.
     *
     * @return the robust standard errors
     */
    public double[] robustStandardErrors() {
        return diagonalRoot(robustCovariance);
    }

    /**
     * Returns the covariance of the estimates from the observed information.
     *
     * @return a new k x k array
     * @throws EstimationException if the observed information is not positive definite
     */
    public double[][] covariance() {
        return copy(covariance, "observed information");
    }

    /**
     * Returns the robust (sandwich) covariance of the estimates.
     *
     * @return a new k x k array
     * @throws EstimationException if the observed information is not positive definite
     */
    public double[][] robustCovariance() {
        return copy(robustCovariance, "robust sandwich");
    }

    @Override
    public double logLikelihood() {
        return logLikelihood;
    }

    /**
     * Returns the number of returns the log-likelihood sums (fGarch's n; with
     * {@link RecursionStart#TSERIES} {@code n - max(p, q)}; appended returns do not count).
     *
     * @return the number of observations of the estimation sample
     */
    @Override
    public int nobs() {
        return estimationNobs;
    }

    /**
     * Returns the number of estimated parameters (the fixed ones are not counted), fGarch's count.
     *
     * @return the count
     */
    @Override
    public int numberOfParameters() {
        int k = 0;
        for (boolean f : fixed) {
            k += f ? 0 : 1;
        }
        return k;
    }

    @Override
    public ConvergenceInfo convergence() {
        return convergence;
    }

    /**
     * Returns the notes of the fit: no convergence, no standard errors, fixed parameters.
     *
     * @return the notes, an immutable list (empty when there is nothing to say)
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Returns the persistence of a volatility shock: {@code sum alpha + sum beta} (GARCH),
     * {@code sum alpha + sum gamma / 2 + sum beta} (GJR), {@code sum beta} (EGARCH, on the log
     * variance). The variance is covariance-stationary when it is below 1.
     *
     * @return the persistence
     */
    public double persistence() {
        return rec.persistence(estimates);
    }

    /**
     * Whether the fitted variance process is covariance-stationary (GARCH, GJR: persistence below 1;
     * EGARCH: {@code |sum beta| < 1}).
     *
     * @return true if stationary
     */
    public boolean isStationary() {
        double pers = persistence();
        return spec.model() == VarianceModel.EGARCH ? Math.abs(pers) < 1 : pers < 1;
    }

    /**
     * Says in words whether the variance is stationary, with the persistence.
     *
     * @return the statement
     */
    public String stationarity() {
        double pers = persistence();
        if (isStationary()) {
            return String.format(Locale.ROOT, "persistence %.6g < 1: the variance is stationary; a volatility shock"
                    + " halves in %.4g observations", pers, halfLife());
        }
        return String.format(Locale.ROOT, "persistence %.6g >= 1: the variance is not stationary (integrated or"
                + " explosive); it has no unconditional value and a volatility shock does not decay", pers);
    }

    /**
     * Returns the unconditional variance: {@code omega / (1 - persistence)} (GARCH, GJR); for EGARCH
     * {@code exp(omega / (1 - sum beta))}, the variance at the unconditional mean of the log variance.
     *
     * @return the unconditional variance, NaN when the variance is not stationary
     */
    public double unconditionalVariance() {
        if (!isStationary()) {
            return Double.NaN;
        }
        double omega = estimates[rec.omegaIndex()];
        double pers = persistence();
        return spec.model() == VarianceModel.EGARCH ? Math.exp(omega / (1 - pers)) : omega / (1 - pers);
    }

    /**
     * Returns the half-life of a volatility shock, {@code log(1/2) / log(persistence)}, in
     * observations: the number of steps after which the effect of a shock on the variance forecast
     * (on the log variance for EGARCH) has halved.
     *
     * @return the half-life; positive infinity when the variance is not stationary, NaN when the
     *     persistence is not positive
     */
    public double halfLife() {
        double pers = Math.abs(persistence());
        if (!isStationary()) {
            return Double.POSITIVE_INFINITY;
        }
        return pers > 0 ? Math.log(0.5) / Math.log(pers) : Double.NaN;
    }

    /**
     * Returns the fitted series, with any returns appended since.
     *
     * @return a copy of the returns
     */
    public double[] observations() {
        return x.clone();
    }

    /**
     * Returns the residuals {@code e_t} of the mean equation (for an AR(1) or ARMA mean the first
     * {@code max(ar, ma, p, q)} are 0, as fGarch's).
     *
     * @return a copy of the residuals
     */
    public double[] residuals() {
        return residuals.clone();
    }

    /**
     * Returns the conditional variances {@code h_t}.
     *
     * @return a copy of the variances
     */
    public double[] conditionalVariances() {
        return variances.clone();
    }

    /**
     * Returns the conditional standard deviations {@code sqrt(h_t)} (fGarch's {@code sigma.t}).
     *
     * @return a new array
     */
    public double[] conditionalVolatility() {
        double[] s = new double[variances.length];
        for (int t = 0; t < s.length; t++) {
            s[t] = Math.sqrt(variances[t]);
        }
        return s;
    }

    /**
     * Returns the standardised residuals {@code z_t = e_t / sqrt(h_t)}, which the model says are
     * independent with mean 0 and variance 1.
     *
     * @return a new array
     */
    public double[] standardizedResiduals() {
        double[] z = new double[residuals.length];
        for (int t = 0; t < z.length; t++) {
            z[t] = residuals[t] / Math.sqrt(variances[t]);
        }
        return z;
    }

    /**
     * Returns the forecasts of the conditional variance {@code E_T h_{T+k}}, k = 1..horizon
     * (fGarch's {@code predict(...)$standardDeviation} squared). GARCH and GJR: exact. EGARCH:
     * exact at step 1; beyond it {@code exp(E_T log h_{T+k})}, a little below the mean by Jensen's
     * inequality.
     *
     * @param horizon the number of steps, 1 to {@value #MAX_HORIZON}
     * @return the variance forecasts
     * @throws IllegalArgumentException if the horizon is out of range
     */
    public double[] varianceForecast(int horizon) {
        checkHorizon(horizon);
        return GarchPaths.varianceForecast(rec, estimates, horizon, lastResiduals(), lastVariances());
    }

    /**
     * Forecasts the returns: the mean ({@code 0}, {@code mu}, or the ARMA recursion
     * {@code m_k = mu + sum ar_i m_{k-i} + sum ma_j e_{T+k-j}}, observed values for steps not after
     * the end of the data and future residuals at 0) with the standard error of the forecast
     * error, {@code sqrt(sum_{j<k} psi_j^2 h_{T+k-j})} with psi the MA(infinity) weights of the
     * ARMA ({@code ar1^j} for the AR(1); fGarch's {@code meanError}; with a zero or constant mean
     * simply {@code sqrt(h_{T+k})}). The intervals of {@link Forecast#interval} are Gaussian; with
     * Student-t innovations use {@link #varianceForecast(int)} and the t's quantiles.
     *
     * @param horizon the number of steps, 1 to {@value #MAX_HORIZON}
     * @return the forecast
     * @throws IllegalArgumentException if the horizon is out of range
     */
    @Override
    public Forecast forecast(int horizon) {
        double[] h = varianceForecast(horizon);
        double[] mean = meanPath(x, residuals, horizon);
        int u = rec.arOrder();
        int v = rec.maOrder();
        // psi_0 = 1, psi_j = ma_j + sum_{i <= min(j, u)} ar_i psi_{j-i} (Box and Jenkins; R's ARMAtoMA)
        double[] psi = new double[horizon];
        psi[0] = 1;
        for (int j = 1; j < horizon; j++) {
            double w = j <= v ? estimates[rec.maIndex() + j - 1] : 0;
            for (int i = 1; i <= Math.min(j, u); i++) {
                w += estimates[rec.arIndex() + i - 1] * psi[j - i];
            }
            psi[j] = w;
        }
        double[] se = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            double var = 0;
            for (int j = 0; j <= k; j++) {
                var += psi[j] * psi[j] * h[k - j];
            }
            se[k] = Math.sqrt(var);
        }
        return Forecast.of(mean, se);
    }

    /** The mean forecasts after observations xs with residuals es of the mean equation. */
    private double[] meanPath(double[] xs, double[] es, int horizon) {
        int n = xs.length;
        int u = rec.arOrder();
        int v = rec.maOrder();
        double mu = spec.mean() != MeanModel.ZERO ? estimates[0] : 0;
        double[] mean = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            double m = mu;
            for (int i = 1; i <= u; i++) {
                int back = k - i;
                m += estimates[rec.arIndex() + i - 1] * (back >= 0 ? mean[back] : xs[n + back]);
            }
            for (int j = 1; j <= v; j++) {
                int back = k - j;
                m += back >= 0 ? 0 : estimates[rec.maIndex() + j - 1] * es[n + back];
            }
            mean[k] = m;
        }
        return mean;
    }

    /**
     * Forecasts the mean of the returns after another history with the estimated parameters (no
     * re-estimation): the residuals of the mean equation run over the history, from its start as
     * at the fit, then the recursion of {@link #forecast(int)}. The walk-forward's update between
     * refits.
     *
     * @param history the returns up to the forecast origin, more than {@code max(ar, ma, p, q)},
     *     finite (not modified)
     * @param horizon the number of steps, 1 to {@value #MAX_HORIZON}
     * @return the mean forecasts of steps 1..horizon
     * @throws IllegalArgumentException if the history is null, too short or not finite, or the
     *     horizon is out of range
     */
    public double[] meanForecastAfter(double[] history, int horizon) {
        checkHorizon(horizon);
        if (history == null) {
            throw new IllegalArgumentException("Argument 'history' must not be null");
        }
        int need = Math.max(1, rec.zeroResiduals() + 1);
        if (history.length < need) {
            throw new IllegalArgumentException("Argument 'history' must hold at least " + need + " returns but has "
                    + history.length);
        }
        double[] e = new double[history.length];
        for (int t = 0; t < history.length; t++) {
            if (!Double.isFinite(history[t])) {
                throw new IllegalArgumentException("Argument 'history' must be finite but has value " + history[t]
                        + " at index " + t);
            }
            e[t] = rec.residual(history, e, t, estimates);
        }
        return meanPath(history, e, horizon);
    }

    /**
     * Simulates the next {@code horizon} returns from the end of the fitted data, with the fitted
     * parameters (a path of the model, not of the forecast).
     *
     * @param horizon the number of steps, 1 to {@value #MAX_HORIZON}
     * @param random the source of randomness (advanced); seed it for a reproducible path
     * @return the simulated returns
     * @throws IllegalArgumentException if the horizon is out of range or random is null
     */
    public double[] simulate(int horizon, RandomGenerator random) {
        checkHorizon(horizon);
        if (random == null) {
            throw new IllegalArgumentException("Argument 'random' must not be null");
        }
        int n = x.length;
        double[] xLag = new double[rec.arOrder()];
        for (int i = 0; i < xLag.length; i++) {
            xLag[i] = x[n - 1 - i];
        }
        double[] maLag = new double[rec.maOrder()];
        for (int j = 0; j < maLag.length; j++) {
            maLag[j] = residuals[n - 1 - j];
        }
        return GarchPaths.simulate(rec, estimates, horizon, random, lastResiduals(), lastVariances(), xLag, maLag);
    }

    /** The last p residuals (EGARCH: standardised), most recent first. */
    private double[] lastResiduals() {
        int n = x.length;
        double[] e = new double[spec.p()];
        for (int i = 0; i < e.length; i++) {
            int t = n - 1 - i;
            e[i] = spec.model() == VarianceModel.EGARCH ? residuals[t] / Math.sqrt(variances[t]) : residuals[t];
        }
        return e;
    }

    /** The last q variances, most recent first. */
    private double[] lastVariances() {
        int n = x.length;
        double[] h = new double[spec.q()];
        for (int j = 0; j < h.length; j++) {
            h[j] = variances[n - 1 - j];
        }
        return h;
    }

    private static void checkHorizon(int horizon) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("Argument 'horizon' must be in 1.." + MAX_HORIZON + " but has value "
                    + horizon);
        }
    }

    /**
     * Returns a table in the manner of R's {@code summary(garchFit)}: each estimate with its
     * standard error, z value and p-value from the Hessian, then again with the robust
     * (Bollerslev-Wooldridge) standard errors (rows marked {@code (robust)}); the stationarity
     * verdict and notes; the log-likelihood, the information criteria and the persistence.
     *
     * @return the summary
     */
    @Override
    public ModelSummary summary() {
        List<String> labels = new ArrayList<>(names.size());
        List<String> robustLabels = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            labels.add(names.get(i) + (fixed[i] ? " (fixed)" : ""));
            robustLabels.add(names.get(i) + " (robust)");
        }
        ModelSummary s = ModelSummary.of(spec.toString())
                .withConvergence(convergence)
                .withFact("stationarity", stationarity());
        for (String note : notes) {
            s = s.withFact("note", note);
        }
        s = s.withCoefficients(labels, estimates, standardErrors())
                .withCoefficients(robustLabels, estimates, robustStandardErrors())
                .withFitStatistics(this)
                .withStatistic("persistence", persistence());
        if (isStationary()) {
            s = s.withStatistic("unconditional variance", unconditionalVariance());
        }
        return s;
    }

    /**
     * Returns the summary on one line: the model, each estimate with its standard error, the
     * log-likelihood, information criteria and persistence.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return summary().oneLine();
    }

    private int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("Argument 'name' must be a parameter of " + spec + " " + names
                    + " but is '" + name + "'");
        }
        return i;
    }

    private double[] diagonalRoot(double[][] c) {
        double[] se = new double[names.size()];
        for (int i = 0; i < se.length; i++) {
            se[i] = c == null ? (fixed[i] ? 0 : Double.NaN) : Math.sqrt(Math.max(c[i][i], 0));
        }
        return se;
    }

    private static double[][] copy(double[][] c, String what) {
        if (c == null) {
            throw new EstimationException("No " + what + " covariance: the observed information is not positive"
                    + " definite at the estimates", List.of("hasStandardErrors = false"));
        }
        double[][] out = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            out[i] = Arrays.copyOf(c[i], c[i].length);
        }
        return out;
    }
}
