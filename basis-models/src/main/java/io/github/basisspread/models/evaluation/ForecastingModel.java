package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.series.TimeSeries;

/**
 * A forecasting model with fixed parameters: it forecasts the steps after the last observation of
 * a history, conditioning on that history without re-estimating. This is how the walk-forward
 * updates a model between refits (a Kalman filter run with the fitted variances, an
 * autoregression fed its latest lags).
 *
 * <p>Steps are taken at the spacing of the last two observations of the history. Implementations
 * are immutable and thread-safe.
 */
@FunctionalInterface
public interface ForecastingModel {

    /**
     * Forecasts the next {@code horizon} observations after the end of the history.
     *
     * @param history the observations up to the forecast origin, no missing values, not modified
     * @param horizon the number of steps, at least 1
     * @return a new array of length {@code horizon}: element {@code h - 1} is the h-step forecast
     * @throws IllegalArgumentException if the history is too short or the horizon below 1
     */
    double[] forecast(TimeSeries history, int horizon);
}
