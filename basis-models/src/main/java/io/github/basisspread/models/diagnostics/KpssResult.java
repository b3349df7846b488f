package io.github.basisspread.models.diagnostics;

/**
 * The result of a KPSS stationarity test.
 *
 * <p>The p-value is interpolated linearly in the table of Kwiatkowski et al. (1992) and clipped to
 * its range [0.01, 0.10]; {@link #pValueBound()} says whether it was clipped ("&lt; 0.01",
 * "&gt; 0.1"), and {@link #rejectsNull(double)} decides by the bound. Immutable and thread-safe.
 *
 * @param statistic the KPSS statistic eta / s^2
 * @param pValue the interpolated p-value, in [0.01, 0.10]
 * @param criticalValues the table's critical values at 10%, 5%, 2.5% and 1%
 * @param lagsUsed the Bartlett-window lags of the long-run variance
 * @param nobs the number of observations
 * @param stationarity level or trend stationarity under the null
 * @param pValueBound whether the p-value is interpolated in the table or a bound beyond it
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
     * Returns "KPSS (level)" or "KPSS (trend)".
     *
     * @return the name of the test
     */
    @Override
    public String testName() {
        return stationarity == Kpss.Stationarity.LEVEL ? "KPSS (level)" : "KPSS (trend)";
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
