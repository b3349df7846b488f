package io.github.basisspread.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanner and commons-csv must accept the same files and give the same rows,
 * reports and errors.
 */
class FastPathEquivalenceTest {

    private static Object outcome(CsvSeriesReader reader, String csv) {
        Throwable t = catchThrowable(() -> reader.read(new StringReader(csv), "eq.csv"));
        if (t != null) {
            return t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        return reader.read(new StringReader(csv), "eq.csv");
    }

    private static void assertSame(CsvSeriesReader reader, String csv) {
        Object fast = outcome(reader, csv);
        Object commons = outcome(reader.withCommonsCsvOnly(), csv);
        assertThat(fast).as(csv).isEqualTo(commons);
    }

    @Test
    void fixtures() {
        CsvSeriesReader strict = CsvSeriesReader.of("t");
        CsvSeriesReader lenient = strict.withPolicy(BadRowPolicy.SKIP_AND_REPORT);
        List<String> files = List.of(
                "t,a,b\n1,2,3\n2,4,5\n",
                "t,a,b\r\n1,2,3\r\n2,4,5",
                "t,a,b\r1,2,3\r2,4,5\r",
                "\uFEFFt,a\n1,2\n",
                "t,a\n1,2\n\n3,4\n",
                "t,a\n1,2\n1,3\n0,4\n5,x\n6\n7,8,9\n",
                "t,a\n",
                "t,a",
                "",
                "t,a\n2024-01-01 00:00:00,1\n2024-01-01T01:00:00Z,NaN\n2024-01-01 02:00,\n",
                "t,a\n1704067200000,1\n1704067200000000,2\n");
        for (String f : files) {
            assertSame(strict, f);
            assertSame(lenient, f);
        }
    }

    @Provide
    Arbitrary<String> messyCsv() {
        Arbitrary<String> cell = Arbitraries.of("1", "2", "3", "10", "-0.5", "1e3", "", "NaN", "x", "2024-01-01",
                "1704067200000", "1704067200000000", " 7 ", "1.5d");
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(",", l));
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
        return row.list().ofMaxSize(12).flatMap(rows -> eol.map(e -> "t,a,b" + e + String.join(e, rows)));
    }

    @Property(tries = 300)
    void sameOutcomeOnMessyFiles(@ForAll("messyCsv") String csv, @ForAll boolean lenient) {
        CsvSeriesReader r = CsvSeriesReader.of("t");
        assertSame(lenient ? r.withPolicy(BadRowPolicy.SKIP_AND_REPORT) : r, csv);
    }
}
