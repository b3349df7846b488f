package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.internal.ArgChecker;
import java.util.List;

/**
 * A model's walk-forward evaluation reported beside the naive benchmarks, with a Diebold-Mariano
 * test (squared loss) of the model against each benchmark, in the order of the benchmarks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the evaluation of the model
 * @param benchmarks the evaluations of the benchmarks, an immutable copy
 * @param versusBenchmarks the Diebold-Mariano test of the model against each benchmark, an immutable copy
 */
public record WalkForwardReport(ForecastEvaluation model, List<ForecastEvaluation> benchmarks,
        List<DieboldMarianoResult> versusBenchmarks) {

    /**
     * Validates and copies the components.
     *
     * @param model the model's evaluation
     * @param benchmarks the benchmarks' evaluations
     * @param versusBenchmarks the tests, one per benchmark
     * @throws IllegalArgumentException if a component is null or the lists differ in length
     */
    public WalkForwardReport {
        ArgChecker.notNull(model, "model");
        benchmarks = List.copyOf(ArgChecker.notNull(benchmarks, "benchmarks"));
        versusBenchmarks = List.copyOf(ArgChecker.notNull(versusBenchmarks, "versusBenchmarks"));
        ArgChecker.isTrue(benchmarks.size() == versusBenchmarks.size(), "versusBenchmarks",
                versusBenchmarks.size() + " tests", "hold one test per benchmark, " + benchmarks.size());
    }

    /**
     * The report as a table: the accuracy of the model and of each benchmark, then one
     * Diebold-Mariano row per benchmark, labelled with its name (negative statistics favour the
     * model).
     *
     * @return the text, lines ending in a newline
     */
    public String summary() {
        StringBuilder b = new StringBuilder("Walk-forward evaluation, horizon ").append(model.horizon()).append(", ")
                .append(model.metrics().count()).append(" origins, ").append(model.refits()).append(" fits of '")
                .append(model.name()).append("'\n");
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(accuracy(model));
        for (ForecastEvaluation e : benchmarks) {
            rows.add(accuracy(e));
        }
        ReportText.table(b, List.of("forecaster", "origins", "RMSE", "MAE", "MASE"), rows);
        b.append("Diebold-Mariano (squared loss), '").append(model.name()).append("' vs each benchmark:\n");
        List<List<String>> tests = new java.util.ArrayList<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            DieboldMarianoResult t = versusBenchmarks.get(i);
            tests.add(List.of(benchmarks.get(i).name(), String.format(java.util.Locale.ROOT, "%.3f", t.statistic()),
                    ReportText.pValue(t.pValue()), ReportText.num(t.meanLossDifferential())));
        }
        ReportText.table(b, List.of("benchmark", "DM statistic", "p-value", "mean loss diff"), tests);
        return b.toString();
    }

    private static List<String> accuracy(ForecastEvaluation e) {
        AccuracyMetrics m = e.metrics();
        return List.of(e.name(), Integer.toString(m.count()), ReportText.num(m.rmse()), ReportText.num(m.mae()),
                ReportText.num(m.mase()));
    }

    /** @return {@link #summary()} */
    @Override
    public String toString() {
        return summary();
    }
}
