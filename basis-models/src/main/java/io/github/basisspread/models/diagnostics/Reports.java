package io.github.basisspread.models.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text of results: the one-line {@code toString} and the multi-line summary. Stateless. */
final class Reports {

    /** The levels a summary decides at when the test has no table of its own. */
    private static final double[] DEFAULT_LEVELS = {0.01, 0.05, 0.10};

    private Reports() {
    }

    /** A number in four significant decimals, switching to scientific notation for tiny or huge values. */
    static String number(double x) {
        double a = Math.abs(x);
        if (x == 0 || (a >= 1e-3 && a < 1e7)) {
            return String.format(Locale.ROOT, "%.4f", x);
        }
        return String.format(Locale.ROOT, "%.4e", x);
    }

    /** A significance level as a percentage: 0.025 as "2.5%". */
    static String level(double alpha) {
        String s = String.format(Locale.ROOT, "%.4f", 100 * alpha).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + "%";
    }

    /** The p-value, or the bound it is known by beyond a table. */
    static String pValue(HypothesisTestResult r) {
        String p = r.pValue() == 0 ? "0" : number(r.pValue());
        return switch (r.pValueBound()) {
            case POINT -> p;
            case UPPER_BOUND -> "< " + trim(r.pValue());
            case LOWER_BOUND -> "> " + trim(r.pValue());
        };
    }

    /** A table's level as it is printed: two decimals for whole percentages (0.10, 0.01). */
    private static String trim(double v) {
        double percent = 100 * v;
        return Math.abs(percent - Math.rint(percent)) < 1e-9 ? String.format(Locale.ROOT, "%.2f", v) : number(v);
    }

    /** The one-line report every result's {@code toString} returns. */
    static String line(HypothesisTestResult r) {
        return r.testName() + ": statistic " + number(r.statistic()) + ", p-value " + pValue(r)
                + ", lags " + r.lagsUsed() + ", nobs " + r.nobs() + " (H0: " + r.nullHypothesis() + ")";
    }

    /** The multi-line summary of {@link HypothesisTestResult#summary()}. */
    static String summary(HypothesisTestResult r) {
        StringBuilder s = new StringBuilder();
        s.append(r.testName()).append('\n');
        s.append("  H0: ").append(r.nullHypothesis()).append('\n');
        s.append("  H1: ").append(r.alternativeHypothesis()).append('\n');
        s.append(String.format(Locale.ROOT, "  %-16s %s%n", "statistic", number(r.statistic())));
        s.append(String.format(Locale.ROOT, "  %-16s %s%n", "p-value", pValue(r)));
        s.append(String.format(Locale.ROOT, "  %-16s %d%n", "lags", r.lagsUsed()));
        s.append(String.format(Locale.ROOT, "  %-16s %d%n", "nobs", r.nobs()));
        CriticalValues cv = r.criticalValues();
        if (!cv.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<Double, Double> e : cv.values().entrySet()) {
                parts.add(level(e.getKey()) + " " + number(e.getValue()));
            }
            s.append(String.format(Locale.ROOT, "  %-16s %s%n", "critical values", String.join(", ", parts)));
        }
        s.append(String.format(Locale.ROOT, "  %-16s %s%n", "decision", decisions(r)));
        return s.toString();
    }

    /** "H0 rejected at 5%, 10%; not rejected at 1%", at the tabulated levels (1%, 5%, 10% without a table). */
    static String decisions(HypothesisTestResult r) {
        List<String> rejected = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        if (r.criticalValues().isEmpty()) {
            for (double a : DEFAULT_LEVELS) {
                levels.add(a);
            }
        } else {
            levels.addAll(r.criticalValues().values().keySet());
        }
        for (double alpha : levels) {
            (r.rejectsNull(alpha) ? rejected : kept).add(level(alpha));
        }
        if (kept.isEmpty()) {
            return "H0 rejected at " + String.join(", ", rejected);
        }
        if (rejected.isEmpty()) {
            return "H0 not rejected at " + String.join(", ", kept);
        }
        return "H0 rejected at " + String.join(", ", rejected) + "; not rejected at " + String.join(", ", kept);
    }
}
