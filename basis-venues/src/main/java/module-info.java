/**
 * Basis venues: public market-data clients of crypto venues (no keys, no trading).
 *
 * <p>REST history (candles, funding, instrument lists mapped to
 * {@link io.github.basisspread.core.instrument} types) of Binance, OKX, Bybit, Deribit,
 * Hyperliquid and the dYdX v4 indexer, with pagination, client-side rate limits, retries with
 * exponential backoff and jitter; Binance public data dumps checked against their SHA-256; a
 * resumable cache and the CSV files the rest of Basis reads; public WebSocket quote streams.
 *
 * <p>The module depends on core, data and Jackson only (DESIGN.md's module table). The live
 * basis monitor, which needs the streaming Kalman filter of basis-models, lives in basis-cli
 * ({@code basis watch}); this module hands it allocation-free quote callbacks.
 */
module io.github.basisspread.venues {
    requires transitive io.github.basisspread.core;
    requires transitive io.github.basisspread.data;
    requires transitive java.net.http;
    requires com.fasterxml.jackson.databind;

    exports io.github.basisspread.venues;
    exports io.github.basisspread.venues.binance;
    exports io.github.basisspread.venues.okx;
    exports io.github.basisspread.venues.bybit;
    exports io.github.basisspread.venues.deribit;
    exports io.github.basisspread.venues.hyperliquid;
    exports io.github.basisspread.venues.dydx;
    exports io.github.basisspread.venues.cache;
    exports io.github.basisspread.venues.live;
}
