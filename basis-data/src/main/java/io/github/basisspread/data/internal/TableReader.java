package io.github.basisspread.data.internal;

import io.github.basisspread.data.csv.BadRowPolicy;
import io.github.basisspread.data.csv.EpochUnit;
import io.github.basisspread.data.csv.MalformedDataException;
import io.github.basisspread.data.csv.ReadReport;
import io.github.basisspread.data.csv.RowIssue;
import io.github.basisspread.data.csv.TimestampFormat;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The engine shared by every reader: turns a delimited file into a strictly increasing time
 * axis and numeric columns, applying the {@link BadRowPolicy} and counting every row in a
 * {@link ReadReport}.
 *
 * <p>It first tries the plain scanner ({@link PlainCursor}) and, if the file turns out to use
 * quoting, reads it again through commons-csv ({@link CommonsCursor}). Stateless: every call
 * has its own state, so one instance can serve many threads.
 */
public final class TableReader {

    /** Whether the first line names the columns. */
    public enum HeaderMode {
        /** The first line is a header. */
        REQUIRED,
        /** There is no header; columns are referred to by index. */
        NONE,
        /** A first line whose first field is not a number is a header. */
        DETECT
    }

    /** What a numeric column accepts beyond a finite number. */
    public enum Rule {
        /** A number, or missing (empty or NaN). */
        ANY,
        /** A number; missing is malformed. */
        REQUIRED,
        /** A whole number of at least 1. */
        POSITIVE_INTEGER
    }

    /** Which parser reads the file. */
    public enum Engine {
        /** The plain scanner, falling back to commons-csv on quoting. */
        AUTO,
        /** Always commons-csv. */
        COMMONS_CSV
    }

    /**
     * A column chosen by header name, or by 0-based index when the index is not negative.
     *
     * @param name the name (used in messages, and to find the column when index is negative)
     * @param index the 0-based index, or -1 to find it by name
     * @param rule what a value column accepts
     */
    public record Column(String name, int index, Rule rule) {
        /**
         * A column found by name.
         *
         * @param name the header name
         * @return the column reference
         */
        public static Column named(String name) {
            return new Column(name, -1, Rule.ANY);
        }

        /**
         * A column at a fixed position.
         *
         * @param index the 0-based index
         * @param name the name used in messages
         * @param rule what it accepts
         * @return the column reference
         */
        public static Column at(int index, String name, Rule rule) {
            return new Column(name, index, rule);
        }

        /**
         * No column of the file: data row k (1-based, in file order) is at k seconds after the
         * epoch, for files whose rows are consecutive observations without timestamps.
         *
         * @param name the name used in messages
         * @return the column reference
         */
        public static Column rowNumber(String name) {
            return new Column(name, ROW_NUMBER, Rule.ANY);
        }
    }

    /** The index of {@link Column#rowNumber(String)}: no field of the file. */
    private static final int ROW_NUMBER = -2;

    /** A file that can be opened more than once (the fallback reads it again). */
    public interface Source {
        /**
         * The name used in messages.
         *
         * @return the name
         */
        String name();

        /**
         * Opens the content from the beginning.
         *
         * @return a reader
         * @throws IOException if it cannot be opened
         */
        Reader open() throws IOException;
    }

    /**
     * What to read.
     *
     * @param header whether the first line is a header
     * @param expectedFields the number of fields per row without a header, or -1 for the header's
     * @param timestamp the timestamp column
     * @param values the numeric columns; empty with a header means every other column
     * @param timeColumns further columns holding timestamps in the same format
     * @param format the timestamp format
     * @param policy the bad-row policy
     * @param maxIssues how many issues of each kind the report lists
     * @param delimiter the field delimiter
     * @param engine which parser
     */
    public record Spec(HeaderMode header, int expectedFields, Column timestamp, List<Column> values,
                       List<Column> timeColumns, TimestampFormat format, BadRowPolicy policy, int maxIssues,
                       char delimiter, Engine engine) {
        /**
         * Copies the lists.
         *
         * @param header header mode
         * @param expectedFields expected fields
         * @param timestamp timestamp column
         * @param values value columns
         * @param timeColumns extra timestamp columns
         * @param format timestamp format
         * @param policy policy
         * @param maxIssues issues listed per kind
         * @param delimiter delimiter
         * @param engine engine
         */
        public Spec {
            values = List.copyOf(values);
            timeColumns = List.copyOf(timeColumns);
        }
    }

    /**
     * The rows read, in strictly increasing time order.
     *
     * @param epochNanos the timestamps
     * @param valueNames the value column names
     * @param values the value columns, same order as the names
     * @param times the extra timestamp columns, same order as requested
     * @param unit the epoch unit stated or detected, or null for text
     * @param report what the read did to the rows
     */
    public record Table(long[] epochNanos, List<String> valueNames, double[][] values, long[][] times, EpochUnit unit,
                        ReadReport report) {
    }

    private TableReader() {
    }

    /**
     * Reads a source.
     *
     * @param source the source
     * @param spec what to read
     * @return the table
     * @throws MalformedDataException if the file is malformed and the policy is to fail, or the
     *     file is empty, lacks a column, or cannot be tokenized
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Table read(Source source, Spec spec) {
        try {
            if (spec.engine() == Engine.AUTO) {
                try (PlainCursor cursor = new PlainCursor(source.open(), spec.delimiter())) {
                    return new Run(source.name(), spec).read(cursor);
                } catch (NotPlainException e) {
                    // Quoted fields: start over with the full RFC 4180 parser.
                }
            }
            try (CommonsCursor cursor = new CommonsCursor(source.open(), spec.delimiter())) {
                return new Run(source.name(), spec).read(cursor);
            } catch (UncheckedIOException | IllegalStateException e) {
                // commons-csv reports broken quoting (e.g. end of file inside quotes) this way.
                if (e.getCause() instanceof IOException io && !(e instanceof UncheckedIOException)) {
                    throw new UncheckedIOException("Cannot read " + source.name(), io);
                }
                throw new MalformedDataException(source.name(), 0, null, "cannot tokenize CSV ("
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ")", null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source.name() + ": " + e.getMessage(), e);
        }
    }

    /** The state of one read. */
    private static final class Run {
        private final String source;
        private final Spec spec;
        private final TimestampParser timestamps;
        private final boolean fail;

        private String[] names;
        private int expected;
        private int tsIndex;
        private String tsName;
        private int[] valueIndex;
        private Rule[] valueRule;
        private String[] valueName;
        private int[] timeIndex;
        private String[] timeName;

        private int n;
        private long[] ts = new long[1024];
        private long[] lines = new long[1024];
        private double[][] vals;
        private long[][] tcols;

        private long rowsRead;
        private long skipped;
        private long outOfOrder;
        private int malformedListed;
        private int outOfOrderListed;
        private final List<RowIssue> issues = new ArrayList<>();

        Run(String source, Spec spec) {
            this.source = source;
            this.spec = spec;
            this.timestamps = new TimestampParser(spec.format());
            this.fail = spec.policy() == BadRowPolicy.FAIL;
        }

        Table read(RowCursor c) throws IOException {
            if (!c.next()) {
                throw new MalformedDataException(source, 0, null, "empty file: no header and no rows", null);
            }
            c.skipByteOrderMark();
            boolean headerLine = switch (spec.header()) {
                case REQUIRED -> true;
                case NONE -> false;
                case DETECT -> !looksNumeric(c);
            };
            resolveColumns(headerLine ? c : null);
            vals = new double[valueIndex.length][1024];
            tcols = new long[timeIndex.length][1024];
            double[] rowValues = new double[valueIndex.length];
            long[] rowTimes = new long[timeIndex.length];
            long maxTs = Long.MIN_VALUE;
            long maxLine = 0;
            boolean first = !headerLine;
            // Blank lines are held back: at the end of the file they are no rows (an editor's
            // trailing newline); before a later row they are malformed rows, never dropped silently.
            List<Long> blankLines = new ArrayList<>();
            while (first || c.next()) {
                first = false;
                long line = c.line();
                if (c.fieldCount() == 1 && isBlank(c.buffer(), c.start(0), c.end(0))) {
                    blankLines.add(line);
                    continue;
                }
                // Tested before iterating: the launcher's JIT (C1) does not remove the iterator a
                // for-each allocates, one per row (38 MB on 200,000 rows).
                if (!blankLines.isEmpty()) {
                    for (long blank : blankLines) {
                        rowsRead++;
                        malformed(blank, expected > 1 ? columnName(1) : tsName, "expected " + expected
                                + " fields but found 1 (a blank line)", "");
                    }
                    blankLines.clear();
                }
                rowsRead++;
                if (c.fieldCount() != expected) {
                    String col = c.fieldCount() < expected ? columnName(c.fieldCount()) : null;
                    malformed(line, col, "expected " + expected + " fields but found " + c.fieldCount(), c.rowText());
                    continue;
                }
                char[] b = c.buffer();
                long t;
                if (tsIndex == ROW_NUMBER) {
                    t = rowsRead * 1_000_000_000L;
                } else {
                    try {
                        t = timestamps.parse(b, c.start(tsIndex), c.end(tsIndex), line);
                    } catch (CellException e) {
                        malformed(line, tsName, e.getMessage(), c.field(tsIndex));
                        continue;
                    }
                }
                if (!parseCells(c, line, rowValues, rowTimes)) {
                    continue;
                }
                if (n > 0 && t <= maxTs) {
                    if (fail) {
                        throw new MalformedDataException(source, line, tsName, orderReason(t, maxTs, maxLine), c.field(tsIndex));
                    }
                    if (t < maxTs) {
                        outOfOrder++;
                        if (outOfOrderListed++ < spec.maxIssues()) {
                            issues.add(new RowIssue(RowIssue.Kind.OUT_OF_ORDER, line, tsName,
                                    orderReason(t, maxTs, maxLine) + "; moved into time order", c.field(tsIndex)));
                        }
                    }
                }
                append(t, line, rowValues, rowTimes);
                if (t > maxTs) {
                    maxTs = t;
                    maxLine = line;
                }
            }
            return finish();
        }

        private boolean parseCells(RowCursor c, long line, double[] rowValues, long[] rowTimes) {
            char[] b = c.buffer();
            for (int k = 0; k < valueIndex.length; k++) {
                int f = valueIndex[k];
                double v;
                try {
                    v = NumberParser.parse(b, c.start(f), c.end(f));
                } catch (CellException e) {
                    malformed(line, valueName[k], e.getMessage(), c.field(f));
                    return false;
                }
                if (valueRule[k] != Rule.ANY && Double.isNaN(v)) {
                    malformed(line, valueName[k], "missing value", c.field(f));
                    return false;
                }
                if (valueRule[k] == Rule.POSITIVE_INTEGER && !(v >= 1 && v == Math.rint(v))) {
                    malformed(line, valueName[k], "not a positive integer", c.field(f));
                    return false;
                }
                rowValues[k] = v;
            }
            for (int k = 0; k < timeIndex.length; k++) {
                int f = timeIndex[k];
                try {
                    rowTimes[k] = timestamps.parse(b, c.start(f), c.end(f), line);
                } catch (CellException e) {
                    malformed(line, timeName[k], e.getMessage(), c.field(f));
                    return false;
                }
            }
            return true;
        }

        private static String orderReason(long t, long maxTs, long maxLine) {
            return t == maxTs
                    ? "duplicate timestamp " + instant(t) + " (also at line " + maxLine + ")"
                    : "out-of-order timestamp " + instant(t) + " is before " + instant(maxTs) + " at line " + maxLine;
        }

        private static boolean isBlank(char[] b, int start, int end) {
            for (int i = start; i < end; i++) {
                if (b[i] != ' ' && b[i] != '\t') {
                    return false;
                }
            }
            return true;
        }

        private static Instant instant(long nanos) {
            return Instant.ofEpochSecond(0, nanos);
        }

        private void malformed(long line, String column, String reason, String text) {
            if (fail) {
                throw new MalformedDataException(source, line, column, reason, text);
            }
            skipped++;
            if (malformedListed++ < spec.maxIssues()) {
                issues.add(new RowIssue(RowIssue.Kind.MALFORMED, line, column, reason, text));
            }
        }

        private String columnName(int field) {
            return names != null && field < names.length ? names[field] : "#" + (field + 1);
        }

        private boolean looksNumeric(RowCursor c) {
            try {
                double v = NumberParser.parse(c.buffer(), c.start(0), c.end(0));
                return !Double.isNaN(v);
            } catch (CellException e) {
                return false;
            }
        }

        private void resolveColumns(RowCursor header) {
            if (header != null) {
                names = new String[header.fieldCount()];
                for (int k = 0; k < names.length; k++) {
                    names[k] = header.field(k).strip();
                }
                if (spec.expectedFields() >= 0 && names.length != spec.expectedFields()) {
                    throw new MalformedDataException(source, header.line(), null, "expected " + spec.expectedFields()
                            + " columns in the header but found " + names.length, header.rowText());
                }
                expected = names.length;
            } else {
                expected = spec.expectedFields();
            }
            tsIndex = resolve(spec.timestamp(), header);
            tsName = displayName(spec.timestamp(), tsIndex);
            List<Column> values = spec.values();
            if (values.isEmpty() && names != null) {
                List<Column> all = new ArrayList<>();
                for (int k = 0; k < names.length; k++) {
                    if (k != tsIndex) {
                        all.add(Column.at(k, names[k], Rule.ANY));
                    }
                }
                values = all;
            }
            valueIndex = new int[values.size()];
            valueRule = new Rule[values.size()];
            valueName = new String[values.size()];
            Set<Integer> used = new HashSet<>();
            used.add(tsIndex);
            for (int k = 0; k < valueIndex.length; k++) {
                Column col = values.get(k);
                valueIndex[k] = resolve(col, header);
                valueRule[k] = col.rule();
                valueName[k] = displayName(col, valueIndex[k]);
                if (!used.add(valueIndex[k])) {
                    throw new MalformedDataException(source, header == null ? 0 : header.line(), valueName[k],
                            "column selected twice", null);
                }
            }
            timeIndex = new int[spec.timeColumns().size()];
            timeName = new String[timeIndex.length];
            for (int k = 0; k < timeIndex.length; k++) {
                Column col = spec.timeColumns().get(k);
                timeIndex[k] = resolve(col, header);
                timeName[k] = displayName(col, timeIndex[k]);
            }
        }

        private static String displayName(Column col, int index) {
            // Fixed-position columns keep the reader's documented name, whatever the header says.
            return col.name();
        }

        private int resolve(Column col, RowCursor header) {
            if (col.index() == ROW_NUMBER) {
                return ROW_NUMBER;
            }
            if (col.index() >= 0) {
                if (col.index() >= expected) {
                    throw new MalformedDataException(source, header == null ? 0 : header.line(), col.name(),
                            "column #" + (col.index() + 1) + " missing: the file has " + expected + " columns", null);
                }
                return col.index();
            }
            if (names == null) {
                throw new IllegalStateException("column '" + col.name() + "' chosen by name in a file without header");
            }
            int found = -1;
            for (int k = 0; k < names.length; k++) {
                if (names[k].equals(col.name())) {
                    if (found >= 0) {
                        throw new MalformedDataException(source, header.line(), col.name(),
                                "column appears more than once in the header " + Arrays.toString(names), null);
                    }
                    found = k;
                }
            }
            if (found < 0) {
                throw new MalformedDataException(source, header.line(), col.name(),
                        "column not found in the header " + Arrays.toString(names), null);
            }
            return found;
        }

        private void append(long t, long line, double[] rowValues, long[] rowTimes) {
            if (n == ts.length) {
                int cap = n * 2;
                ts = Arrays.copyOf(ts, cap);
                lines = Arrays.copyOf(lines, cap);
                for (int k = 0; k < vals.length; k++) {
                    vals[k] = Arrays.copyOf(vals[k], cap);
                }
                for (int k = 0; k < tcols.length; k++) {
                    tcols[k] = Arrays.copyOf(tcols[k], cap);
                }
            }
            ts[n] = t;
            lines[n] = line;
            for (int k = 0; k < rowValues.length; k++) {
                vals[k][n] = rowValues[k];
            }
            for (int k = 0; k < rowTimes.length; k++) {
                tcols[k][n] = rowTimes[k];
            }
            n++;
        }

        private Table finish() {
            // Stable order by (time, line): out-of-order rows move, equal times keep file order.
            int[] order = null;
            if (outOfOrder > 0) {
                Integer[] idx = new Integer[n];
                for (int i = 0; i < n; i++) {
                    idx[i] = i;
                }
                Arrays.sort(idx, Comparator.<Integer>comparingLong(i -> ts[i]).thenComparingInt(i -> i));
                order = new int[n];
                for (int i = 0; i < n; i++) {
                    order[i] = idx[i];
                }
            }
            long duplicates = 0;
            int duplicatesListed = 0;
            int kept = 0;
            long[] outTs = new long[n];
            double[][] outVals = new double[vals.length][n];
            long[][] outTimes = new long[tcols.length][n];
            long prevLine = 0;
            for (int j = 0; j < n; j++) {
                int i = order == null ? j : order[j];
                if (kept > 0 && ts[i] == outTs[kept - 1]) {
                    duplicates++;
                    if (duplicatesListed++ < spec.maxIssues()) {
                        issues.add(new RowIssue(RowIssue.Kind.DUPLICATE, lines[i], tsName, "duplicate timestamp "
                                + instant(ts[i]) + " (also at line " + prevLine + "); the first row is kept", null));
                    }
                    continue;
                }
                outTs[kept] = ts[i];
                for (int k = 0; k < vals.length; k++) {
                    outVals[k][kept] = vals[k][i];
                }
                for (int k = 0; k < tcols.length; k++) {
                    outTimes[k][kept] = tcols[k][i];
                }
                prevLine = lines[i];
                kept++;
            }
            if (kept < n) {
                outTs = Arrays.copyOf(outTs, kept);
                for (int k = 0; k < vals.length; k++) {
                    outVals[k] = Arrays.copyOf(outVals[k], kept);
                }
                for (int k = 0; k < tcols.length; k++) {
                    outTimes[k] = Arrays.copyOf(outTimes[k], kept);
                }
            }
            if (issues.size() > 1) {
                // Only when there is something to order: the comparator's lambda is spun at run time.
                issues.sort(Comparator.comparingLong(RowIssue::line));
            }
            ReadReport report = new ReadReport(source, rowsRead, kept, skipped, duplicates, outOfOrder, issues);
            return new Table(outTs, List.of(valueName), outVals, outTimes, timestamps.unit(), report);
        }
    }
}
