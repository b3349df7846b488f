package io.github.basisspread.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.series.TimeSeries;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSeriesWriterTest {

    @TempDir
    Path dir;

    private static String write(CsvSeriesWriter w, SeriesFrame f) {
        StringWriter out = new StringWriter();
        w.write(f, out);
        return out.toString();
    }

    @Test
    void writesIsoTimestampsShortestValuesAndEmptyMissing() {
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("spot", new double[] {67191.4, Double.NaN});
        cols.put("perp", new double[] {67174.8, 1e23});
        // 2024-10-17T09:00:00Z = 1729155600 s; the second row has a nanosecond fraction.
        SeriesFrame f = SeriesFrame.of(new long[] {1729155600_000_000_000L, 1729155600_000_000_001L}, cols);
        assertThat(write(CsvSeriesWriter.of(), f)).isEqualTo("timestamp,spot,perp\n"
                + "2024-10-17T09:00:00Z,67191.4,67174.8\n"
                + "2024-10-17T09:00:00.000000001Z,,1.0E23\n");
    }

    @Test
    void writesEpochUnitsAndQuotesOddNames() {
        SeriesFrame f = SeriesFrame.of("close, last", TimeSeries.ofEpochMillis(new long[] {1704067200000L}, new double[] {1.5}));
        assertThat(write(CsvSeriesWriter.of().withEpochUnit(EpochUnit.MILLISECONDS).withTimestampColumn("t"), f))
                .isEqualTo("t,\"close, last\"\n1704067200000,1.5\n");
        assertThat(write(CsvSeriesWriter.of().withEpochUnit(EpochUnit.SECONDS).withIsoTimestamps().withDelimiter(';'), f))
                .isEqualTo("timestamp;close, last\n2024-01-01T00:00:00Z;1.5\n");
        SeriesFrame q = SeriesFrame.of("a\"b", TimeSeries.ofEpochMillis(new long[] {1}, new double[] {2}));
        assertThat(write(CsvSeriesWriter.of(), q)).startsWith("timestamp,\"a\"\"b\"\n");
        SeriesFrame back = CsvSeriesReader.of("timestamp").read(new StringReader(write(CsvSeriesWriter.of(), q)), "q").data();
        assertThat(back).isEqualTo(q);
    }

    @Test
    void rejectsWhatWouldNotReadBack() {
        SeriesFrame f = SeriesFrame.of("x", TimeSeries.ofEpochMillis(new long[] {1500}, new double[] {1}));
        assertThatThrownBy(() -> write(CsvSeriesWriter.of().withEpochUnit(EpochUnit.SECONDS), f))
                .hasMessage("Argument 'frame' must have timestamps in whole SECONDS but has 1970-01-01T00:00:01.500Z at index 0");
        assertThatThrownBy(() -> write(CsvSeriesWriter.of().withTimestampColumn("x"), f))
                .hasMessage("Argument 'frame' must not have a column named like the timestamp column but has 'x'");
        SeriesFrame spaced = SeriesFrame.of(" x", TimeSeries.ofEpochMillis(new long[] {1}, new double[] {1}));
        assertThatThrownBy(() -> write(CsvSeriesWriter.of(), spaced)).hasMessageContaining("has ' x'");
        assertThatThrownBy(() -> CsvSeriesWriter.of().withDelimiter('.')).hasMessageContaining("fieldDelimiter");
        assertThatThrownBy(() -> CsvSeriesWriter.of().withEpochUnit(null)).hasMessageContaining("unit");
        assertThatThrownBy(() -> CsvSeriesWriter.of().write(f, (Path) null)).hasMessageContaining("file");
        assertThatThrownBy(() -> CsvSeriesWriter.of().write(null, new StringWriter())).hasMessageContaining("frame");
        assertThatThrownBy(() -> CsvSeriesWriter.of().write(f, (java.io.Writer) null)).hasMessageContaining("out");
    }

    @Test
    void roundTripsThroughAFile() throws IOException {
        TimeSeries s = TimeSeries.ofEpochMillis(new long[] {1, 2, 3}, new double[] {0.1, Double.NaN, -2.5e-300});
        Path p = dir.resolve("s.csv");
        CsvSeriesWriter.of().write("x", s, p);
        assertThat(Files.readString(p)).isEqualTo("timestamp,x\n1970-01-01T00:00:00.001Z,0.1\n"
                + "1970-01-01T00:00:00.002Z,\n1970-01-01T00:00:00.003Z,-2.5E-300\n");
        assertThat(CsvSeriesReader.of("timestamp").read(p).data().column("x")).isEqualTo(s);
    }

    @Provide
    Arbitrary<Double> value() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> !Double.isInfinite(d)),
                Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.just(Double.NaN));
    }

    @Property(tries = 200)
    void writeThenReadIsIdentity(@ForAll @IntRange(min = 0, max = 40) int rows,
                                 @ForAll List<@From("value") Double> pool, @ForAll boolean epoch) {
        long[] t = new long[rows];
        double[] a = new double[rows];
        double[] b = new double[rows];
        long now = 1_600_000_000_000_000_000L;
        for (int i = 0; i < rows; i++) {
            now += 1 + i * 7_919L % 3_600_000_000_000L;
            t[i] = now;
            a[i] = pool.isEmpty() ? i : pool.get(i % pool.size());
            b[i] = pool.isEmpty() ? -i : pool.get((i * 3 + 1) % pool.size());
        }
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("a", a);
        cols.put("b", b);
        SeriesFrame f = SeriesFrame.of(t, cols);
        CsvSeriesWriter w = epoch ? CsvSeriesWriter.of().withEpochUnit(EpochUnit.NANOSECONDS) : CsvSeriesWriter.of();
        CsvSeriesReader r = CsvSeriesReader.of("timestamp");
        if (epoch) {
            r = r.withTimestampFormat(TimestampFormat.epoch(EpochUnit.NANOSECONDS));
        }
        SeriesFrame back = r.read(new StringReader(write(w, f)), "rt").data();
        // equals compares doubles bit for bit (Arrays.equals on double[] uses doubleToLongBits).
        assertThat(back).isEqualTo(f);
    }
}
