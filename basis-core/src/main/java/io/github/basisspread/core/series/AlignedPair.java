package io.github.basisspread.core.series;

import java.time.Instant;
import java.util.Arrays;

/**
 * Two series aligned on common timestamps, the result of an {@link Alignment}.
 *
 * <p>{@link #left()} and {@link #right()} share the same timestamps. For each aligned time the
 * pair also records which observation of the original series supplied the value
 * ({@link #leftSourceIndex(int)}, {@link #rightSourceIndex(int)}, -1 when the aligned value is
 * missing), so that every aligned value can be traced back and audited.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AlignedPair {

    private final TimeSeries left;
    private final TimeSeries right;
    private final int[] leftSource;
    private final int[] rightSource;

    AlignedPair(long[] grid, TimeSeries leftInput, int[] leftSource, TimeSeries rightInput, int[] rightSource) {
        double[] l = new double[grid.length];
        double[] r = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            l[i] = leftSource[i] < 0 ? Double.NaN : leftInput.value(leftSource[i]);
            r[i] = rightSource[i] < 0 ? Double.NaN : rightInput.value(rightSource[i]);
        }
        // Both series may share the grid array: TimeSeries never exposes or mutates it.
        this.left = TimeSeries.ofOwnedArrays(grid, l);
        this.right = TimeSeries.ofOwnedArrays(grid, r);
        this.leftSource = leftSource;
        this.rightSource = rightSource;
    }

    /**
     * Returns the number of aligned times.
     *
     * @return the size
     */
    public int size() {
        return leftSource.length;
    }

    /**
     * Returns the aligned time {@code i}.
     *
     * @param i the index
     * @return the instant
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Instant time(int i) {
        return left.time(i);
    }

    /**
     * Returns the aligned time {@code i} in nanoseconds since the epoch.
     *
     * @param i the index
     * @return the epoch nanoseconds
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public long epochNanos(int i) {
        return left.epochNanos(i);
    }

    /**
     * Returns a copy of the common timestamps in nanoseconds since the epoch.
     *
     * @return a new array
     */
    public long[] epochNanosArray() {
        return left.epochNanosArray();
    }

    /**
     * Returns the aligned left values on the common timestamps.
     *
     * @return the left series, NaN where missing or stale
     */
    public TimeSeries left() {
        return left;
    }

    /**
     * Returns the aligned right values on the common timestamps.
     *
     * @return the right series, NaN where missing or stale
     */
    public TimeSeries right() {
        return right;
    }

    /**
     * Returns the index in the original left series of the observation supplying left value
     * {@code i}, or -1 when that value is missing.
     *
     * @param i the aligned index
     * @return the source index, or -1
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int leftSourceIndex(int i) {
        return leftSource[i];
    }

    /**
     * Returns the index in the original right series of the observation supplying right value
     * {@code i}, or -1 when that value is missing (absent or stale).
     *
     * @param i the aligned index
     * @return the source index, or -1
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int rightSourceIndex(int i) {
        return rightSource[i];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AlignedPair)) {
            return false;
        }
        AlignedPair other = (AlignedPair) o;
        return left.equals(other.left) && right.equals(other.right)
                && Arrays.equals(leftSource, other.leftSource) && Arrays.equals(rightSource, other.rightSource);
    }

    @Override
    public int hashCode() {
        return 31 * left.hashCode() + right.hashCode();
    }

    @Override
    public String toString() {
        return "AlignedPair[size=" + size() + (size() == 0 ? "" : ", from=" + time(0) + ", to=" + time(size() - 1)) + "]";
    }
}
