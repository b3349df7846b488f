package io.github.basisspread.models.regression;

/**
 * The regression F test that every slope coefficient is zero.
 *
 * <p>With the classical covariance it is {@code (ESS / df1) / (SSR / df2)}; with a robust
 * covariance it is the Wald statistic {@code b' V^-1 b / df1} on the slopes, as statsmodels
 * computes it. Immutable and thread-safe.
 *
 * @param statistic the F statistic, zero or more (positive infinity for a perfect fit)
 * @param numeratorDf the numerator degrees of freedom (the number of slopes)
 * @param denominatorDf the denominator degrees of freedom (the residual degrees of freedom)
 * @param pValue the upper-tail probability of the statistic under {@code F(df1, df2)}
 */
public record FTest(double statistic, int numeratorDf, int denominatorDf, double pValue) {

    /**
     * Validates the test.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public FTest {
        if (!(statistic >= 0)) {
            throw new IllegalArgumentException("Argument 'statistic' must be zero or greater but has value " + statistic);
        }
        if (numeratorDf < 1 || denominatorDf < 1) {
            throw new IllegalArgumentException("Argument 'numeratorDf' and 'denominatorDf' must be positive but have"
                    + " values " + numeratorDf + " and " + denominatorDf);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("Argument 'pValue' must be in [0, 1] but has value " + pValue);
        }
    }
}
