/** Hyperliquid: candles, hourly funding history and the perpetual universe through the public info endpoint. */
package io.github.basisspread.venues.hyperliquid;
