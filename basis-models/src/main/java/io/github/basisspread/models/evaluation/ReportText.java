package io.github.basisspread.models.evaluation;

import io.github.basisspread.models.internal.TextTable;
import io.github.basisspread.models.api.ModelSummary;
import java.util.List;
import java.util.Locale;

/** Plain-text tables of the reports of this package: left-aligned first column, right-aligned numbers. Stateless. */
final class ReportText {

    private ReportText() {
    }

    /** Appends a table: the header, then each row (see {@link TextTable}). */
    static void table(StringBuilder b, List<String> header, List<List<String>> rows) {
        TextTable.append(b, header, rows);
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
