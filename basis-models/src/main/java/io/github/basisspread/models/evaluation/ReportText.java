package io.github.basisspread.models.evaluation;

import io.github.basisspread.models.api.ModelSummary;
import java.util.List;
import java.util.Locale;

/** Plain-text tables of the reports of this package: left-aligned first column, right-aligned numbers. Stateless. */
final class ReportText {

    private ReportText() {
    }

    /** Appends a table: the header, then each row, columns as wide as their widest cell. */
    static void table(StringBuilder b, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = header.get(c).length();
            for (List<String> r : rows) {
                w[c] = Math.max(w[c], r.get(c).length());
            }
        }
        line(b, header, w);
        for (List<String> r : rows) {
            line(b, r, w);
        }
    }

    private static void line(StringBuilder b, List<String> cells, int[] w) {
        for (int c = 0; c < w.length; c++) {
            String cell = cells.get(c);
            if (c == 0) {
                b.append(cell).append(" ".repeat(w[c] - cell.length()));
            } else {
                b.append("  ").append(" ".repeat(w[c] - cell.length())).append(cell);
            }
        }
        b.append('\n');
    }

    /** A number as the model summaries print it. */
    static String num(double x) {
        return ModelSummary.number(x);
    }

    /** A p-value with four decimals, {@code <0.0001} below that. */
    static String pValue(double p) {
        return p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
