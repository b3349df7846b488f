package io.github.basisspread.data.csv;

/**
 * A data file that cannot be read as it stands: a malformed, duplicate or out-of-order row, a
 * missing column, an empty file, or a wrong archive entry.
 *
 * <p>The message names the file, the line (1-based, counting the header), the column and the
 * offending text, e.g. {@code "prices.csv, line 7, column 'close': not a number: 'abc'"}. The
 * same facts are available from the accessors. Unchecked: a broken file is bad input, like a
 * bad argument. Immutable.
 */
public final class MalformedDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file or source name. */
    private final String source;
    /** The 1-based line, or 0 when the problem is not on one line. */
    private final long line;
    /** The column name, or null when the problem is not in one column. */
    private final String column;
    /** What is wrong. */
    private final String reason;
    /** The offending text, or null. */
    private final String text;

    /**
     * Creates the exception.
     *
     * @param source the file or source name
     * @param line the 1-based line number, or 0 when the problem is not on one line
     * @param column the column name, or null when not about one column
     * @param reason what is wrong
     * @param text the offending text, or null
     */
    public MalformedDataException(String source, long line, String column, String reason, String text) {
        super(message(source, line, column, reason, text));
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.text = text;
    }

    static String message(String source, long line, String column, String reason, String text) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (column != null) {
            sb.append(", column '").append(column).append('\'');
        }
        sb.append(": ").append(reason);
        if (text != null) {
            sb.append(": '").append(text).append('\'');
        }
        return sb.toString();
    }

    /**
     * Returns the file or source name.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Returns the 1-based line number, counting the header line, or 0.
     *
     * @return the line
     */
    public long line() {
        return line;
    }

    /**
     * Returns the column name, or null when the problem is not in one column.
     *
     * @return the column
     */
    public String column() {
        return column;
    }

    /**
     * Returns what is wrong, without the location.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns the offending text, or null.
     *
     * @return the text
     */
    public String text() {
        return text;
    }
}
