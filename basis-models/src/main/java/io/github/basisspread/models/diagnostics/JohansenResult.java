package io.github.basisspread.models.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a Johansen cointegration-rank test of m series.
 *
 * <p>Entry r (0-based) of each list tests the null "cointegration rank r" (trace: rank &lt;= r,
 * maximum eigenvalue: rank = r against r + 1); {@link #rankTest(JohansenStatistic, int)} gives each
 * as a {@link JohansenRankTest}, with its p-value read from the table. Critical values are at
 * significance 0.10, 0.05 and 0.01 (the 90%, 95% and 99% quantiles).
 *
 * <p>As a {@link HypothesisTestResult} the result is its headline test, the trace test of rank 0:
 * "the series are not cointegrated" (the null Engle-Granger tests too); {@link #summary()} prints
 * every rank, as R's {@code summary(ca.jo(...))}. Immutable and thread-safe; all lists are
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
        List<List<Double>> eigenvectors) implements HypothesisTestResult {

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
        if (m < 2) {
            throw new IllegalArgumentException("Argument 'eigenvalues' must have at least 2 entries but has " + m);
        }
        traceStatistics = sized(traceStatistics, m, "traceStatistics");
        maxEigenvalueStatistics = sized(maxEigenvalueStatistics, m, "maxEigenvalueStatistics");
        traceCriticalValues = sized(traceCriticalValues, m, "traceCriticalValues");
        maxEigenvalueCriticalValues = sized(maxEigenvalueCriticalValues, m, "maxEigenvalueCriticalValues");
        List<List<Double>> vectors = new ArrayList<>();
        for (List<Double> v : sized(eigenvectors, m, "eigenvectors")) {
            vectors.add(sized(v, m, "eigenvector"));
        }
        eigenvectors = List.copyOf(vectors);
        for (int r = 0; r < m; r++) {
            statistic(traceStatistics.get(r), "traceStatistics", r);
            statistic(maxEigenvalueStatistics.get(r), "maxEigenvalueStatistics", r);
        }
    }

    private static void statistic(double value, String name, int rank) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Argument '" + name + "' must hold finite values of zero or more"
                    + " but has " + value + " at rank " + rank);
        }
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
     * The test of one null rank.
     *
     * @param statistic trace or maximum eigenvalue
     * @param rank the null rank r, 0..m-1
     * @return the test
     * @throws IllegalArgumentException if the statistic is null or the rank out of range
     */
    public JohansenRankTest rankTest(JohansenStatistic statistic, int rank) {
        Checks.notNull(statistic, "statistic");
        if (rank < 0 || rank >= seriesCount()) {
            throw new IllegalArgumentException("Argument 'rank' must be between 0 and " + (seriesCount() - 1)
                    + " but has value " + rank);
        }
        boolean trace = statistic == JohansenStatistic.TRACE;
        return JohansenRankTest.of(statistic, rank,
                (trace ? traceStatistics : maxEigenvalueStatistics).get(rank),
                (trace ? traceCriticalValues : maxEigenvalueCriticalValues).get(rank),
                lagDifferences, nobs, seriesCount());
    }

    /**
     * The tests of every null rank 0..m-1 by one statistic.
     *
     * @param statistic trace or maximum eigenvalue
     * @return the m tests, in increasing rank, unmodifiable
     * @throws IllegalArgumentException if the statistic is null
     */
    public List<JohansenRankTest> rankTests(JohansenStatistic statistic) {
        List<JohansenRankTest> out = new ArrayList<>();
        for (int r = 0; r < seriesCount(); r++) {
            out.add(rankTest(statistic, r));
        }
        return List.copyOf(out);
    }

    /**
     * Whether the null of rank r is rejected at level alpha (statistic above its critical value),
     * as {@link JohansenRankTest#rejectsNull(double)}.
     *
     * @param statistic trace or maximum eigenvalue
     * @param rank the null rank r, 0..m-1
     * @param alpha the significance level: 0.10, 0.05 or 0.01 (the tabulated ones)
     * @return true if the null is rejected
     * @throws IllegalArgumentException if the rank is out of range or alpha is not tabulated
     */
    public boolean rejectsNull(JohansenStatistic statistic, int rank, double alpha) {
        return rankTest(statistic, rank).rejectsNull(alpha);
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
     * Returns "Johansen".
     *
     * @return the name of the test
     */
    @Override
    public String testName() {
        return "Johansen";
    }

    /**
     * Returns the headline statistic: the trace statistic of rank 0.
     *
     * @return the trace statistic of rank 0
     */
    @Override
    public double statistic() {
        return traceStatistics.get(0);
    }

    /**
     * Returns the p-value of the trace test of rank 0, interpolated in its table or bounded.
     *
     * @return the p-value
     */
    @Override
    public double pValue() {
        return rankTest(JohansenStatistic.TRACE, 0).pValue();
    }

    /**
     * Whether the p-value of the trace test of rank 0 is interpolated or a bound.
     *
     * @return the bound
     */
    @Override
    public PValueBound pValueBound() {
        return rankTest(JohansenStatistic.TRACE, 0).pValueBound();
    }

    /**
     * Returns the critical values of the trace test of rank 0.
     *
     * @return the critical values at 10%, 5% and 1%
     */
    @Override
    public CriticalValues criticalValues() {
        return traceCriticalValues.get(0);
    }

    /**
     * Returns the lagged differences of the VECM.
     *
     * @return k
     */
    @Override
    public int lagsUsed() {
        return lagDifferences;
    }

    /**
     * The decision of the trace test of rank 0 at level alpha: are the series cointegrated.
     *
     * @param alpha the significance level: 0.10, 0.05 or 0.01
     * @return true if "no cointegration" is rejected
     * @throws IllegalArgumentException as {@link JohansenRankTest#rejectsNull(double)}
     */
    @Override
    public boolean rejectsNull(double alpha) {
        return rankTest(JohansenStatistic.TRACE, 0).rejectsNull(alpha);
    }

    /**
     * Returns the headline null hypothesis: no cointegration (rank 0).
     *
     * @return the null hypothesis in words
     */
    @Override
    public String nullHypothesis() {
        return "The series are not cointegrated (the cointegration rank is 0)";
    }

    /**
     * Returns the headline alternative: at least one cointegrating relation.
     *
     * @return the alternative hypothesis in words
     */
    @Override
    public String alternativeHypothesis() {
        return "The series are cointegrated (the cointegration rank is greater than 0)";
    }

    /**
     * The table of every rank, as R's {@code summary(ca.jo(...))}: eigenvalues, then for each
     * statistic and null rank the statistic, p-value and critical values, and the rank chosen
     * at 5%.
     *
     * @return the multi-line summary
     */
    @Override
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append("Johansen cointegration test: ").append(seriesCount()).append(" series, ")
                .append(deterministic).append(", ").append(lagDifferences).append(" lagged differences, nobs ")
                .append(nobs).append('\n');
        s.append("  eigenvalues:");
        for (double e : eigenvalues) {
            s.append(' ').append(Reports.number(e));
        }
        s.append('\n');
        for (JohansenStatistic kind : JohansenStatistic.values()) {
            s.append(String.format(java.util.Locale.ROOT, "  %-16s %12s %10s %10s %10s %10s%n",
                    kind == JohansenStatistic.TRACE ? "trace" : "max eigenvalue", "statistic", "p-value",
                    "10%", "5%", "1%"));
            for (JohansenRankTest t : rankTests(kind)) {
                s.append(String.format(java.util.Locale.ROOT, "  %-16s %12s %10s %10s %10s %10s%n",
                        (kind == JohansenStatistic.TRACE ? "r <= " : "r = ") + t.rank(), Reports.number(t.statistic()),
                        t.pValueText(), Reports.number(t.criticalValues().at(0.10)),
                        Reports.number(t.criticalValues().at(0.05)), Reports.number(t.criticalValues().at(0.01))));
            }
            s.append("  rank at 5%: ").append(rank(kind, 0.05)).append('\n');
        }
        return s.toString();
    }

    /**
     * Returns the one-line report: the headline test and the ranks chosen at 5%.
     *
     * @return the report
     */
    @Override
    public String toString() {
        return Reports.line(this) + ", rank at 5%: trace " + rank(JohansenStatistic.TRACE, 0.05)
                + ", maximum eigenvalue " + rank(JohansenStatistic.MAX_EIGENVALUE, 0.05);
    }
}
