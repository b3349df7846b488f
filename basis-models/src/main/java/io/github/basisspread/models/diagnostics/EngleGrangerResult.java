package io.github.basisspread.models.diagnostics;

import java.util.List;

/**
 * The result of an Engle-Granger two-step cointegration test.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statistic the ADF tau statistic of the first-step residuals (regression without terms)
 * @param pValue MacKinnon's (1994) asymptotic p-value for {@code seriesCount} series
 * @param criticalValues MacKinnon's (2010) 1%, 5% and 10% values for {@code seriesCount} series and
 *     T = n - 1 (as Stata's egranger and statsmodels); empty without deterministic terms and more
 *     than one series, where no table exists
 * @param lagsUsed the lagged differences in the residual ADF regression
 * @param nobs the observations of the residual ADF regression
 * @param seriesCount the number of series (dependent plus regressors)
 * @param deterministic the deterministic terms of the cointegrating regression
 * @param cointegratingCoefficients the first-step coefficients: one per regressor, then the
 *     constant and trend when present (an unmodifiable copy)
 */
public record EngleGrangerResult(
        double statistic,
        double pValue,
        CriticalValues criticalValues,
        int lagsUsed,
        int nobs,
        int seriesCount,
        Deterministic deterministic,
        List<Double> cointegratingCoefficients) implements HypothesisTestResult {

    /**
     * Returns "Engle-Granger".
     *
     * @return the name of the test
     */
    @Override
    public String testName() {
        return "Engle-Granger";
    }

    /**
     * Validates and copies the components.
     *
     * @param statistic the statistic
     * @param pValue the p-value
     * @param criticalValues the critical values
     * @param lagsUsed the lags
     * @param nobs the observations
     * @param seriesCount the number of series, at least 2
     * @param deterministic the deterministic terms
     * @param cointegratingCoefficients the first-step coefficients
     * @throws IllegalArgumentException if a value is not finite, null or out of range
     */
    public EngleGrangerResult {
        Results.check(statistic, pValue, criticalValues, lagsUsed, nobs);
        if (seriesCount < 2) {
            throw new IllegalArgumentException("Argument 'seriesCount' must be at least 2 but has value " + seriesCount);
        }
        Checks.notNull(deterministic, "deterministic");
        cointegratingCoefficients = List.copyOf(Checks.notNull(cointegratingCoefficients, "cointegratingCoefficients"));
    }

    /**
     * Returns the null hypothesis.
     *
     * @return the null hypothesis in words
     */
    @Override
    public String nullHypothesis() {
        return "The series are not cointegrated (the cointegrating-regression residuals have a unit root)";
    }

    /**
     * Returns the alternative hypothesis.
     *
     * @return the alternative hypothesis in words
     */
    @Override
    public String alternativeHypothesis() {
        return "The series are cointegrated (the residuals are stationary)";
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
