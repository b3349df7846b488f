/** OKX (API v5): candles, funding-rate history and instruments over REST. */
package io.github.basisspread.venues.okx;
