package io.github.basisspread.models.diagnostics;

/**
 * The result of a Jarque-Bera normality test.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statistic JB = n/6 (S^2 + (K - 3)^2 / 4)
 * @param pValue P(chi2(2) &gt; JB)
 * @param skewness the sample skewness S = m3 / m2^(3/2) (biased moments, as scipy's default)
 * @param kurtosis the sample kurtosis K = m4 / m2^2 (not excess: 3 for a normal)
 * @param nobs the number of observations
 */
public record JarqueBeraResult(double statistic, double pValue, double skewness, double kurtosis, int nobs)
        implements HypothesisTestResult {

    /**
     * Returns "Jarque-Bera".
     *
     * @return the name of the test
     */
    @Override
    public String testName() {
        return "Jarque-Bera";
    }

    /**
     * Validates the components.
     *
     * @param statistic the statistic
     * @param pValue the p-value
     * @param skewness the skewness
     * @param kurtosis the kurtosis
     * @param nobs the observations
     * @throws IllegalArgumentException if a value is not finite or out of range
     */
    public JarqueBeraResult {
        Results.check(statistic, pValue, CriticalValues.none(), 0, nobs);
        if (!Double.isFinite(skewness)) {
            throw new IllegalArgumentException("Argument 'skewness' must be finite but has value " + skewness);
        }
        if (!(kurtosis > 0) || kurtosis == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "Argument 'kurtosis' must be finite and greater than zero but has value " + kurtosis);
        }
    }

    /**
     * Returns the chi-squared(2) upper-tail critical values at 1%, 5% and 10%.
     *
     * @return the critical values
     */
    @Override
    public CriticalValues criticalValues() {
        return ChiSquared.criticalValues(2);
    }

    /**
     * Returns 0: the test has no lags.
     *
     * @return 0
     */
    @Override
    public int lagsUsed() {
        return 0;
    }

    /**
     * Returns the null hypothesis.
     *
     * @return the null hypothesis in words
     */
    @Override
    public String nullHypothesis() {
        return "The data are normally distributed (skewness 0 and kurtosis 3)";
    }

    /**
     * Returns the alternative hypothesis.
     *
     * @return the alternative hypothesis in words
     */
    @Override
    public String alternativeHypothesis() {
        return "The data are not normally distributed";
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
