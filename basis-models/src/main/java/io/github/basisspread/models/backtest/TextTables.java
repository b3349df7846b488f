package io.github.basisspread.models.backtest;

import io.github.basisspread.models.internal.TextTable;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The plain-text formatting the backtest's {@code toString} and {@code summary()} share. Stateless. */
final class TextTables {

    /** The width of a summary, as statsmodels' summary tables. */
    static final int WIDTH = 78;

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

    /** A table (see {@link TextTable}: numbers right-aligned, text left-aligned). */
    static void table(StringBuilder sb, List<String> header, List<List<String>> rows) {
        TextTable.append(sb, header, rows);
    }
}
