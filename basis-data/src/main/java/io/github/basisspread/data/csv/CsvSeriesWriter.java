package io.github.basisspread.data.csv;

import io.github.basisspread.core.series.TimeSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Writes a {@link SeriesFrame} or a {@link TimeSeries} as CSV that {@link CsvSeriesReader}
 * reads back exactly: same timestamps to the nanosecond, same doubles bit for bit, missing
 * values as missing.
 *
 * <p>Layout: a header row (the timestamp column, then the frame's columns), then one row per
 * timestamp; lines end with LF. Timestamps are ISO-8601 instants ({@code 2024-10-17T09:00:00Z},
 * with a fraction only when needed) or, if chosen, integers in an {@link EpochUnit}. Values are
 * the {@linkplain ShortestDecimal shortest decimal} that reads back to the same double; a missing
 * value is an empty cell. Header names containing the delimiter, a quote or a line break are
 * quoted as in RFC 4180.
 *
 * <p>Immutable and thread-safe: the {@code with...} methods return copies.
 */
public final class CsvSeriesWriter {

    private final String timestampColumn;
    private final EpochUnit epochUnit;
    private final char delimiter;

    private CsvSeriesWriter(String timestampColumn, EpochUnit epochUnit, char delimiter) {
        this.timestampColumn = timestampColumn;
        this.epochUnit = epochUnit;
        this.delimiter = delimiter;
    }

    /**
     * A writer with timestamp column {@code timestamp}, ISO-8601 instants and commas.
     *
     * @return the writer
     */
    public static CsvSeriesWriter of() {
        return new CsvSeriesWriter("timestamp", null, ',');
    }

    /**
     * Returns a copy that names the timestamp column differently.
     *
     * @param name the header name, not blank, without surrounding spaces
     * @return the copy
     * @throws IllegalArgumentException if the name is blank or has surrounding spaces
     */
    public CsvSeriesWriter withTimestampColumn(String name) {
        checkName(name, "name");
        return new CsvSeriesWriter(name, epochUnit, delimiter);
    }

    /**
     * Returns a copy that writes timestamps as integers in the given unit.
     *
     * @param unit the unit; every timestamp must be a whole number of it
     * @return the copy
     * @throws IllegalArgumentException if the unit is null
     */
    public CsvSeriesWriter withEpochUnit(EpochUnit unit) {
        if (unit == null) {
            throw new IllegalArgumentException("Argument 'unit' must not be null");
        }
        return new CsvSeriesWriter(timestampColumn, unit, delimiter);
    }

    /**
     * Returns a copy that writes timestamps as ISO-8601 instants (the default).
     *
     * @return the copy
     */
    public CsvSeriesWriter withIsoTimestamps() {
        return new CsvSeriesWriter(timestampColumn, null, delimiter);
    }

    /**
     * Returns a copy with another field delimiter.
     *
     * @param fieldDelimiter the delimiter; not a quote, CR, LF, digit, sign, point or letter
     * @return the copy
     * @throws IllegalArgumentException if the delimiter could be part of a value
     */
    public CsvSeriesWriter withDelimiter(char fieldDelimiter) {
        if (fieldDelimiter == '"' || fieldDelimiter == '\r' || fieldDelimiter == '\n'
                || Character.isLetterOrDigit(fieldDelimiter) || "+-.:".indexOf(fieldDelimiter) >= 0) {
            throw new IllegalArgumentException("Argument 'fieldDelimiter' must not be a quote, line break or a character "
                    + "of a number or timestamp but has value '" + fieldDelimiter + "'");
        }
        return new CsvSeriesWriter(timestampColumn, epochUnit, fieldDelimiter);
    }

    /**
     * Writes one series as a one-column file (UTF-8, replacing the file).
     *
     * @param column the column name
     * @param series the series
     * @param file the file
     * @throws IllegalArgumentException as {@link #write(SeriesFrame, Writer)}
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(String column, TimeSeries series, Path file) {
        write(SeriesFrame.of(column, series), file);
    }

    /**
     * Writes a frame to a file (UTF-8, replacing the file).
     *
     * @param frame the frame
     * @param file the file
     * @throws IllegalArgumentException as {@link #write(SeriesFrame, Writer)}
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(SeriesFrame frame, Path file) {
        if (file == null) {
            throw new IllegalArgumentException("Argument 'file' must not be null");
        }
        checkFrame(frame);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(frame, w);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a frame to a writer (not closed).
     *
     * @param frame the frame
     * @param out the writer
     * @throws IllegalArgumentException if an argument is null, a column name is blank, has
     *     surrounding spaces or equals the timestamp column, or a timestamp is not a whole number
     *     of the epoch unit
     * @throws UncheckedIOException if writing fails
     */
    public void write(SeriesFrame frame, Writer out) {
        checkFrame(frame);
        if (out == null) {
            throw new IllegalArgumentException("Argument 'out' must not be null");
        }
        List<String> names = frame.columnNames();
        double[][] cols = new double[names.size()][];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = frame.valuesArray(names.get(c));
        }
        try {
            StringBuilder sb = new StringBuilder(256);
            sb.append(quoted(timestampColumn));
            for (String name : names) {
                sb.append(delimiter).append(quoted(name));
            }
            sb.append('\n');
            out.write(sb.toString());
            for (int i = 0; i < frame.size(); i++) {
                sb.setLength(0);
                appendTime(sb, frame.epochNanos(i), i);
                for (double[] col : cols) {
                    sb.append(delimiter);
                    if (!Double.isNaN(col[i])) {
                        sb.append(ShortestDecimal.format(col[i]));
                    }
                }
                sb.append('\n');
                out.write(sb.toString());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write CSV: " + e.getMessage(), e);
        }
    }

    private void appendTime(StringBuilder sb, long nanos, int index) {
        if (epochUnit == null) {
            sb.append(Instant.ofEpochSecond(0, nanos));
            return;
        }
        long per = epochUnit.nanosPerUnit();
        if (nanos % per != 0) {
            throw new IllegalArgumentException("Argument 'frame' must have timestamps in whole " + epochUnit
                    + " but has " + Instant.ofEpochSecond(0, nanos) + " at index " + index);
        }
        sb.append(nanos / per);
    }

    private void checkFrame(SeriesFrame frame) {
        if (frame == null) {
            throw new IllegalArgumentException("Argument 'frame' must not be null");
        }
        for (String name : frame.columnNames()) {
            checkName(name, "frame");
            if (name.equals(timestampColumn)) {
                throw new IllegalArgumentException("Argument 'frame' must not have a column named like the timestamp column but has '"
                        + name + "'");
            }
        }
    }

    private static void checkName(String name, String argument) {
        if (name == null || name.isBlank() || !name.strip().equals(name)) {
            throw new IllegalArgumentException("Argument '" + argument + "' must have column names that are not blank and "
                    + "have no surrounding spaces (the reader strips them) but has "
                    + (name == null ? "null" : "'" + name + "'"));
        }
    }

    private String quoted(String name) {
        if (name.indexOf(delimiter) < 0 && name.indexOf('"') < 0 && name.indexOf('\n') < 0 && name.indexOf('\r') < 0) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
