package io.github.basisspread.venues;

import io.github.basisspread.venues.internal.Args;
import java.time.Instant;

/**
 * One candle (kline, bar) of a venue: prices over {@code [openTime, closeTime)}.
 *
 * <p>The close is known only at {@code closeTime}: a series of closes keyed by the open time
 * would look ahead by one bar, so the CSV files written by this module label each row by its
 * close time. Volume is in the venue's unit (base asset, contracts or quote currency; see each
 * client) and may be zero; for price-index candles (mark, index, premium index) it is zero.
 * Prices must be finite; they are positive except for premium-index candles, whose values are
 * premiums (possibly negative), hence no sign check here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param openTime the start of the bar, inclusive
 * @param closeTime the end of the bar, exclusive: {@code openTime} plus the bar interval
 * @param open the first price
 * @param high the highest price
 * @param low the lowest price
 * @param close the last price
 * @param volume the traded volume, finite and not negative
 */
public record Candle(Instant openTime, Instant closeTime, double open, double high, double low, double close,
        double volume) {

    /**
     * Validates the components.
     *
     * @param openTime not null
     * @param closeTime not null, after {@code openTime}
     * @param open finite
     * @param high finite
     * @param low finite
     * @param close finite
     * @param volume finite and not negative
     * @throws IllegalArgumentException naming the component and its value
     */
    public Candle {
        Args.notNull(openTime, "openTime");
        Args.notNull(closeTime, "closeTime");
        Args.isTrue(closeTime.isAfter(openTime), "closeTime", closeTime, "be after openTime " + openTime);
        Args.finite(open, "open");
        Args.finite(high, "high");
        Args.finite(low, "low");
        Args.finite(close, "close");
        Args.isTrue(volume >= 0 && Double.isFinite(volume), "volume", volume, "be finite and not negative");
    }
}
