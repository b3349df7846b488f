package io.github.basisspread.models.meanreversion;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.api.ForecastingFit;
import io.github.basisspread.models.api.ModelSummary;
import io.github.basisspread.models.diagnostics.AdfResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An Ornstein-Uhlenbeck process fitted by exact maximum likelihood, with its standard errors.
 *
 * <p>Standard errors come from the inverse of the observed information (the numerical Hessian of
 * the exact negative log-likelihood at the estimate); those of the half-life {@code ln 2 / theta}
 * and of the stationary variance {@code sigma^2 / (2 theta)} follow by the delta method.
 *
 * <p>A half-life is finite whenever the fitted AR(1) coefficient is below one, which it is on
 * most samples of a random walk too (and its theta then looks significant far more often than
 * the nominal level). So every fit carries an augmented Dickey-Fuller test of a unit root on
 * the same observations ({@link #unitRootTest()}); {@link #isMeanReversionShown()} is true only
 * when it rejects the unit root at 5 %, and {@link #verdict()} says so in words.
 *
 * <p>{@link #forecast(int)} gives the exact Gaussian transition from the last observation
 * {@code x}: mean {@code mu + (x - mu) e^{-theta h dt}} and variance
 * {@code sigma^2 (1 - e^{-2 theta h dt}) / (2 theta)} at steps of {@code dt}, the spacing of the
 * last two observations ({@link #origin()}). Immutable and thread-safe.
 *
 * @param model the fitted process
 * @param thetaStandardError the standard error of theta
 * @param muStandardError the standard error of mu
 * @param sigmaStandardError the standard error of sigma
 * @param halfLifeStandardError the delta-method standard error of the half-life,
 *     {@code ln 2 / theta^2 * se(theta)}
 * @param stationaryVarianceStandardError the delta-method standard error of the stationary variance
 * @param logLikelihood the exact log-likelihood of the transitions given the first observation,
 *     with all constants
 * @param nobs the number of transitions (observations minus one)
 * @param regularSteps whether the steps were regular (closed-form fit) or irregular (numerical)
 * @param unitRootTest the augmented Dickey-Fuller test (constant, lag by AIC) on the observations
 * @param convergence the facts of the estimation: closed form on regular steps, the profile
 *     search's on irregular ones
 * @param origin where forecasts start: the last observation, the step, and the times when the
 *     data had them
 */
public record OrnsteinUhlenbeckFit(
        OrnsteinUhlenbeck model,
        double thetaStandardError,
        double muStandardError,
        double sigmaStandardError,
        double halfLifeStandardError,
        double stationaryVarianceStandardError,
        double logLikelihood,
        int nobs,
        boolean regularSteps,
        AdfResult unitRootTest,
        ConvergenceInfo convergence,
        ForecastOrigin origin) implements ForecastingFit {

    /** The parameter names, in the order of {@link #estimates()}. */
    private static final List<String> NAMES = List.of("theta", "mu", "sigma");

    /** The level at which the unit-root test must reject before mean reversion counts as shown. */
    public static final double UNIT_ROOT_LEVEL = 0.05;

    /**
     * Validates the components.
     *
     * @param model the model
     * @param thetaStandardError the standard error of theta
     * @param muStandardError the standard error of mu
     * @param sigmaStandardError the standard error of sigma
     * @param halfLifeStandardError the standard error of the half-life
     * @param stationaryVarianceStandardError the standard error of the stationary variance
     * @param logLikelihood the log-likelihood
     * @param nobs the transitions
     * @param regularSteps whether the steps were regular
     * @param unitRootTest the unit-root test on the observations
     * @param convergence the convergence facts
     * @param origin the forecast origin
     * @throws IllegalArgumentException if the model, the test, the convergence facts or the origin are null, a standard error is
     *     negative or not finite, the log-likelihood is not finite or nobs is not positive
     */
    public OrnsteinUhlenbeckFit {
        ArgChecker.notNull(model, "model");
        ArgChecker.notNull(unitRootTest, "unitRootTest");
        ArgChecker.notNull(convergence, "convergence");
        ArgChecker.notNull(origin, "origin");
        nonNegative(thetaStandardError, "thetaStandardError");
        nonNegative(muStandardError, "muStandardError");
        nonNegative(sigmaStandardError, "sigmaStandardError");
        nonNegative(halfLifeStandardError, "halfLifeStandardError");
        nonNegative(stationaryVarianceStandardError, "stationaryVarianceStandardError");
        OrnsteinUhlenbeck.finite(logLikelihood, "logLikelihood");
        if (nobs <= 0) {
            throw new IllegalArgumentException("Argument 'nobs' must be greater than zero but has value " + nobs);
        }
    }

    /**
     * Whether the data show mean reversion: the unit-root test rejects at {@link #UNIT_ROOT_LEVEL}.
     * When false the half-life is not evidence of mean reversion: a random walk has one too.
     *
     * @return true if the ADF p-value is below 0.05
     */
    public boolean isMeanReversionShown() {
        return unitRootTest.pValue() < UNIT_ROOT_LEVEL;
    }

    /**
     * The unit-root verdict in one sentence, to print beside the half-life.
     *
     * @return "mean reversion shown: ..." or "NOT shown to mean-revert: ..." with the ADF statistic and p-value
     */
    public String verdict() {
        String test = String.format(java.util.Locale.ROOT, "ADF tau %.3f, p-value %.3f, %d lags", unitRootTest.statistic(),
                unitRootTest.pValue(), unitRootTest.lagsUsed());
        return isMeanReversionShown()
                ? "mean reversion shown: the unit root is rejected at 5% (" + test + ")"
                : "NOT shown to mean-revert: a unit root is not rejected at 5% (" + test
                        + "); a random walk gives a finite half-life too";
    }

    /**
     * The parameters, named as in {@link OrnsteinUhlenbeck}.
     *
     * @return {@code [theta, mu, sigma]}
     */
    @Override
    public List<String> parameterNames() {
        return NAMES;
    }

    /**
     * The estimates of theta (per year), mu and sigma.
     *
     * @return a new array {@code {theta, mu, sigma}}
     */
    @Override
    public double[] estimates() {
        return new double[] {model.theta(), model.mu(), model.sigma()};
    }

    /**
     * The standard errors of theta, mu and sigma, from the observed information.
     *
     * @return a new array in the order of {@link #parameterNames()}
     */
    @Override
    public double[] standardErrors() {
        return new double[] {thetaStandardError, muStandardError, sigmaStandardError};
    }

    /**
     * The number of estimated parameters: 3 (theta, mu, sigma).
     *
     * @return 3
     */
    @Override
    public int numberOfParameters() {
        return NAMES.size();
    }

    /**
     * Forecasts the process at {@code h dt}, h = 1..H, after the last observation (see the class
     * documentation), with the step times when the data had times.
     *
     * @param horizon H, at least 1
     * @return the forecast
     * @throws IllegalArgumentException if the horizon is below 1
     */
    @Override
    public Forecast forecast(int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("Argument 'horizon' must be at least 1 but has value " + horizon);
        }
        double[] mean = new double[horizon];
        double[] se = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double t = h * origin.stepYears();
            mean[h - 1] = model.conditionalMean(origin.value(), t);
            se[h - 1] = Math.sqrt(model.conditionalVariance(t));
        }
        Forecast out = Forecast.of(mean, se);
        if (origin.time() == null) {
            return out;
        }
        List<Instant> times = new ArrayList<>(horizon);
        for (int h = 1; h <= horizon; h++) {
            times.add(origin.time().plus(origin.timeStep().multipliedBy(h)));
        }
        return out.withTimes(times);
    }

    /**
     * The summary: theta (per year), mu and sigma with standard errors and z statistics, the
     * half-life with its delta-method standard error, the unit-root verdict, the exact
     * log-likelihood, AIC, BIC and nobs (transitions).
     *
     * @return the summary
     */
    @Override
    public ModelSummary summary() {
        return ModelSummary.of("Ornstein-Uhlenbeck process, exact maximum likelihood")
                .withFact("steps", regularSteps ? "regular (AR(1) closed form)" : "irregular (profile likelihood)")
                .withConvergence(convergence)
                .withFact("unit root", verdict())
                .withCoefficients(parameterNames(), estimates(), standardErrors())
                .withStatistic("half-life (years)", model.halfLife())
                .withStatistic("s.e.", halfLifeStandardError)
                .withStatistic("stationary s.d.", model.stationaryStandardDeviation())
                .withFitStatistics(this);
    }

    /** @return the summary on one line */
    @Override
    public String toString() {
        return summary().oneLine();
    }

    /** The same fit starting its forecasts from another origin. */
    OrnsteinUhlenbeckFit withOrigin(ForecastOrigin o) {
        return new OrnsteinUhlenbeckFit(model, thetaStandardError, muStandardError, sigmaStandardError,
                halfLifeStandardError, stationaryVarianceStandardError, logLikelihood, nobs, regularSteps, unitRootTest,
                convergence, o);
    }

    /**
     * Where forecasts start: the last observation and the step between forecasts, in years and,
     * when the data had times, as a duration after the time of the last observation.
     *
     * @param value the last observation, finite
     * @param stepYears the step in years (the spacing of the last two observations), finite and positive
     * @param time the time of the last observation, or null when the data had no times
     * @param timeStep the step as a duration, positive, or null exactly when {@code time} is
     */
    public record ForecastOrigin(double value, double stepYears, Instant time, Duration timeStep) {

        /**
         * Validates the components.
         *
         * @param value the last observation
         * @param stepYears the step in years
         * @param time the time of the last observation, or null
         * @param timeStep the step as a duration, or null
         * @throws IllegalArgumentException if the value is not finite, the step not positive, or
         *     only one of time and timeStep is given
         */
        public ForecastOrigin {
            OrnsteinUhlenbeck.finite(value, "value");
            OrnsteinUhlenbeck.positive(stepYears, "stepYears");
            if ((time == null) != (timeStep == null)) {
                throw new IllegalArgumentException("Argument 'timeStep' must be given exactly when 'time' is but has "
                        + timeStep + " with time " + time);
            }
            if (timeStep != null && (timeStep.isNegative() || timeStep.isZero())) {
                throw new IllegalArgumentException("Argument 'timeStep' must be positive but has value " + timeStep);
            }
        }
    }

    private static void nonNegative(double v, String name) {
        if (!(v >= 0) || v == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "Argument '" + name + "' must be finite and zero or greater but has value " + v);
        }
    }
}
