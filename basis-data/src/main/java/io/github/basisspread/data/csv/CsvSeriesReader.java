package io.github.basisspread.data.csv;

import io.github.basisspread.data.internal.Sources;
import io.github.basisspread.data.internal.TableReader;
import java.io.CharArrayReader;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file of a header row, one timestamp column and numeric columns into a
 * {@link SeriesFrame}, beside a {@link ReadReport} of what happened to every row.
 *
 * <pre>{@code
 * ReadResult<SeriesFrame> r = CsvSeriesReader.of("TIMESTAMP")
 *         .withColumns("CLOSE")
 *         .withTimestampFormat(TimestampFormat.text(ZoneOffset.UTC))
 *         .read(Path.of("btcusdt_1h.csv"));
 * TimeSeries close = r.data().column("CLOSE");
 * }</pre>
 *
 * <p>Timestamps: epoch seconds, milliseconds, microseconds or nanoseconds (stated, or detected
 * per file), or date-time text in a stated zone (UTC by default); see {@link TimestampFormat}.
 * Numbers: decimal, optionally with an exponent; an empty cell, {@code NA}, {@code NaN} or
 * {@code null} (any case) is missing. The
 * selected numeric columns are chosen by header name (all non-timestamp columns by default);
 * other columns are not parsed. Every row must have as many fields as the header.
 *
 * <p>Bad rows follow the {@link BadRowPolicy}: by default the first malformed, duplicate or
 * out-of-order row fails with a {@link MalformedDataException} naming file, line, column and
 * text; with {@link BadRowPolicy#SKIP_AND_REPORT} they are skipped, dropped or reordered and
 * counted in the report. Nothing is dropped or reordered silently.
 *
 * <p>Files are UTF-8 (a byte-order mark is ignored) with RFC 4180 quoting. Plain files without
 * quotes take a fast hand-written scanner; a file with quotes is read by commons-csv. Both give
 * identical results. Immutable and thread-safe: the {@code with...} methods return copies.
 */
public final class CsvSeriesReader {

    private static final int DEFAULT_MAX_ISSUES = 10;

    private final String timestampColumn;
    private final List<String> columns;
    private final TimestampFormat format;
    private final BadRowPolicy policy;
    private final char delimiter;
    private final int maxIssues;
    private final TableReader.Engine engine;

    private CsvSeriesReader(String timestampColumn, List<String> columns, TimestampFormat format, BadRowPolicy policy,
                            char delimiter, int maxIssues, TableReader.Engine engine) {
        this.timestampColumn = timestampColumn;
        this.columns = columns;
        this.format = format;
        this.policy = policy;
        this.delimiter = delimiter;
        this.maxIssues = maxIssues;
        this.engine = engine;
    }

    /**
     * A reader of the named timestamp column and every other column, timestamps detected
     * (epoch with detected unit, or text in UTC), failing on the first bad row.
     *
     * @param timestampColumn the header name of the timestamp column
     * @return the reader
     * @throws IllegalArgumentException if the name is blank
     */
    public static CsvSeriesReader of(String timestampColumn) {
        return new CsvSeriesReader(notBlank(timestampColumn, "timestampColumn"), List.of(), TimestampFormat.detected(),
                BadRowPolicy.FAIL, ',', DEFAULT_MAX_ISSUES, TableReader.Engine.AUTO);
    }

    /**
     * Returns a copy that reads only the named numeric columns, in this order.
     *
     * @param names the header names; none blank, none repeated, not the timestamp column
     * @return the copy
     * @throws IllegalArgumentException if a name is blank or repeated
     */
    public CsvSeriesReader withColumns(String... names) {
        if (names == null) {
            throw new IllegalArgumentException("Argument 'names' must not be null");
        }
        List<String> list = new ArrayList<>();
        for (String name : names) {
            notBlank(name, "names");
            if (list.contains(name)) {
                throw new IllegalArgumentException("Argument 'names' must not repeat a name but has '" + name + "' twice");
            }
            list.add(name);
        }
        return new CsvSeriesReader(timestampColumn, List.copyOf(list), format, policy, delimiter, maxIssues, engine);
    }

    /**
     * Returns a copy with the given timestamp format.
     *
     * @param timestampFormat the format
     * @return the copy
     * @throws IllegalArgumentException if null
     */
    public CsvSeriesReader withTimestampFormat(TimestampFormat timestampFormat) {
        if (timestampFormat == null) {
            throw new IllegalArgumentException("Argument 'timestampFormat' must not be null");
        }
        return new CsvSeriesReader(timestampColumn, columns, timestampFormat, policy, delimiter, maxIssues, engine);
    }

    /**
     * Returns a copy with the given bad-row policy.
     *
     * @param badRowPolicy the policy
     * @return the copy
     * @throws IllegalArgumentException if null
     */
    public CsvSeriesReader withPolicy(BadRowPolicy badRowPolicy) {
        if (badRowPolicy == null) {
            throw new IllegalArgumentException("Argument 'badRowPolicy' must not be null");
        }
        return new CsvSeriesReader(timestampColumn, columns, format, badRowPolicy, delimiter, maxIssues, engine);
    }

    /**
     * Returns a copy with another field delimiter.
     *
     * @param fieldDelimiter the delimiter, e.g. {@code ';'} or a tab; not a quote, CR or LF
     * @return the copy
     * @throws IllegalArgumentException if the delimiter is a quote or a line break
     */
    public CsvSeriesReader withDelimiter(char fieldDelimiter) {
        if (fieldDelimiter == '"' || fieldDelimiter == '\r' || fieldDelimiter == '\n') {
            throw new IllegalArgumentException("Argument 'fieldDelimiter' must not be a quote or line break but has value "
                    + (int) fieldDelimiter);
        }
        return new CsvSeriesReader(timestampColumn, columns, format, policy, fieldDelimiter, maxIssues, engine);
    }

    /**
     * Returns a copy whose report lists up to this many rows of each kind of issue (default 10).
     *
     * @param maxReportedIssues the number, zero or more
     * @return the copy
     * @throws IllegalArgumentException if negative
     */
    public CsvSeriesReader withMaxReportedIssues(int maxReportedIssues) {
        if (maxReportedIssues < 0) {
            throw new IllegalArgumentException("Argument 'maxReportedIssues' must be zero or greater but has value "
                    + maxReportedIssues);
        }
        return new CsvSeriesReader(timestampColumn, columns, format, policy, delimiter, maxReportedIssues, engine);
    }

    /** Test hook: always parse with commons-csv, to compare with the fast path. */
    CsvSeriesReader withCommonsCsvOnly() {
        return new CsvSeriesReader(timestampColumn, columns, format, policy, delimiter, maxIssues,
                TableReader.Engine.COMMONS_CSV);
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param file the file
     * @return the frame and the report
     * @throws MalformedDataException if the file is empty, lacks a column, or (under
     *     {@link BadRowPolicy#FAIL}) has a bad row
     * @throws UncheckedIOException if the file cannot be read or is not valid UTF-8
     * @throws IllegalArgumentException if the file is null
     */
    public ReadResult<SeriesFrame> read(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("Argument 'file' must not be null");
        }
        return read(Sources.file(file));
    }

    /**
     * Reads CSV text from a reader (read to the end; not closed).
     *
     * @param reader the reader
     * @param sourceName the name used in messages and the report
     * @return the frame and the report
     * @throws MalformedDataException as {@link #read(Path)}
     * @throws UncheckedIOException if the reader fails
     * @throws IllegalArgumentException if an argument is null
     */
    public ReadResult<SeriesFrame> read(Reader reader, String sourceName) {
        if (reader == null) {
            throw new IllegalArgumentException("Argument 'reader' must not be null");
        }
        notBlank(sourceName, "sourceName");
        CharArrayWriter all = new CharArrayWriter();
        try {
            reader.transferTo(all);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        char[] chars = all.toCharArray();
        return read(new TableReader.Source() {
            @Override
            public String name() {
                return sourceName;
            }

            @Override
            public Reader open() {
                return new CharArrayReader(chars);
            }
        });
    }

    private ReadResult<SeriesFrame> read(TableReader.Source source) {
        List<TableReader.Column> values = new ArrayList<>();
        for (String name : columns) {
            values.add(TableReader.Column.named(name));
        }
        TableReader.Spec spec = new TableReader.Spec(TableReader.HeaderMode.REQUIRED, -1,
                TableReader.Column.named(timestampColumn), values, List.of(), format, policy, maxIssues, delimiter, engine);
        TableReader.Table t = TableReader.read(source, spec);
        return new ReadResult<>(SeriesFrame.wrap(t.epochNanos(), t.valueNames(), t.values()), t.report());
    }

    private static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Argument '" + name + "' must not be blank but has value "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }
}
