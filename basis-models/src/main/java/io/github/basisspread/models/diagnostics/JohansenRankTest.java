package io.github.basisspread.models.diagnostics;

import java.util.Map;

/**
 * One of the Johansen tests of a {@link JohansenResult}: the trace or maximum-eigenvalue
 * statistic of one null rank r.
 *
 * <p>Johansen's statistics have tables, not formulas: the p-value is interpolated linearly between
 * the critical values at 10%, 5% and 1% (as statsmodels' {@code kpss} reads its table; R's
 * {@code urca::ca.jo} and statsmodels' {@code coint_johansen} print only the critical values), and
 * is a bound ("&gt; 0.10", "&lt; 0.01") beyond them. Decisions are taken at the tabulated levels
 * only, by comparison with the critical value. Immutable and thread-safe.
 *
 * @param kind trace or maximum eigenvalue
 * @param rank the null rank r, 0..m-1
 * @param statistic the statistic, zero or more
 * @param pValue the interpolated p-value, or its bound
 * @param pValueBound whether the p-value is interpolated or a bound beyond the table
 * @param criticalValues MacKinnon, Haug and Michelis (1999) values at 10%, 5% and 1% for m - r trends
 * @param lagsUsed the lagged differences of the VECM
 * @param nobs the effective number of observations T
 * @param seriesCount the number of series m
 */
public record JohansenRankTest(
        JohansenStatistic kind,
        int rank,
        double statistic,
        double pValue,
        PValueBound pValueBound,
        CriticalValues criticalValues,
        int lagsUsed,
        int nobs,
        int seriesCount) implements HypothesisTestResult {

    /**
     * Validates the components.
     *
     * @param kind the statistic
     * @param rank the null rank
     * @param statistic the statistic
     * @param pValue the p-value
     * @param pValueBound the p-value's bound
     * @param criticalValues the critical values
     * @param lagsUsed the lagged differences
     * @param nobs the observations
     * @param seriesCount the number of series
     * @throws IllegalArgumentException if a value is not finite, null or out of range
     */
    public JohansenRankTest {
        Checks.notNull(kind, "kind");
        Results.check(statistic, pValue, criticalValues, lagsUsed, nobs);
        Checks.notNull(pValueBound, "pValueBound");
        if (seriesCount < 2) {
            throw new IllegalArgumentException("Argument 'seriesCount' must be at least 2 but has value " + seriesCount);
        }
        if (rank < 0 || rank >= seriesCount) {
            throw new IllegalArgumentException("Argument 'rank' must be between 0 and " + (seriesCount - 1)
                    + " but has value " + rank);
        }
    }

    /** Builds the test of one rank, reading the p-value from the critical values. */
    static JohansenRankTest of(JohansenStatistic kind, int rank, double statistic, CriticalValues criticalValues,
            int lagsUsed, int nobs, int seriesCount) {
        // The table from the largest level down (0.10, 0.05, 0.01), its critical values increasing.
        int size = criticalValues.values().size();
        double[] levels = new double[size];
        double[] critical = new double[size];
        int i = 0;
        for (Map.Entry<Double, Double> e : criticalValues.values().descendingMap().entrySet()) {
            levels[i] = e.getKey();
            critical[i] = e.getValue();
            i++;
        }
        TablePValue p = TablePValue.of(statistic, levels, critical);
        return new JohansenRankTest(kind, rank, statistic, p.pValue(), p.bound(), criticalValues, lagsUsed, nobs,
                seriesCount);
    }

    /**
     * Returns "Johansen trace" or "Johansen maximum eigenvalue", with the null rank.
     *
     * @return the name of the test
     */
    @Override
    public String testName() {
        return (kind == JohansenStatistic.TRACE ? "Johansen trace" : "Johansen maximum eigenvalue")
                + " (r = " + rank + ")";
    }

    /**
     * The decision at a tabulated level (0.10, 0.05, 0.01): whether the statistic exceeds its
     * critical value. Other levels are refused: the interpolated p-value is a reading aid, not a
     * distribution to decide by.
     *
     * @param alpha the significance level: 0.10, 0.05 or 0.01
     * @return true if the null is rejected
     * @throws IllegalArgumentException if alpha is not one of the tabulated levels
     */
    @Override
    public boolean rejectsNull(double alpha) {
        Checks.significance(alpha);
        return statistic > criticalValues.at(alpha);
    }

    /**
     * Returns the null hypothesis.
     *
     * @return the null hypothesis in words
     */
    @Override
    public String nullHypothesis() {
        return kind == JohansenStatistic.TRACE
                ? "The cointegration rank is at most " + rank
                : "The cointegration rank is " + rank;
    }

    /**
     * Returns the alternative hypothesis.
     *
     * @return the alternative hypothesis in words
     */
    @Override
    public String alternativeHypothesis() {
        return kind == JohansenStatistic.TRACE
                ? "The cointegration rank is greater than " + rank
                : "The cointegration rank is " + (rank + 1);
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
