package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.internal.ArgChecker;
import java.util.OptionalDouble;

/**
 * Point-forecast accuracy over a set of forecasts, with errors {@code e_i = y_i - f_i}.
 *
 * <ul>
 *   <li>RMSE = sqrt(mean e_i^2); MAE = mean |e_i|.
 *   <li>MAPE = 100 mean |e_i / y_i|, in percent; empty when an actual is zero, where it is
 *       undefined (Hyndman and Koehler 2006, section 3.2).
 *   <li>MASE = MAE / s, with s the in-sample mean absolute error of the one-step naive forecast,
 *       {@code s = mean_{t=2..m} |y_t - y_{t-1}|} over the training sample (Hyndman and Koehler 2006,
 *       "Another look at measures of forecast accuracy", IJF 22, eq. for q_t).
 *   <li>Directional accuracy: the share of forecasts whose direction from the value at the
 *       origin, {@code sign(f_i - y_origin)}, matches the realised {@code sign(y_i - y_origin)},
 *       over the forecasts whose realised change is not zero; empty when none is. A forecast of
 *       no change (the random walk) never scores.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param count the number of forecasts, at least 1
 * @param rmse the root mean squared error
 * @param mae the mean absolute error
 * @param mape the mean absolute percentage error in percent, empty when an actual is zero
 * @param mase the mean absolute scaled error
 * @param directionalAccuracy the share of directions right, in [0, 1], empty when undefined
 */
public record AccuracyMetrics(int count, double rmse, double mae, OptionalDouble mape, double mase,
        OptionalDouble directionalAccuracy) {

    /**
     * Validates the components.
     *
     * @param count the number of forecasts
     * @param rmse the root mean squared error
     * @param mae the mean absolute error
     * @param mape the mean absolute percentage error in percent
     * @param mase the mean absolute scaled error
     * @param directionalAccuracy the share of directions right
     * @throws IllegalArgumentException if a count is below 1, a measure negative or not finite
     */
    public AccuracyMetrics {
        ArgChecker.positive(count, "count");
        ArgChecker.nonNegative(ArgChecker.finite(rmse, "rmse"), "rmse");
        ArgChecker.nonNegative(ArgChecker.finite(mae, "mae"), "mae");
        ArgChecker.nonNegative(ArgChecker.finite(mase, "mase"), "mase");
        ArgChecker.notNull(mape, "mape");
        ArgChecker.notNull(directionalAccuracy, "directionalAccuracy");
        mape.ifPresent(v -> ArgChecker.nonNegative(ArgChecker.finite(v, "mape"), "mape"));
        directionalAccuracy.ifPresent(v -> ArgChecker.inRangeInclusive(v, 0, 1, "directionalAccuracy"));
    }

    /**
     * Computes the measures.
     *
     * @param actual the realised values y_i, finite
     * @param forecast the forecasts f_i, finite, same length
     * @param origin the value observed at each forecast's origin, finite, same length
     * @param naiveScale the in-sample MAE of the one-step naive forecast, positive
     * @return the measures
     * @throws IllegalArgumentException if the arrays are empty, of different lengths or hold a
     *     non-finite value, or the scale is not positive
     */
    public static AccuracyMetrics of(double[] actual, double[] forecast, double[] origin, double naiveScale) {
        ArgChecker.notNull(actual, "actual");
        ArgChecker.notNull(forecast, "forecast");
        ArgChecker.notNull(origin, "origin");
        int n = actual.length;
        ArgChecker.isTrue(n > 0, "actual", "an empty array", "hold at least one value");
        ArgChecker.isTrue(forecast.length == n, "forecast", forecast.length + " values", "have the length of 'actual', " + n);
        ArgChecker.isTrue(origin.length == n, "origin", origin.length + " values", "have the length of 'actual', " + n);
        ArgChecker.isTrue(naiveScale > 0 && Double.isFinite(naiveScale), "naiveScale", naiveScale,
                "be positive and finite (the in-sample naive errors are all zero: is the series constant?)");
        double sse = 0;
        double sae = 0;
        double sape = 0;
        boolean zeroActual = false;
        int moved = 0;
        int right = 0;
        for (int i = 0; i < n; i++) {
            ArgChecker.finite(actual[i], "actual[" + i + "]");
            ArgChecker.finite(forecast[i], "forecast[" + i + "]");
            ArgChecker.finite(origin[i], "origin[" + i + "]");
            double e = actual[i] - forecast[i];
            sse += e * e;
            sae += Math.abs(e);
            if (actual[i] == 0) {
                zeroActual = true;
            } else {
                sape += Math.abs(e / actual[i]);
            }
            double realised = Math.signum(actual[i] - origin[i]);
            if (realised != 0) {
                moved++;
                if (Math.signum(forecast[i] - origin[i]) == realised) {
                    right++;
                }
            }
        }
        double mae = sae / n;
        return new AccuracyMetrics(n, Math.sqrt(sse / n), mae,
                zeroActual ? OptionalDouble.empty() : OptionalDouble.of(100 * sape / n),
                mae / naiveScale,
                moved == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) right / moved));
    }

    /**
     * The in-sample mean absolute error of the one-step naive forecast,
     * {@code mean_{t=2..m} |y_t - y_{t-1}|}, the MASE scale.
     *
     * @param training the training values, at least 2, finite
     * @return the scale, zero for a constant series
     * @throws IllegalArgumentException if fewer than 2 values or a value is not finite
     */
    public static double naiveScale(double[] training) {
        ArgChecker.notNull(training, "training");
        ArgChecker.isTrue(training.length >= 2, "training", training.length + " values", "hold at least 2 values");
        double sum = 0;
        for (int t = 1; t < training.length; t++) {
            sum += Math.abs(ArgChecker.finite(training[t], "training[" + t + "]")
                    - ArgChecker.finite(training[t - 1], "training[" + (t - 1) + "]"));
        }
        return sum / (training.length - 1);
    }
}
