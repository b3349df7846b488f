package io.github.basisspread.venues.binance;

/**
 * The kinds of Binance klines: traded prices, and on the futures markets the mark price, the
 * index price and the premium index.
 */
public enum KlineKind {
    /** Traded prices: {@code klines}. */
    TRADES("klines", "klines"),
    /** The mark price: {@code markPriceKlines}. */
    MARK("markPriceKlines", "markPriceKlines"),
    /** The index price, queried by pair: {@code indexPriceKlines}. */
    INDEX("indexPriceKlines", "indexPriceKlines"),
    /** The premium index (perpetual minus index, over index): {@code premiumIndexKlines}. */
    PREMIUM_INDEX("premiumIndexKlines", "premiumIndexKlines");

    private final String endpoint;
    private final String dumpName;

    KlineKind(String endpoint, String dumpName) {
        this.endpoint = endpoint;
        this.dumpName = dumpName;
    }

    /**
     * Returns the REST endpoint name, e.g. {@code markPriceKlines}.
     *
     * @return the name
     */
    public String endpoint() {
        return endpoint;
    }

    /**
     * Returns the data-dump folder name, e.g. {@code markPriceKlines}.
     *
     * @return the name
     */
    public String dumpName() {
        return dumpName;
    }
}
