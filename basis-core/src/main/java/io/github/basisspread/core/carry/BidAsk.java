package io.github.basisspread.core.carry;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * A two-sided quote: the best bid and best ask of one instrument.
 *
 * <p>Immutable and thread-safe.
 *
 * @param bid the bid price, finite and positive
 * @param ask the ask price, finite, positive and at least the bid
 */
public record BidAsk(double bid, double ask) {

    /**
     * Validates the components.
     *
     * @param bid the bid
     * @param ask the ask
     * @throws IllegalArgumentException if a price is not finite and positive or the quote is crossed
     */
    public BidAsk {
        ArgChecker.positive(bid, "bid");
        ArgChecker.positive(ask, "ask");
        if (!(ask >= bid)) {
            // The message is built only on failure: a quote is created per tick.
            ArgChecker.isTrue(false, "ask", ask, "be at least the bid " + bid + " (crossed quote)");
        }
    }

    /**
     * Creates a quote.
     *
     * @param bid the bid price, finite and positive
     * @param ask the ask price, finite and at least the bid
     * @return the quote
     * @throws IllegalArgumentException if a price is not finite and positive or the quote is crossed
     */
    public static BidAsk of(double bid, double ask) {
        return new BidAsk(bid, ask);
    }

    /**
     * A quote with no spread.
     *
     * @param price the price, finite and positive
     * @return the quote {@code (price, price)}
     * @throws IllegalArgumentException if the price is not finite and positive
     */
    public static BidAsk ofMid(double price) {
        return new BidAsk(price, price);
    }

    /**
     * The mid price {@code (bid + ask)/2}.
     *
     * @return the mid price
     */
    public double mid() {
        return 0.5 * (bid + ask);
    }

    /**
     * The half spread {@code (ask - bid)/2}: what one crossing of the spread costs against the mid.
     *
     * @return the half spread in price units
     */
    public double halfSpread() {
        return 0.5 * (ask - bid);
    }

    /**
     * The spread {@code ask - bid}.
     *
     * @return the spread in price units
     */
    public double spread() {
        return ask - bid;
    }
}
