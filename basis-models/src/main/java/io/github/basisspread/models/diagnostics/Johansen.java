package io.github.basisspread.models.diagnostics;

import io.github.basisspread.models.linalg.CanonicalCorrelations;
import java.util.ArrayList;
import java.util.List;

/**
 * Johansen's (1988, 1991) likelihood-ratio tests of the cointegration rank of m series, e.g. spot
 * and several dated futures at once.
 *
 * <p>The VECM {@code dy_t = Pi y_{t-1} + sum_{i=1..k} Gamma_i dy_{t-i} + e_t} is reduced by
 * regressing dy_t and y_{t-1} on the lagged differences (residuals R0, R1), forming
 * {@code S_ij = R_i'R_j / T} and solving {@code |lambda S_11 - S_10 S_00^-1 S_01| = 0}
 * (Johansen 1995, eq. 6.14-6.15); trace = {@code -T sum_{i>r} ln(1 - lambda_i)}, maximum
 * eigenvalue = {@code -T ln(1 - lambda_{r+1})}. Deterministic terms follow statsmodels'
 * {@code coint_johansen(endog, det_order, k_ar_diff)}: the data are first detrended by a
 * polynomial of order det_order, and for det_order &gt;= 0 every regression is demeaned; critical
 * values are MacKinnon, Haug and Michelis (1999) for m - r = 1..12 trends.
 *
 * <p>Difference from statsmodels: the level regressor is y_{t-1} as in Johansen (1995). statsmodels
 * uses y_{t-k}, which gives identical results for k &gt;= 1 (the two differ by lagged differences
 * that are projected out) but for k = 0 it uses y_t, which is not Johansen's statistic; for k = 0
 * the numbers here therefore differ from statsmodels'.
 *
 * <p>The result is one {@link JohansenRankTest} per null rank and statistic, with the headline
 * trace test of rank 0 (no cointegration) as the result's own statistic.
 *
 * <p>An immutable specification, thread-safe: {@link #of(Deterministic, int)}, then
 * {@code with...} copies.
 */
// varargs on purpose, test(spot, future1, future2): the same method as HypothesisTest.test(double[][])
@SuppressWarnings("overrides")
public final class Johansen implements HypothesisTest<double[][], JohansenResult> {

    private static final double[] NINETY_NINETYFIVE_NINETYNINE = {0.10, 0.05, 0.01};

    private final Deterministic deterministic;
    private final int lagDifferences;

    private Johansen(Deterministic deterministic, int lagDifferences) {
        this.deterministic = deterministic;
        this.lagDifferences = lagDifferences;
    }

    /**
     * The test with the given deterministic terms and number of lagged differences.
     *
     * @param deterministic the order of the time polynomial: NONE (-1), CONSTANT (0), CONSTANT_TREND (1)
     * @param lagDifferences the lagged differences k in the VECM (statsmodels' k_ar_diff), zero or more
     * @return the test
     * @throws IllegalArgumentException if deterministic is null or lagDifferences is negative
     */
    public static Johansen of(Deterministic deterministic, int lagDifferences) {
        return new Johansen(Checks.notNull(deterministic, "deterministic"),
                Checks.nonNegative(lagDifferences, "lagDifferences"));
    }

    /**
     * Returns a copy with other deterministic terms.
     *
     * @param deterministic the order of the time polynomial
     * @return the modified test
     * @throws IllegalArgumentException if the argument is null
     */
    public Johansen withDeterministic(Deterministic deterministic) {
        return of(deterministic, lagDifferences);
    }

    /**
     * Returns a copy with another number of lagged differences.
     *
     * @param lagDifferences k, zero or more
     * @return the modified test
     * @throws IllegalArgumentException if lagDifferences is negative
     */
    public Johansen withLagDifferences(int lagDifferences) {
        return of(deterministic, lagDifferences);
    }

    /**
     * Returns the deterministic terms.
     *
     * @return the order of the time polynomial
     */
    public Deterministic deterministic() {
        return deterministic;
    }

    /**
     * Returns the number of lagged differences k.
     *
     * @return k
     */
    public int lagDifferences() {
        return lagDifferences;
    }

    /**
     * Runs the test.
     *
     * @param series the m series (2 to 12), each in time order and of the same length (not modified)
     * @return the result
     * @throws IllegalArgumentException on null, missing or infinite values, constant series,
     *     mismatched lengths, fewer than 2 or more than 12 series, too short a sample for the lags,
     *     or collinear series
     */
    @Override
    public JohansenResult test(double[]... series) {
        Checks.notNull(series, "series");
        int m = series.length;
        if (m < 2 || m > JohansenTables.MAX_SERIES) {
            throw new IllegalArgumentException("Argument 'series' must hold between 2 and "
                    + JohansenTables.MAX_SERIES + " series (the critical-value tables) but has " + m);
        }
        Checks.notNull(series[0], "series[0]");
        int n = series[0].length;
        for (int j = 0; j < m; j++) {
            String name = "series[" + j + "]";
            Checks.series(series[j], name);
            Checks.sameLength(series[j], name, n, "series[0]");
            Checks.notConstant(series[j], name);
        }
        int k = lagDifferences;
        int t = n - 1 - k;
        int needed = m * (k + 2) + deterministic.termCount() + 2;
        if (n < needed) {
            throw new IllegalArgumentException("Argument 'series' must have at least " + needed
                    + " observations for " + m + " series with " + k + " lagged differences but has length " + n);
        }
        // Detrend the levels by a polynomial of order det_order (statsmodels' first step).
        double[][] y = new double[m][];
        for (int j = 0; j < m; j++) {
            y[j] = deterministic == Deterministic.NONE ? series[j].clone()
                    : LeastSquares.residuals(series[j], deterministic.appendTo(new double[0][], n));
        }
        boolean demean = deterministic != Deterministic.NONE;
        double[][] target = new double[m][t];
        double[][] level = new double[m][t];
        double[][] lags = new double[m * k][t];
        for (int j = 0; j < m; j++) {
            for (int r = 0; r < t; r++) {
                int s = r + k; // dy_{s+1} = y[s+1] - y[s] is explained by y[s] and dy_s .. dy_{s-k+1}
                target[j][r] = y[j][s + 1] - y[j][s];
                level[j][r] = y[j][s];
                for (int i = 1; i <= k; i++) {
                    lags[(i - 1) * m + j][r] = y[j][s + 1 - i] - y[j][s - i];
                }
            }
        }
        if (demean) {
            demean(target);
            demean(level);
            demean(lags);
        }
        double[][] r0 = new double[m][];
        double[][] r1 = new double[m][];
        try {
            for (int j = 0; j < m; j++) {
                r0[j] = LeastSquares.residuals(target[j], lags);
                r1[j] = LeastSquares.residuals(level[j], lags);
            }
        } catch (IllegalArgumentException e) {
            throw collinear(e);
        }
        CanonicalCorrelations cc = CanonicalCorrelations.of(moment(r0, r0, t), moment(r0, r1, t), moment(r1, r1, t));
        // A squared canonical correlation of 1 (an exact linear relation between the residuals)
        // would make the statistics infinite: the series are collinear.
        if (cc == null || !(cc.eigenvalue(0) < 1)) {
            throw collinear(null);
        }
        List<Double> eigenvalues = new ArrayList<>();
        List<List<Double>> vectors = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            eigenvalues.add(cc.eigenvalue(i));
            List<Double> vector = new ArrayList<>();
            for (double e : cc.vector(i)) {
                vector.add(e);
            }
            vectors.add(vector);
        }
        List<Double> trace = new ArrayList<>();
        List<Double> maxEig = new ArrayList<>();
        List<CriticalValues> traceCrit = new ArrayList<>();
        List<CriticalValues> maxCrit = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            double sum = 0;
            for (int j = i; j < m; j++) {
                sum += Math.log1p(-eigenvalues.get(j));
            }
            trace.add(-t * sum);
            maxEig.add(-t * Math.log1p(-eigenvalues.get(i)));
            traceCrit.add(CriticalValues.of(NINETY_NINETYFIVE_NINETYNINE,
                    JohansenTables.values(JohansenStatistic.TRACE, deterministic, m - i)));
            maxCrit.add(CriticalValues.of(NINETY_NINETYFIVE_NINETYNINE,
                    JohansenTables.values(JohansenStatistic.MAX_EIGENVALUE, deterministic, m - i)));
        }
        return new JohansenResult(deterministic, k, t, eigenvalues, trace, maxEig, traceCrit, maxCrit, vectors);
    }

    private static IllegalArgumentException collinear(Exception cause) {
        return new IllegalArgumentException("Argument 'series' must not be collinear but the moment "
                + "matrices of the Johansen regressions are singular", cause);
    }

    private static void demean(double[][] columns) {
        for (double[] col : columns) {
            double mean = 0;
            for (double v : col) {
                mean += v;
            }
            mean /= col.length;
            for (int i = 0; i < col.length; i++) {
                col[i] -= mean;
            }
        }
    }

    private static double[][] moment(double[][] a, double[][] b, int t) {
        double[][] s = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double sum = 0;
                for (int r = 0; r < t; r++) {
                    sum += a[i][r] * b[j][r];
                }
                s[i][j] = sum / t;
            }
        }
        return s;
    }
}
