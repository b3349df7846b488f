package io.github.basisspread.data.csv;

/**
 * Data read from a file, beside the report of what the read did to its rows.
 *
 * <p>Immutable and thread-safe when the data is.
 *
 * @param <T> the type of the data
 * @param data the data read
 * @param report what the read did to the rows
 */
public record ReadResult<T>(T data, ReadReport report) {

    /**
     * Validates the components.
     *
     * @param data the data, not null
     * @param report the report, not null
     * @throws IllegalArgumentException if either is null
     */
    public ReadResult {
        if (data == null) {
            throw new IllegalArgumentException("Argument 'data' must not be null");
        }
        if (report == null) {
            throw new IllegalArgumentException("Argument 'report' must not be null");
        }
    }
}
