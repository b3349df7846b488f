/** dYdX v4: candles, hourly funding history and perpetual markets from the public indexer. */
package io.github.basisspread.venues.dydx;
