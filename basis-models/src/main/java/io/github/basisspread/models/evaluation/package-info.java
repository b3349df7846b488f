/**
 * Forecast evaluation: choosing among estimators by information criteria or by out-of-sample
 * accuracy, walk-forward evaluation against naive benchmarks, and the Diebold-Mariano test. The
 * trading backtest, which turns forecasts into trades, is in
 * {@code io.github.basisspread.models.backtest}.
 *
 * <p>A {@link io.github.basisspread.models.evaluation.Forecaster} fits a training window and
 * returns a {@link io.github.basisspread.models.evaluation.ForecastingModel} that forecasts from
 * any later history with fixed parameters; {@link io.github.basisspread.models.evaluation.Forecasters}
 * holds the naive benchmarks (random walk, rolling mean, carry convergence to zero at expiry) and
 * adapters for the state-space models and an OLS autoregression. Any other estimator, ARIMA
 * included, plugs in by implementing those two small interfaces.
 * {@link io.github.basisspread.models.evaluation.WalkForward} runs expanding or rolling windows,
 * refits every k origins, evaluates h-step forecasts by RMSE, MAE, MAPE, MASE and directional
 * accuracy ({@link io.github.basisspread.models.evaluation.AccuracyMetrics}), always beside the
 * benchmarks, and in parallel over the blocks between refits with results that do not depend on
 * the parallelism. {@link io.github.basisspread.models.evaluation.DieboldMariano} tests equal
 * accuracy with the Harvey-Leybourne-Newbold correction, as R's {@code forecast::dm.test}.
 * {@link io.github.basisspread.models.evaluation.ModelSelection} ranks candidates.
 *
 * <p>Every type is immutable and thread-safe; bad input raises
 * {@link java.lang.IllegalArgumentException} naming the argument and its value.
 */
package io.github.basisspread.models.evaluation;
