package io.github.basisspread.models.diagnostics;

/**
 * What the reported p-value of a test is: the p-value itself, or a bound on it where the
 * statistic lies beyond a published table (KPSS, Johansen), whose p-values stop at the table's
 * smallest and largest levels.
 */
public enum PValueBound {
    /** The reported p-value is the test's p-value (computed, or interpolated inside its table). */
    POINT,
    /**
     * The statistic lies beyond the table on the accepting side: the true p-value is larger than
     * the one reported (e.g. "&gt; 0.10").
     */
    LOWER_BOUND,
    /**
     * The statistic lies beyond the table on the rejecting side: the true p-value is smaller
     * than the one reported (e.g. "&lt; 0.01").
     */
    UPPER_BOUND
}
