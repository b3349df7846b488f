package io.github.basisspread.models.regression;

/**
 * A minimum-variance hedge estimated on one sample.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hedgeRatio the minimum-variance hedge ratio {@code h* = Cov(dS, dF) / Var(dF)}, the
 *     quantity of the hedge instrument to sell per unit of spot held
 * @param standardError the classical standard error of the hedge ratio (the OLS slope)
 * @param effectiveness the variance reduction {@code 1 - Var(dS - h* dF) / Var(dS)}, the
 *     regression R-squared (Ederington 1979), in {@code [0, 1]}
 * @param basisRisk the per-period volatility (sample standard deviation) of the hedged P&amp;L
 *     {@code dS - h* dF}: the risk that the hedge leaves, in the units of the returns
 * @param unhedgedVolatility the per-period sample standard deviation of {@code dS}
 * @param nobs the number of periods (one fewer than the prices)
 */
public record HedgeEstimate(double hedgeRatio, double standardError, double effectiveness, double basisRisk,
        double unhedgedVolatility, int nobs) {

    /**
     * Validates the estimate.
     *
     * @param hedgeRatio the minimum-variance hedge ratio, finite
     * @param standardError its standard error, zero or more
     * @param effectiveness the variance reduction, in [0, 1]
     * @param basisRisk the volatility of the hedged P&amp;L, zero or more
     * @param unhedgedVolatility the volatility of the spot changes, zero or more
     * @param nobs the number of periods, at least 3
     * @throws IllegalArgumentException if a value is not finite or out of range
     */
    public HedgeEstimate {
        if (!Double.isFinite(hedgeRatio)) {
            throw new IllegalArgumentException("Argument 'hedgeRatio' must be finite but has value " + hedgeRatio);
        }
        if (!(standardError >= 0) || !(basisRisk >= 0) || !(unhedgedVolatility >= 0)
                || Double.isInfinite(standardError + basisRisk + unhedgedVolatility)) {
            throw new IllegalArgumentException("Arguments 'standardError', 'basisRisk' and 'unhedgedVolatility' must be"
                    + " finite and zero or greater but have values " + standardError + ", " + basisRisk + ", "
                    + unhedgedVolatility);
        }
        if (!(effectiveness >= 0 && effectiveness <= 1)) {
            throw new IllegalArgumentException("Argument 'effectiveness' must be in [0, 1] but has value " + effectiveness);
        }
        if (nobs < 3) {
            throw new IllegalArgumentException("Argument 'nobs' must be at least 3 but has value " + nobs);
        }
    }
}
