package io.github.basisspread.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks of a column's values before a model sees them, so that the user reads what is wrong
 * with the data, where it is in the file (line and column), and what to do, instead of the
 * model's own argument names ({@code 'gradientNorm' must be finite}, {@code NaN at index 9}).
 *
 * <p>Data rows are located by counting the non-blank lines after the header, as the reader does
 * (one line per row: the files the commands read have no quoted line breaks in numeric columns).
 */
final class DataChecks {

    /**
     * The largest magnitude accepted: sums of squares of larger values overflow a double
     * (1e154 squared is 1e308, near the largest double).
     */
    static final double LARGEST = 1e150;

    private DataChecks() {
    }

    /**
     * Refuses a column that a model cannot use: a value too large for its sums of squares, a
     * missing value where the model needs every one, or (when {@code needsVariation}) a column
     * whose values are all equal.
     *
     * @param file the input file, for the message
     * @param option the option that named the column, e.g. {@code --column}
     * @param column the column name
     * @param values its values in file order, NaN = missing
     * @param model what is fitted or tested, e.g. {@code "the ADF test"}
     * @param needsComplete whether a missing value is an error
     * @param needsVariation whether a constant column is an error
     */
    static void usable(Path file, String option, String column, double[] values, String model,
                       boolean needsComplete, boolean needsVariation) {
        double first = Double.NaN;
        boolean varies = false;
        int observed = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                if (needsComplete) {
                    throw new UserException(where(file, i, column) + ": missing value, but " + model
                            + " needs every value of " + option + " " + column
                            + "; fill or remove the row");
                }
                continue;
            }
            if (!(Math.abs(v) <= LARGEST)) {
                throw new UserException(where(file, i, column) + ": value " + Text.num(v) + " is too large for "
                        + model + " (its sums of squares overflow above " + Text.num(LARGEST)
                        + "); rescale the column, e.g. divide it by a power of ten");
            }
            observed++;
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                varies = true;
            }
        }
        if (needsVariation && observed > 0 && !varies) {
            throw new UserException(file + ": column '" + column + "' (" + option + ") is constant (every value is "
                    + Text.num(first) + "): " + model + " needs a column that varies");
        }
    }

    /** {@code file, line L, column 'c'} of the 0-based data row. */
    static String where(Path file, int dataRow, String column) {
        long line = lineOf(file, dataRow);
        return file + (line > 0 ? ", line " + line : ", data row " + (dataRow + 1)) + ", column '" + column + "'";
    }

    /**
     * The 1-based file line of the 0-based data row (non-blank lines after the header), or 0 if
     * the file cannot be read or is shorter.
     */
    static long lineOf(Path file, int dataRow) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long line = 1;
            int rowsSeen = -2; // the header line ends as row -1
            boolean blank = true;
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    if (!blank) {
                        rowsSeen++;
                        if (rowsSeen == dataRow) {
                            return line;
                        }
                    }
                    line++;
                    blank = true;
                } else if (b != '\r' && b != ' ' && b != '\t') {
                    blank = false;
                }
            }
            return !blank && rowsSeen + 1 == dataRow ? line : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Where a file stops being valid UTF-8: {@code line L, byte offset B (byte 0xFF)}, or null
     * if it is valid (RFC 3629, section 4: lead bytes C2-F4, continuation bytes 80-BF, no
     * overlong forms, no surrogates, nothing above U+10FFFF).
     */
    static String utf8Problem(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long offset = 0;
            long line = 1;
            int b;
            while ((b = in.read()) != -1) {
                long start = offset++;
                if (b == '\n') {
                    line++;
                    continue;
                }
                if (b < 0x80) {
                    continue;
                }
                int more;
                int min;
                int max = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    more = 1;
                    min = 0x80;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    more = 2;
                    min = b == 0xE0 ? 0xA0 : 0x80;
                    max = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    more = 3;
                    min = b == 0xF0 ? 0x90 : 0x80;
                    max = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    return bad(line, start, b);
                }
                for (int k = 0; k < more; k++) {
                    int c = in.read();
                    offset++;
                    int lo = k == 0 ? min : 0x80;
                    int hi = k == 0 ? max : 0xBF;
                    if (c < lo || c > hi) {
                        return bad(line, start, b);
                    }
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String bad(long line, long offset, int b) {
        return "not valid UTF-8 at line " + line + ", byte offset " + offset + " (byte 0x"
                + Integer.toHexString(b).toUpperCase(Locale.ROOT) + "); save the file as UTF-8";
    }
}
