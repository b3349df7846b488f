package io.github.basisspread.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formatting of numbers and aligned tables for the text output. */
final class Text {

    private Text() {
    }

    /** Six significant digits, locale-independent; NaN as {@code NaN}. */
    static String num(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return String.valueOf(x);
        }
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        if (a >= 1e-4 && a < 1e9) {
            String s = String.format(Locale.ROOT, "%.6g", x);
            if (s.indexOf('.') >= 0 && s.indexOf('e') < 0) {
                // Trailing zeros, then a trailing point (no regular expression: this runs per cell).
                int end = s.length();
                while (s.charAt(end - 1) == '0') {
                    end--;
                }
                if (s.charAt(end - 1) == '.') {
                    end--;
                }
                s = s.substring(0, end);
            }
            return s;
        }
        return String.format(Locale.ROOT, "%.5e", x);
    }

    /** The longest piece of the user's text echoed in a message. */
    static final int CLIP = 60;

    /**
     * The user's text for a message: as is up to {@link #CLIP} characters, else its start and the
     * length ({@code "aaaa... (1048576 characters)"}), so a huge bad cell never floods the terminal.
     */
    static String clip(String text) {
        if (text == null || text.length() <= CLIP) {
            return text;
        }
        return text.substring(0, CLIP) + "... (" + text.length() + " characters)";
    }

    /** The longest run of non-blank characters a message keeps whole (file paths stay whole). */
    static final int LONGEST_RUN = 240;

    /** Every run of more than {@link #LONGEST_RUN} non-blank characters in a message, clipped. */
    static String clipRuns(String message) {
        if (message.length() <= LONGEST_RUN) {
            return message;
        }
        StringBuilder sb = new StringBuilder(Math.min(message.length(), 4096));
        int i = 0;
        int n = message.length();
        while (i < n) {
            int j = i;
            while (j < n && !Character.isWhitespace(message.charAt(j))) {
                j++;
            }
            sb.append(j - i > LONGEST_RUN ? clip(message.substring(i, j)) : message.substring(i, j));
            int k = j;
            while (k < n && Character.isWhitespace(message.charAt(k))) {
                k++;
            }
            sb.append(message, j, k);
            i = k;
        }
        return sb.toString();
    }

    /** A percentage with two decimals, e.g. {@code 12.34%}. */
    static String pct(double x) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * x);
    }

    /** The widest cell {@link #num} and {@link #pct} give for a finite value, e.g. {@code -1.23457e+10}. */
    static final int NUMBER_WIDTH = 12;

    /**
     * Column widths for a table printed row by row ({@link #row}): the header's widths, at least
     * {@link #NUMBER_WIDTH} for the columns after the first, and at least {@code firstWidth} for
     * the first.
     */
    static int[] streamingWidths(List<String> header, int firstWidth) {
        int[] width = new int[header.size()];
        for (int j = 0; j < width.length; j++) {
            width[j] = Math.max(header.get(j).length(), j == 0 ? firstWidth : NUMBER_WIDTH);
        }
        return width;
    }

    /** One line of a table of the given widths: first cell left-aligned, the others right-aligned. */
    static String row(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder(16 * cells.size());
        for (int j = 0; j < cells.size(); j++) {
            if (j > 0) {
                sb.append("  ");
            }
            String cell = cells.get(j);
            int pad = Math.max(0, width[j] - cell.length());
            if (j > 0) {
                sb.append(" ".repeat(pad)).append(cell);
            } else {
                sb.append(cell);
                if (cells.size() > 1) {
                    sb.append(" ".repeat(pad));
                }
            }
        }
        return sb.toString();
    }

    /** Prints rows as a table: first column left-aligned, the others right-aligned. */
    static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] width = new int[header.size()];
        for (List<String> r : all) {
            for (int j = 0; j < r.size(); j++) {
                width[j] = Math.max(width[j], r.get(j).length());
            }
        }
        for (List<String> r : all) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < r.size(); j++) {
                if (j > 0) {
                    sb.append("  ");
                }
                String cell = r.get(j);
                String pad = " ".repeat(width[j] - cell.length());
                sb.append(j == 0 ? cell + pad : pad + cell);
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
