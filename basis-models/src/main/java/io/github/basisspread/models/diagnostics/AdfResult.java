package io.github.basisspread.models.diagnostics;

import java.util.OptionalDouble;

/**
 * The result of an augmented Dickey-Fuller unit-root test.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statistic the tau statistic: the t-value of the lagged level in the test regression
 * @param pValue MacKinnon's (1994) approximate asymptotic p-value
 * @param criticalValues MacKinnon's (2010) finite-sample critical values at 1%, 5% and 10%
 * @param lagsUsed the number of lagged differences in the final regression
 * @param nobs the number of observations of the final regression
 * @param deterministic the deterministic terms of the regression
 * @param lagSelection how the lag was chosen
 * @param maxLag the largest lag considered
 * @param selectionCriterion the best information criterion (AIC, BIC) or the |t| of the last
 *     lag (T_STAT) on the common maxLag-trimmed sample; empty for {@link LagSelection#FIXED}
 */
public record AdfResult(
        double statistic,
        double pValue,
        CriticalValues criticalValues,
        int lagsUsed,
        int nobs,
        Deterministic deterministic,
        LagSelection lagSelection,
        int maxLag,
        OptionalDouble selectionCriterion) implements HypothesisTestResult {

    /**
     * Returns "Augmented Dickey-Fuller".
     *
     * @return the name of the test
     */
    @Override
    public String testName() {
        return "Augmented Dickey-Fuller";
    }

    /**
     * Validates the components.
     *
     * @param statistic the statistic
     * @param pValue the p-value
     * @param criticalValues the critical values
     * @param lagsUsed the lags used
     * @param nobs the observations used
     * @param deterministic the deterministic terms
     * @param lagSelection the lag rule
     * @param maxLag the largest lag considered
     * @param selectionCriterion the selection criterion
     * @throws IllegalArgumentException if a value is not finite, null or out of range
     */
    public AdfResult {
        Results.check(statistic, pValue, criticalValues, lagsUsed, nobs);
        Checks.notNull(deterministic, "deterministic");
        Checks.notNull(lagSelection, "lagSelection");
        Checks.nonNegative(maxLag, "maxLag");
        Checks.notNull(selectionCriterion, "selectionCriterion");
    }

    /**
     * Returns the null hypothesis: a unit root.
     *
     * @return the null hypothesis in words
     */
    @Override
    public String nullHypothesis() {
        return "The series has a unit root (the coefficient on the lagged level is 1)";
    }

    /**
     * Returns the alternative hypothesis: stationarity around the deterministic terms.
     *
     * @return the alternative hypothesis in words
     */
    @Override
    public String alternativeHypothesis() {
        return switch (deterministic) {
            case NONE -> "The series is stationary around zero";
            case CONSTANT -> "The series is stationary around a constant";
            case CONSTANT_TREND -> "The series is stationary around a linear trend";
        };
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
