/**
 * Live public market data over the venues' WebSocket streams (JDK {@code java.net.http.WebSocket},
 * no extra dependency): book tickers, mark prices and funding of Binance and OKX, delivered to a
 * {@link io.github.basisspread.venues.live.QuoteSink} as primitive callbacks (no object per tick
 * once a message is parsed). {@link io.github.basisspread.venues.live.LiveFeed} keeps each
 * connection alive: it resubscribes after a drop, reconnects with the exponential backoff of a
 * {@link io.github.basisspread.venues.RetryPolicy}, and treats a stream silent for longer than
 * its stale limit as dropped.
 */
package io.github.basisspread.venues.live;
