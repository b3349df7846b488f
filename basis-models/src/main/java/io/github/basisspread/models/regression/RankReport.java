package io.github.basisspread.models.regression;

import java.util.List;

/**
 * The rank of a regression design, and the columns found to be (numerically) linear
 * combinations of the columns before them.
 *
 * <p>A column is aliased when its norm orthogonal to the kept columns before it, relative to its
 * own norm (on the weighted design), is at most the tolerance: a value of 1e-16 means it is a
 * combination of them to machine precision. This is the test of R's {@code lm} (LINPACK
 * {@code dqrdc2}), with a default tolerance ({@link OlsSpec#DEFAULT_RANK_TOLERANCE}) that accepts
 * the ill-conditioned but full-rank designs of the NIST StRD (Filip) where R's 1e-7 refuses them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rank the numerical rank, the number of kept columns
 * @param columns the number of columns of the design, intercept included
 * @param tolerance the relative tolerance of the decision
 * @param aliased the aliased columns, in the order they were found, an immutable copy
 */
public record RankReport(int rank, int columns, double tolerance, List<AliasedColumn> aliased) {

    /**
     * Validates the report.
     *
     * @throws IllegalArgumentException if the counts are inconsistent
     */
    public RankReport {
        aliased = List.copyOf(aliased);
        if (rank < 0 || rank + aliased.size() != columns) {
            throw new IllegalArgumentException("Argument 'rank' must equal columns (" + columns
                    + ") minus the aliased columns (" + aliased.size() + ") but has value " + rank);
        }
    }

    /**
     * Returns whether the design has full column rank.
     *
     * @return true when no column is aliased
     */
    public boolean isFullRank() {
        return aliased.isEmpty();
    }

    /**
     * One aliased column.
     *
     * @param name the column name
     * @param index the column index in the design (the intercept, when present, is index 0)
     * @param relativeNorm its norm orthogonal to the kept columns before it, relative to its own
     *     norm (0 for a column of zeros)
     * @param constant whether the column is constant (so collinear with an intercept)
     */
    public record AliasedColumn(String name, int index, double relativeNorm, boolean constant) {
    }
}
