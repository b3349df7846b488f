package io.github.basisspread.models.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a Johansen cointegration-rank test of m series.
 *
 * <p>Entry r (0-based) of each list tests the null "cointegration rank r" (trace: rank &lt;= r,
 * maximum eigenvalue: rank = r against r + 1). Critical values are at significance 0.10, 0.05
 * and 0.01 (the 90%, 95% and 99% quantiles). Immutable and thread-safe; all lists are
 * unmodifiable copies.
 *
 * @param deterministic the order of the time polynomial removed (NONE -1, CONSTANT 0, CONSTANT_TREND 1)
 * @param lagDifferences the number of lagged differences in the VECM (k_ar_diff)
 * @param nobs the effective number of observations T
 * @param eigenvalues the squared canonical correlations lambda_1 &gt;= ... &gt;= lambda_m, in [0, 1)
 * @param traceStatistics the trace statistics, one per null rank 0..m-1
 * @param maxEigenvalueStatistics the maximum-eigenvalue statistics, one per null rank 0..m-1
 * @param traceCriticalValues the trace critical values, one per null rank
 * @param maxEigenvalueCriticalValues the maximum-eigenvalue critical values, one per null rank
 * @param eigenvectors the cointegrating vectors, one per eigenvalue, normalised so that
 *     {@code v' S_kk v = 1} and the first non-zero element is positive
 */
public record JohansenResult(
        Deterministic deterministic,
        int lagDifferences,
        int nobs,
        List<Double> eigenvalues,
        List<Double> traceStatistics,
        List<Double> maxEigenvalueStatistics,
        List<CriticalValues> traceCriticalValues,
        List<CriticalValues> maxEigenvalueCriticalValues,
        List<List<Double>> eigenvectors) {

    /**
     * Validates and copies the components.
     *
     * @param deterministic the deterministic terms
     * @param lagDifferences the lagged differences
     * @param nobs the effective observations
     * @param eigenvalues the eigenvalues
     * @param traceStatistics the trace statistics
     * @param maxEigenvalueStatistics the maximum-eigenvalue statistics
     * @param traceCriticalValues the trace critical values
     * @param maxEigenvalueCriticalValues the maximum-eigenvalue critical values
     * @param eigenvectors the eigenvectors
     * @throws IllegalArgumentException if a component is null or the lists differ in size
     */
    public JohansenResult {
        Checks.notNull(deterministic, "deterministic");
        Checks.nonNegative(lagDifferences, "lagDifferences");
        if (nobs <= 0) {
            throw new IllegalArgumentException("Argument 'nobs' must be greater than zero but has value " + nobs);
        }
        eigenvalues = List.copyOf(Checks.notNull(eigenvalues, "eigenvalues"));
        int m = eigenvalues.size();
        traceStatistics = sized(traceStatistics, m, "traceStatistics");
        maxEigenvalueStatistics = sized(maxEigenvalueStatistics, m, "maxEigenvalueStatistics");
        traceCriticalValues = sized(traceCriticalValues, m, "traceCriticalValues");
        maxEigenvalueCriticalValues = sized(maxEigenvalueCriticalValues, m, "maxEigenvalueCriticalValues");
        List<List<Double>> vectors = new ArrayList<>();
        for (List<Double> v : sized(eigenvectors, m, "eigenvectors")) {
            vectors.add(sized(v, m, "eigenvector"));
        }
        eigenvectors = List.copyOf(vectors);
    }

    private static <T> List<T> sized(List<T> list, int m, String name) {
        List<T> copy = List.copyOf(Checks.notNull(list, name));
        if (copy.size() != m) {
            throw new IllegalArgumentException("Argument '" + name + "' must have " + m
                    + " entries but has " + copy.size());
        }
        return copy;
    }

    /**
     * Returns the number of series m.
     *
     * @return m
     */
    public int seriesCount() {
        return eigenvalues.size();
    }

    /**
     * Whether the null of rank r is rejected at level alpha (statistic above its critical value).
     *
     * @param statistic trace or maximum eigenvalue
     * @param rank the null rank r, 0..m-1
     * @param alpha the significance level: 0.10, 0.05 or 0.01 (the tabulated ones)
     * @return true if the null is rejected
     * @throws IllegalArgumentException if the rank is out of range or alpha is not tabulated
     */
    public boolean rejectsNull(JohansenStatistic statistic, int rank, double alpha) {
        Checks.notNull(statistic, "statistic");
        if (rank < 0 || rank >= seriesCount()) {
            throw new IllegalArgumentException("Argument 'rank' must be between 0 and " + (seriesCount() - 1)
                    + " but has value " + rank);
        }
        List<Double> stats = statistic == JohansenStatistic.TRACE ? traceStatistics : maxEigenvalueStatistics;
        List<CriticalValues> crit = statistic == JohansenStatistic.TRACE ? traceCriticalValues
                : maxEigenvalueCriticalValues;
        return stats.get(rank) > crit.get(rank).at(alpha);
    }

    /**
     * The cointegration rank chosen by sequential testing: the first r = 0, 1, ... whose null is not
     * rejected, or m if all are rejected (then the series are stationary).
     *
     * @param statistic trace or maximum eigenvalue
     * @param alpha the significance level: 0.10, 0.05 or 0.01
     * @return the estimated rank, 0..m
     * @throws IllegalArgumentException if alpha is not tabulated
     */
    public int rank(JohansenStatistic statistic, double alpha) {
        for (int r = 0; r < seriesCount(); r++) {
            if (!rejectsNull(statistic, r, alpha)) {
                return r;
            }
        }
        return seriesCount();
    }

    /**
     * Describes the null hypothesis of entry r in words.
     *
     * @param statistic trace or maximum eigenvalue
     * @param rank the null rank r
     * @return the null hypothesis
     */
    public String nullHypothesis(JohansenStatistic statistic, int rank) {
        return statistic == JohansenStatistic.TRACE
                ? "The cointegration rank is at most " + rank
                : "The cointegration rank is " + rank;
    }

    /**
     * Describes the alternative hypothesis of entry r in words.
     *
     * @param statistic trace or maximum eigenvalue
     * @param rank the null rank r
     * @return the alternative hypothesis
     */
    public String alternativeHypothesis(JohansenStatistic statistic, int rank) {
        return statistic == JohansenStatistic.TRACE
                ? "The cointegration rank is greater than " + rank
                : "The cointegration rank is " + (rank + 1);
    }
}
