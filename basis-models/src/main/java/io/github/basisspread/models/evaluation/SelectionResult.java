package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.internal.ArgChecker;
import java.util.List;

/**
 * The outcome of a model selection: what was minimised, the winner and the full table ranked
 * from best to worst (ties keep the order in which the candidates were given).
 *
 * <p>Immutable and thread-safe when the details are.
 *
 * @param <T> the type of a candidate's detail
 * @param criterion what was minimised ("AIC", "out-of-sample RMSE", ...)
 * @param table the candidates ranked by score, best first, an immutable copy, not empty
 */
public record SelectionResult<T>(String criterion, List<Candidate<T>> table) {

    /**
     * Validates and copies the components.
     *
     * @param criterion what was minimised
     * @param table the ranked table
     * @throws IllegalArgumentException if the criterion is blank or the table empty or unsorted
     */
    public SelectionResult {
        ArgChecker.notBlank(criterion, "criterion");
        table = List.copyOf(ArgChecker.notNull(table, "table"));
        ArgChecker.isTrue(!table.isEmpty(), "table", "empty", "hold at least one candidate");
        for (int i = 1; i < table.size(); i++) {
            ArgChecker.isTrue(table.get(i - 1).score() <= table.get(i).score(), "table", table.get(i).name(),
                    "be sorted by score, best first");
        }
    }

    /**
     * Returns the winner, the candidate with the smallest score.
     *
     * @return the first row of the table
     */
    public Candidate<T> winner() {
        return table.get(0);
    }

    /**
     * The ranked table: rank, name and score, best first.
     *
     * @return the text, lines ending in a newline
     */
    public String summary() {
        StringBuilder b = new StringBuilder("Model selection by ").append(criterion).append(", winner '")
                .append(winner().name()).append("'\n");
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            rows.add(List.of(Integer.toString(i + 1), table.get(i).name(), ReportText.num(table.get(i).score())));
        }
        ReportText.table(b, List.of("rank", "candidate", criterion), rows);
        return b.toString();
    }

    /** @return {@link #summary()} */
    @Override
    public String toString() {
        return summary();
    }
}
