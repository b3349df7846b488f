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
}
