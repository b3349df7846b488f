/**
 * Model selection and validation: choosing among estimators by information criteria or by
 * out-of-sample accuracy, walk-forward evaluation against naive benchmarks, the Diebold-Mariano
 * test, and the event-driven backtest of basis trades.
 *
 * <p>A {@link io.github.basisspread.models.validation.Forecaster} fits a training window and
 * returns a {@link io.github.basisspread.models.validation.ForecastingModel} that forecasts from
 * any later history with fixed parameters; {@link io.github.basisspread.models.validation.Forecasters}
 * holds the naive benchmarks (random walk, rolling mean, carry convergence to zero at expiry) and
 * adapters for the state-space models and an OLS autoregression. Any other estimator, ARIMA
 * included, plugs in by implementing those two small interfaces.
 * {@link io.github.basisspread.models.validation.WalkForward} runs expanding or rolling windows,
 * refits every k origins, evaluates h-step forecasts by RMSE, MAE, MAPE, MASE and directional
 * accuracy ({@link io.github.basisspread.models.validation.AccuracyMetrics}), always beside the
 * benchmarks, and in parallel over the blocks between refits with results that do not depend on
 * the parallelism. {@link io.github.basisspread.models.validation.DieboldMariano} tests equal
 * accuracy with the Harvey-Leybourne-Newbold correction, as R's {@code forecast::dm.test}.
 * {@link io.github.basisspread.models.validation.ModelSelection} ranks candidates.
 *
 * <p>Every type is immutable and thread-safe; bad input raises
 * {@link java.lang.IllegalArgumentException} naming the argument and its value.
 */
package io.github.basisspread.models.validation;
