package io.github.basisspread.models.risk;

/**
 * A conditional-volatility model for filtered historical simulation (Barone-Adesi, Giannopoulos
 * and Vosper 1999): it standardizes each P&amp;L observation by its conditional volatility and
 * forecasts the volatility of the next one. {@link EwmaVolatility} is the RiskMetrics scaler,
 * {@link GarchVolatility} fits a GARCH model of {@code models.volatility} to each series.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface VolatilityScaler {

    /**
     * Returns the conditional volatilities of a series: element {@code t < n} is the volatility of
     * observation {@code t} given observations {@code 0..t-1}; element {@code n} is the forecast
     * for the next, unobserved, observation.
     *
     * @param series the observations, oldest first, finite, at least two; not modified
     * @return {@code n + 1} positive volatilities
     * @throws IllegalArgumentException if the series is null, too short or not finite
     */
    double[] conditionalVolatilities(double[] series);

    /**
     * Describes the scaler in a few words, e.g. {@code "EWMA lambda 0.94"}.
     *
     * @return the description
     */
    String describe();
}
