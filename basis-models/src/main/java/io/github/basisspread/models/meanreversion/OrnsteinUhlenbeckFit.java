package io.github.basisspread.models.meanreversion;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * An Ornstein-Uhlenbeck process fitted by exact maximum likelihood, with its standard errors.
 *
 * <p>Standard errors come from the inverse of the observed information (the numerical Hessian of
 * the exact negative log-likelihood at the estimate); those of the half-life {@code ln 2 / theta}
 * and of the stationary variance {@code sigma^2 / (2 theta)} follow by the delta method.
 * Immutable and thread-safe.
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
        boolean regularSteps) {

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
     * @throws IllegalArgumentException if the model is null, a standard error is negative or not
     *     finite, the log-likelihood is not finite or nobs is not positive
     */
    public OrnsteinUhlenbeckFit {
        ArgChecker.notNull(model, "model");
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

    private static void nonNegative(double v, String name) {
        if (!(v >= 0) || v == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "Argument '" + name + "' must be finite and zero or greater but has value " + v);
        }
    }
}
