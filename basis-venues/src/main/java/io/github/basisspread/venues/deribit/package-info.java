/** Deribit (API v2): chart data, hourly funding history and instruments over REST. */
package io.github.basisspread.venues.deribit;
