package io.github.basisspread.core.series;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.internal.TimeConventions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable series of observations at strictly increasing instants.
 *
 * <p>Timestamps are held as nanoseconds since the epoch (1970-01-01T00:00Z), which covers the
 * years 1677 to 2262 at full nanosecond resolution. Values are finite doubles or
 * {@linkplain #isMissing(int) missing}, written as {@link Double#NaN}: a missing value is an
 * observation time without a value, never a value of its own. Infinite values are rejected.
 *
 * <p>This class is immutable and thread-safe: arrays are copied in and copied out.
 */
public final class TimeSeries {

    private static final TimeSeries EMPTY = new TimeSeries(new long[0], new double[0]);

    private final long[] epochNanos;
    private final double[] values;

    private TimeSeries(long[] epochNanos, double[] values) {
        this.epochNanos = epochNanos;
        this.values = values;
    }

    /**
     * Returns the empty series.
     *
     * @return the empty series
     */
    public static TimeSeries empty() {
        return EMPTY;
    }

    /**
     * Creates a series from epoch-nanosecond timestamps and values (both copied).
     *
     * @param epochNanos the timestamps in nanoseconds since the epoch, strictly increasing
     * @param values the values, finite or NaN for missing; same length as the timestamps
     * @return the series
     * @throws IllegalArgumentException if the arrays are null or of different lengths, the
     *     timestamps are not strictly increasing, or a value is infinite
     */
    public static TimeSeries ofEpochNanos(long[] epochNanos, double[] values) {
        ArgChecker.notNull(epochNanos, "epochNanos");
        ArgChecker.notNull(values, "values");
        return validated(epochNanos.clone(), values.clone(), "epochNanos");
    }

    /**
     * Creates a series from epoch-millisecond timestamps and values (both copied).
     *
     * @param epochMillis the timestamps in milliseconds since the epoch, strictly increasing
     * @param values the values, finite or NaN for missing; same length as the timestamps
     * @return the series
     * @throws IllegalArgumentException as {@link #ofEpochNanos(long[], double[])}, or if a
     *     timestamp lies outside the epoch nanoseconds a long holds (years 1677 to 2262)
     */
    public static TimeSeries ofEpochMillis(long[] epochMillis, double[] values) {
        ArgChecker.notNull(epochMillis, "epochMillis");
        ArgChecker.notNull(values, "values");
        long[] nanos = new long[epochMillis.length];
        for (int i = 0; i < nanos.length; i++) {
            // Long.MAX_VALUE nanoseconds is 2262-04-11T23:47:16.854775807Z.
            if (epochMillis[i] > Long.MAX_VALUE / 1_000_000L || epochMillis[i] < Long.MIN_VALUE / 1_000_000L) {
                throw new IllegalArgumentException("Argument 'epochMillis' element " + i + " is " + epochMillis[i]
                        + " ms, outside the range of epoch nanoseconds (years 1677 to 2262)");
            }
            nanos[i] = epochMillis[i] * 1_000_000L;
        }
        return validated(nanos, values.clone(), "epochMillis");
    }

    /**
     * Creates a series from instants and values.
     *
     * @param times the observation instants, strictly increasing, not null
     * @param values the values, finite or NaN for missing; same length as the times
     * @return the series
     * @throws IllegalArgumentException as {@link #ofEpochNanos(long[], double[])}, or if an
     *     instant is null or outside the representable range
     */
    public static TimeSeries of(List<Instant> times, double[] values) {
        ArgChecker.notNull(times, "times");
        ArgChecker.notNull(values, "values");
        long[] nanos = new long[times.size()];
        for (int i = 0; i < nanos.length; i++) {
            Instant t = times.get(i);
            if (t == null) {
                throw new IllegalArgumentException("Argument 'times' must not contain null but has null at index " + i);
            }
            nanos[i] = toEpochNanos(t, "times[" + i + "]");
        }
        return validated(nanos, values.clone(), "times");
    }

    /**
     * Creates a series on a regular grid: observation {@code i} at {@code start + i * step}.
     *
     * @param start the first observation instant, not null
     * @param step the spacing, positive and a whole number of nanoseconds
     * @param values the values (copied), finite or NaN for missing
     * @return the series
     * @throws IllegalArgumentException if an argument is null, the step is not positive, a value is
     *     infinite, or the last instant lies beyond the nanosecond range (years 1677-2262)
     */
    public static TimeSeries regular(Instant start, Duration step, double[] values) {
        long first = toEpochNanos(start, "start");
        ArgChecker.notNull(step, "step");
        ArgChecker.isTrue(!step.isNegative() && !step.isZero(), "step", step, "be positive");
        ArgChecker.notNull(values, "values");
        long[] nanos = new long[values.length];
        try {
            long stepNanos = step.toNanos();
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = Math.addExact(first, Math.multiplyExact(stepNanos, (long) i));
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Argument 'values' must fit " + values.length + " steps of " + step
                    + " after " + start + " before the year 2262 but has length " + values.length, e);
        }
        return validated(nanos, values.clone(), "start");
    }

    /**
     * Returns a builder that accepts observations in increasing time order.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private static TimeSeries validated(long[] nanos, double[] values, String timesName) {
        if (nanos.length != values.length) {
            throw new IllegalArgumentException("Arguments '" + timesName + "' and 'values' must have the same length but have "
                    + nanos.length + " and " + values.length);
        }
        for (int i = 0; i < nanos.length; i++) {
            if (i > 0 && nanos[i] <= nanos[i - 1]) {
                throw new IllegalArgumentException("Argument '" + timesName + "' must be strictly increasing but has "
                        + Instant.ofEpochSecond(0, nanos[i]) + " at index " + i + (nanos[i] == nanos[i - 1]
                        ? " equal to" : " before") + " " + Instant.ofEpochSecond(0, nanos[i - 1]) + " at index " + (i - 1));
            }
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("Argument 'values' must be finite or NaN (missing) but has value "
                        + values[i] + " at index " + i);
            }
        }
        return nanos.length == 0 ? EMPTY : new TimeSeries(nanos, values);
    }

    /**
     * Wraps arrays that the caller gives up (no copy), after the usual validation. For use by
     * this package only: the caller must not touch the arrays afterwards.
     *
     * @param nanos the timestamps, strictly increasing
     * @param values the values, finite or NaN
     * @return the series
     */
    static TimeSeries ofOwnedArrays(long[] nanos, double[] values) {
        return validated(nanos, values, "epochNanos");
    }

    /**
     * Converts an instant to nanoseconds since the epoch.
     *
     * @param t the instant
     * @param name the argument name for the error message
     * @return the nanoseconds since the epoch
     * @throws IllegalArgumentException if the instant is outside the years 1677-2262
     */
    static long toEpochNanos(Instant t, String name) {
        return TimeConventions.toEpochNanos(t, name);
    }

    /**
     * Returns the number of observations, missing ones included.
     *
     * @return the size
     */
    public int size() {
        return values.length;
    }

    /**
     * Returns whether the series has no observations.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return values.length == 0;
    }

    /**
     * Returns the instant of observation {@code i}.
     *
     * @param i the index, from 0 to {@code size() - 1}
     * @return the instant
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Instant time(int i) {
        return Instant.ofEpochSecond(0, epochNanos[i]);
    }

    /**
     * Returns the timestamp of observation {@code i} in nanoseconds since the epoch.
     *
     * @param i the index
     * @return the epoch nanoseconds
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public long epochNanos(int i) {
        return epochNanos[i];
    }

    /**
     * Returns the value of observation {@code i}, NaN when missing.
     *
     * @param i the index
     * @return the value
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double value(int i) {
        return values[i];
    }

    /**
     * Returns whether observation {@code i} is missing.
     *
     * @param i the index
     * @return true if missing
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public boolean isMissing(int i) {
        return Double.isNaN(values[i]);
    }

    /**
     * Returns the number of missing observations.
     *
     * @return the count of missing values
     */
    public int missingCount() {
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Returns a copy of the timestamps in nanoseconds since the epoch.
     *
     * @return a new array
     */
    public long[] epochNanosArray() {
        return epochNanos.clone();
    }

    /**
     * Returns a copy of the values, NaN where missing.
     *
     * @return a new array
     */
    public double[] valuesArray() {
        return values.clone();
    }

    /**
     * Returns the first observation time.
     *
     * @return the first instant
     * @throws IllegalStateException if the series is empty
     */
    public Instant firstTime() {
        requireNonEmpty();
        return time(0);
    }

    /**
     * Returns the last observation time.
     *
     * @return the last instant
     * @throws IllegalStateException if the series is empty
     */
    public Instant lastTime() {
        requireNonEmpty();
        return time(values.length - 1);
    }

    /**
     * Returns the arithmetic mean of the present values, ignoring missing ones. The sum is
     * compensated (Neumaier 1974) so that long series of similar values do not lose digits.
     *
     * @return the mean of the present values
     * @throws IllegalStateException if the series has no present value
     */
    public double mean() {
        double sum = 0;
        double compensation = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                double t = sum + v;
                compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
                sum = t;
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalStateException("The series has no present value to average (size " + values.length + ")");
        }
        double mean = (sum + compensation) / n;
        if (!Double.isFinite(mean)) {
            // The sum overflowed although every value is finite: average the scaled values instead.
            mean = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    mean += v / n;
                }
            }
        }
        return mean;
    }

    /**
     * Returns the value of the last observation that is not missing.
     *
     * @return the last present value
     * @throws IllegalStateException if the series has no present value
     */
    public double lastValue() {
        for (int i = values.length - 1; i >= 0; i--) {
            if (!Double.isNaN(values[i])) {
                return values[i];
            }
        }
        throw new IllegalStateException("The series has no present value (size " + values.length + ")");
    }

    /**
     * Returns the index of the last observation at or before {@code t}, or -1 if every
     * observation is after {@code t}. Never looks ahead of {@code t}.
     *
     * @param t the instant
     * @return the index, or -1
     */
    public int indexAtOrBefore(Instant t) {
        ArgChecker.notNull(t, "t");
        return indexAtOrBeforeNanos(clampToNanos(t));
    }

    /**
     * Returns the index of the last observation at or before the epoch-nanosecond time, or -1.
     *
     * @param nanos the time in nanoseconds since the epoch
     * @return the index, or -1
     */
    public int indexAtOrBeforeNanos(long nanos) {
        int pos = Arrays.binarySearch(epochNanos, nanos);
        return pos >= 0 ? pos : -pos - 2;
    }

    /**
     * Returns the observations with {@code from <= time < to}.
     *
     * @param from the start, inclusive
     * @param to the end, exclusive; not before {@code from}
     * @return the slice, possibly empty
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public TimeSeries slice(Instant from, Instant to) {
        ArgChecker.notNull(from, "from");
        ArgChecker.notNull(to, "to");
        ArgChecker.isTrue(!to.isBefore(from), "to", to, "not be before 'from' (" + from + ")");
        int start = indexAtOrBeforeNanos(clampToNanos(from) - 1) + 1;
        int end = indexAtOrBeforeNanos(clampToNanos(to) - 1) + 1;
        return subSeries(start, end);
    }

    /**
     * Returns observations {@code fromIndex} (inclusive) to {@code toIndex} (exclusive).
     *
     * @param fromIndex the first index
     * @param toIndex the end index, exclusive
     * @return the sub-series
     * @throws IllegalArgumentException if the indices are out of range or reversed
     */
    public TimeSeries subSeries(int fromIndex, int toIndex) {
        if (fromIndex < 0 || toIndex > values.length || fromIndex > toIndex) {
            throw new IllegalArgumentException("Arguments 'fromIndex' and 'toIndex' must satisfy 0 <= fromIndex <= toIndex <= "
                    + values.length + " but have values " + fromIndex + " and " + toIndex);
        }
        if (fromIndex == 0 && toIndex == values.length) {
            return this;
        }
        return fromIndex == toIndex ? EMPTY : new TimeSeries(
                Arrays.copyOfRange(epochNanos, fromIndex, toIndex), Arrays.copyOfRange(values, fromIndex, toIndex));
    }

    /**
     * Applies a function to every present value; missing values stay missing.
     *
     * @param f the function; must return a finite value or NaN
     * @return the mapped series
     * @throws IllegalArgumentException if the function returns an infinite value
     */
    public TimeSeries mapValues(DoubleUnaryOperator f) {
        ArgChecker.notNull(f, "f");
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isNaN(values[i]) ? Double.NaN : f.applyAsDouble(values[i]);
        }
        return validated(epochNanos, out, "epochNanos");
    }

    /**
     * Returns the series without its missing observations.
     *
     * @return the series of present values only
     */
    public TimeSeries withoutMissing() {
        int missing = missingCount();
        if (missing == 0) {
            return this;
        }
        long[] t = new long[values.length - missing];
        double[] v = new double[t.length];
        int j = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                t[j] = epochNanos[i];
                v[j++] = values[i];
            }
        }
        return t.length == 0 ? EMPTY : new TimeSeries(t, v);
    }

    private void requireNonEmpty() {
        if (values.length == 0) {
            throw new IllegalStateException("The series is empty");
        }
    }

    private static long clampToNanos(Instant t) {
        try {
            return toEpochNanos(t, "t");
        } catch (IllegalArgumentException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TimeSeries)) {
            return false;
        }
        TimeSeries other = (TimeSeries) o;
        return Arrays.equals(epochNanos, other.epochNanos) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(epochNanos) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        if (values.length == 0) {
            return "TimeSeries[empty]";
        }
        return "TimeSeries[size=" + values.length + ", from=" + firstTime() + ", to=" + lastTime() + "]";
    }

    /**
     * Collects observations in strictly increasing time order. Not thread-safe.
     */
    public static final class Builder {
        private long[] nanos = new long[16];
        private double[] vals = new double[16];
        private int size;

        private Builder() {
        }

        /**
         * Appends an observation.
         *
         * @param time the instant, after the previous one
         * @param value the value, finite or NaN for missing
         * @return this builder
         * @throws IllegalArgumentException if the time is not after the previous one or the
         *     value is infinite
         */
        public Builder add(Instant time, double value) {
            ArgChecker.notNull(time, "time");
            return addEpochNanos(toEpochNanos(time, "time"), value);
        }

        /**
         * Appends an observation at an epoch-nanosecond time.
         *
         * @param epochNanos the time in nanoseconds since the epoch, after the previous one
         * @param value the value, finite or NaN for missing
         * @return this builder
         * @throws IllegalArgumentException if the time is not after the previous one or the
         *     value is infinite
         */
        public Builder addEpochNanos(long epochNanos, double value) {
            if (size > 0 && epochNanos <= nanos[size - 1]) {
                throw new IllegalArgumentException("Argument 'time' must be after the previous observation "
                        + Instant.ofEpochSecond(0, nanos[size - 1]) + " but has value " + Instant.ofEpochSecond(0, epochNanos));
            }
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("Argument 'value' must be finite or NaN (missing) but has value " + value);
            }
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
                vals = Arrays.copyOf(vals, size * 2);
            }
            nanos[size] = epochNanos;
            vals[size++] = value;
            return this;
        }

        /**
         * Returns the number of observations added so far.
         *
         * @return the count
         */
        public int size() {
            return size;
        }

        /**
         * Builds the series.
         *
         * @return the immutable series
         */
        public TimeSeries build() {
            return size == 0 ? EMPTY : new TimeSeries(Arrays.copyOf(nanos, size), Arrays.copyOf(vals, size));
        }
    }
}
