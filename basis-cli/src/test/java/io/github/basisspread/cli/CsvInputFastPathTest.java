package io.github.basisspread.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.basisspread.data.csv.SeriesFrame;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A file without a time column read in place (the fast path, with the general path behind it
 * for any file it does not read) gives the same frame, or the same message, as the general
 * path alone, which copies the file with a synthetic row-number column.
 */
class CsvInputFastPathTest {

    private static final String[] COLUMNS = {"a", "b"};

    private static Object outcome(Path file, boolean general) {
        Object[] out = new Object[1];
        Throwable t = catchThrowable(() -> out[0] = general
                ? CsvInput.readWithRowColumn(file, COLUMNS)
                : CsvInput.readUntimed(file, COLUMNS));
        if (t != null) {
            return t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        return out[0];
    }

    private static void assertSameOutcome(byte[] content) {
        Path file = CliTestSupport.tempCsv(content);
        try {
            Object general = outcome(file, true);
            assertThat(outcome(file, false)).as(new String(content, StandardCharsets.UTF_8)).isEqualTo(general);
        } finally {
            CliTestSupport.deleteTemp(file);
        }
    }

    @Test
    void fixtures() {
        List<String> files = List.of(
                "a,b\n1,2\n3,4\n",
                "a,b\r\n1,2\r\n3,4",
                "a,b\r1,2\r3,4\r",
                "\uFEFFa,b\n1,2\n",
                "a,b\n1,2\n\n3,4\n",
                "a,b\n1,2\n3,4\n\n\n",
                "\n\na,b\n1,2\n",
                "a,b\n1,2\n3\n",
                "a,b\n1,2\n3,4,5\n",
                "a,b\n1,x\n",
                "a,b\n1,1e400\n",
                "a,b\n1,NA\nnull,NaN\n,\n",
                "a,b,c\n1,2,z\n",
                "a\n1\n",
                "b,a\n1,2\n",
                "a,b\n",
                "a,b",
                "",
                "   \n",
                "a,b\n\"1\",2\n",
                "a,b\n\"1,2\n",
                "a,b\n 7 ,\t8\n",
                "a,b\n1,2\n \n3,4\n");
        for (String f : files) {
            assertSameOutcome(f.getBytes(StandardCharsets.UTF_8));
        }
        // Not UTF-8: the general path names the byte.
        assertSameOutcome(new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xff, '\n'});
    }

    @Test
    void theFastPathReadsAPlainFileByItself() {
        Path f = CliTestSupport.tempCsv("a,b\n1,2\n3,NA\n".getBytes(StandardCharsets.UTF_8));
        try {
            SeriesFrame fast = CsvInput.readRowNumbered(f, COLUMNS);
            assertThat(fast.epochNanosArray()).containsExactly(1_000_000_000L, 2_000_000_000L);
            assertThat(fast.valuesArray("a")).containsExactly(1.0, 3.0);
            assertThat(fast.valuesArray("b")).containsExactly(2.0, Double.NaN);
            assertThat(fast).isEqualTo(CsvInput.readWithRowColumn(f, COLUMNS));
        } finally {
            CliTestSupport.deleteTemp(f);
        }
    }

    @Provide
    Arbitrary<String> plainFiles() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e6).map(String::valueOf),
                Arbitraries.integers().between(-1000, 1000).map(String::valueOf),
                Arbitraries.of("", "NA", "nan", "NULL", " 7 ", "1e3", "-0", "x", "1.5d", "1e400", "\"3\""));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(",", l));
        Arbitrary<String> rows = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, row), net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ")));
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<String> header = Arbitraries.of("a,b", "b,a", "a,b,c", "c,a,b", "a");
        return header.flatMap(h -> rows.list().ofMaxSize(10).flatMap(rs -> eol.flatMap(e ->
                Arbitraries.of("", e).map(end -> h + e + String.join(e, rs) + end))));
    }

    @Property(tries = 200)
    void sameFrameOrSameMessageOnRandomFiles(@ForAll("plainFiles") String csv) {
        assertSameOutcome(csv.getBytes(StandardCharsets.UTF_8));
    }
}
