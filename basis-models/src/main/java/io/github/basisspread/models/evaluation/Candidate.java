package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * One row of a selection table: a candidate's name, its score (smaller is better) and the
 * detail behind it (the fitted model, or the walk-forward evaluation). Immutable and thread-safe
 * when the detail is.
 *
 * @param <T> the type of the detail
 * @param name the candidate's name
 * @param score the score minimised, not NaN (positive infinity when undefined, as an AICc)
 * @param detail the fitted model or evaluation
 */
public record Candidate<T>(String name, double score, T detail) {

    /**
     * Validates the components.
     *
     * @param name the name
     * @param score the score
     * @param detail the detail
     * @throws IllegalArgumentException if the name is blank, the score NaN or the detail null
     */
    public Candidate {
        ArgChecker.notBlank(name, "name");
        ArgChecker.isTrue(!Double.isNaN(score), "score", score, "not be NaN");
        ArgChecker.notNull(detail, "detail");
    }
}
