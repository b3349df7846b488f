/** Binance: spot, USD-M and COIN-M REST market data and the public data dumps (data.binance.vision). */
package io.github.basisspread.venues.binance;
