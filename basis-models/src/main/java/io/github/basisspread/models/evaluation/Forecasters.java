package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.internal.TimeConventions;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.api.ForecastingFit;
import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.arima.AutoArima;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeck;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import io.github.basisspread.models.regression.OlsFit;
import io.github.basisspread.models.regression.OlsSpec;
import io.github.basisspread.models.regression.RegressionData;
import io.github.basisspread.models.statespace.Ar1PlusNoise;
import io.github.basisspread.models.statespace.KalmanFilter;
import io.github.basisspread.models.statespace.LocalLevel;
import io.github.basisspread.models.statespace.StateSpaceFit;
import io.github.basisspread.models.statespace.StateSpaceModel;
import io.github.basisspread.models.volatility.GarchFit;
import io.github.basisspread.models.volatility.GarchSpec;
import io.github.basisspread.models.volatility.MeanModel;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The naive benchmarks and adapters from the estimators of Basis to {@link Forecaster}.
 *
 * <p>Benchmarks: the random walk (the last value), the rolling mean of the last {@code k} values,
 * and carry convergence (a dated future's basis decays linearly to zero at expiry). Adapters: any
 * univariate state-space estimator (local level, AR(1) plus noise), an autoregression of order
 * {@code p} fitted by ordinary least squares, and the mean equation of a GARCH-family model.
 *
 * <p>Every forecaster returned is immutable and thread-safe. Stateless.
 */
public final class Forecasters {

    private Forecasters() {
    }

    /**
     * The random-walk (naive) forecaster: every step forecasts the last observed value.
     *
     * @return the forecaster
     */
    public static Forecaster randomWalk() {
        return training -> (history, horizon) -> {
            checkHistory(history, 1, horizon);
            double[] f = new double[horizon];
            Arrays.fill(f, history.value(history.size() - 1));
            return f;
        };
    }

    /**
     * The rolling-mean forecaster: every step forecasts the mean of the last {@code window} values.
     *
     * @param window the number of values averaged, at least 1
     * @return the forecaster
     * @throws IllegalArgumentException if the window is below 1
     */
    public static Forecaster rollingMean(int window) {
        ArgChecker.positive(window, "window");
        return training -> (history, horizon) -> {
            int n = checkHistory(history, window, horizon);
            double sum = 0;
            for (int i = n - window; i < n; i++) {
                sum += history.value(i);
            }
            double[] f = new double[horizon];
            Arrays.fill(f, sum / window);
            return f;
        };
    }

    /**
     * The carry-implied benchmark for a dated future's basis: with no new information the basis
     * converges linearly in time to zero at expiry, so the forecast at time {@code u} from the
     * last value {@code b} at {@code t} is {@code b (T - u) / (T - t)}, and zero from expiry on.
     *
     * @param expiry the expiry of the future
     * @return the forecaster
     * @throws IllegalArgumentException if the expiry is null
     */
    public static Forecaster carryConvergence(Instant expiry) {
        ArgChecker.notNull(expiry, "expiry");
        long expiryNanos = TimeConventions.toEpochNanos(expiry, "expiry");
        return training -> (history, horizon) -> {
            int n = checkHistory(history, 2, horizon);
            long t = history.epochNanos(n - 1);
            long step = t - history.epochNanos(n - 2);
            double b = history.value(n - 1);
            double[] f = new double[horizon];
            double remaining = (double) (expiryNanos - t);
            for (int h = 1; h <= horizon; h++) {
                double left = (double) (expiryNanos - (t + h * step));
                f[h - 1] = remaining <= 0 || left <= 0 ? 0.0 : b * left / remaining;
            }
            return f;
        };
    }

    /**
     * Adapts any estimator of a time series whose fit forecasts ({@link ForecastingFit}): the fit
     * on the training window forecasts from its end; from any other history the estimator is
     * fitted again on that history, since a {@link ForecastingFit} has no general way to take new
     * observations with its parameters held. So with this adapter every forecast origin costs one
     * estimation whatever {@link WalkForward#withRefitEvery(int)} says; the dedicated adapters
     * ({@link #arima(ArimaSpec)}, {@link #autoArima(AutoArima)}, {@link #stateSpace(Estimator)},
     * {@link #ornsteinUhlenbeck(OrnsteinUhlenbeckFitter)}) condition on the newer history without
     * re-estimating.
     *
     * @param estimator the estimator, for example {@code series -> spec.fit(ArimaData.of(series))}
     * @return the forecaster
     * @throws IllegalArgumentException if the estimator is null
     */
    public static Forecaster of(Estimator<TimeSeries, ? extends ForecastingFit> estimator) {
        ArgChecker.notNull(estimator, "estimator");
        return training -> {
            ForecastingFit fit = estimator.fit(training);
            int n = training.size();
            long last = training.epochNanos(n - 1);
            long first = training.epochNanos(0);
            return (history, horizon) -> {
                checkHistory(history, 1, horizon);
                boolean same = history.size() == n && history.epochNanos(0) == first
                        && history.epochNanos(n - 1) == last;
                return (same ? fit : estimator.fit(history)).forecast(horizon).mean();
            };
        };
    }

    /**
     * Automatic ARIMA with forecast's defaults ({@link AutoArima#of()}); see
     * {@link #autoArima(AutoArima)}.
     *
     * @return the forecaster
     */
    public static Forecaster autoArima() {
        return autoArima(AutoArima.of());
    }

    /**
     * The local-level model (random walk plus noise) fitted by maximum likelihood.
     *
     * @return the forecaster
     */
    public static Forecaster localLevel() {
        return stateSpace(LocalLevel.of());
    }

    /**
     * The AR(1)-plus-noise state-space model fitted by maximum likelihood.
     *
     * @return the forecaster
     */
    public static Forecaster ar1PlusNoise() {
        return stateSpace(Ar1PlusNoise.of());
    }

    /**
     * An ARIMA model of a specification (without regressors), estimated on each training window.
     * Forecasts keep the estimated coefficients: from a history that extends the training window
     * the fitted model {@linkplain ArimaFit#append(double...) takes the new observations}
     * without re-estimating; from any other history (a rolling window) the same coefficients are
     * held fixed and only the Kalman filter runs over it.
     *
     * @param spec the specification, without regressors
     * @return the forecaster
     * @throws IllegalArgumentException if the specification is null or has regressors
     */
    public static Forecaster arima(ArimaSpec spec) {
        ArgChecker.notNull(spec, "spec");
        ArgChecker.isTrue(spec.regressors().isEmpty(), "spec", spec, "have no regressors (their future values are unknown here)");
        return training -> arimaModel(spec.fit(training.valuesArray()), training);
    }

    /**
     * Automatic ARIMA ({@link AutoArima}, without regressors): on each training window the search
     * chooses the differencing and the orders and fits the chosen model; forecasts keep that
     * model and its coefficients, as {@link #arima(ArimaSpec)} does.
     *
     * @param search the automatic search, without regressors
     * @return the forecaster
     * @throws IllegalArgumentException if the search is null
     */
    public static Forecaster autoArima(AutoArima search) {
        ArgChecker.notNull(search, "search");
        return training -> arimaModel(search.fit(training.valuesArray()), training);
    }

    /**
     * A GARCH-family model ({@link GarchSpec}) fitted by maximum likelihood on each training
     * window; its point forecasts are those of the mean equation after the history the forecast
     * starts from ({@link GarchFit#meanForecastAfter}): 0 (zero mean), {@code mu} (constant), or
     * the AR(1) or ARMA recursion over the history's residuals. The variance equation does not move
     * the point forecast (it gives its uncertainty: {@link GarchFit#forecast(int)} and
     * {@link GarchFit#varianceForecast(int)}), so a GARCH forecaster is the constant or ARMA mean
     * estimated with weights from the fitted volatility, evaluated beside the naive benchmarks.
     *
     * @param spec the specification
     * @return the forecaster
     * @throws IllegalArgumentException if the specification is null
     */
    public static Forecaster garch(GarchSpec spec) {
        ArgChecker.notNull(spec, "spec");
        return training -> {
            GarchFit fit = spec.fit(training.valuesArray());
            return (history, horizon) -> {
                checkHistory(history, 1, horizon);
                return fit.meanForecastAfter(history.valuesArray(), horizon);
            };
        };
    }

    /**
     * An Ornstein-Uhlenbeck process fitted by exact maximum likelihood on each training window
     * (time in years by the fitter's day count). The forecast from the last observation
     * {@code x} is the conditional mean {@code mu + (x - mu) e^{-theta h dt}} with {@code dt}
     * the spacing of the history's last two observations.
     *
     * @param fitter the fitter
     * @return the forecaster
     * @throws IllegalArgumentException if the fitter is null
     */
    public static Forecaster ornsteinUhlenbeck(OrnsteinUhlenbeckFitter fitter) {
        ArgChecker.notNull(fitter, "fitter");
        return training -> {
            OrnsteinUhlenbeck model = fitter.fit(training).model();
            return (history, horizon) -> {
                int n = checkHistory(history, 2, horizon);
                double dt = fitter.dayCount().yearFraction(history.time(n - 2), history.time(n - 1));
                double last = history.value(n - 1);
                double[] f = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    f[h - 1] = model.conditionalMean(last, h * dt);
                }
                return f;
            };
        };
    }

    /** The forecasting model of an ARIMA fit on a training window (see {@link #arima(ArimaSpec)}). */
    private static ForecastingModel arimaModel(ArimaFit fit, TimeSeries training) {
        ArimaSpec spec = fit.spec();
        Map<String, Double> coefficients = new LinkedHashMap<>();
        double[] estimates = fit.estimates();
        for (int i = 0; i < estimates.length; i++) {
            coefficients.put(fit.parameterNames().get(i), estimates[i]);
        }
        ArimaSpec fixed = spec.withFixed(coefficients);
        int n = training.size();
        long first = training.epochNanos(0);
        long last = training.epochNanos(n - 1);
        return (history, horizon) -> {
            checkHistory(history, 1, horizon);
            ArimaFit at;
            if (history.size() >= n && history.epochNanos(0) == first && history.epochNanos(n - 1) == last) {
                at = history.size() == n ? fit
                        : fit.append(Arrays.copyOfRange(history.valuesArray(), n, history.size()));
            } else {
                at = fixed.fit(history.valuesArray());
            }
            return at.forecast(horizon).mean();
        };
    }

    /**
     * Adapts a univariate state-space estimator: the fit estimates the parameters; each forecast
     * runs the Kalman filter of the fitted model over the history and forecasts its mean.
     *
     * @param estimator the estimator of the state-space model, univariate
     * @return the forecaster
     * @throws IllegalArgumentException if the estimator is null
     */
    public static Forecaster stateSpace(Estimator<double[], StateSpaceFit> estimator) {
        ArgChecker.notNull(estimator, "estimator");
        return training -> {
            StateSpaceModel model = estimator.fit(training.valuesArray()).model();
            return (history, horizon) -> {
                checkHistory(history, 1, horizon);
                var forecast = KalmanFilter.filter(model, history.valuesArray()).forecast(horizon);
                double[] f = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    f[h - 1] = forecast.mean(h)[0];
                }
                return f;
            };
        };
    }

    /**
     * An autoregression of order p with an intercept, {@code y_t = c + a_1 y_{t-1} + ... +
     * a_p y_{t-p} + e_t}, fitted by ordinary least squares on the training window (conditional
     * least squares); forecasts are iterated, each step feeding the previous forecasts as lags.
     *
     * @param order p, at least 1
     * @return the forecaster
     * @throws IllegalArgumentException if the order is below 1
     */
    public static Forecaster olsAutoregression(int order) {
        ArgChecker.positive(order, "order");
        return training -> {
            double[] y = training.valuesArray();
            int rows = y.length - order;
            ArgChecker.isTrue(rows > order + 1, "training", y.length + " observations",
                    "hold more than 2 * order + 1 = " + (2 * order + 1) + " observations for an AR(" + order + ")");
            double[] response = Arrays.copyOfRange(y, order, y.length);
            double[][] lags = new double[order][rows];
            for (int j = 0; j < order; j++) {
                for (int r = 0; r < rows; r++) {
                    lags[j][r] = y[order + r - 1 - j];
                }
            }
            OlsFit fit = OlsSpec.of().fit(RegressionData.of(response, lags));
            double[] coefficients = fit.coefficients();
            return (history, horizon) -> {
                int n = checkHistory(history, order, horizon);
                double[] buffer = new double[order + horizon];
                for (int j = 0; j < order; j++) {
                    buffer[j] = history.value(n - order + j);
                }
                double[] f = new double[horizon];
                for (int h = 0; h < horizon; h++) {
                    double value = coefficients[0];
                    for (int j = 1; j <= order; j++) {
                        value += coefficients[j] * buffer[order + h - j];
                    }
                    buffer[order + h] = value;
                    f[h] = value;
                }
                return f;
            };
        };
    }

    private static int checkHistory(TimeSeries history, int min, int horizon) {
        ArgChecker.notNull(history, "history");
        ArgChecker.positive(horizon, "horizon");
        ArgChecker.isTrue(history.size() >= min, "history", history.size() + " observations",
                "hold at least " + min + " observations");
        return history.size();
    }
}
