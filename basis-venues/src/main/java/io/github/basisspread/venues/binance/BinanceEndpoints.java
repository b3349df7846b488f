package io.github.basisspread.venues.binance;

import io.github.basisspread.venues.internal.Args;
import java.net.URI;

/**
 * The base URLs of Binance's public market data: REST of spot, USD-M and COIN-M, and the public
 * data dumps. Configurable so that tests point every client at an in-process server.
 *
 * <p>Immutable and thread-safe.
 *
 * @param spot the spot REST base, {@code https://api.binance.com}
 * @param usdm the USD-M futures REST base, {@code https://fapi.binance.com}
 * @param coinm the COIN-M futures REST base, {@code https://dapi.binance.com}
 * @param dumps the public data base, {@code https://data.binance.vision}
 */
public record BinanceEndpoints(URI spot, URI usdm, URI coinm, URI dumps) {

    /**
     * Validates the components.
     *
     * @param spot not null
     * @param usdm not null
     * @param coinm not null
     * @param dumps not null
     * @throws IllegalArgumentException if one is null
     */
    public BinanceEndpoints {
        Args.notNull(spot, "spot");
        Args.notNull(usdm, "usdm");
        Args.notNull(coinm, "coinm");
        Args.notNull(dumps, "dumps");
    }

    /**
     * The production endpoints.
     *
     * @return the real base URLs
     */
    public static BinanceEndpoints production() {
        return new BinanceEndpoints(URI.create("https://api.binance.com"), URI.create("https://fapi.binance.com"),
                URI.create("https://dapi.binance.com"), URI.create("https://data.binance.vision"));
    }

    /**
     * Every endpoint at one base URL (a test server).
     *
     * @param base the base URL
     * @return the endpoints
     */
    public static BinanceEndpoints allAt(URI base) {
        return new BinanceEndpoints(base, base, base, base);
    }

    /**
     * Returns the REST base of a market.
     *
     * @param market the market
     * @return the base URL
     */
    public URI rest(BinanceMarket market) {
        return switch (market) {
            case SPOT -> spot;
            case USDM -> usdm;
            case COINM -> coinm;
        };
    }
}
