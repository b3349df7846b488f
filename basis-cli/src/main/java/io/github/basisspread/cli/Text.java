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
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
        return String.format(Locale.ROOT, "%.5e", x);
    }

    /** A percentage with two decimals, e.g. {@code 12.34%}. */
    static String pct(double x) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * x);
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
