package io.github.basisspread.models.backtest;

import io.github.basisspread.core.series.TimeSeries;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a strategy may see when it decides at time t: the data up to and including t, and nothing
 * after. Every accessor refuses an index beyond t, so a strategy cannot look ahead by
 * construction.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarketView {

    private final BacktestData data;
    private final int size;

    MarketView(BacktestData data, int size) {
        this.data = data;
        this.size = size;
    }

    /**
     * Returns the number of observations visible, {@code t + 1}.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Returns the time of the decision, that of the last visible observation.
     *
     * @return the time t
     */
    public Instant now() {
        return data.time(size - 1);
    }

    /**
     * Returns the time of a visible observation.
     *
     * @param i the index, in [0, size)
     * @return its time
     * @throws IllegalArgumentException if the index is not visible
     */
    public Instant time(int i) {
        return data.time(check(i));
    }

    /**
     * Returns a visible spot price.
     *
     * @param i the index, in [0, size)
     * @return the spot price
     * @throws IllegalArgumentException if the index is not visible
     */
    public double spot(int i) {
        return data.spot(check(i));
    }

    /**
     * Returns a visible derivative price.
     *
     * @param i the index, in [0, size)
     * @return the derivative price
     * @throws IllegalArgumentException if the index is not visible
     */
    public double derivative(int i) {
        return data.derivative(check(i));
    }

    /**
     * Returns the relative basis {@code F / S - 1} at a visible index.
     *
     * @param i the index, in [0, size)
     * @return the relative basis, a decimal
     * @throws IllegalArgumentException if the index is not visible
     */
    public double relativeBasis(int i) {
        return data.derivative(check(i)) / data.spot(i) - 1;
    }

    /**
     * Returns the relative basis {@code F / S - 1} over the visible observations.
     *
     * @return a new series of {@link #size()} values
     */
    public TimeSeries relativeBasis() {
        return recentRelativeBasis(size);
    }

    /**
     * Returns the relative basis {@code F / S - 1} over the last {@code count} visible
     * observations (a model's estimation window, without copying the whole history).
     *
     * @param count the number of observations, in [1, size]
     * @return a new series of {@code count} values ending now
     * @throws IllegalArgumentException if the count is out of range
     */
    public TimeSeries recentRelativeBasis(int count) {
        if (count < 1 || count > size) {
            throw new IllegalArgumentException("Argument 'count' must be in [1, " + size + "] but has value " + count);
        }
        int from = size - count;
        double[] b = new double[count];
        for (int i = 0; i < count; i++) {
            b[i] = data.derivative(from + i) / data.spot(from + i) - 1;
        }
        return TimeSeries.ofEpochNanos(Arrays.copyOfRange(data.timesArray(), from, size), b);
    }

    /**
     * Returns the rate of the latest funding settlement visible, empty if none yet.
     *
     * @return the latest settled rate
     */
    public OptionalDouble lastFundingRate() {
        for (int i = size - 1; i >= 0; i--) {
            if (!Double.isNaN(data.funding(i))) {
                return OptionalDouble.of(data.funding(i));
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * Returns the expiry of a dated future, empty for a perpetual (a contract term, known in advance).
     *
     * @return the expiry
     */
    public Optional<Instant> expiry() {
        return data.expiry();
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException("Argument 'i' must be in [0, " + size + ") (no look-ahead beyond "
                    + now() + ") but has value " + i);
        }
        return i;
    }
}
