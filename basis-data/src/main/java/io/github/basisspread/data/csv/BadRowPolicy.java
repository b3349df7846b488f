package io.github.basisspread.data.csv;

/**
 * What a reader does with a row it cannot take as it is.
 */
public enum BadRowPolicy {
    /**
     * The default: the first malformed, duplicate or out-of-order row fails the read with a
     * {@link MalformedDataException} naming the file, line, column and offending text.
     */
    FAIL,
    /**
     * Malformed rows are skipped, out-of-order rows are moved into time order and rows whose
     * timestamp repeats an earlier one are dropped (the first in the file is kept); every such
     * row is counted in the {@link ReadReport} returned beside the data.
     */
    SKIP_AND_REPORT
}
