package io.github.basisspread.core.instrument;

/**
 * A spot pair: the base asset bought and sold for the quote currency, e.g. BTC/USDT on Binance.
 * It settles in the quote currency.
 *
 * <p>Immutable and thread-safe.
 *
 * @param symbol the venue's ticker, e.g. {@code "BTCUSDT"}
 * @param baseAsset the asset bought, e.g. {@code "BTC"}
 * @param quoteCurrency the currency paid, e.g. {@code "USDT"}
 * @param venue the venue
 */
public record Spot(String symbol, String baseAsset, String quoteCurrency, Venue venue) implements Instrument {

    /**
     * Validates the components.
     *
     * @param symbol the ticker, not blank
     * @param baseAsset the base asset code, not blank
     * @param quoteCurrency the quote currency code, not blank
     * @param venue the venue, not null
     * @throws IllegalArgumentException if a string is null or blank or the venue is null
     */
    public Spot {
        InstrumentArgs.common(symbol, baseAsset, quoteCurrency, quoteCurrency, venue);
    }

    /**
     * Returns the spot pair.
     *
     * @param symbol the ticker, not blank
     * @param baseAsset the base asset code, not blank
     * @param quoteCurrency the quote currency code, not blank
     * @param venue the venue, not null
     * @return the spot pair
     * @throws IllegalArgumentException if a string is null or blank or the venue is null
     */
    public static Spot of(String symbol, String baseAsset, String quoteCurrency, Venue venue) {
        return new Spot(symbol, baseAsset, quoteCurrency, venue);
    }

    /**
     * Returns the quote currency: a spot trade is paid in it.
     *
     * @return the quote currency code
     */
    @Override
    public String settlementCurrency() {
        return quoteCurrency;
    }

    /**
     * Returns {@link InstrumentKind#SPOT}.
     *
     * @return the kind
     */
    @Override
    public InstrumentKind kind() {
        return InstrumentKind.SPOT;
    }
}
