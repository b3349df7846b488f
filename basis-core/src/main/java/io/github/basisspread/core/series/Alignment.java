package io.github.basisspread.core.series;

import io.github.basisspread.core.internal.ArgChecker;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * As-of alignment of two time series with a staleness limit.
 *
 * <p>To align a series on an instant {@code t}, take its last <em>present</em> observation at
 * or before {@code t} (never after: the alignment does not look ahead), and keep it only if its
 * age {@code t - t_obs} is at most the staleness limit; otherwise the aligned value is missing.
 * Missing observations (NaN) are skipped when searching backwards: a missing value carries no
 * price, so the last price before it is still the freshest information. A limit of zero keeps
 * only observations exactly at {@code t} ({@link #exact()}).
 *
 * <p>Variants:
 * <ul>
 *   <li>{@link #leftJoin}: on the timestamps of the left series; left values as they are,
 *       right values aligned as of each left time;</li>
 *   <li>{@link #inner}: the left-join restricted to the times where both values are present
 *       (and so the right one fresh);</li>
 *   <li>{@link #outer}: on the union of both series' timestamps, both sides aligned as of each
 *       time;</li>
 *   <li>{@link #onGrid}: on a given grid of instants, both sides aligned as of each time.</li>
 * </ul>
 * Every variant runs in {@code O(n + m)} time by walking both series once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Alignment {

    private static final Alignment EXACT = new Alignment(Duration.ZERO);

    private final Duration maxStaleness;
    private final long maxStalenessNanos;

    private Alignment(Duration maxStaleness) {
        this.maxStaleness = maxStaleness;
        this.maxStalenessNanos = unsignedNanos(maxStaleness);
    }

    /**
     * Returns an as-of alignment that accepts observations no older than {@code maxStaleness}
     * (inclusive: an observation exactly {@code maxStaleness} old is still fresh).
     *
     * @param maxStaleness the largest accepted age of an observation, zero or positive
     * @return the alignment
     * @throws IllegalArgumentException if the duration is null or negative
     */
    public static Alignment asOf(Duration maxStaleness) {
        ArgChecker.notNull(maxStaleness, "maxStaleness");
        ArgChecker.isTrue(!maxStaleness.isNegative(), "maxStaleness", maxStaleness, "be zero or positive");
        return maxStaleness.isZero() ? EXACT : new Alignment(maxStaleness);
    }

    /**
     * Returns the alignment that matches exact timestamps only (a staleness limit of zero).
     *
     * @return the exact alignment
     */
    public static Alignment exact() {
        return EXACT;
    }

    /**
     * Returns the staleness limit.
     *
     * @return the largest accepted age of an observation
     */
    public Duration maxStaleness() {
        return maxStaleness;
    }

    /**
     * Aligns the right series on the timestamps of the left series. Left values are kept as
     * they are (missing stays missing); each right value is the right series as of that time.
     *
     * @param left the series whose timestamps drive the alignment
     * @param right the series sampled as of each left timestamp
     * @return the aligned pair, of the size of {@code left}
     * @throws IllegalArgumentException if a series is null
     */
    public AlignedPair leftJoin(TimeSeries left, TimeSeries right) {
        ArgChecker.notNull(left, "left");
        ArgChecker.notNull(right, "right");
        long[] grid = left.epochNanosArray();
        int[] leftIndex = new int[grid.length];
        for (int i = 0; i < grid.length; i++) {
            leftIndex[i] = left.isMissing(i) ? -1 : i;
        }
        return new AlignedPair(grid, left, leftIndex, right, sample(right, grid, maxStalenessNanos));
    }

    /**
     * Aligns on the left timestamps and keeps only the times where the left value is present
     * and the right series has a present, fresh value as of that time.
     *
     * @param left the series whose timestamps drive the alignment
     * @param right the series sampled as of each left timestamp
     * @return the aligned pair with no missing value
     * @throws IllegalArgumentException if a series is null
     */
    public AlignedPair inner(TimeSeries left, TimeSeries right) {
        AlignedPair all = leftJoin(left, right);
        int n = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.leftSourceIndex(i) >= 0 && all.rightSourceIndex(i) >= 0) {
                n++;
            }
        }
        long[] grid = new long[n];
        int[] leftIndex = new int[n];
        int[] rightIndex = new int[n];
        int j = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.leftSourceIndex(i) >= 0 && all.rightSourceIndex(i) >= 0) {
                grid[j] = all.epochNanos(i);
                leftIndex[j] = all.leftSourceIndex(i);
                rightIndex[j++] = all.rightSourceIndex(i);
            }
        }
        return new AlignedPair(grid, left, leftIndex, right, rightIndex);
    }

    /**
     * Aligns both series as of every timestamp of either series (the sorted union).
     *
     * @param left the first series
     * @param right the second series
     * @return the aligned pair on the union of the timestamps
     * @throws IllegalArgumentException if a series is null
     */
    public AlignedPair outer(TimeSeries left, TimeSeries right) {
        ArgChecker.notNull(left, "left");
        ArgChecker.notNull(right, "right");
        long[] union = new long[left.size() + right.size()];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < left.size() || j < right.size()) {
            long next;
            if (j == right.size() || (i < left.size() && left.epochNanos(i) < right.epochNanos(j))) {
                next = left.epochNanos(i++);
            } else if (i == left.size() || right.epochNanos(j) < left.epochNanos(i)) {
                next = right.epochNanos(j++);
            } else {
                next = left.epochNanos(i++);
                j++;
            }
            union[n++] = next;
        }
        long[] grid = Arrays.copyOf(union, n);
        return onGridNanos(grid, left, right);
    }

    /**
     * Aligns both series as of every instant of a grid.
     *
     * @param grid the instants, strictly increasing, not null
     * @param left the first series
     * @param right the second series
     * @return the aligned pair on the grid
     * @throws IllegalArgumentException if an argument is null, the grid contains null, is not
     *     strictly increasing or holds an instant outside the years 1677-2262
     */
    public AlignedPair onGrid(List<Instant> grid, TimeSeries left, TimeSeries right) {
        ArgChecker.notNull(grid, "grid");
        ArgChecker.notNull(left, "left");
        ArgChecker.notNull(right, "right");
        // Reuse the series validation for the grid: strictly increasing, representable instants.
        TimeSeries gridSeries;
        try {
            gridSeries = TimeSeries.of(grid, new double[grid.size()]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("'times", "'grid"), e);
        }
        return onGridNanos(gridSeries.epochNanosArray(), left, right);
    }

    private AlignedPair onGridNanos(long[] grid, TimeSeries left, TimeSeries right) {
        return new AlignedPair(grid, left, sample(left, grid, maxStalenessNanos),
                right, sample(right, grid, maxStalenessNanos));
    }

    /**
     * For each grid time, the index of the last present observation of {@code s} at or before
     * it and no older than {@code maxAgeNanos}, or -1. The grid must be increasing.
     */
    static int[] sample(TimeSeries s, long[] grid, long maxAgeNanos) {
        int[] out = new int[grid.length];
        int j = 0;
        int lastPresent = -1;
        int n = s.size();
        for (int g = 0; g < grid.length; g++) {
            long t = grid[g];
            while (j < n && s.epochNanos(j) <= t) {
                if (!s.isMissing(j)) {
                    lastPresent = j;
                }
                j++;
            }
            out[g] = lastPresent >= 0 && isFresh(t, s.epochNanos(lastPresent), maxAgeNanos) ? lastPresent : -1;
        }
        return out;
    }

    /** Whether an observation at {@code observed <= t} is at most {@code maxAge} old at {@code t}. */
    static boolean isFresh(long t, long observed, long maxAgeNanos) {
        // t >= observed, so the true age lies in [0, 2^64 - 1]: that is exactly the unsigned reading
        // of t - observed, even when the signed subtraction overflows (e.g. 1677 to 2262).
        return Long.compareUnsigned(t - observed, maxAgeNanos) <= 0;
    }

    /**
     * The duration in nanoseconds read as an unsigned 64-bit number (ages span up to 585 years
     * of epoch nanoseconds, beyond a signed long), saturated at 2^64 - 1.
     */
    static long unsignedNanos(Duration d) {
        BigInteger n = BigInteger.valueOf(d.getSeconds()).multiply(BigInteger.valueOf(1_000_000_000L))
                .add(BigInteger.valueOf(d.getNano()));
        return n.bitLength() > Long.SIZE ? -1L : n.longValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alignment && ((Alignment) o).maxStaleness.equals(maxStaleness);
    }

    @Override
    public int hashCode() {
        return maxStaleness.hashCode();
    }

    @Override
    public String toString() {
        return "Alignment[asOf, maxStaleness=" + maxStaleness + "]";
    }
}
