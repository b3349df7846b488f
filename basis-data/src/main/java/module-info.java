/**
 * Basis data: reading and writing market data.
 *
 * <p>Generic CSV of timestamps and numeric columns ({@link io.github.basisspread.data.csv}) and
 * the public data dumps of exchanges ({@link io.github.basisspread.data.exchange}), turned into
 * {@link io.github.basisspread.core.series.TimeSeries} without ever losing or inventing a row
 * silently: malformed rows either fail the read with the file, line and column, or are skipped
 * and counted in a report.
 */
@SuppressWarnings({"requires-automatic", "module"})
module io.github.basisspread.data {
    requires transitive io.github.basisspread.core;
    // commons-csv 1.x ships no module-info; it is an automatic module named by its manifest.
    requires org.apache.commons.csv;

    exports io.github.basisspread.data.csv;
    exports io.github.basisspread.data.exchange;
    // The engine, for the basis command only: it reads files of untimed rows without copying them.
    exports io.github.basisspread.data.internal to io.github.basisspread.cli;
}
