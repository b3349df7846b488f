package io.github.basisspread.models.arima;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.api.ForecastingFit;
import io.github.basisspread.models.api.InformationCriteria;
import io.github.basisspread.models.api.ModelSummary;
import io.github.basisspread.models.linalg.Cholesky;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A fitted regression with ARIMA errors: the coefficients with R's names, their standard errors
 * (the inverse of the numerical observed information of the exact log-likelihood, as R's
 * {@code var.coef}), {@code sigma2}, the log-likelihood and information criteria in R's and
 * {@code forecast}'s conventions, the standardised residuals, the roots of the lag polynomials,
 * the convergence facts, and the Kalman filter state after the last observation, from which it
 * forecasts, simulates and takes new observations without re-estimating.
 *
 * <p>Conventions: {@link #logLikelihood()} excludes the {@code d + D s} observations absorbed
 * by the differencing (R's {@code arima}); {@link #nobs()} is R's {@code n.used}, the
 * non-missing observations less {@code d + D s}; {@link #numberOfParameters()} counts the
 * estimated coefficients plus {@code sigma2}, so that {@link #informationCriteria()} gives
 * {@code forecast}'s AIC, AICc and BIC. For CSS fits the log-likelihood is R's CSS value
 * {@code -n/2 (log(2 pi sigma2) + 1)}; R reports no AIC for CSS.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class ArimaFit implements ForecastingFit {

    /**
     * The longest forecast or simulated path, 1,000,000 steps: the arrays of a forecast grow
     * with the horizon (16 bytes a step), and an ARIMA forecast has long reached its limit
     * (the mean, or the drift line) well before.
     */
    public static final int MAX_HORIZON = 1_000_000;

    private final ArimaSpec spec;
    private final List<String> names;
    private final double[] coef;
    private final double[][] covariance;
    private final double sigma2;
    private final double logLikelihood;
    private final int nobs;
    private final int nParams;
    private final ConvergenceInfo convergence;
    private final double[] residuals;
    private final double[] state;
    private final double[] stateCov;
    private final double[] y;
    private final double[][] x;
    private final List<String> notes;
    /** The epoch nanoseconds of the last observation and the step to the next, or null without times. */
    private final long[] lastTimeAndStep;

    ArimaFit(ArimaSpec spec, List<String> names, double[] coef, double[][] covariance, double sigma2,
            double logLikelihood, int nobs, int nParams, ConvergenceInfo convergence, double[] residuals,
            double[] state, double[] stateCov, double[] y, double[][] x, List<String> notes) {
        this(spec, names, coef, covariance, sigma2, logLikelihood, nobs, nParams, convergence, residuals, state,
                stateCov, y, x, notes, null);
    }

    private ArimaFit(ArimaSpec spec, List<String> names, double[] coef, double[][] covariance, double sigma2,
            double logLikelihood, int nobs, int nParams, ConvergenceInfo convergence, double[] residuals,
            double[] state, double[] stateCov, double[] y, double[][] x, List<String> notes, long[] lastTimeAndStep) {
        this.spec = spec;
        this.names = List.copyOf(names);
        this.coef = coef.clone();
        this.lastTimeAndStep = lastTimeAndStep;
        this.covariance = covariance;
        this.sigma2 = sigma2;
        this.logLikelihood = logLikelihood;
        this.nobs = nobs;
        this.nParams = nParams;
        this.convergence = convergence;
        this.residuals = residuals;
        this.state = state;
        this.stateCov = stateCov;
        this.y = y.clone();
        this.x = x;
        this.notes = List.copyOf(notes);
    }

    /** @return the specification that was fitted */
    public ArimaSpec spec() {
        return spec;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    @Override
    public double[] estimates() {
        return coef.clone();
    }

    /**
     * The estimate of one coefficient.
     *
     * @param name a coefficient name, e.g. {@code "ar1"}
     * @return the estimate
     * @throws IllegalArgumentException if the model has no such coefficient
     */
    public double coefficient(String name) {
        return coef[index(name)];
    }

    /**
     * Whether the observed information was positive definite, so that standard errors exist.
     *
     * @return true if {@link #standardErrors()} are finite and {@link #covariance()} is available
     */
    @Override
    public boolean hasStandardErrors() {
        return covariance != null;
    }

    /**
     * The standard errors (zero for fixed coefficients), NaN for every coefficient when the
     * observed information was not positive definite ({@link #hasStandardErrors()} is then false).
     *
     * @return a new array in the order of {@link #parameterNames()}
     */
    @Override
    public double[] standardErrors() {
        if (covariance == null) {
            double[] nan = new double[coef.length];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
        }
        double[][] c = covariance;
        double[] se = new double[c.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = Math.sqrt(c[i][i]);
        }
        return se;
    }

    /**
     * The standard error of one coefficient.
     *
     * @param name a coefficient name
     * @return the standard error, NaN when {@link #hasStandardErrors()} is false
     * @throws IllegalArgumentException if the model has no such coefficient
     */
    public double standardError(String name) {
        return standardErrors()[index(name)];
    }

    /**
     * The covariance of the estimates (R's {@code var.coef}, with zero rows for fixed ones).
     *
     * @return a new k x k array
     * @throws EstimationException if the observed information was not positive definite
     */
    public double[][] covariance() {
        if (covariance == null) {
            throw new EstimationException("The observed information of " + spec + " is not positive definite at the"
                    + " estimates: no standard errors", List.of("hasStandardErrors = false"));
        }
        double[][] out = new double[covariance.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = covariance[i].clone();
        }
        return out;
    }

    /** @return the innovation variance {@code sigma2} (R: sum of squared standardised innovations / n.used) */
    public double sigma2() {
        return sigma2;
    }

    @Override
    public double logLikelihood() {
        return logLikelihood;
    }

    @Override
    public int nobs() {
        return nobs;
    }

    @Override
    public int numberOfParameters() {
        return nParams;
    }

    @Override
    public ConvergenceInfo convergence() {
        return convergence;
    }

    /** @return AIC = -2 l + 2 k, with k = estimated coefficients + 1; -infinity for the exact fit of a constant series (as R) */
    public double aic() {
        return logLikelihood == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : informationCriteria().aic();
    }

    /** @return forecast's AICc = AIC + 2 k (k + 1) / (n.used - k - 1); -infinity for the exact fit of a constant series (as R) */
    public double aicc() {
        return logLikelihood == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : informationCriteria().aicc();
    }

    /** @return BIC = -2 l + k log(n.used); -infinity for the exact fit of a constant series (as R) */
    public double bic() {
        return logLikelihood == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : informationCriteria().bic();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for the exact fit of a constant series (log-likelihood
     *     +infinity; {@link #aic()}, {@link #aicc()} and {@link #bic()} give -infinity as R)
     */
    @Override
    public InformationCriteria informationCriteria() {
        return InformationCriteria.of(logLikelihood, nParams, nobs);
    }

    /** @return the estimation method used */
    public ArimaSpec.Method method() {
        return spec.method();
    }

    /**
     * The residuals as R's {@code residuals(fit)}: the one-step innovations standardised by
     * their relative variance, {@code v_t / sqrt(F_t)} (on the scale of {@code sigma}); zero for
     * the {@code d + D s} observations absorbed by the diffuse start (R gives values of order
     * {@code 1e-3 y_t} there from its {@code kappa = 1e6}); NaN where the observation is missing.
     * For CSS fits, the CSS residuals (zero for the conditioned values).
     *
     * @return a new array of length n
     */
    public double[] residuals() {
        return residuals.clone();
    }

    /** @return a copy of the observations fitted, and appended since (NaN = missing) */
    public double[] observations() {
        return y.clone();
    }

    /** @return notes on the estimation (start-value fallbacks, inverted MA parts, non-convergence), immutable */
    public List<String> notes() {
        return notes;
    }

    /**
     * The Ljung-Box test of the residuals after the {@code d + D s} observations absorbed by
     * differencing, with {@code fitdf = p + q + P + Q} (forecast's {@code checkresiduals}).
     *
     * @param lags h, above {@code p + q + P + Q}
     * @return the test
     * @throws IllegalArgumentException if the lags are out of range
     */
    public LjungBox ljungBox(int lags) {
        int dd = spec.differencingOrder();
        double[] e = new double[residuals.length - dd];
        System.arraycopy(residuals, dd, e, 0, e.length);
        int fitdf = spec.p() + spec.q() + spec.seasonalP() + spec.seasonalQ();
        return LjungBox.test(e, lags, fitdf);
    }

    /**
     * The roots of the full AR polynomial {@code phi(z) Phi(z^s)}.
     *
     * @return the roots, an immutable list (empty without AR terms)
     */
    public List<PolynomialRoot> arRoots() {
        ArmaSystem sys = system();
        int len = spec.p() + spec.period() * spec.seasonalP();
        double[] c = new double[len];
        for (int i = 0; i < len; i++) {
            c[i] = -sys.phi[i];
        }
        return PolynomialRoot.fromInverse(Polynomials.inverseRoots(c));
    }

    /**
     * The roots of the full MA polynomial {@code theta(z) Theta(z^s)}.
     *
     * @return the roots, an immutable list (empty without MA terms)
     */
    public List<PolynomialRoot> maRoots() {
        ArmaSystem sys = system();
        int len = spec.q() + spec.period() * spec.seasonalQ();
        double[] c = new double[len];
        System.arraycopy(sys.rvec, 1, c, 0, len);
        return PolynomialRoot.fromInverse(Polynomials.inverseRoots(c));
    }

    /**
     * The same fit with the times of the data, when the data carry them (two or more
     * observations; the fit may use only their tail, as a truncated search does): its forecasts then give the time of each step, at the spacing of the last two
     * observations.
     */
    ArimaFit withTimesOf(ArimaData data) {
        long[] t = data.timesView();
        if (t == null || t.length < 2) {
            return this;
        }
        long last = t[t.length - 1];
        return new ArimaFit(spec, names, coef, covariance, sigma2, logLikelihood, nobs, nParams, convergence,
                residuals, state, stateCov, y, x, notes, new long[] {last, Math.subtractExact(last, t[t.length - 2])});
    }

    /**
     * Whether the fit knows the time of its last observation, so that forecasts carry step times.
     *
     * @return true when the data came with times (and no observation was appended since)
     */
    public boolean hasTimes() {
        return lastTimeAndStep != null;
    }

    /**
     * Forecasts h steps ahead (R's {@code predict.Arima}): the means and standard errors of
     * {@code y_{n+1}, ..., y_{n+h}} on the original (undifferenced) scale from the Kalman filter's
     * state after the last observation, with Gaussian intervals at any level; the standard errors
     * do not include the uncertainty of the estimated coefficients, as in R. When the data came
     * with times the steps carry them, at the spacing of the last two observations. For a model
     * without caller regressors.
     *
     * @param horizon h, at least 1
     * @return the forecast
     * @throws IllegalArgumentException if h is below 1 or above {@link #MAX_HORIZON} or the model has caller regressors
     */
    @Override
    public Forecast forecast(int horizon) {
        checkHorizon(horizon);
        return forecast(horizon, new double[horizon][0]);
    }

    /**
     * Forecasts h steps ahead with the future values of the caller's regressors (the intercept
     * and drift are supplied here).
     *
     * @param horizon h, at least 1
     * @param futureRegressors h rows, one value per caller regressor
     * @return the forecast
     * @throws IllegalArgumentException if h is below 1 or above {@link #MAX_HORIZON} or the regressors do not conform
     */
    public Forecast forecast(int horizon, double[][] futureRegressors) {
        checkHorizon(horizon);
        double[][] xf = futureDesign(futureRegressors, horizon);
        ArmaSystem sys = system();
        int m = sys.m;
        double[] z = sys.design();
        double[] a = state.clone();
        double[] p = stateCov.clone();
        double[] an = new double[m];
        double[] tp = new double[m * m];
        double[] pn = new double[m * m];
        double[] mean = new double[horizon];
        double[] se = new double[horizon];
        int narma = coef.length - xf[0].length;
        for (int h = 0; h < horizon; h++) {
            double mu = 0;
            double f = 0;
            for (int i = 0; i < m; i++) {
                mu += z[i] * a[i];
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += p[i * m + j] * z[j];
                }
                f += z[i] * s;
            }
            for (int j = 0; j < xf[h].length; j++) {
                mu += xf[h][j] * coef[narma + j];
            }
            mean[h] = mu;
            se[h] = Math.sqrt(Math.max(f, 0) * sigma2);
            Filters.transitionMean(sys, a, an);
            Filters.transitionCov(sys, p, tp, pn);
            System.arraycopy(pn, 0, p, 0, m * m);
        }
        Forecast out = Forecast.of(mean, se);
        return lastTimeAndStep == null ? out : out.withTimes(stepTimes(horizon));
    }

    private List<Instant> stepTimes(int horizon) {
        List<Instant> out = new ArrayList<>(horizon);
        long last = lastTimeAndStep[0];
        long step = lastTimeAndStep[1];
        for (int h = 1; h <= horizon; h++) {
            long t = Math.addExact(last, Math.multiplyExact(step, (long) h));
            out.add(Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L), Math.floorMod(t, 1_000_000_000L)));
        }
        return out;
    }

    /**
     * Adds new observations after the sample and filters them with the estimated coefficients,
     * without re-estimating; for a model without caller regressors. The estimates, standard
     * errors, log-likelihood and information criteria stay those of the estimation sample;
     * residuals, observations, forecasts and simulations move on.
     *
     * @param newObservations the values following the sample, NaN = missing (not modified)
     * @return a new fitted model
     * @throws IllegalArgumentException if the values are null or infinite, or the model has
     *     caller regressors
     */
    public ArimaFit append(double... newObservations) {
        return append(newObservations, new double[newObservations == null ? 0 : newObservations.length][0]);
    }

    /**
     * Adds new observations with their regressor values; see {@link #append(double...)}.
     *
     * @param newObservations the values following the sample, NaN = missing (not modified)
     * @param newRegressors one row per new value, one value per caller regressor (not modified)
     * @return a new fitted model
     * @throws IllegalArgumentException if the arrays do not conform or hold infinite values
     */
    public ArimaFit append(double[] newObservations, double[][] newRegressors) {
        ArgChecker.notNull(newObservations, "newObservations");
        for (int t = 0; t < newObservations.length; t++) {
            if (Double.isInfinite(newObservations[t])) {
                throw new IllegalArgumentException("Argument 'newObservations' must hold finite values or NaN but"
                        + " element " + t + " is " + newObservations[t]);
            }
        }
        int h = newObservations.length;
        double[][] xf = futureDesign(newRegressors, h);
        int narma = coef.length - (x.length == 0 ? 0 : x[0].length);
        double[] u = new double[h];
        for (int t = 0; t < h; t++) {
            double s = newObservations[t];
            for (int j = 0; j < xf[t].length; j++) {
                s -= xf[t][j] * coef[narma + j];
            }
            u[t] = s;
        }
        ArmaSystem sys = system();
        double[] a = state.clone();
        double[] p = stateCov.clone();
        double[] resid = new double[h];
        if (!Filters.dense(sys, u, 0, a, p, new double[3], resid)) {
            throw new EstimationException("The filter of " + spec + " broke down on the new observations",
                    List.of("observations appended: " + h));
        }
        int n = y.length;
        double[] y2 = new double[n + h];
        System.arraycopy(y, 0, y2, 0, n);
        System.arraycopy(newObservations, 0, y2, n, h);
        double[] r2 = new double[n + h];
        System.arraycopy(residuals, 0, r2, 0, n);
        System.arraycopy(resid, 0, r2, n, h);
        double[][] x2 = new double[n + h][];
        System.arraycopy(x, 0, x2, 0, n);
        System.arraycopy(xf, 0, x2, n, h);
        // The new observations come without times: the forecasts of the result carry none.
        return new ArimaFit(spec, names, coef, covariance, sigma2, logLikelihood, nobs, nParams, convergence,
                r2, a, p, y2, x2, notes);
    }

    /**
     * Simulates one future path of h values given the data: the state after the last observation
     * drawn from its filtered distribution, then Gaussian innovations with variance
     * {@code sigma2}; for a model without caller regressors.
     *
     * @param horizon h, at least 1
     * @param random the source of randomness (seed it for reproducible paths)
     * @return a new array of h simulated values
     * @throws IllegalArgumentException if h is below 1 or above {@link #MAX_HORIZON}, random is null or the model has caller
     *     regressors
     */
    public double[] simulate(int horizon, RandomGenerator random) {
        checkHorizon(horizon);
        return simulate(horizon, new double[horizon][0], random);
    }

    /**
     * Simulates one future path with the future values of the caller's regressors.
     *
     * @param horizon h, at least 1
     * @param futureRegressors h rows, one value per caller regressor
     * @param random the source of randomness
     * @return a new array of h simulated values
     * @throws IllegalArgumentException if h is below 1 or above {@link #MAX_HORIZON}, random is null or the regressors do not
     *     conform
     */
    public double[] simulate(int horizon, double[][] futureRegressors, RandomGenerator random) {
        checkHorizon(horizon);
        ArgChecker.notNull(random, "random");
        double[][] xf = futureDesign(futureRegressors, horizon);
        ArmaSystem sys = system();
        int m = sys.m;
        double[] z = sys.design();
        double sd = Math.sqrt(sigma2);
        // a ~ N(state, sigma2 P) through a factor of the (possibly singular) covariance.
        double[] l = Cholesky.lowerSemidefinite(stateCov, m);
        double[] eps = new double[m];
        for (int i = 0; i < m; i++) {
            eps[i] = random.nextGaussian();
        }
        double[] a = state.clone();
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j <= i; j++) {
                s += l[i * m + j] * eps[j];
            }
            a[i] += sd * s;
        }
        double[] an = new double[m];
        double[] out = new double[horizon];
        int narma = coef.length - xf[0].length;
        for (int h = 0; h < horizon; h++) {
            double v = 0;
            for (int i = 0; i < m; i++) {
                v += z[i] * a[i];
            }
            for (int j = 0; j < xf[h].length; j++) {
                v += xf[h][j] * coef[narma + j];
            }
            out[h] = v;
            Filters.transitionMean(sys, a, an);
            double e = sd * random.nextGaussian();
            for (int i = 0; i < sys.r; i++) {
                a[i] += sys.rvec[i] * e;
            }
        }
        return out;
    }


    private ArmaSystem system() {
        int np = spec.p();
        int nq = spec.q();
        int nsp = spec.seasonalP();
        int nsq = spec.seasonalQ();
        int s = spec.period();
        return new ArmaSystem(
                Polynomials.expandAr(ArimaProblem.slice(coef, 0, np), ArimaProblem.slice(coef, np + nq, nsp), s),
                Polynomials.expandMa(ArimaProblem.slice(coef, np, nq), ArimaProblem.slice(coef, np + nq + nsp, nsq), s),
                Polynomials.differencing(spec.d(), spec.seasonalD(), s));
    }

    /** The full future design (intercept, drift continuing the time index, caller regressors). */
    private static void checkHorizon(int horizon) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("Argument 'horizon' must be between 1 and " + MAX_HORIZON
                    + " steps but has value " + horizon);
        }
    }

    private double[][] futureDesign(double[][] futureRegressors, int rows) {
        double[][] given = ArimaData.checkRegressors(futureRegressors, rows, spec.regressors().size(),
                "futureRegressors");
        return ArimaEstimation.design(spec, given, rows, y.length + 1L);
    }

    private int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("Argument 'name' must be a coefficient of " + spec + " " + names
                    + " but is '" + name + "'");
        }
        return i;
    }

    /**
     * The summary, as R prints an {@code Arima} fit: the model, the method and convergence, the
     * coefficients with standard errors, z statistics and p-values, then {@code sigma2}, the
     * log-likelihood, AIC, AICc and BIC ({@code forecast}'s; none for CSS, as R) and nobs.
     *
     * @return the summary
     */
    @Override
    public ModelSummary summary() {
        ModelSummary s = ModelSummary.of(spec.toString())
                .withFact("method", spec.method().name().replace('_', '-'))
                .withConvergence(convergence)
                .withCoefficients(names, coef, standardErrors())
                .withStatistic("sigma2", sigma2)
                .withStatistic("log-likelihood", logLikelihood);
        if (spec.method() != ArimaSpec.Method.CSS) {
            s = s.withStatistic("AIC", aic()).withStatistic("AICc", aicc()).withStatistic("BIC", bic());
        }
        return s.withStatistic("nobs", nobs);
    }

    /** @return the summary on one line */
    @Override
    public String toString() {
        return summary().oneLine();
    }
}
