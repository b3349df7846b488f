package io.github.basisspread.core.series;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * Returns and differences of a series.
 *
 * <p>Each result is stamped at the <em>later</em> of the two observations it compares, so a
 * return at {@code t_i} is known at {@code t_i} and never earlier. Lags count observations,
 * not time: the return at {@code t_i} compares {@code x_i} with {@code x_{i-1}}, however far
 * apart they are (resample first for returns over a fixed horizon).
 *
 * <p><b>Missing values.</b> A return or difference touching a missing value is missing: it is
 * not bridged to an older observation, which would silently stretch its horizon.
 *
 * <p>Every method is a pure function of its arguments; the class has no state.
 */
public final class Returns {

    private Returns() {
    }

    /**
     * Returns the simple returns {@code r_i = x_i / x_{i-1} - 1}, of size {@code n - 1},
     * stamped at {@code t_i}.
     *
     * @param prices the prices: present values finite and positive
     * @return the simple returns (decimal: 0.01 = 1%); empty for fewer than two observations
     * @throws IllegalArgumentException if the series is null or a present price is not positive
     */
    public static TimeSeries simple(TimeSeries prices) {
        requirePositive(prices);
        return pairwise(prices, 1, false);
    }

    /**
     * Returns the log returns {@code r_i = ln(x_i / x_{i-1})}, of size {@code n - 1}, stamped at
     * {@code t_i}. Log returns add up over time: their sum is the log of the total growth.
     *
     * @param prices the prices: present values finite and positive
     * @return the log returns; empty for fewer than two observations
     * @throws IllegalArgumentException if the series is null or a present price is not positive
     */
    public static TimeSeries log(TimeSeries prices) {
        requirePositive(prices);
        return pairwise(prices, 1, true);
    }

    /**
     * Returns the differences {@code d_i = x_i - x_{i-lag}}, of size {@code n - lag}, stamped
     * at {@code t_i}.
     *
     * @param series the series, any sign
     * @param lag the number of observations between the two values compared, at least one
     * @return the differences; empty when {@code lag >= n}
     * @throws IllegalArgumentException if the series is null, the lag is not positive, or a
     *     difference overflows to infinity
     */
    public static TimeSeries differences(TimeSeries series, int lag) {
        ArgChecker.notNull(series, "series");
        ArgChecker.positive(lag, "lag");
        int n = series.size() - lag;
        if (n <= 0) {
            return TimeSeries.empty();
        }
        long[] times = new long[n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = series.epochNanos(i + lag);
            out[i] = series.value(i + lag) - series.value(i);
            if (Double.isInfinite(out[i])) {
                throw new IllegalArgumentException("Argument 'series' has a difference overflowing to " + out[i] + " between "
                        + series.value(i + lag) + " at index " + (i + lag) + " (" + series.time(i + lag) + ") and "
                        + series.value(i) + " at index " + i);
            }
        }
        return TimeSeries.ofOwnedArrays(times, out);
    }

    private static TimeSeries pairwise(TimeSeries prices, int lag, boolean log) {
        int n = prices.size() - lag;
        if (n <= 0) {
            return TimeSeries.empty();
        }
        long[] times = new long[n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double before = prices.value(i);
            double after = prices.value(i + lag);
            times[i] = prices.epochNanos(i + lag);
            // (after - before) / before rather than after / before - 1: for close prices the
            // subtraction is exact (Sterbenz), so the small return keeps its relative accuracy,
            // which log1p then preserves for the log return. NaN propagates for missing values.
            double simple = (after - before) / before;
            if (log) {
                // Far from 1 the ratio may overflow or underflow; the difference of logs never does.
                out[i] = Math.abs(simple) < 0.5 ? Math.log1p(simple) : Math.log(after) - Math.log(before);
            } else if (Double.isInfinite(simple)) {
                // A ratio of two finite positive doubles can still overflow (1e300 / 1e-300).
                throw new IllegalArgumentException("Argument 'prices' has a return overflowing to infinity from " + before
                        + " at index " + i + " to " + after + " at index " + (i + lag) + " (" + prices.time(i + lag) + ")");
            } else {
                out[i] = simple;
            }
        }
        return TimeSeries.ofOwnedArrays(times, out);
    }

    private static void requirePositive(TimeSeries prices) {
        ArgChecker.notNull(prices, "prices");
        for (int i = 0; i < prices.size(); i++) {
            if (!prices.isMissing(i) && !(prices.value(i) > 0)) {
                throw new IllegalArgumentException("Argument 'prices' must have positive values but has value "
                        + prices.value(i) + " at index " + i + " (" + prices.time(i) + ")");
            }
        }
    }
}
