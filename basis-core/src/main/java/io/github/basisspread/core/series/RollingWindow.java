package io.github.basisspread.core.series;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * Trailing rolling-window statistics: mean, sum, sample variance and standard deviation,
 * minimum and maximum.
 *
 * <p><b>Windows.</b> The output at {@code t_i} summarizes a trailing window ending at
 * {@code t_i} inclusive, so it uses only data at or before {@code t_i}:
 * <ul>
 *   <li>{@link #ofCount(int) by count}: the last {@code n} observations {@code i-n+1 .. i}
 *       (missing ones occupy a place in the window but contribute no value);</li>
 *   <li>{@link #ofDuration(Duration) by time}: the observations with
 *       {@code t_i - w < t <= t_i}, a half-open interval (an observation exactly {@code w}
 *       old has left the window).</li>
 * </ul>
 * The output has the input's timestamps. It is missing where the window holds fewer present
 * values than the {@linkplain #withMinObservations(int) minimum} (by default {@code n} for a
 * count window, that is a full window, and 1 for a time window); the variance and standard
 * deviation need at least two present values in any case.
 *
 * <p><b>Algorithms.</b> Every statistic takes {@code O(n)} time in total. Sums use a running
 * Neumaier-compensated sum, updated by adding the entering value and subtracting the leaving
 * one; variances use Welford's (1962) running mean and sum of squared deviations with the
 * matching removal update; minima and maxima keep a monotonic deque of candidate indices, each
 * index entering and leaving it once. When a window holds no present value the running state is
 * reset to zero, so rounding does not carry across gaps.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollingWindow {

    private final int count;
    private final Duration duration;
    private final long durationNanos;
    private final int minObservations;

    private RollingWindow(int count, Duration duration, long durationNanos, int minObservations) {
        this.count = count;
        this.duration = duration;
        this.durationNanos = durationNanos;
        this.minObservations = minObservations;
    }

    /**
     * Returns a window over the last {@code n} observations, requiring by default all {@code n}
     * to be present.
     *
     * @param n the window length in observations, positive
     * @return the window
     * @throws IllegalArgumentException if {@code n} is not positive
     */
    public static RollingWindow ofCount(int n) {
        ArgChecker.positive(n, "n");
        return new RollingWindow(n, null, 0, n);
    }

    /**
     * Returns a trailing time window {@code (t - width, t]}, requiring by default one present
     * value.
     *
     * @param width the window width, positive
     * @return the window
     * @throws IllegalArgumentException if the width is null or not positive
     */
    public static RollingWindow ofDuration(Duration width) {
        ArgChecker.notNull(width, "width");
        ArgChecker.isTrue(!width.isNegative() && !width.isZero(), "width", width, "be positive");
        return new RollingWindow(0, width, Alignment.unsignedNanos(width), 1);
    }

    /**
     * Returns a copy of this window requiring at least {@code k} present values for an output.
     *
     * @param k the minimum number of present values, positive; for a count window at most its
     *     length
     * @return the new window
     * @throws IllegalArgumentException if {@code k} is not positive or exceeds the count
     */
    public RollingWindow withMinObservations(int k) {
        ArgChecker.positive(k, "minObservations");
        if (count > 0) {
            ArgChecker.isTrue(k <= count, "minObservations", k, "be at most the window length " + count);
        }
        return new RollingWindow(count, duration, durationNanos, k);
    }

    /**
     * Returns the minimum number of present values for an output.
     *
     * @return the minimum observations
     */
    public int minObservations() {
        return minObservations;
    }

    /**
     * Returns the rolling sum of the present values.
     *
     * @param series the input
     * @return the rolling sum, on the input's timestamps
     * @throws IllegalArgumentException if the series is null or the running sum overflows
     */
    public TimeSeries sum(TimeSeries series) {
        return moments(series, Statistic.SUM);
    }

    /**
     * Returns the rolling mean of the present values.
     *
     * @param series the input
     * @return the rolling mean, on the input's timestamps
     * @throws IllegalArgumentException if the series is null or the running sum overflows
     */
    public TimeSeries mean(TimeSeries series) {
        return moments(series, Statistic.MEAN);
    }

    /**
     * Returns the rolling sample variance {@code sum (x - mean)^2 / (m - 1)} of the {@code m}
     * present values; missing where {@code m < 2}.
     *
     * @param series the input
     * @return the rolling variance, on the input's timestamps
     * @throws IllegalArgumentException if the series is null or the variance overflows
     */
    public TimeSeries variance(TimeSeries series) {
        return moments(series, Statistic.VARIANCE);
    }

    /**
     * Returns the rolling sample standard deviation, the square root of {@link #variance}.
     *
     * @param series the input
     * @return the rolling standard deviation, on the input's timestamps
     * @throws IllegalArgumentException if the series is null or the variance overflows
     */
    public TimeSeries standardDeviation(TimeSeries series) {
        return moments(series, Statistic.STANDARD_DEVIATION);
    }

    /**
     * Returns the rolling minimum of the present values.
     *
     * @param series the input
     * @return the rolling minimum, on the input's timestamps
     * @throws IllegalArgumentException if the series is null
     */
    public TimeSeries min(TimeSeries series) {
        return extreme(series, false);
    }

    /**
     * Returns the rolling maximum of the present values.
     *
     * @param series the input
     * @return the rolling maximum, on the input's timestamps
     * @throws IllegalArgumentException if the series is null
     */
    public TimeSeries max(TimeSeries series) {
        return extreme(series, true);
    }

    private enum Statistic { SUM, MEAN, VARIANCE, STANDARD_DEVIATION }

    /** The index of the first observation inside the window ending at each index. */
    private int[] windowStarts(TimeSeries s) {
        int n = s.size();
        int[] start = new int[n];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (count > 0) {
                j = Math.max(0, i - count + 1);
            } else {
                // In (t_i - w, t_i] iff the age t_i - t_j is below w; unsigned, as in Alignment.isFresh.
                while (Long.compareUnsigned(s.epochNanos(i) - s.epochNanos(j), durationNanos) >= 0) {
                    j++;
                }
            }
            start[i] = j;
        }
        return start;
    }

    private TimeSeries moments(TimeSeries s, Statistic statistic) {
        ArgChecker.notNull(s, "series");
        int n = s.size();
        int[] start = windowStarts(s);
        double[] out = new double[n];
        // Running state over the present values of the window.
        int m = 0;
        double sum = 0;
        double compensation = 0;
        double mean = 0;
        double m2 = 0;
        int first = 0;
        for (int i = 0; i < n; i++) {
            // Values leave before the new one enters, so the state empties (and resets) across gaps.
            for (; first < start[i]; first++) {
                double x = s.value(first);
                if (Double.isNaN(x)) {
                    continue;
                }
                m--;
                if (m == 0) {
                    sum = 0;
                    compensation = 0;
                    mean = 0;
                    m2 = 0;
                    continue;
                }
                // Neumaier step adding -x.
                double t = sum - x;
                compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) - x : (-x - t) + sum;
                sum = t;
                // Welford removal: mean_{m} = mean_{m+1} - (x - mean_{m+1}) / m, M2 -= (x - mean_{m+1})(x - mean_m).
                double d = x - mean;
                mean -= d / m;
                m2 -= d * (x - mean);
            }
            double x = s.value(i);
            if (!Double.isNaN(x)) {
                m++;
                double t = sum + x;
                if (Double.isInfinite(t) && (statistic == Statistic.SUM || statistic == Statistic.MEAN)) {
                    // Past this point the compensation would be -Infinity and every later output NaN.
                    throw new IllegalArgumentException("Argument 'series' overflows to " + t + " in the rolling "
                            + statistic + " at index " + i + " (" + s.time(i) + ")");
                }
                compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
                sum = t;
                // Welford addition: mean_m = mean_{m-1} + (x - mean_{m-1}) / m, M2 += (x - mean_{m-1})(x - mean_m).
                double d = x - mean;
                mean += d / m;
                m2 += d * (x - mean);
            }
            boolean moments = statistic == Statistic.VARIANCE || statistic == Statistic.STANDARD_DEVIATION;
            if (moments && !(Double.isFinite(mean) && Double.isFinite(m2))) {
                // A non-finite state never recovers (Infinity - Infinity is NaN): stop at the first one.
                throw new IllegalArgumentException("Argument 'series' overflows to Infinity in the rolling " + statistic
                        + " at index " + i + " (" + s.time(i) + ")");
            }
            if (m < minObservations) {
                out[i] = Double.NaN;
                continue;
            }
            // Rounding in the removal update can leave M2 a hair below zero for a constant window.
            double variance = m < 2 ? Double.NaN : Math.max(m2, 0) / (m - 1);
            out[i] = switch (statistic) {
                case SUM -> sum + compensation;
                case MEAN -> (sum + compensation) / m;
                case VARIANCE -> variance;
                case STANDARD_DEVIATION -> Math.sqrt(variance);
            };
        }
        return TimeSeries.ofOwnedArrays(s.epochNanosArray(), out);
    }

    private TimeSeries extreme(TimeSeries s, boolean max) {
        ArgChecker.notNull(s, "series");
        int n = s.size();
        int[] start = windowStarts(s);
        double[] out = new double[n];
        // Monotonic deque of indices of present values: values increasing from head to tail for
        // a minimum (decreasing for a maximum), so the head is the window's extreme. Each index
        // is pushed once, so a plain array with two cursors suffices.
        int[] deque = new int[n];
        int head = 0;
        int tail = 0;
        int present = 0;
        int first = 0;
        for (int i = 0; i < n; i++) {
            for (; first < start[i]; first++) {
                if (!s.isMissing(first)) {
                    present--;
                }
            }
            while (head < tail && deque[head] < start[i]) {
                head++;
            }
            double x = s.value(i);
            if (!Double.isNaN(x)) {
                present++;
                while (head < tail && (max ? s.value(deque[tail - 1]) <= x : s.value(deque[tail - 1]) >= x)) {
                    tail--;
                }
                deque[tail++] = i;
            }
            out[i] = present >= minObservations ? s.value(deque[head]) : Double.NaN;
        }
        return TimeSeries.ofOwnedArrays(s.epochNanosArray(), out);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RollingWindow)) {
            return false;
        }
        RollingWindow other = (RollingWindow) o;
        return count == other.count && durationNanos == other.durationNanos && minObservations == other.minObservations;
    }

    @Override
    public int hashCode() {
        return (31 * count + Long.hashCode(durationNanos)) * 31 + minObservations;
    }

    @Override
    public String toString() {
        return "RollingWindow[" + (count > 0 ? "count=" + count : "duration=" + duration)
                + ", minObservations=" + minObservations + "]";
    }
}
