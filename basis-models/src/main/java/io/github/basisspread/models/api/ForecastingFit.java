package io.github.basisspread.models.api;

/**
 * A fitted model that forecasts: from the end of the data it was fitted on, the next
 * {@code horizon} observations as one {@link Forecast} (means, standard errors, intervals, and
 * step times when the data had them).
 *
 * <p>Every forecasting model of the module implements it, so that forecasts have one shape and
 * any of them can be evaluated, compared and exported alike. Implementations are immutable and
 * thread-safe: many threads may forecast from one fit at once.
 */
public interface ForecastingFit extends FittedModel {

    /**
     * Forecasts the next {@code horizon} observations after the end of the fitted data.
     *
     * @param horizon the number of steps, at least 1
     * @return the forecast
     * @throws IllegalArgumentException if the horizon is below 1 or above the model's limit
     */
    Forecast forecast(int horizon);
}
