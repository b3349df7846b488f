package io.github.basisspread.data.csv;

import java.util.List;

/**
 * What a read did to the rows of a file: how many it read, kept, skipped as malformed, dropped
 * as duplicates and moved because they were out of order, with the first few such rows.
 *
 * <p>Every data row is accounted for: {@code rowsRead == rowsKept + rowsSkipped + duplicates}.
 * Out-of-order rows are kept (moved into time order) unless they are also duplicates. Under
 * {@link BadRowPolicy#FAIL} a successful read has a clean report. Immutable and thread-safe.
 *
 * @param source the file or source name
 * @param rowsRead the number of data rows in the file (header excluded)
 * @param rowsKept the number of rows in the returned data
 * @param rowsSkipped the number of malformed rows skipped
 * @param duplicates the number of rows dropped because their timestamp repeats an earlier row's
 * @param outOfOrder the number of rows whose timestamp is before an earlier row's
 * @param issues the first few rows with an issue, in file order of detection (copied)
 */
public record ReadReport(String source, long rowsRead, long rowsKept, long rowsSkipped, long duplicates,
                         long outOfOrder, List<RowIssue> issues) {

    /**
     * Validates the counts and copies the issues.
     *
     * @param source the source name, not null
     * @param rowsRead rows read
     * @param rowsKept rows kept
     * @param rowsSkipped rows skipped
     * @param duplicates duplicates dropped
     * @param outOfOrder out-of-order rows
     * @param issues the first issues, not null
     * @throws IllegalArgumentException if a count is negative, the counts do not add up, or an
     *     argument is null
     */
    public ReadReport {
        if (source == null) {
            throw new IllegalArgumentException("Argument 'source' must not be null");
        }
        if (issues == null) {
            throw new IllegalArgumentException("Argument 'issues' must not be null");
        }
        if (rowsKept < 0 || rowsSkipped < 0 || duplicates < 0 || outOfOrder < 0
                || rowsRead != rowsKept + rowsSkipped + duplicates) {
            throw new IllegalArgumentException("Arguments 'rowsRead', 'rowsKept', 'rowsSkipped', 'duplicates' and "
                    + "'outOfOrder' must be non-negative with rowsRead = rowsKept + rowsSkipped + duplicates but have values "
                    + rowsRead + ", " + rowsKept + ", " + rowsSkipped + ", " + duplicates + " and " + outOfOrder);
        }
        issues = List.copyOf(issues);
    }

    /**
     * Returns whether every row was kept as it was, in order.
     *
     * @return true if nothing was skipped, dropped or moved
     */
    public boolean isClean() {
        return rowsSkipped == 0 && duplicates == 0 && outOfOrder == 0;
    }

    @Override
    public String toString() {
        return "ReadReport[" + source + ": read " + rowsRead + ", kept " + rowsKept + ", skipped " + rowsSkipped
                + ", duplicates " + duplicates + ", out of order " + outOfOrder + (issues.isEmpty() ? "" : ", first " + issues)
                + "]";
    }
}
