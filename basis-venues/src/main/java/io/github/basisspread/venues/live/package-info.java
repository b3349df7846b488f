/**
 * Live public market data over the venues' WebSocket streams (JDK {@code java.net.http.WebSocket},
 * no extra dependency): book tickers, mark or oracle prices and funding of Binance, OKX, Bybit,
 * Deribit, Hyperliquid and the dYdX v4 indexer, delivered to a
 * {@link io.github.basisspread.venues.live.QuoteSink} as primitive callbacks (no object per tick
 * once a message is parsed). {@link io.github.basisspread.venues.live.LiveFeed} keeps each
 * connection alive: it resubscribes after a drop, reconnects with the exponential backoff of a
 * {@link io.github.basisspread.venues.RetryPolicy}, sends the application-level ping a venue asks
 * for (Bybit, Hyperliquid), and treats a stream silent for longer than its stale limit as dropped.
 * A message that does not match the venue's documented schema is reported and skipped whole.
 */
package io.github.basisspread.venues.live;
