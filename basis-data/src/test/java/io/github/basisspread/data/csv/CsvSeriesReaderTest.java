package io.github.basisspread.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSeriesReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static ReadResult<SeriesFrame> read(CsvSeriesReader reader, String csv) {
        return reader.read(new StringReader(csv), "test.csv");
    }

    @Test
    void readsEpochMillisDetectedWithAllColumns() throws IOException {
        Path p = file("p.csv", "time,close,volume\n1704067200000,42000.5,10\n1704070800000,42100,\n");
        ReadResult<SeriesFrame> r = CsvSeriesReader.of("time").read(p);
        SeriesFrame f = r.data();
        assertThat(f.columnNames()).containsExactly("close", "volume");
        assertThat(f.size()).isEqualTo(2);
        // 1704067200000 ms = 2024-01-01T00:00:00Z (1704067200 s = 19723 days * 86400).
        assertThat(f.time(0)).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(f.time(1)).isEqualTo(Instant.parse("2024-01-01T01:00:00Z"));
        assertThat(f.value("close", 0)).isEqualTo(42000.5);
        assertThat(f.value("close", 1)).isEqualTo(42100.0);
        assertThat(f.column("volume").isMissing(1)).isTrue();
        assertThat(r.report().isClean()).isTrue();
        assertThat(r.report().rowsRead()).isEqualTo(2);
        assertThat(r.report().source()).isEqualTo(p.toString());
    }

    @Test
    void detectsEachEpochUnit() {
        // The same instant 2024-01-01T00:00:00Z in four units.
        String[] cells = {"1704067200", "1704067200000", "1704067200000000", "1704067200000000000"};
        for (String cell : cells) {
            SeriesFrame f = read(CsvSeriesReader.of("t"), "t,x\n" + cell + ",1\n").data();
            assertThat(f.time(0)).as(cell).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        }
    }

    @Test
    void statedEpochUnitIsTakenAsIs() {
        // 1704067200000 read as microseconds is 1704067.2 s = 1970-01-20T17:21:07.2Z.
        SeriesFrame f = read(CsvSeriesReader.of("t").withTimestampFormat(TimestampFormat.epoch(EpochUnit.MICROSECONDS)),
                "t,x\n1704067200000,1\n").data();
        assertThat(f.time(0)).isEqualTo(Instant.parse("1970-01-20T17:21:07.200Z"));
    }

    @Test
    void readsTextTimestampsInUtcByDefaultAndInAStatedZone() {
        String csv = "Date,rate\n2020-01-01 03:00:00.000,-0.00012359\n2020-01-01 11:00:00.001,0.0001\n";
        SeriesFrame utc = read(CsvSeriesReader.of("Date"), csv).data();
        assertThat(utc.time(0)).isEqualTo(Instant.parse("2020-01-01T03:00:00Z"));
        SeriesFrame plus3 = read(CsvSeriesReader.of("Date").withTimestampFormat(TimestampFormat.text(ZoneOffset.ofHours(3))),
                csv).data();
        // 03:00 at UTC+3 is 00:00 UTC; 11:00:00.001 at UTC+3 is 08:00:00.001 UTC.
        assertThat(plus3.time(0)).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(plus3.time(1)).isEqualTo(Instant.parse("2020-01-01T08:00:00.001Z"));
    }

    @Test
    void readsIsoVariants() {
        String csv = "t,x\n2024-01-01,1\n2024-01-01T01:00,2\n2024-01-01T02:00:00Z,3\n2024-01-01T05:00:00.5+02:00,4\n"
                + "2024-01-01T04:00:00.123456789-0100,5\n2024-01-01 07:00:00+01,6\n";
        SeriesFrame f = read(CsvSeriesReader.of("t"), csv).data();
        assertThat(f.time(0)).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(f.time(1)).isEqualTo(Instant.parse("2024-01-01T01:00:00Z"));
        assertThat(f.time(2)).isEqualTo(Instant.parse("2024-01-01T02:00:00Z"));
        assertThat(f.time(3)).isEqualTo(Instant.parse("2024-01-01T03:00:00.5Z"));
        assertThat(f.time(4)).isEqualTo(Instant.parse("2024-01-01T05:00:00.123456789Z"));
        assertThat(f.time(5)).isEqualTo(Instant.parse("2024-01-01T06:00:00Z"));
    }

    @Test
    void regionZoneResolvesOffsetsAndRejectsGapsAndOverlaps() {
        CsvSeriesReader r = CsvSeriesReader.of("t").withTimestampFormat(TimestampFormat.text(ZoneId.of("Europe/London")));
        // London is UTC+1 in July (BST).
        assertThat(read(r, "t,x\n2024-07-01 12:00:00,1\n").data().time(0)).isEqualTo(Instant.parse("2024-07-01T11:00:00Z"));
        // 2024-03-31 01:30 does not exist in London (clocks go 01:00 -> 02:00).
        assertThatThrownBy(() -> read(r, "t,x\n2024-03-31 01:30:00,1\n"))
                .isInstanceOf(MalformedDataException.class)
                .hasMessage("test.csv, line 2, column 't': local time 2024-03-31T01:30 does not exist in zone Europe/London "
                        + "(daylight-saving change): '2024-03-31 01:30:00'");
        // 2024-10-27 01:30 happens twice in London.
        assertThatThrownBy(() -> read(r, "t,x\n2024-10-27 01:30:00,1\n"))
                .hasMessageContaining("local time 2024-10-27T01:30 is ambiguous in zone Europe/London");
    }

    @Test
    void selectsColumnsByNameInTheGivenOrder() {
        SeriesFrame f = read(CsvSeriesReader.of("t").withColumns("c", "a"), "a,t,b,c\n1,1704067200,x,3\n").data();
        assertThat(f.columnNames()).containsExactly("c", "a");
        assertThat(f.value("c", 0)).isEqualTo(3.0);
        assertThat(f.value("a", 0)).isEqualTo(1.0);
    }

    @Test
    void emptyCellsAndNanAreMissing() {
        SeriesFrame f = read(CsvSeriesReader.of("t"), "t,a,b,c\n1,,NaN,nan\n").data();
        assertThat(f.column("a").missingCount() + f.column("b").missingCount() + f.column("c").missingCount()).isEqualTo(3);
    }

    @Test
    void naAndNullAreMissingInEveryRowAsRWritesThem() {
        // R's write.csv writes NA; JSON exports write null. Both are missing, in the first row too.
        SeriesFrame f = read(CsvSeriesReader.of("t"), "t,a,b\n1,NA,null\n2,na,NULL\n3,1.5,2\n").data();
        assertThat(f.column("a").missingCount()).isEqualTo(2);
        assertThat(f.column("b").missingCount()).isEqualTo(2);
        assertThat(f.value("a", 2)).isEqualTo(1.5);
        // Other words are still not numbers.
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n1,nil\n"))
                .hasMessageContaining("line 2, column 'a'").hasMessageContaining("'nil'");
    }

    @Test
    void integerYyyyMmDdDatesAreDatesNotEpochSecondsOf1970() {
        SeriesFrame f = read(CsvSeriesReader.of("date"), "date,x\n20260101,1\n20260102,2\n").data();
        assertThat(f.time(0)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(f.time(1)).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        SeriesFrame zoned = read(CsvSeriesReader.of("date").withTimestampFormat(TimestampFormat.detected(
                ZoneOffset.ofHours(3))), "date,x\n20260101,1\n").data();
        assertThat(zoned.time(0)).isEqualTo(Instant.parse("2025-12-31T21:00:00Z"));
        assertThatThrownBy(() -> read(CsvSeriesReader.of("date"), "date,x\n20260101,1\n20261301,2\n"))
                .hasMessageContaining("line 3, column 'date': not a yyyyMMdd date");
        // Integer epochs only: refused rather than read as 1970-08-23.
        assertThatThrownBy(() -> read(CsvSeriesReader.of("date").withTimestampFormat(TimestampFormat.epochDetected()),
                "date,x\n20260101,1\n")).hasMessageContaining("looks like a yyyyMMdd date");
        // A stated unit is taken as stated.
        assertThat(read(CsvSeriesReader.of("date").withTimestampFormat(TimestampFormat.epoch(EpochUnit.SECONDS)),
                "date,x\n20260101,1\n").data().time(0)).isEqualTo(Instant.ofEpochSecond(20260101));
        // Ten-digit epoch seconds are still epoch seconds.
        assertThat(read(CsvSeriesReader.of("t"), "t,x\n1704067200,1\n").data().time(0))
                .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void crOnlyLineEndingsAndATrailingBlankLine() {
        SeriesFrame cr = read(CsvSeriesReader.of("t"), "t,x\r1,1\r2,2\r").data();
        assertThat(cr.valuesArray("x")).containsExactly(1.0, 2.0);
        SeriesFrame trailing = read(CsvSeriesReader.of("t"), "t,x\n1,1\n2,2\n\n").data();
        assertThat(trailing.valuesArray("x")).containsExactly(1.0, 2.0);
    }

    @Test
    void handlesBomCrLfSpacesAndOtherDelimiters() {
        SeriesFrame f = read(CsvSeriesReader.of("t").withDelimiter(';'), "\uFEFFt ; x\r\n1704067200 ; 1.5 \r\n1704067201;2\r1704067203;4")
                .data();
        assertThat(f.columnNames()).containsExactly("x");
        assertThat(f.size()).isEqualTo(3);
        assertThat(f.valuesArray("x")).containsExactly(1.5, 2.0, 4.0);
        assertThat(f.time(2)).isEqualTo(Instant.parse("2024-01-01T00:00:03Z"));
    }

    @Test
    void quotedFilesGoThroughCommonsCsv() {
        String csv = "\"time\",\"close, last\"\n1704067200,\"42000.5\"\n\"1704067201\",42001\n";
        SeriesFrame f = read(CsvSeriesReader.of("time"), csv).data();
        assertThat(f.columnNames()).containsExactly("close, last");
        assertThat(f.valuesArray("close, last")).containsExactly(42000.5, 42001.0);
    }

    @Test
    void headerOnlyGivesAnEmptyFrame() {
        ReadResult<SeriesFrame> r = read(CsvSeriesReader.of("t"), "t,x\n");
        assertThat(r.data().isEmpty()).isTrue();
        assertThat(r.report().rowsRead()).isZero();
    }

    // ---- bad input, default policy: fail with file, line, column and text ----

    @Test
    void emptyFileFails() throws IOException {
        Path p = file("empty.csv", "");
        assertThatThrownBy(() -> CsvSeriesReader.of("t").read(p))
                .isInstanceOf(MalformedDataException.class)
                .hasMessage(p + ": empty file: no header and no rows");
    }

    @Test
    void nonNumericCellFails() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,close\n1,42000\n2,abc\n"))
                .isInstanceOf(MalformedDataException.class)
                .hasMessage("test.csv, line 3, column 'close': not a number: 'abc'")
                .satisfies(e -> {
                    MalformedDataException m = (MalformedDataException) e;
                    assertThat(m.source()).isEqualTo("test.csv");
                    assertThat(m.line()).isEqualTo(3);
                    assertThat(m.column()).isEqualTo("close");
                    assertThat(m.text()).isEqualTo("abc");
                    assertThat(m.reason()).isEqualTo("not a number");
                });
    }

    @Test
    void javaOnlyNumberFormsAndOverflowAreRejected() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,x\n1,1.5d\n")).hasMessageContaining("not a number: '1.5d'");
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,x\n1,Infinity\n")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,x\n1,1e400\n"))
                .hasMessage("test.csv, line 2, column 'x': number out of the range of a double: '1e400'");
    }

    @Test
    void missingColumnFails() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t").withColumns("close"), "t,open\n1,2\n"))
                .isInstanceOf(MalformedDataException.class)
                .hasMessage("test.csv, line 1, column 'close': column not found in the header [t, open]");
        assertThatThrownBy(() -> read(CsvSeriesReader.of("time"), "t,open\n1,2\n"))
                .hasMessage("test.csv, line 1, column 'time': column not found in the header [t, open]");
    }

    @Test
    void repeatedHeaderNameFails() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t").withColumns("x"), "t,x,x\n1,2,3\n"))
                .hasMessage("test.csv, line 1, column 'x': column appears more than once in the header [t, x, x]");
    }

    @Test
    void truncatedFileFails() {
        // The last line was cut in the middle of the third field.
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a,b,c\n1,2,3,4\n2,5,6"))
                .isInstanceOf(MalformedDataException.class)
                .hasMessage("test.csv, line 3, column 'c': expected 4 fields but found 3: '2,5,6'");
    }

    @Test
    void tooManyFieldsFail() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n1,2,3\n"))
                .hasMessage("test.csv, line 2: expected 2 fields but found 3: '1,2,3'");
    }

    @Test
    void blankLineIsAMalformedRowNotSilentlyDropped() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n1,2\n\n3,4\n"))
                .hasMessage("test.csv, line 3, column 'a': expected 2 fields but found 1 (a blank line): ''");
    }

    @Test
    void duplicateTimestampFails() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n1704067200,1\n1704067200,2\n"))
                .isInstanceOf(MalformedDataException.class)
                .hasMessage("test.csv, line 3, column 't': duplicate timestamp 2024-01-01T00:00:00Z (also at line 2): "
                        + "'1704067200'");
    }

    @Test
    void outOfOrderTimestampFails() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n1704067200,1\n1704070800,2\n1704063600,3\n"))
                .hasMessage("test.csv, line 4, column 't': out-of-order timestamp 2023-12-31T23:00:00Z is before "
                        + "2024-01-01T01:00:00Z at line 3: '1704063600'");
    }

    @Test
    void mixedTimestampUnitsFail() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n1704067200000,1\n1704070800000000,2\n"))
                .hasMessage("test.csv, line 3, column 't': mixed timestamp units: this looks like MICROSECONDS but the "
                        + "file's timestamps are MILLISECONDS (detected at line 2): '1704070800000000'");
    }

    @Test
    void textAmongEpochAndBadTextFail() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n1704067200000,1\n2024-01-01,2\n"))
                .hasMessage("test.csv, line 3, column 't': not an integer epoch timestamp (the first row's timestamp was "
                        + "an integer): '2024-01-01'");
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n2024-01-01,1\n2024-13-01,2\n"))
                .hasMessageContaining("line 3, column 't': invalid date (");
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n2024-01-01 25:00,1\n"))
                .hasMessage("test.csv, line 2, column 't': invalid time of day: '2024-01-01 25:00'");
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\nyesterday,1\n"))
                .hasMessageContaining("line 2, column 't': not a date-time");
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n,1\n"))
                .hasMessage("test.csv, line 2, column 't': missing timestamp: ''");
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t").withTimestampFormat(TimestampFormat.epochDetected()),
                "t,a\n99999999999999999999,1\n")).hasMessageContaining("not an integer epoch timestamp");
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t").withTimestampFormat(TimestampFormat.epoch(EpochUnit.SECONDS)),
                "t,a\n9999999999999,1\n")).hasMessageContaining("timestamp out of range (years 1677..2262) in SECONDS");
    }

    @Test
    void brokenQuotingFails() {
        assertThatThrownBy(() -> read(CsvSeriesReader.of("t"), "t,a\n1,\"2\n"))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageStartingWith("test.csv: cannot tokenize CSV (");
    }

    @Test
    void invalidUtf8Fails() throws IOException {
        Path p = dir.resolve("latin1.csv");
        Files.write(p, new byte[] {'t', ',', (byte) 0xE9, '\n', '1', ',', '2', '\n'});
        assertThatThrownBy(() -> CsvSeriesReader.of("t").read(p))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageStartingWith("Cannot read " + p);
    }

    // ---- lenient policy: skip, drop, reorder, and report everything ----

    @Test
    void skipPolicyReportsEveryRow() {
        String csv = "t,a\n"
                + "1704067200,1\n"      // line 2 kept
                + "1704070800,x\n"      // line 3 malformed
                + "1704074400,3\n"      // line 4 kept
                + "1704070800,4\n"      // line 5 out of order, kept (moved)
                + "1704074400,5\n"      // line 6 duplicate of line 4, dropped
                + "1704078000\n"        // line 7 malformed (truncated)
                + "1704078000,7\n";     // line 8 kept
        ReadResult<SeriesFrame> r = read(CsvSeriesReader.of("t").withPolicy(BadRowPolicy.SKIP_AND_REPORT), csv);
        ReadReport rep = r.report();
        assertThat(rep.rowsRead()).isEqualTo(7);
        assertThat(rep.rowsSkipped()).isEqualTo(2);
        assertThat(rep.duplicates()).isEqualTo(1);
        assertThat(rep.outOfOrder()).isEqualTo(1);
        assertThat(rep.rowsKept()).isEqualTo(4);
        assertThat(rep.isClean()).isFalse();
        assertThat(rep.issues()).extracting(RowIssue::line).containsExactly(3L, 5L, 6L, 7L);
        assertThat(rep.issues()).extracting(RowIssue::kind).containsExactly(RowIssue.Kind.MALFORMED,
                RowIssue.Kind.OUT_OF_ORDER, RowIssue.Kind.DUPLICATE, RowIssue.Kind.MALFORMED);
        assertThat(rep.issues().get(0).reason()).isEqualTo("not a number");
        assertThat(rep.issues().get(1).reason()).isEqualTo("out-of-order timestamp 2024-01-01T01:00:00Z is before "
                + "2024-01-01T02:00:00Z at line 4; moved into time order");
        assertThat(rep.issues().get(2).reason()).isEqualTo("duplicate timestamp 2024-01-01T02:00:00Z (also at line 4); "
                + "the first row is kept");
        assertThat(rep.issues().get(3).reason()).isEqualTo("expected 2 fields but found 1");
        assertThat(rep.issues().get(0).toString()).isEqualTo("MALFORMED line 3, column 'a': not a number: 'x'");
        // Kept rows in time order: 00:00 (1), 01:00 (4, moved), 02:00 (3, first of the duplicates), 03:00 (7).
        assertThat(r.data().valuesArray("a")).containsExactly(1.0, 4.0, 3.0, 7.0);
        assertThat(rep.toString()).startsWith("ReadReport[test.csv: read 7, kept 4, skipped 2, duplicates 1, out of order 1");
    }

    @Test
    void reportListsOnlyTheFirstFewIssuesButCountsAll() {
        StringBuilder sb = new StringBuilder("t,a\n");
        for (int i = 0; i < 30; i++) {
            sb.append(i + 1).append(",bad\n");
        }
        ReadReport rep = read(CsvSeriesReader.of("t").withPolicy(BadRowPolicy.SKIP_AND_REPORT).withMaxReportedIssues(3),
                sb.toString()).report();
        assertThat(rep.rowsSkipped()).isEqualTo(30);
        assertThat(rep.issues()).extracting(RowIssue::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void duplicatesInOrderAreDroppedAndReportedUnderSkip() {
        ReadResult<SeriesFrame> r = read(CsvSeriesReader.of("t").withPolicy(BadRowPolicy.SKIP_AND_REPORT),
                "t,a\n1,1\n1,2\n2,3\n");
        assertThat(r.data().valuesArray("a")).containsExactly(1.0, 3.0);
        assertThat(r.report().duplicates()).isEqualTo(1);
        assertThat(r.report().outOfOrder()).isZero();
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> CsvSeriesReader.of(" ")).hasMessage("Argument 'timestampColumn' must not be blank but has value ' '");
        assertThatThrownBy(() -> CsvSeriesReader.of("t").withColumns("a", "a"))
                .hasMessage("Argument 'names' must not repeat a name but has 'a' twice");
        assertThatThrownBy(() -> CsvSeriesReader.of("t").withDelimiter('"')).hasMessageContaining("fieldDelimiter");
        assertThatThrownBy(() -> CsvSeriesReader.of("t").withMaxReportedIssues(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> CsvSeriesReader.of("t").withPolicy(null)).hasMessageContaining("badRowPolicy");
        assertThatThrownBy(() -> CsvSeriesReader.of("t").withTimestampFormat(null)).hasMessageContaining("timestampFormat");
        assertThatThrownBy(() -> CsvSeriesReader.of("t").read((Path) null)).hasMessageContaining("file");
        assertThatThrownBy(() -> CsvSeriesReader.of("t").withColumns("t").read(new StringReader("t,a\n1,2\n"), "x"))
                .hasMessage("x, line 1, column 't': column selected twice");
        assertThatThrownBy(() -> TimestampFormat.text(null)).hasMessage("Argument 'zone' must not be null");
    }
}
