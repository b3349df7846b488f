package io.github.basisspread.data.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The general path: RFC 4180 CSV with quoting, through commons-csv. Each record's fields are
 * copied into the shared character buffer so that the engine reads both paths the same way.
 */
final class CommonsCursor extends RowCursor {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;

    CommonsCursor(Reader in, char delimiter) throws IOException {
        this.delimiter = delimiter;
        // Empty lines are rows (of one empty field), as in the plain scanner: never dropped silently.
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        this.parser = CSVParser.builder().setReader(in).setFormat(format).get();
        this.records = parser.iterator();
    }

    @Override
    boolean next() {
        fields = 0;
        long before = parser.getCurrentLineNumber();
        if (!records.hasNext()) {
            return false;
        }
        CSVRecord record = records.next();
        line = before + 1;
        int total = 0;
        for (int k = 0; k < record.size(); k++) {
            total += record.get(k).length();
        }
        if (total > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(total, buf.length * 2));
        }
        int at = 0;
        for (int k = 0; k < record.size(); k++) {
            String v = record.get(k);
            v.getChars(0, v.length(), buf, at);
            addField(at, at + v.length());
            at += v.length();
        }
        return true;
    }

    @Override
    String rowText() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < fields; k++) {
            if (k > 0) {
                sb.append(delimiter);
            }
            sb.append(buf, starts[k], ends[k] - starts[k]);
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
