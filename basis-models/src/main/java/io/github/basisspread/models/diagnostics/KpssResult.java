package io.github.basisspread.models.diagnostics;

/**
 * The result of a KPSS stationarity test.
 *
 * <p>The p-value is interpolated linearly in the table of Kwiatkowski et al. (1992) and clipped to
 * its range [0.01, 0.10]; {@link #pValueBound()} says whether it was clipped. Immutable and
 * thread-safe.
 *
 * @param statistic the KPSS statistic eta / s^2
 * @param pValue the interpolated p-value, in [0.01, 0.10]
 * @param criticalValues the table's critical values at 10%, 5%, 2.5% and 1%
 * @param lagsUsed the Bartlett-window lags of the long-run variance
 * @param nobs the number of observations
 * @param stationarity level or trend stationarity under the null
 * @param pValueBound whether the true p-value lies inside, above or below the table
 */
public record KpssResult(
        double statistic,
        double pValue,
        CriticalValues criticalValues,
        int lagsUsed,
        int nobs,
        Kpss.Stationarity stationarity,
        PValueBound pValueBound) implements HypothesisTestResult {

    /**
     * Where the true p-value lies relative to the interpolation table.
     */
    public enum PValueBound {
        /** Inside the table: the p-value is interpolated. */
        WITHIN_TABLE,
        /** The statistic is below the 10% value: the true p-value is greater than the 0.10 reported. */
        ABOVE_TABLE,
        /** The statistic is above the 1% value: the true p-value is smaller than the 0.01 reported. */
        BELOW_TABLE
    }

    /**
     * Validates the components.
     *
     * @param statistic the statistic
     * @param pValue the p-value
     * @param criticalValues the critical values
     * @param lagsUsed the lags
     * @param nobs the observations
     * @param stationarity the null's kind of stationarity
     * @param pValueBound the clipping flag
     * @throws IllegalArgumentException if a value is not finite, null or out of range
     */
    public KpssResult {
        Results.check(statistic, pValue, criticalValues, lagsUsed, nobs);
        Checks.notNull(stationarity, "stationarity");
        Checks.notNull(pValueBound, "pValueBound");
    }

    /**
     * Whether the null of stationarity is rejected at level alpha. When the statistic lies beyond
     * the 1% value the true p-value is below 0.01, so the null is rejected for every alpha
     * &gt;= 0.01 (a plain {@code pValue < alpha} would miss alpha = 0.01).
     *
     * @param alpha the significance level, strictly between 0 and 1
     * @return true if the null is rejected
     * @throws IllegalArgumentException if alpha is not in (0, 1)
     */
    @Override
    public boolean rejectsNull(double alpha) {
        Checks.significance(alpha);
        return pValue < alpha || (pValueBound == PValueBound.BELOW_TABLE && alpha >= pValue);
    }

    /**
     * Returns the null hypothesis.
     *
     * @return the null hypothesis in words
     */
    @Override
    public String nullHypothesis() {
        return stationarity == Kpss.Stationarity.LEVEL
                ? "The series is level stationary"
                : "The series is trend stationary";
    }

    /**
     * Returns the alternative hypothesis.
     *
     * @return the alternative hypothesis in words
     */
    @Override
    public String alternativeHypothesis() {
        return stationarity == Kpss.Stationarity.LEVEL
                ? "The series is not level stationary (it has a unit root)"
                : "The series is not trend stationary (it has a unit root)";
    }
}
