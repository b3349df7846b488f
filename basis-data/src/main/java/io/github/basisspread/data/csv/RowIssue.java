package io.github.basisspread.data.csv;

/**
 * One row that a lenient read did not take as it was: skipped, dropped or moved.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what happened to the row
 * @param line the 1-based line number of the row, counting the header
 * @param column the column at fault, or null when the whole row is
 * @param reason what is wrong with the row
 * @param text the offending text, or null
 */
public record RowIssue(Kind kind, long line, String column, String reason, String text) {

    /** What happened to a row. */
    public enum Kind {
        /** The row could not be parsed and was skipped. */
        MALFORMED,
        /** The row repeats an earlier timestamp and was dropped; the first row is kept. */
        DUPLICATE,
        /** The row's timestamp is before an earlier row's; it was moved into time order. */
        OUT_OF_ORDER
    }

    /**
     * Validates the issue.
     *
     * @param kind what happened
     * @param line the line, positive
     * @param column the column, or null
     * @param reason the reason, not null
     * @param text the text, or null
     * @throws IllegalArgumentException if the kind or reason is null or the line not positive
     */
    public RowIssue {
        if (kind == null) {
            throw new IllegalArgumentException("Argument 'kind' must not be null");
        }
        if (line <= 0) {
            throw new IllegalArgumentException("Argument 'line' must be greater than zero but has value " + line);
        }
        if (reason == null) {
            throw new IllegalArgumentException("Argument 'reason' must not be null");
        }
    }

    @Override
    public String toString() {
        return kind + " " + MalformedDataException.message("line " + line, 0, column, reason, text);
    }
}
