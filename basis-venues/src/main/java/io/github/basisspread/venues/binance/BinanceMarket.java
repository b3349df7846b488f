package io.github.basisspread.venues.binance;

/**
 * The three Binance markets with public klines: spot, USD-M futures (linear, {@code fapi}) and
 * COIN-M futures (inverse, {@code dapi}).
 */
public enum BinanceMarket {
    /** Spot, {@code https://api.binance.com/api/v3}. */
    SPOT("/api/v3", "spot"),
    /** USD-M futures (perpetuals and quarterlies settled in USDT/USDC), {@code https://fapi.binance.com/fapi/v1}. */
    USDM("/fapi/v1", "futures/um"),
    /** COIN-M futures (inverse, settled in the coin), {@code https://dapi.binance.com/dapi/v1}. */
    COINM("/dapi/v1", "futures/cm");

    private final String prefix;
    private final String dumpPath;

    BinanceMarket(String prefix, String dumpPath) {
        this.prefix = prefix;
        this.dumpPath = dumpPath;
    }

    /**
     * Returns the REST path prefix, e.g. {@code /fapi/v1}.
     *
     * @return the prefix
     */
    public String pathPrefix() {
        return prefix;
    }

    /**
     * Returns the folder of the market on data.binance.vision, e.g. {@code futures/um}.
     *
     * @return the folder
     */
    public String dumpFolder() {
        return dumpPath;
    }
}
