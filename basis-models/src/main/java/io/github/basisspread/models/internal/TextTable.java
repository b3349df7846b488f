package io.github.basisspread.models.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one plain-text table writer of the module's reports (walk-forward, selection, backtest):
 * each column as wide as its widest cell, a column of mostly numbers (amounts, ratios,
 * percentages, "-" for none, {@code <0.0001}) right-aligned under its header, text left-aligned.
 *
 * <p>Internal (the package is not exported); stateless.
 */
public final class TextTable {

    private static final Pattern NUMBER = Pattern.compile("-|<?[-+]?[0-9][0-9,.]*(e[-+]?[0-9]+)?%?|NaN|-?Infinity");

    private TextTable() {
    }

    /**
     * Appends the header and each row, one line each, without trailing blanks.
     *
     * @param sb where to append
     * @param header the column headings
     * @param rows the rows, each with one cell per heading
     */
    public static void append(StringBuilder sb, List<String> header, List<List<String>> rows) {
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
