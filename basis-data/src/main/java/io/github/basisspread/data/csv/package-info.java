/**
 * Generic CSV of timestamps and numeric columns, read into aligned
 * {@link io.github.basisspread.core.series.TimeSeries} and written back exactly.
 *
 * <p>{@link io.github.basisspread.data.csv.CsvSeriesReader} reads a header row, a timestamp
 * column ({@link io.github.basisspread.data.csv.TimestampFormat}: epoch seconds to nanoseconds,
 * stated or detected per file, or ISO-8601 / {@code yyyy-MM-dd HH:mm:ss[.SSS]} text in a stated
 * zone) and numeric columns chosen by name into a
 * {@link io.github.basisspread.data.csv.SeriesFrame}. Empty cells, {@code NA}, {@code NaN} and
 * {@code null} are missing values. Integer dates {@code yyyyMMdd} (20260101) are read as dates,
 * not as epoch seconds of 1970.
 *
 * <p>No row is ever lost or invented silently. Under the default
 * {@link io.github.basisspread.data.csv.BadRowPolicy#FAIL} the first malformed, duplicate or
 * out-of-order row throws a {@link io.github.basisspread.data.csv.MalformedDataException} naming
 * the file, line, column and text. Under
 * {@link io.github.basisspread.data.csv.BadRowPolicy#SKIP_AND_REPORT} such rows are skipped,
 * dropped or reordered and every one is counted in the
 * {@link io.github.basisspread.data.csv.ReadReport} returned beside the data.
 *
 * <p>{@link io.github.basisspread.data.csv.CsvSeriesWriter} writes frames back with ISO-8601
 * or epoch timestamps and each value as its
 * {@link io.github.basisspread.data.csv.ShortestDecimal shortest round-tripping decimal}, so a
 * write then a read gives back the same doubles bit for bit.
 *
 * <p>Speed: plain files (no quoting) are read by a hand-written scanner with a correctly
 * rounded fast path for short decimals (Clinger 1990); quoted files go through Apache
 * commons-csv. Both give identical results.
 */
package io.github.basisspread.data.csv;
