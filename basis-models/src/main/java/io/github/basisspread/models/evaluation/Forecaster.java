package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.series.TimeSeries;

/**
 * A forecasting method: given a training window, it estimates its parameters and returns a
 * {@link ForecastingModel} that forecasts from any later history with those parameters.
 *
 * <p>Any estimator plugs in through a small adapter (see {@link Forecasters}); an ARIMA
 * specification will too. Implementations are immutable and thread-safe: the walk-forward calls
 * {@link #fit(TimeSeries)} from several threads at once.
 */
@FunctionalInterface
public interface Forecaster {

    /**
     * Estimates the parameters on a training window.
     *
     * @param training the training window, no missing values, not modified
     * @return the fitted forecasting model, immutable
     * @throws IllegalArgumentException if the window is too short for the method
     */
    ForecastingModel fit(TimeSeries training);
}
