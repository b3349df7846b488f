package io.github.basisspread.models.backtest;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** The plain-text formatting the backtest's {@code toString} and {@code summary()} share. Stateless. */
final class TextTables {

    /** The width of a summary, as statsmodels' summary tables. */
    static final int WIDTH = 78;

    /** A cell that reads as a number: an amount, a ratio, a percentage, or "-" for none. */
    private static final Pattern NUMBER = Pattern.compile("-|[-+]?[0-9][0-9,.]*%?");

    private TextTables() {
    }

    /** An amount in the quote currency: thousands grouped, two decimals. */
    static String money(double x) {
        return String.format(Locale.ROOT, "%,.2f", x);
    }

    /** A decimal as a percentage with two decimals. */
    static String percent(double x) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * x);
    }

    /** A ratio with three decimals, "-" when absent. */
    static String ratio(OptionalDouble x) {
        return x.isPresent() ? String.format(Locale.ROOT, "%.3f", x.getAsDouble()) : "-";
    }

    /** A percentage, "-" when absent. */
    static String percent(OptionalDouble x) {
        return x.isPresent() ? percent(x.getAsDouble()) : "-";
    }

    static void rule(StringBuilder sb, char c) {
        sb.append(String.valueOf(c).repeat(WIDTH)).append('\n');
    }

    static void title(StringBuilder sb, String title) {
        int pad = Math.max(0, (WIDTH - title.length()) / 2);
        sb.append(" ".repeat(pad)).append(title).append('\n');
    }

    /** Label-value pairs, two to a line. */
    static void pairs(StringBuilder sb, List<String[]> pairs) {
        int half = WIDTH / 2;
        for (int i = 0; i < pairs.size(); i += 2) {
            StringBuilder line = new StringBuilder(cell(pairs.get(i), half - 2));
            if (i + 1 < pairs.size()) {
                line.append("  ").append(cell(pairs.get(i + 1), half));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String cell(String[] pair, int width) {
        String label = pair[0] + ":";
        int gap = Math.max(1, width - label.length() - pair[1].length());
        return label + " ".repeat(gap) + pair[1];
    }

    /**
     * A table, each column as wide as its widest cell: a column of mostly numbers (amounts,
     * ratios, percentages, "-" for none) right-aligned under its header, text left-aligned.
     */
    static void table(StringBuilder sb, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        boolean[] right = new boolean[header.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = header.get(c).length();
            int numbers = 0;
            for (List<String> row : rows) {
                w[c] = Math.max(w[c], row.get(c).length());
                numbers += NUMBER.matcher(row.get(c)).matches() ? 1 : 0;
            }
            right[c] = !rows.isEmpty() && 2 * numbers >= rows.size();
        }
        line(sb, header, w, right);
        for (List<String> row : rows) {
            line(sb, row, w, right);
        }
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w, boolean[] right) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            String v = cells.get(c);
            String pad = " ".repeat(w[c] - v.length());
            line.append(c == 0 ? "" : "  ").append(right[c] ? pad + v : v + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }
}
