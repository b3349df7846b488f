/**
 * Immutable time series of prices, rates and basis values, and the operations a basis study
 * needs between raw quotes and a model.
 *
 * <ul>
 *   <li>{@link io.github.basisspread.core.series.TimeSeries}: strictly increasing
 *       epoch-nanosecond timestamps with values, NaN marking a missing value.</li>
 *   <li>{@link io.github.basisspread.core.series.Alignment} and
 *       {@link io.github.basisspread.core.series.AlignedPair}: as-of alignment of two series
 *       with a staleness limit (left, inner, outer, on a grid); never looks ahead.</li>
 *   <li>{@link io.github.basisspread.core.series.Resampling}: epoch-anchored buckets labelled
 *       by their start, aggregated by an {@link io.github.basisspread.core.series.Aggregation}
 *       or into {@link io.github.basisspread.core.series.OhlcSeries} bars, with an explicit
 *       {@link io.github.basisspread.core.series.EmptyBuckets} policy.</li>
 *   <li>{@link io.github.basisspread.core.series.Returns}: simple and log returns, differences.</li>
 *   <li>{@link io.github.basisspread.core.series.RollingWindow}: trailing windows by count or by
 *       time, computed incrementally in linear time.</li>
 *   <li>{@link io.github.basisspread.core.series.BasisSeries}: the basis of a dated future or a
 *       perpetual against spot over time: in price, relative, in basis points, annualized with a
 *       shrinking time to expiry.</li>
 * </ul>
 *
 * <p><b>Conventions shared by the package.</b> A value at time {@code t} only ever depends on
 * observations at or before {@code t} (no look-ahead), except for resampled buckets, which are
 * labelled by their start and summarize the interval after it. Missing values are skipped by
 * aggregations and windows, propagate through returns and differences, and are documented as
 * such on each method; nothing returns a NaN that is not a documented missing value. Every type
 * is immutable and thread-safe.
 */
package io.github.basisspread.core.series;
