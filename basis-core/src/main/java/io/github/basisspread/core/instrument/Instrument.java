package io.github.basisspread.core.instrument;

/**
 * A tradable instrument whose price enters a basis: a {@link Spot} pair, a {@link DatedFuture}
 * or a {@link PerpetualSwap} (the last two being {@link Derivative}s).
 *
 * <p>The family is closed: {@link #kind()} tells which record an instrument is, and a switch over
 * it is exhaustive. Every instrument names its venue ticker ({@code symbol}), its base asset
 * (the underlying, e.g. {@code "BTC"}), its quote currency (the currency of its price, e.g.
 * {@code "USDT"} or {@code "USD"}), its settlement currency and its {@link Venue}.
 *
 * <p>Implementations are immutable, thread-safe records.
 */
public sealed interface Instrument permits Spot, Derivative {

    /**
     * Returns the venue's ticker, e.g. {@code "BTCUSDT"} or {@code "BTC-27DEC24"}.
     *
     * @return the symbol, not blank
     */
    String symbol();

    /**
     * Returns the base asset, the underlying whose price is quoted, e.g. {@code "BTC"}.
     *
     * @return the base asset code, not blank
     */
    String baseAsset();

    /**
     * Returns the currency the price is quoted in, e.g. {@code "USDT"} or {@code "USD"}.
     *
     * @return the quote currency code, not blank
     */
    String quoteCurrency();

    /**
     * Returns the currency P&amp;L and margin are paid in: the quote currency for spot and linear
     * contracts, the base asset for inverse contracts, a third currency for quanto contracts.
     *
     * @return the settlement currency code, not blank
     */
    String settlementCurrency();

    /**
     * Returns the venue the instrument trades on.
     *
     * @return the venue
     */
    Venue venue();

    /**
     * Returns which record of the family this is.
     *
     * @return the kind
     */
    InstrumentKind kind();

    /**
     * Tells whether this is a derivative (a dated future or a perpetual swap).
     *
     * @return true unless this is a spot pair
     */
    default boolean isDerivative() {
        return kind() != InstrumentKind.SPOT;
    }

    /**
     * Describes the instrument in one line, e.g.
     * {@code "BINANCE BTCUSDT: perpetual swap on BTC/USDT, linear, 0.001 BTC per contract, funding every 8h at [00:00, 08:00, 16:00] UTC"}.
     *
     * @return the description
     */
    default String describe() {
        String head = venue() + " " + symbol() + ": ";
        String pair = baseAsset() + "/" + quoteCurrency();
        return switch (kind()) {
            case SPOT -> head + "spot " + pair;
            case DATED_FUTURE -> {
                DatedFuture future = (DatedFuture) this;
                yield head + "dated future on " + pair + ", " + future.contractDescription() + ", expiring "
                        + future.expiry();
            }
            case PERPETUAL_SWAP -> {
                PerpetualSwap swap = (PerpetualSwap) this;
                yield head + "perpetual swap on " + pair + ", " + swap.contractDescription() + ", funding every "
                        + swap.fundingSchedule().intervalHours() + "h at " + swap.fundingSchedule().settlementTimesOfDay()
                        + " UTC";
            }
        };
    }
}
