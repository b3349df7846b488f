package io.github.basisspread.models.diagnostics;

/**
 * The deterministic terms included in a unit-root or cointegration regression.
 *
 * <p>For the Dickey-Fuller and Engle-Granger tests these are the columns added to the test
 * regression (statsmodels' {@code regression}/{@code trend} codes {@code "n"}, {@code "c"},
 * {@code "ct"}). For the Johansen test they are the order of the time polynomial removed from
 * the data ({@code det_order} -1, 0, 1 of statsmodels' {@code coint_johansen}).
 */
public enum Deterministic {
    /** No constant and no trend ({@code "n"}; Johansen {@code det_order = -1}). */
    NONE(0),
    /** A constant ({@code "c"}; Johansen {@code det_order = 0}). */
    CONSTANT(1),
    /** A constant and a linear time trend ({@code "ct"}; Johansen {@code det_order = 1}). */
    CONSTANT_TREND(2);

    private final int termCount;

    Deterministic(int termCount) {
        this.termCount = termCount;
    }

    /**
     * Returns the number of deterministic regressors: 0, 1 or 2.
     *
     * @return the number of deterministic columns
     */
    public int termCount() {
        return termCount;
    }

    /**
     * Returns the order of the time polynomial, Johansen's {@code det_order}: -1, 0 or 1.
     *
     * @return {@code termCount() - 1}
     */
    public int polynomialOrder() {
        return termCount - 1;
    }

    /** Appends the deterministic columns (constant 1, trend 1..n) after the given columns. */
    double[][] appendTo(double[][] columns, int n) {
        double[][] all = java.util.Arrays.copyOf(columns, columns.length + termCount);
        if (termCount >= 1) {
            double[] one = new double[n];
            java.util.Arrays.fill(one, 1.0);
            all[columns.length] = one;
        }
        if (termCount >= 2) {
            double[] trend = new double[n];
            for (int i = 0; i < n; i++) {
                trend[i] = i + 1;
            }
            all[columns.length + 1] = trend;
        }
        return all;
    }
}
