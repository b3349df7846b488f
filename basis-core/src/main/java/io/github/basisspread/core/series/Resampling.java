package io.github.basisspread.core.series;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;
import java.time.Instant;

/**
 * Resampling of a series to a fixed interval.
 *
 * <p><b>Buckets.</b> Time is cut into half-open buckets {@code [k w, (k + 1) w)} of width
 * {@code w} counted from the epoch (1970-01-01T00:00Z), for every integer {@code k}, negative
 * ones included (times before 1970 fall in the bucket below them, never the one above). Each
 * bucket is <em>labelled by its start</em> {@code k w}: an hourly bucket labelled 10:00 holds
 * the observations from 10:00 inclusive to 11:00 exclusive. Note that the label is earlier than
 * the data it summarizes, so a LAST value labelled 10:00 is only known at 11:00: shift it by one
 * interval before joining it with data stamped at the bucket start, or the join looks ahead.
 * Because buckets are anchored at the epoch, any interval dividing a day (1 min, 5 min, 1 h,
 * 8 h, ...) gives buckets aligned to UTC midnight.
 *
 * <p><b>Missing values.</b> Missing observations inside a bucket are ignored by every
 * {@link Aggregation}; a bucket holding only missing observations has a missing value. A bucket
 * with no observation at all is empty: the {@link EmptyBuckets} policy, chosen explicitly,
 * either keeps it with a missing value ({@link EmptyBuckets#MISSING}, giving a regular grid from
 * the first to the last observation's bucket) or leaves it out ({@link EmptyBuckets#OMIT}).
 *
 * <p>Resampling runs in one pass over the series, plus the empty buckets it emits. This class
 * is immutable and thread-safe.
 */
public final class Resampling {

    /** The largest number of buckets one resampling may produce. */
    private static final long MAX_BUCKETS = Integer.MAX_VALUE - 8;

    private final Duration interval;
    private final long intervalNanos;
    private final EmptyBuckets emptyBuckets;

    private Resampling(Duration interval, long intervalNanos, EmptyBuckets emptyBuckets) {
        this.interval = interval;
        this.intervalNanos = intervalNanos;
        this.emptyBuckets = emptyBuckets;
    }

    /**
     * Returns a resampling to buckets of the given width.
     *
     * @param interval the bucket width, positive and at most about 292 years
     * @param emptyBuckets what to do with buckets holding no observation
     * @return the resampling
     * @throws IllegalArgumentException if an argument is null or the interval is not positive or
     *     too long to count in nanoseconds
     */
    public static Resampling of(Duration interval, EmptyBuckets emptyBuckets) {
        ArgChecker.notNull(interval, "interval");
        ArgChecker.notNull(emptyBuckets, "emptyBuckets");
        ArgChecker.isTrue(!interval.isNegative() && !interval.isZero(), "interval", interval, "be positive");
        long nanos;
        try {
            nanos = interval.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Argument 'interval' must be at most " + Duration.ofNanos(Long.MAX_VALUE)
                    + " but has value " + interval, e);
        }
        return new Resampling(interval, nanos, emptyBuckets);
    }

    /**
     * Returns the bucket width.
     *
     * @return the interval
     */
    public Duration interval() {
        return interval;
    }

    /**
     * Returns the policy for buckets holding no observation.
     *
     * @return the empty-bucket policy
     */
    public EmptyBuckets emptyBuckets() {
        return emptyBuckets;
    }

    /**
     * Returns the start of the bucket holding an instant: the largest multiple of the interval
     * since the epoch at or before it.
     *
     * @param t the instant, between the years 1677 and 2262
     * @return the bucket start
     * @throws IllegalArgumentException if the instant or its bucket start is outside the
     *     representable range
     */
    public Instant bucketStart(Instant t) {
        ArgChecker.notNull(t, "t");
        long nanos = TimeSeries.toEpochNanos(t, "t");
        return Instant.ofEpochSecond(0, bucketStartNanos(nanos));
    }

    /**
     * Aggregates the series into buckets.
     *
     * @param series the series to resample
     * @param aggregation how each bucket's present values become one value
     * @return the resampled series, stamped at bucket starts
     * @throws IllegalArgumentException if an argument is null, a bucket start is before the
     *     year 1677, the result would exceed about 2^31 buckets, or a {@link Aggregation#SUM}
     *     overflows to infinity
     */
    public TimeSeries aggregate(TimeSeries series, Aggregation aggregation) {
        ArgChecker.notNull(series, "series");
        ArgChecker.notNull(aggregation, "aggregation");
        Buckets b = buckets(series);
        double[] out = new double[b.size];
        for (int k = 0; k < b.size; k++) {
            out[k] = b.from[k] == b.to[k] ? Double.NaN : aggregation.aggregate(series, b.from[k], b.to[k]);
            if (Double.isInfinite(out[k])) {
                throw new IllegalArgumentException("Argument 'series' overflows to " + out[k] + " in the " + aggregation
                        + " of the bucket starting at " + Instant.ofEpochSecond(0, b.starts[k]));
            }
        }
        return TimeSeries.ofOwnedArrays(b.starts, out);
    }

    /**
     * Builds open-high-low-close bars: per bucket the first, largest, smallest and last present
     * values.
     *
     * @param series the series to resample, typically trade or mid prices
     * @return the bars, stamped at bucket starts
     * @throws IllegalArgumentException as {@link #aggregate(TimeSeries, Aggregation)}
     */
    public OhlcSeries ohlc(TimeSeries series) {
        ArgChecker.notNull(series, "series");
        Buckets b = buckets(series);
        double[] open = new double[b.size];
        double[] high = new double[b.size];
        double[] low = new double[b.size];
        double[] close = new double[b.size];
        for (int k = 0; k < b.size; k++) {
            boolean empty = b.from[k] == b.to[k];
            open[k] = empty ? Double.NaN : Aggregation.FIRST.aggregate(series, b.from[k], b.to[k]);
            high[k] = empty ? Double.NaN : Aggregation.MAX.aggregate(series, b.from[k], b.to[k]);
            low[k] = empty ? Double.NaN : Aggregation.MIN.aggregate(series, b.from[k], b.to[k]);
            close[k] = empty ? Double.NaN : Aggregation.LAST.aggregate(series, b.from[k], b.to[k]);
        }
        return OhlcSeries.of(TimeSeries.ofOwnedArrays(b.starts.clone(), open),
                TimeSeries.ofOwnedArrays(b.starts.clone(), high),
                TimeSeries.ofOwnedArrays(b.starts.clone(), low),
                TimeSeries.ofOwnedArrays(b.starts, close));
    }

    /** Bucket starts with the index range {@code [from, to)} of each; empty buckets have from == to. */
    private static final class Buckets {
        final long[] starts;
        final int[] from;
        final int[] to;
        final int size;

        Buckets(int capacity) {
            starts = new long[capacity];
            from = new int[capacity];
            to = new int[capacity];
            size = capacity;
        }
    }

    private Buckets buckets(TimeSeries s) {
        int n = s.size();
        // First pass: count the buckets, so the arrays are allocated once.
        long count = 0;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            long start = bucketStartNanos(s.epochNanos(i));
            if (i == 0) {
                count = 1;
            } else if (start != previous) {
                long added = emptyBuckets == EmptyBuckets.MISSING
                        ? Long.divideUnsigned(start - previous, intervalNanos) : 1;
                // 'added' reads negative when the unsigned quotient exceeds a signed long.
                count = added < 0 || added > MAX_BUCKETS ? Long.MAX_VALUE : count + added;
            }
            if (count > MAX_BUCKETS) {
                throw new IllegalArgumentException("Argument 'interval' with value " + interval + " cuts the series from "
                        + s.time(0) + " to " + s.time(n - 1) + " into more than " + MAX_BUCKETS + " buckets");
            }
            previous = start;
        }
        Buckets b = new Buckets((int) count);
        int k = -1;
        for (int i = 0; i < n; i++) {
            long start = bucketStartNanos(s.epochNanos(i));
            if (k < 0 || start != b.starts[k]) {
                if (k >= 0 && emptyBuckets == EmptyBuckets.MISSING) {
                    // Empty buckets between the previous bucket and this one (unsigned: the gap may exceed a signed long).
                    long gap = Long.divideUnsigned(start - b.starts[k], intervalNanos) - 1;
                    for (long g = 0; g < gap; g++) {
                        b.starts[k + 1] = b.starts[k] + intervalNanos;
                        b.from[k + 1] = i;
                        b.to[k + 1] = i;
                        k++;
                    }
                }
                k++;
                b.starts[k] = start;
                b.from[k] = i;
            }
            b.to[k] = i + 1;
        }
        return b;
    }

    private long bucketStartNanos(long t) {
        long start = t - Math.floorMod(t, intervalNanos);
        // floorMod is non-negative, so start <= t; a wrap-around shows as start > t.
        if (start > t) {
            throw new IllegalArgumentException("Argument 't' with value " + Instant.ofEpochSecond(0, t)
                    + " has a bucket start of width " + interval + " before the representable range (year 1677)");
        }
        return start;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resampling && ((Resampling) o).interval.equals(interval)
                && ((Resampling) o).emptyBuckets == emptyBuckets;
    }

    @Override
    public int hashCode() {
        return 31 * interval.hashCode() + emptyBuckets.hashCode();
    }

    @Override
    public String toString() {
        return "Resampling[interval=" + interval + ", emptyBuckets=" + emptyBuckets + "]";
    }
}
