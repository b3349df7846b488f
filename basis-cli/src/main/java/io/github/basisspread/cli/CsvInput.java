package io.github.basisspread.cli;

import io.github.basisspread.data.csv.BadRowPolicy;
import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.EpochUnit;
import io.github.basisspread.data.csv.MalformedDataException;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.data.csv.TimestampFormat;
import io.github.basisspread.data.internal.Sources;
import io.github.basisspread.data.internal.TableReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the chosen numeric columns of a CSV file through basis-data's {@link CsvSeriesReader},
 * which names file, line, column and text of any malformed cell.
 *
 * <p>Without a time column the rows are consecutive observations, row k (1-based, after the
 * header) at k seconds after the epoch. A file that reads cleanly is read once, in place; any
 * other is read again with a synthetic timestamp column put in front of every non-blank line,
 * so the reader's checks apply unchanged, its line numbers stay those of the file, and the
 * message is the same whichever path saw the fault (tested). Quoted fields spanning several
 * lines are then not supported.
 */
final class CsvInput {

    /** The synthetic timestamp column; a name no real file is expected to use. */
    static final String ROW_COLUMN = "basis.cli.row";

    private CsvInput() {
    }

    /** Splits a comma-separated list of column names, dropping blanks. */
    static List<String> names(String list, String option) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        if (out.isEmpty()) {
            throw new UserException(option + " needs at least one column name but has '" + list + "'");
        }
        return out;
    }

    static SeriesFrame read(InputOptions in, List<String> columns) {
        if (in.input == null) {
            throw new UserException("--input FILE is required");
        }
        return read(in.input, in.timeColumn, columns, in.zone);
    }

    /**
     * Reads the columns as {@link #read(InputOptions, List)}, taking the frame from the prefetch
     * when it read exactly this file and these columns without a time column (the same call of
     * {@link #readUntimed}, so the same frame); otherwise, or when the prefetch failed, reads here.
     */
    static SeriesFrame read(InputOptions in, List<String> columns, Prefetch prefetch) {
        if (prefetch != null && in.input != null && in.timeColumn == null) {
            SeriesFrame frame = prefetch.take(in.input, distinct(columns));
            if (frame != null && !frame.isEmpty()) {
                return frame;
            }
        }
        return read(in, columns);
    }

    static SeriesFrame read(Path file, String timeColumn, List<String> columns) {
        return read(file, timeColumn, columns, null);
    }

    private static String[] distinct(List<String> columns) {
        return new ArrayList<>(new LinkedHashSet<>(columns)).toArray(new String[0]);
    }

    /**
     * A read of the input file begun on a background thread when the command starts, so that it
     * overlaps the parsing of the command line (start-up: picocli reads every option of the
     * command by reflection, about as long as reading 200,000 rows). Only {@code fit arima} and
     * {@code fit local-level} without {@code --time-column} or {@code --xreg}, whose columns are
     * known from the arguments ({@code --column}, or {@code --all-columns} through
     * {@link #numericColumns}); the command takes the frame only if the file and columns it parsed
     * are those read ({@link #read(InputOptions, List, Prefetch)}), and anything the prefetch does
     * not handle is read by the command as before, with the same messages.
     */
    static final class Prefetch {

        private final Path file;
        private final List<String> columns;
        private final boolean allColumns;
        private final Thread thread;
        private String[] names;
        private SeriesFrame frame;

        private Prefetch(Path file, List<String> columns, boolean allColumns) {
            this.file = file;
            this.columns = columns;
            this.allColumns = allColumns;
            this.thread = new Thread(this::run, "basis-prefetch");
            thread.setDaemon(true);
        }

        /** Starts the read the arguments call for, or returns null when they call for none (or are not plain). */
        static Prefetch start(String... args) {
            if (args.length < 2 || !args[0].equals("fit") || !(args[1].equals("arima")
                    || args[1].equals("local-level"))) {
                return null;
            }
            Path file = null;
            List<String> columns = new ArrayList<>();
            boolean all = false;
            for (int i = 2; i < args.length; i++) {
                String a = args[i];
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (a.equals("--all-columns")) {
                    all = true;
                } else if ((a.equals("--input") || a.equals("--column")) && value != null) {
                    if (a.equals("--input")) {
                        file = pathOrNull(value);
                    } else {
                        columns.addAll(names(value));
                    }
                    i++;
                } else if (a.equals("--time-column") || a.equals("--xreg") || a.startsWith("--time-column=")
                        || a.startsWith("--xreg=") || a.startsWith("--input=") || a.startsWith("--column=")
                        || a.startsWith("@")) {
                    return null;
                }
            }
            if (file == null || all == !columns.isEmpty() || !Files.isRegularFile(file)) {
                return null;
            }
            Prefetch p = new Prefetch(file, List.copyOf(columns), all);
            p.thread.start();
            return p;
        }

        private static Path pathOrNull(String value) {
            try {
                return Path.of(value);
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static List<String> names(String list) {
            List<String> out = new ArrayList<>();
            for (String s : list.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }

        private void run() {
            try {
                String[] n = allColumns ? numericColumns(file, Set.of()).toArray(new String[0]) : distinct(columns);
                SeriesFrame f = readUntimed(file, n);
                synchronized (this) {
                    names = n;
                    frame = f;
                }
            } catch (RuntimeException | Error e) {
                // Nothing to report here: the command reads the file itself and reports the problem.
            }
        }

        /** The frame read, if it holds exactly these columns of this file; null otherwise. */
        SeriesFrame take(Path requested, String[] requestedNames) {
            if (!requested.equals(file)) {
                return null;
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            synchronized (this) {
                return names != null && Arrays.equals(names, requestedNames) ? frame : null;
            }
        }
    }

    /** Reads the columns; {@code zone} (null for UTC) is that of timestamps written without one. */
    static SeriesFrame read(Path file, String timeColumn, List<String> columns, ZoneId zone) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("input file not found: " + file);
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(columns));
        String[] names = distinct.toArray(new String[0]);
        SeriesFrame frame;
        if (timeColumn != null) {
            try {
                frame = CsvSeriesReader.of(timeColumn).withColumns(names)
                        .withTimestampFormat(TimestampFormat.detected(zone == null ? ZoneOffset.UTC : zone))
                        .read(file).data();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw notUtf8(file);
                }
                throw e;
            }
        } else {
            frame = readUntimed(file, names);
        }
        if (frame.isEmpty()) {
            throw new UserException(file + ": no data rows after the header");
        }
        return frame;
    }

    /**
     * Reads a file without a time column: straight through basis-data's scanner, row k at k
     * seconds; a file it does not read (a malformed row, a blank line, not UTF-8) is read again
     * by {@link #readWithRowColumn}, so every message is that path's, word for word.
     */
    static SeriesFrame readUntimed(Path file, String[] names) {
        try {
            return readRowNumbered(file, names);
        } catch (MalformedDataException | UncheckedIOException e) {
            return readWithRowColumn(file, names);
        }
    }

    /** The fast path: the file read once, in place, by basis-data's engine with rows numbered. */
    static SeriesFrame readRowNumbered(Path file, String[] names) {
        List<TableReader.Column> values = new ArrayList<>();
        for (String name : names) {
            values.add(TableReader.Column.named(name));
        }
        TableReader.Spec spec = new TableReader.Spec(TableReader.HeaderMode.REQUIRED, -1,
                TableReader.Column.rowNumber(ROW_COLUMN), values, List.of(), TimestampFormat.epoch(EpochUnit.SECONDS),
                BadRowPolicy.FAIL, 0, ',', TableReader.Engine.AUTO);
        TableReader.Table t = TableReader.read(Sources.file(file), spec);
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int k = 0; k < names.length; k++) {
            columns.put(t.valueNames().get(k), t.values()[k]);
        }
        return SeriesFrame.of(t.epochNanos(), columns);
    }

    /** A frame, and whether its duration column was written as durations with a unit ({@code 8h}). */
    record DurationRead(SeriesFrame frame, boolean durations) {
    }

    /**
     * Reads as {@link #read(Path, String, List, ZoneId)}, and takes the cells of
     * {@code durationColumn} written as durations with a unit ({@code 8h}, {@code 480m},
     * {@code 28800s}, {@code 28800000ms}) in milliseconds, exactly. A column mixing such cells with
     * bare numbers, a unit not among h, m, s and ms, or a duration outside 1 minute .. 7 days is
     * refused naming file, line and column. Without any such cell the file is read as it is.
     */
    static DurationRead readWithDurations(Path file, String timeColumn, List<String> columns, ZoneId zone,
            String durationColumn) {
        if (file == null) {
            throw new UserException("--input FILE is required");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException("input file not found: " + file);
        }
        String rewritten = Durations.inMillis(readText(file), durationColumn, file);
        if (rewritten == null) {
            return new DurationRead(read(file, timeColumn, columns, zone), false);
        }
        String[] names = new ArrayList<>(new LinkedHashSet<>(columns)).toArray(new String[0]);
        SeriesFrame frame;
        if (timeColumn != null) {
            frame = CsvSeriesReader.of(timeColumn).withColumns(names)
                    .withTimestampFormat(TimestampFormat.detected(zone == null ? ZoneOffset.UTC : zone))
                    .read(new StringReader(rewritten), file.toString()).data();
        } else {
            frame = readWithRowColumn(file, names, withRowNumbers(file, rewritten));
        }
        if (frame.isEmpty()) {
            throw new UserException(file + ": no data rows after the header");
        }
        return new DurationRead(frame, true);
    }

    /**
     * The general path: a copy of the file with a synthetic row-number column put in front, read
     * as a timed file; its messages are turned back into the file's terms.
     */
    static SeriesFrame readWithRowColumn(Path file, String[] names) {
        return readWithRowColumn(file, names, withRowNumbers(file));
    }

    private static SeriesFrame readWithRowColumn(Path file, String[] names, String numbered) {
        try {
            return CsvSeriesReader.of(ROW_COLUMN).withColumns(names)
                    .withTimestampFormat(TimestampFormat.epoch(EpochUnit.SECONDS))
                    .read(new StringReader(numbered), file.toString()).data();
        } catch (MalformedDataException e) {
            throw new UserException(withoutRowColumn(e.getMessage()));
        }
    }

    /**
     * The columns of a file holding numbers, in the file's order, less the excluded ones: those
     * whose cell in the first data row parses as a number or is missing (empty, NA, NaN, null). A later bad cell
     * in such a column still fails the read, naming its line.
     */
    static List<String> numericColumns(Path file, Set<String> exclude) {
        if (file == null) {
            throw new UserException("--input FILE is required");
        }
        List<String> lines = nonBlankLines(file, 2);
        if (lines.isEmpty()) {
            throw new UserException(file + ": empty file: no header and no rows");
        }
        List<String> header = cells(lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0));
        List<String> first = lines.size() > 1 ? cells(lines.get(1)) : null;
        List<String> out = new ArrayList<>();
        for (int j = 0; j < header.size(); j++) {
            String name = header.get(j);
            if (name.isEmpty() || exclude.contains(name)) {
                continue;
            }
            if (first == null || j >= first.size() || isNumberOrEmpty(first.get(j))) {
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            throw new UserException(file + ": no numeric column to fit (the first data row has no number outside "
                    + exclude + ")");
        }
        return out;
    }

    private static boolean isNumberOrEmpty(String cell) {
        if (isMissing(cell)) {
            return true;
        }
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a cell is a missing value as basis-data reads it: empty, NA, NaN or null, any case. */
    static boolean isMissing(String cell) {
        String c = cell.strip();
        return c.isEmpty() || c.equalsIgnoreCase("NA") || c.equalsIgnoreCase("NaN") || c.equalsIgnoreCase("null");
    }

    /** The cells of a line split on commas, stripped of blanks and of RFC 4180 quotes around a whole cell. */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String s : line.split(",", -1)) {
            String c = s.strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).replace("\"\"", "\"");
            }
            out.add(c);
        }
        return out;
    }

    private static List<String> nonBlankLines(Path file, int max) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("input file not found: " + file);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < max && (line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        } catch (CharacterCodingException e) {
            throw notUtf8(file);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage());
        }
        return out;
    }

    /**
     * A reader message about the file with the synthetic column put in front taken out again: out
     * of the header it lists, the field counts and the row text it quotes.
     */
    static String withoutRowColumn(String message) {
        String m = message.replace("[" + ROW_COLUMN + ", ", "[");
        Matcher fields = FIELD_COUNTS.matcher(m);
        if (fields.find()) {
            String quote = fields.group(3) == null ? "" : fields.group(3);
            m = m.substring(0, fields.start()) + "expected " + (Long.parseLong(fields.group(1)) - 1)
                    + " fields but found " + (Long.parseLong(fields.group(2)) - 1) + quote + m.substring(fields.end());
        }
        return m;
    }

    /** "expected N fields but found M", and the start of the quoted row text with its synthetic row number. */
    private static final Pattern FIELD_COUNTS =
            Pattern.compile("expected (\\d+) fields but found (\\d+)(?:(: ')\\d+,)?");

    private static UserException notUtf8(Path file) {
        String where = DataChecks.utf8Problem(file);
        return new UserException(file + ": " + (where != null ? where : "not valid UTF-8; save the file as UTF-8"));
    }

    private static String readText(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(file);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String withRowNumbers(Path file) {
        return withRowNumbers(file, readText(file));
    }

    private static String withRowNumbers(Path file, String text) {
        if (text.isBlank()) {
            return text;
        }
        // CR LF, LF and a lone CR (old Mac files) all end a line, as in basis-data's reader.
        List<String> lines = Arrays.asList(text.split("\r\n|\r|\n", -1));
        StringBuilder sb = new StringBuilder(text.length() + 8 * lines.size());
        long row = 0;
        boolean header = true;
        int lastNonBlank = lines.size() - 1;
        while (lastNonBlank >= 0 && lines.get(lastNonBlank).isBlank()) {
            lastNonBlank--;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0) {
                sb.append('\n');
            }
            if (line.isBlank()) {
                if (!header && i < lastNonBlank) {
                    // In a one-column file a blank line could be a lost value: never skip it silently.
                    throw new UserException(file + ", line " + (i + 1) + ": blank line between data rows (write NA "
                            + "for a missing value, or delete the line)");
                }
            } else if (header) {
                // The synthetic column goes in front, so a byte-order mark must go first.
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                sb.append(ROW_COLUMN).append(',').append(line);
                header = false;
            } else {
                sb.append(++row).append(',').append(line);
            }
        }
        return sb.toString();
    }
}
