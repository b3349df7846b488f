package io.github.basisspread.data.exchange;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.data.csv.SeriesFrame;
import java.time.Instant;
import java.util.List;

/**
 * Candlesticks (klines) of one market, keyed by open time: open, high, low, close, volumes and
 * trade count per interval, with each candle's close time.
 *
 * <p>The layout of Binance's klines and of its {@code markPriceKlines}, {@code indexPriceKlines}
 * and {@code premiumIndexKlines} (where the volume columns are zero and, for the premium index,
 * prices are a premium that may be negative). Volumes follow the venue: base asset for spot and
 * USD-M, contracts for COIN-M (whose quote volume column holds the base asset volume). Values are
 * never missing. Immutable and thread-safe.
 */
public final class Klines {

    /** Column names of {@link #frame()}, in order. */
    public static final List<String> COLUMNS = List.of("open", "high", "low", "close", "volume", "quote_volume",
            "count", "taker_buy_volume", "taker_buy_quote_volume");

    private final SeriesFrame frame;
    private final long[] closeTimes;

    private Klines(SeriesFrame frame, long[] closeTimes) {
        this.frame = frame;
        this.closeTimes = closeTimes;
    }

    /**
     * Creates klines from a frame keyed by open time with the columns {@link #COLUMNS} and the
     * close time of each candle (copied).
     *
     * @param frame the frame, with exactly the columns {@link #COLUMNS} and no missing values
     * @param closeTimeEpochNanos the close times in epoch nanoseconds, each after its open time
     * @return the klines
     * @throws IllegalArgumentException if the columns differ, a value is missing, the lengths
     *     differ, or a close time is not after its open time
     */
    public static Klines of(SeriesFrame frame, long[] closeTimeEpochNanos) {
        if (frame == null) {
            throw new IllegalArgumentException("Argument 'frame' must not be null");
        }
        if (closeTimeEpochNanos == null) {
            throw new IllegalArgumentException("Argument 'closeTimeEpochNanos' must not be null");
        }
        if (!frame.columnNames().equals(COLUMNS)) {
            throw new IllegalArgumentException("Argument 'frame' must have the columns " + COLUMNS + " but has "
                    + frame.columnNames());
        }
        if (closeTimeEpochNanos.length != frame.size()) {
            throw new IllegalArgumentException("Arguments 'frame' and 'closeTimeEpochNanos' must have the same length but have "
                    + frame.size() + " and " + closeTimeEpochNanos.length);
        }
        for (String c : COLUMNS) {
            double[] v = frame.valuesArray(c);
            for (int i = 0; i < v.length; i++) {
                if (Double.isNaN(v[i])) {
                    throw new IllegalArgumentException("Argument 'frame' must have no missing values but column '" + c
                            + "' has one at index " + i);
                }
            }
        }
        for (int i = 0; i < closeTimeEpochNanos.length; i++) {
            if (closeTimeEpochNanos[i] <= frame.epochNanos(i)) {
                throw new IllegalArgumentException("Argument 'closeTimeEpochNanos' must be after each open time but has "
                        + Instant.ofEpochSecond(0, closeTimeEpochNanos[i]) + " at index " + i + " for open time "
                        + frame.time(i));
            }
        }
        return new Klines(frame, closeTimeEpochNanos.clone());
    }

    /**
     * Returns the number of candles.
     *
     * @return the size
     */
    public int size() {
        return frame.size();
    }

    /**
     * Returns the open time of candle {@code i}.
     *
     * @param i the index
     * @return the open time
     * @throws IndexOutOfBoundsException if out of range
     */
    public Instant openTime(int i) {
        return frame.time(i);
    }

    /**
     * Returns the close time of candle {@code i} (Binance: the last millisecond or microsecond
     * of the interval).
     *
     * @param i the index
     * @return the close time
     * @throws IndexOutOfBoundsException if out of range
     */
    public Instant closeTime(int i) {
        return Instant.ofEpochSecond(0, closeTimes[i]);
    }

    /**
     * Returns all columns keyed by open time.
     *
     * @return the frame with columns {@link #COLUMNS}
     */
    public SeriesFrame frame() {
        return frame;
    }

    /**
     * Returns the open prices keyed by open time.
     *
     * @return the series
     */
    public TimeSeries open() {
        return frame.column("open");
    }

    /**
     * Returns the high prices keyed by open time.
     *
     * @return the series
     */
    public TimeSeries high() {
        return frame.column("high");
    }

    /**
     * Returns the low prices keyed by open time.
     *
     * @return the series
     */
    public TimeSeries low() {
        return frame.column("low");
    }

    /**
     * Returns the close prices keyed by open time.
     *
     * @return the series
     */
    public TimeSeries close() {
        return frame.column("close");
    }

    /**
     * Returns the volumes keyed by open time.
     *
     * @return the series
     */
    public TimeSeries volume() {
        return frame.column("volume");
    }

    /**
     * Returns the quote-asset volumes (COIN-M: base-asset volumes) keyed by open time.
     *
     * @return the series
     */
    public TimeSeries quoteVolume() {
        return frame.column("quote_volume");
    }

    /**
     * Returns the trade counts keyed by open time.
     *
     * @return the series
     */
    public TimeSeries tradeCount() {
        return frame.column("count");
    }

    /**
     * Returns the close prices keyed by close time, for as-of use where the close must not be
     * seen before the candle has closed.
     *
     * @return the series
     */
    public TimeSeries closeAtCloseTime() {
        return TimeSeries.ofEpochNanos(closeTimes, frame.valuesArray("close"));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Klines)) {
            return false;
        }
        Klines other = (Klines) o;
        return frame.equals(other.frame) && java.util.Arrays.equals(closeTimes, other.closeTimes);
    }

    @Override
    public int hashCode() {
        return 31 * frame.hashCode() + java.util.Arrays.hashCode(closeTimes);
    }

    @Override
    public String toString() {
        return "Klines[size=" + size() + (size() == 0 ? "" : ", from=" + openTime(0) + ", to=" + openTime(size() - 1)) + "]";
    }
}
