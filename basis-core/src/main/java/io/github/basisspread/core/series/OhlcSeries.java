package io.github.basisspread.core.series;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;

/**
 * Open-high-low-close bars: four series on the same timestamps.
 *
 * <p>At every timestamp the four values are either all missing (a bucket without a present
 * observation) or all present with {@code low <= min(open, close)} and
 * {@code max(open, close) <= high}. Bars built by {@link Resampling#ohlc(TimeSeries)} are
 * stamped at the start of their bucket.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OhlcSeries {

    private final TimeSeries open;
    private final TimeSeries high;
    private final TimeSeries low;
    private final TimeSeries close;

    private OhlcSeries(TimeSeries open, TimeSeries high, TimeSeries low, TimeSeries close) {
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
    }

    /**
     * Creates bars from four series on the same timestamps.
     *
     * @param open the first value of each bar
     * @param high the largest value of each bar
     * @param low the smallest value of each bar
     * @param close the last value of each bar
     * @return the bars
     * @throws IllegalArgumentException if a series is null, the timestamps differ, a bar is
     *     partly missing, or a bar's low or high does not bound its open and close
     */
    public static OhlcSeries of(TimeSeries open, TimeSeries high, TimeSeries low, TimeSeries close) {
        ArgChecker.notNull(open, "open");
        ArgChecker.notNull(high, "high");
        ArgChecker.notNull(low, "low");
        ArgChecker.notNull(close, "close");
        String[] names = {"high", "low", "close"};
        TimeSeries[] others = {high, low, close};
        for (int k = 0; k < others.length; k++) {
            ArgChecker.isTrue(others[k].size() == open.size(), names[k], others[k],
                    "have the size of 'open' (" + open.size() + ")");
            for (int i = 0; i < open.size(); i++) {
                if (others[k].epochNanos(i) != open.epochNanos(i)) {
                    throw new IllegalArgumentException("Argument '" + names[k] + "' must have the timestamps of 'open' but has "
                            + others[k].time(i) + " at index " + i + " where 'open' has " + open.time(i));
                }
            }
        }
        for (int i = 0; i < open.size(); i++) {
            int missing = (open.isMissing(i) ? 1 : 0) + (high.isMissing(i) ? 1 : 0) + (low.isMissing(i) ? 1 : 0)
                    + (close.isMissing(i) ? 1 : 0);
            if (missing != 0 && missing != 4) {
                throw new IllegalArgumentException("Arguments 'open', 'high', 'low', 'close' must be all missing or all present"
                        + " but have " + bar(open, high, low, close, i));
            }
            double lo = Math.min(open.value(i), close.value(i));
            double hi = Math.max(open.value(i), close.value(i));
            if (missing == 0 && !(low.value(i) <= lo && hi <= high.value(i))) {
                throw new IllegalArgumentException("Arguments 'low' and 'high' must bound 'open' and 'close' but have "
                        + bar(open, high, low, close, i));
            }
        }
        return new OhlcSeries(open, high, low, close);
    }

    private static String bar(TimeSeries open, TimeSeries high, TimeSeries low, TimeSeries close, int i) {
        return "open=" + open.value(i) + ", high=" + high.value(i) + ", low=" + low.value(i) + ", close=" + close.value(i)
                + " at index " + i + " (" + open.time(i) + ")";
    }

    /**
     * Returns the number of bars.
     *
     * @return the size
     */
    public int size() {
        return open.size();
    }

    /**
     * Returns the timestamp of bar {@code i}.
     *
     * @param i the index
     * @return the instant
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Instant time(int i) {
        return open.time(i);
    }

    /**
     * Returns the opens: the first present value of each bar.
     *
     * @return the open series
     */
    public TimeSeries open() {
        return open;
    }

    /**
     * Returns the highs: the largest present value of each bar.
     *
     * @return the high series
     */
    public TimeSeries high() {
        return high;
    }

    /**
     * Returns the lows: the smallest present value of each bar.
     *
     * @return the low series
     */
    public TimeSeries low() {
        return low;
    }

    /**
     * Returns the closes: the last present value of each bar.
     *
     * @return the close series
     */
    public TimeSeries close() {
        return close;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OhlcSeries)) {
            return false;
        }
        OhlcSeries other = (OhlcSeries) o;
        return open.equals(other.open) && high.equals(other.high) && low.equals(other.low) && close.equals(other.close);
    }

    @Override
    public int hashCode() {
        return ((open.hashCode() * 31 + high.hashCode()) * 31 + low.hashCode()) * 31 + close.hashCode();
    }

    @Override
    public String toString() {
        return "OhlcSeries[size=" + size() + (size() == 0 ? "" : ", from=" + time(0) + ", to=" + time(size() - 1)) + "]";
    }
}
