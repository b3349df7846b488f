package io.github.basisspread.models.diagnostics;

/** The two likelihood-ratio statistics of the Johansen test. */
public enum JohansenStatistic {
    /** Trace: H0 rank &lt;= r against rank &gt; r, {@code -T sum_{i>r} ln(1 - lambda_i)}. */
    TRACE,
    /** Maximum eigenvalue: H0 rank = r against rank = r + 1, {@code -T ln(1 - lambda_{r+1})}. */
    MAX_EIGENVALUE
}
