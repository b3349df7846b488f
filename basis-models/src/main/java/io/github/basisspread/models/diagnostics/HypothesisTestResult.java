package io.github.basisspread.models.diagnostics;

/**
 * The outcome of one statistical hypothesis test: the statistic, its p-value (or a bound on it
 * where a table stops), the critical values where a table exists, the hypotheses in words, the
 * decision at a significance level, and a readable {@link #summary()}.
 *
 * <p>Every implementation is an immutable, thread-safe record whose {@code toString()} is a one-line
 * report (test, statistic, p-value, lags, observations).
 */
public sealed interface HypothesisTestResult
        permits AdfResult, KpssResult, PortmanteauResult, JarqueBeraResult, EngleGrangerResult,
        JohansenResult, JohansenRankTest {

    /**
     * Returns the name of the test, e.g. "Augmented Dickey-Fuller".
     *
     * @return the name of the test
     */
    String testName();

    /**
     * Returns the test statistic.
     *
     * @return the statistic
     */
    double statistic();

    /**
     * Returns the p-value, in [0, 1]; where {@link #pValueBound()} is not
     * {@link PValueBound#POINT} it is the bound of the table the statistic lies beyond.
     *
     * @return the p-value
     */
    double pValue();

    /**
     * Whether {@link #pValue()} is the p-value itself or a bound on it ("off the table").
     *
     * @return {@link PValueBound#POINT} unless the test's p-values come from a table the
     *     statistic lies beyond
     */
    default PValueBound pValueBound() {
        return PValueBound.POINT;
    }

    /**
     * The p-value as a reader should see it: the number, or {@code "< 0.01"} / {@code "> 0.10"}
     * where it is a bound.
     *
     * @return the p-value in words
     */
    default String pValueText() {
        return Reports.pValue(this);
    }

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
     * The decision at significance level {@code alpha}: whether the null is rejected, p-value &lt;
     * alpha. Where the p-value is a bound the decision uses what the bound says: an upper bound
     * ("&lt; 0.01") rejects for every alpha &gt;= 0.01; a lower bound ("&gt; 0.1") rejects for
     * none up to 0.1, and an alpha above it cannot be decided.
     *
     * @param alpha the significance level, strictly between 0 and 1
     * @return true if the null is rejected
     * @throws IllegalArgumentException if alpha is not in (0, 1), or is above a lower bound of the
     *     p-value (the table cannot decide it)
     */
    default boolean rejectsNull(double alpha) {
        Checks.significance(alpha);
        return switch (pValueBound()) {
            case POINT -> pValue() < alpha;
            case UPPER_BOUND -> pValue() <= alpha;
            case LOWER_BOUND -> {
                if (alpha > pValue()) {
                    throw new IllegalArgumentException("Argument 'alpha' must be at most " + pValue()
                            + " for this " + testName() + " result (its p-value is only known to exceed "
                            + pValue() + ", beyond the table) but has value " + alpha);
                }
                yield false;
            }
        };
    }

    /**
     * A table of the result in the manner of R's {@code print} of an {@code htest}: the test, the
     * hypotheses, statistic, p-value, lags, observations, the critical values and the decision at
     * each tabulated level (1%, 5%, 10% where no table exists).
     *
     * @return the multi-line summary
     */
    default String summary() {
        return Reports.summary(this);
    }
}
