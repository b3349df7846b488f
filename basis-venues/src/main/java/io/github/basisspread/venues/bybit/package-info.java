/** Bybit (API v5): klines (traded, mark, index, premium index), funding history and instruments over REST. */
package io.github.basisspread.venues.bybit;
