package io.github.basisspread.data.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The fast path: a scanner for plain delimited files, with no quoting. Lines end at LF, CRLF
 * or a lone CR, as in RFC 4180 and commons-csv. A double quote anywhere throws
 * {@link NotPlainException} so that the engine reads the file again with commons-csv: the two
 * paths accept exactly the same files and give exactly the same rows (tested).
 */
final class PlainCursor extends RowCursor {

    private final Reader in;
    private final char delimiter;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean skipLineFeed;
    private int rowStart;
    private int rowEnd;

    PlainCursor(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    @Override
    boolean next() throws IOException {
        fields = 0;
        if (skipLineFeed) {
            if (pos == limit && !eof) {
                compactAndFill(0);
            }
            if (pos < limit && buf[pos] == '\n') {
                pos++;
            }
            skipLineFeed = false;
        }
        if (pos == limit && !eof) {
            compactAndFill(0);
        }
        if (pos == limit) {
            return false;
        }
        int i = pos;
        int fieldStart = pos;
        // Locals, so the JIT keeps them in registers across the inlined addField calls.
        char[] b = buf;
        int lim = limit;
        char d = delimiter;
        while (true) {
            if (i == lim) {
                if (eof) {
                    addField(fieldStart, i);
                    rowStart = pos;
                    rowEnd = i;
                    pos = i;
                    break;
                }
                int shift = pos;
                compactAndFill(fields);
                i -= shift;
                fieldStart -= shift;
                b = buf;
                lim = limit;
                continue;
            }
            char c = b[i];
            // Digits, '.', '-', 'e' and letters are all above '"' (34): one test for most chars.
            if (c > '"' && c != d) {
                i++;
                continue;
            }
            if (c == d) {
                addField(fieldStart, i);
                fieldStart = i + 1;
            } else if (c == '\n' || c == '\r') {
                addField(fieldStart, i);
                rowStart = pos;
                rowEnd = i;
                pos = i + 1;
                skipLineFeed = c == '\r';
                break;
            } else if (c == '"') {
                throw new NotPlainException();
            }
            i++;
        }
        line++;
        return true;
    }

    /** Moves the unread part to the front (shifting recorded fields), grows if full, reads more. */
    private void compactAndFill(int recordedFields) throws IOException {
        int shift = pos;
        if (shift > 0) {
            System.arraycopy(buf, shift, buf, 0, limit - shift);
            limit -= shift;
            pos = 0;
            for (int k = 0; k < recordedFields; k++) {
                starts[k] -= shift;
                ends[k] -= shift;
            }
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    @Override
    String rowText() {
        return new String(buf, rowStart, rowEnd - rowStart);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
