/**
 * Immutable time series of prices, rates and basis values: slicing, as-of alignment with a
 * staleness limit, resampling, returns, rolling windows, and the basis series of a spot and a
 * derivative.
 */
package io.github.basisspread.core.series;
