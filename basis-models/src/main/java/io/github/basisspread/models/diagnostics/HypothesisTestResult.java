package io.github.basisspread.models.diagnostics;

/**
 * The outcome of one statistical hypothesis test.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface HypothesisTestResult
        permits AdfResult, KpssResult, PortmanteauResult, JarqueBeraResult, EngleGrangerResult {

    /**
     * Returns the test statistic.
     *
     * @return the statistic
     */
    double statistic();

    /**
     * Returns the p-value, in [0, 1].
     *
     * @return the p-value
     */
    double pValue();

    /**
     * Returns the critical values of the statistic, keyed by significance level.
     *
     * @return the critical values (possibly empty where no table exists)
     */
    CriticalValues criticalValues();

    /**
     * Returns the number of lags the test used (0 where the test has none).
     *
     * @return the lags used
     */
    int lagsUsed();

    /**
     * Returns the number of observations the statistic was computed from.
     *
     * @return the effective number of observations
     */
    int nobs();

    /**
     * Describes the null hypothesis in words.
     *
     * @return the null hypothesis
     */
    String nullHypothesis();

    /**
     * Describes the alternative hypothesis in words.
     *
     * @return the alternative hypothesis
     */
    String alternativeHypothesis();

    /**
     * Whether the null hypothesis is rejected at significance level {@code alpha}: p-value &lt; alpha.
     *
     * @param alpha the significance level, strictly between 0 and 1
     * @return true if the null is rejected
     * @throws IllegalArgumentException if alpha is not in (0, 1)
     */
    default boolean rejectsNull(double alpha) {
        return pValue() < Checks.significance(alpha);
    }
}
