package io.github.basisspread.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Funding intervals written as durations with a unit in a CSV column ({@code 8h}, {@code 480m},
 * {@code 28800s}, {@code 28800000ms}): rewritten in milliseconds before the numeric reader sees
 * them, line for line, so that its checks and line numbers are unchanged.
 */
final class Durations {

    /** A number and a unit: h, m, s or ms, blanks allowed between. */
    private static final Pattern DURATION = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(ms|h|m|s)");
    /** A number followed by letters: meant as a duration, with a unit not read here. */
    private static final Pattern UNIT_LIKE = Pattern.compile("[0-9.]+\\s*[A-Za-z]+");
    private static final BigDecimal MIN_MS = BigDecimal.valueOf(RowConventions.MIN_INTERVAL.toMillis());
    private static final BigDecimal MAX_MS = BigDecimal.valueOf(RowConventions.MAX_INTERVAL.toMillis());

    private Durations() {
    }

    /**
     * The text with every duration cell of {@code column} replaced by its milliseconds, or null
     * when no cell of the column is written with a unit (or the column is not in the header).
     *
     * @throws UserException naming file, line and column for a mix of durations and bare numbers,
     *     an unknown unit, or a duration outside 1 minute .. 7 days
     */
    static String inMillis(String text, String column, Path file) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int header = 0;
        while (header < lines.length && lines[header].isBlank()) {
            header++;
        }
        if (header == lines.length) {
            return null;
        }
        String first = lines[header].startsWith("\uFEFF") ? lines[header].substring(1) : lines[header];
        int col = -1;
        List<int[]> headerSpans = spans(first);
        for (int j = 0; j < headerSpans.size(); j++) {
            if (cell(first, headerSpans.get(j)).equals(column)) {
                col = j;
                break;
            }
        }
        if (col < 0) {
            return null;
        }
        int durations = 0;
        int bareLine = -1;
        String bareCell = null;
        int durationLine = -1;
        String durationCell = null;
        for (int i = header + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            List<int[]> sp = spans(line);
            if (col >= sp.size()) {
                continue;
            }
            String c = cell(line, sp.get(col));
            if (CsvInput.isMissing(c)) {
                continue;
            }
            String where = file + ", line " + (i + 1) + ", column '" + column + "'";
            Matcher m = DURATION.matcher(c);
            if (m.matches()) {
                BigDecimal ms = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitMillis(m.group(2))));
                if (ms.compareTo(MIN_MS) < 0 || ms.compareTo(MAX_MS) > 0) {
                    throw new UserException(where + ": " + c + " is not a funding interval (1 minute .. 7 days)");
                }
                lines[i] = line.substring(0, sp.get(col)[0]) + ms.stripTrailingZeros().toPlainString()
                        + line.substring(sp.get(col)[1]);
                durations++;
                if (durationLine < 0) {
                    durationLine = i + 1;
                    durationCell = c;
                }
            } else if (UNIT_LIKE.matcher(c).matches()) {
                throw new UserException(where + ": '" + c + "' is not a duration: write a number and a unit h, m, s "
                        + "or ms (8h, 480m, 28800s, 28800000ms)");
            } else if (bareLine < 0) {
                bareLine = i + 1;
                bareCell = c;
            }
        }
        if (durations == 0) {
            return null;
        }
        if (bareLine > 0) {
            throw new UserException(file + ", line " + bareLine + ", column '" + column + "': '" + bareCell
                    + "' has no unit while line " + durationLine + " writes one ('" + durationCell + "'); write the "
                    + "unit on every row or on none");
        }
        return String.join("\n", lines);
    }

    private static long unitMillis(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "h" -> 3_600_000L;
            case "m" -> 60_000L;
            case "s" -> 1_000L;
            default -> 1L;
        };
    }

    /** The start and end offsets of each comma-separated field, commas inside double quotes kept. */
    private static List<int[]> spans(String line) {
        List<int[]> out = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        out.add(new int[] {start, line.length()});
        return out;
    }

    /** A field's text, stripped of blanks and of quotes around it. */
    private static String cell(String line, int[] span) {
        String c = line.substring(span[0], span[1]).strip();
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
            c = c.substring(1, c.length() - 1).replace("\"\"", "\"").strip();
        }
        return c;
    }
}
