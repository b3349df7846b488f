package io.github.basisspread.models.diagnostics;

/**
 * The result of a Ljung-Box or Box-Pierce test of no autocorrelation up to one lag.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind Ljung-Box or Box-Pierce
 * @param statistic the Q statistic
 * @param pValue P(chi2(degreesOfFreedom) &gt; Q)
 * @param criticalValues the chi-squared upper-tail critical values at 1%, 5% and 10%
 * @param lagsUsed the number of autocorrelations summed (h)
 * @param degreesOfFreedom h minus the model degrees of freedom
 * @param nobs the number of observations
 */
public record PortmanteauResult(
        Portmanteau.Kind kind,
        double statistic,
        double pValue,
        CriticalValues criticalValues,
        int lagsUsed,
        int degreesOfFreedom,
        int nobs) implements HypothesisTestResult {

    /**
     * Returns "Ljung-Box" or "Box-Pierce".
     *
     * @return the name of the test
     */
    @Override
    public String testName() {
        return kind == Portmanteau.Kind.LJUNG_BOX ? "Ljung-Box" : "Box-Pierce";
    }

    /**
     * Validates the components.
     *
     * @param kind the kind of statistic
     * @param statistic the statistic
     * @param pValue the p-value
     * @param criticalValues the critical values
     * @param lagsUsed the lags
     * @param degreesOfFreedom the chi-squared degrees of freedom, positive
     * @param nobs the observations
     * @throws IllegalArgumentException if a value is not finite, null or out of range
     */
    public PortmanteauResult {
        Checks.notNull(kind, "kind");
        Results.check(statistic, pValue, criticalValues, lagsUsed, nobs);
        if (degreesOfFreedom <= 0) {
            throw new IllegalArgumentException(
                    "Argument 'degreesOfFreedom' must be greater than zero but has value " + degreesOfFreedom);
        }
    }

    /**
     * Returns the null hypothesis.
     *
     * @return the null hypothesis in words
     */
    @Override
    public String nullHypothesis() {
        return "The first " + lagsUsed + " autocorrelations are all zero (no serial correlation)";
    }

    /**
     * Returns the alternative hypothesis.
     *
     * @return the alternative hypothesis in words
     */
    @Override
    public String alternativeHypothesis() {
        return "At least one of the first " + lagsUsed + " autocorrelations is not zero";
    }

    /**
     * Returns the one-line report.
     *
     * @return the test, statistic, p-value, lags and observations
     */
    @Override
    public String toString() {
        return Reports.line(this);
    }
}
