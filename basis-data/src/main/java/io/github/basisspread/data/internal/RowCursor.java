package io.github.basisspread.data.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * A forward-only view of the rows of a delimited file: after {@link #next()} the fields of the
 * current row are character ranges of {@link #buffer()}, valid until the next call.
 */
abstract class RowCursor implements Closeable {

    protected char[] buf = new char[1 << 16];
    protected int[] starts = new int[32];
    protected int[] ends = new int[32];
    protected int fields;
    protected long line;

    /** Advances to the next row; false at the end of the input. */
    abstract boolean next() throws IOException;

    /** The raw text of the current row, for messages. */
    abstract String rowText();

    final long line() {
        return line;
    }

    final int fieldCount() {
        return fields;
    }

    final char[] buffer() {
        return buf;
    }

    final int start(int f) {
        return starts[f];
    }

    final int end(int f) {
        return ends[f];
    }

    final String field(int f) {
        return new String(buf, starts[f], ends[f] - starts[f]);
    }

    /** Drops a UTF-8 byte-order mark at the start of the first field. */
    final void skipByteOrderMark() {
        if (fields > 0 && starts[0] < ends[0] && buf[starts[0]] == '\uFEFF') {
            starts[0]++;
        }
    }

    protected final void addField(int start, int end) {
        if (fields == starts.length) {
            starts = java.util.Arrays.copyOf(starts, fields * 2);
            ends = java.util.Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = start;
        ends[fields++] = end;
    }
}
