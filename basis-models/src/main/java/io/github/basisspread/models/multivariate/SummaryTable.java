package io.github.basisspread.models.multivariate;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/** The coefficient table of a summary: estimate, standard error, z and two-sided normal p-value. */
final class SummaryTable {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private SummaryTable() {
    }

    static void append(StringBuilder sb, List<String> names, double[] estimates, double[] standardErrors) {
        int width = 12;
        for (String name : names) {
            width = Math.max(width, name.length());
        }
        String head = "%-" + width + "s %14s %14s %10s %10s%n";
        String row = "%-" + width + "s %14.6g %14.6g %10.3f %10.4f%n";
        sb.append(String.format(head, "parameter", "estimate", "std.err", "z", "P>|z|"));
        for (int i = 0; i < names.size(); i++) {
            double se = standardErrors[i];
            double z = estimates[i] / se;
            double p = Double.isFinite(z) ? 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)) : Double.NaN;
            sb.append(String.format(row, names.get(i), estimates[i], se, z, p));
        }
    }

    static void matrix(StringBuilder sb, String title, List<String> rows, List<String> columns, double[][] m) {
        sb.append(title).append('\n');
        int width = 10;
        for (String r : rows) {
            width = Math.max(width, r.length());
        }
        sb.append(String.format("%-" + width + "s", ""));
        for (String c : columns) {
            sb.append(String.format(" %14s", c));
        }
        sb.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            sb.append(String.format("%-" + width + "s", rows.get(i)));
            for (double v : m[i]) {
                sb.append(String.format(" %14.6g", v));
            }
            sb.append('\n');
        }
    }
}
