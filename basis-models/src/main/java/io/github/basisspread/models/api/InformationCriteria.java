package io.github.basisspread.models.api;

/**
 * The information criteria of a fitted model, from its log-likelihood {@code l}, number of
 * parameters {@code k} and number of observations {@code n}.
 *
 * <ul>
 *   <li>AIC = -2 l + 2 k (Akaike 1974, "A new look at the statistical model identification").
 *   <li>AICc = AIC + 2 k (k + 1) / (n - k - 1) (Hurvich and Tsai 1989, Biometrika 76); positive
 *       infinity when {@code n - k - 1 <= 0}, where the correction is undefined.
 *   <li>BIC = -2 l + k ln n (Schwarz 1978, Annals of Statistics 6).
 *   <li>HQIC = -2 l + 2 k ln ln n (Hannan and Quinn 1979, JRSS B 41).
 * </ul>
 *
 * <p>A perfect fit (log-likelihood +infinity, an OLS fit with zero residuals) has criteria of
 * -infinity, as R's {@code AIC} and statsmodels give; no other infinity gets in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param aic the Akaike information criterion
 * @param aicc the small-sample corrected AIC, positive infinity when undefined
 * @param bic the Bayesian (Schwarz) information criterion
 * @param hqic the Hannan-Quinn information criterion
 */
public record InformationCriteria(double aic, double aicc, double bic, double hqic) {

    /**
     * Validates the criteria.
     *
     * @param aic the AIC, finite or negative infinity (a perfect fit)
     * @param aicc the AICc, finite, positive infinity (undefined) or negative infinity (a perfect fit)
     * @param bic the BIC, finite or negative infinity (a perfect fit)
     * @param hqic the HQIC, finite or negative infinity (a perfect fit)
     * @throws IllegalArgumentException if a criterion is NaN, or AIC, BIC or HQIC is positive infinity
     */
    public InformationCriteria {
        requireFiniteOrPerfect(aic, "aic");
        requireFiniteOrPerfect(bic, "bic");
        requireFiniteOrPerfect(hqic, "hqic");
        if (Double.isNaN(aicc)) {
            throw new IllegalArgumentException(
                    "Argument 'aicc' must be finite or positive infinity but has value " + aicc);
        }
    }

    /**
     * Computes the criteria from a log-likelihood.
     *
     * @param logLikelihood the maximised log-likelihood, finite, or positive infinity for a
     *     perfect fit (every criterion is then -infinity, AICc +infinity where undefined)
     * @param numberOfParameters the number of estimated parameters, zero or more
     * @param nobs the number of observations, at least 2 (so that {@code ln ln n} exists)
     * @return the criteria
     * @throws IllegalArgumentException if the log-likelihood is NaN or negative infinity, the
     *     number of parameters is negative or there are fewer than 2 observations
     */
    public static InformationCriteria of(double logLikelihood, int numberOfParameters, int nobs) {
        if (logLikelihood != Double.POSITIVE_INFINITY) {
            requireFinite(logLikelihood, "logLikelihood");
        }
        if (numberOfParameters < 0) {
            throw new IllegalArgumentException(
                    "Argument 'numberOfParameters' must be zero or greater but has value " + numberOfParameters);
        }
        if (nobs < 2) {
            throw new IllegalArgumentException("Argument 'nobs' must be at least 2 but has value " + nobs);
        }
        double k = numberOfParameters;
        double n = nobs;
        double aic = -2 * logLikelihood + 2 * k;
        double denominator = n - k - 1;
        double aicc = denominator > 0 ? aic + 2 * k * (k + 1) / denominator : Double.POSITIVE_INFINITY;
        double bic = -2 * logLikelihood + k * Math.log(n);
        double hqic = -2 * logLikelihood + 2 * k * Math.log(Math.log(n));
        return new InformationCriteria(aic, aicc, bic, hqic);
    }

    private static void requireFiniteOrPerfect(double value, String name) {
        if (!Double.isFinite(value) && value != Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("Argument '" + name + "' must be finite (or negative infinity, for a"
                    + " perfect fit) but has value " + value);
        }
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Argument '" + name + "' must be finite but has value " + value);
        }
    }
}
