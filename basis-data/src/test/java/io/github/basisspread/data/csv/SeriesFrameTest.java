package io.github.basisspread.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.series.TimeSeries;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesFrameTest {

    private static final TimeSeries A = TimeSeries.ofEpochMillis(new long[] {1000, 2000}, new double[] {1, Double.NaN});
    private static final TimeSeries B = TimeSeries.ofEpochMillis(new long[] {1000, 2000}, new double[] {3, 4});

    @Test
    void alignedSeriesBecomeColumns() {
        Map<String, TimeSeries> m = new LinkedHashMap<>();
        m.put("b", B);
        m.put("a", A);
        SeriesFrame f = SeriesFrame.ofAligned(m);
        assertThat(f.columnNames()).containsExactly("b", "a");
        assertThat(f.size()).isEqualTo(2);
        assertThat(f.isEmpty()).isFalse();
        assertThat(f.hasColumn("a")).isTrue();
        assertThat(f.hasColumn("c")).isFalse();
        assertThat(f.column("a")).isEqualTo(A);
        assertThat(f.columns()).containsEntry("b", B);
        assertThat(f.time(1)).isEqualTo(Instant.ofEpochMilli(2000));
        assertThat(f.epochNanos(0)).isEqualTo(1_000_000_000L);
        assertThat(f.epochNanosArray()).containsExactly(1_000_000_000L, 2_000_000_000L);
        assertThat(f.value("b", 1)).isEqualTo(4.0);
        assertThat(f).isEqualTo(SeriesFrame.ofAligned(m)).hasSameHashCodeAs(SeriesFrame.ofAligned(m))
                .isNotEqualTo(SeriesFrame.of("a", A)).isNotEqualTo("x");
        assertThat(f.toString()).isEqualTo("SeriesFrame[size=2, columns=[b, a], from=1970-01-01T00:00:01Z, "
                + "to=1970-01-01T00:00:02Z]");
        assertThat(SeriesFrame.of("a", TimeSeries.empty()).toString()).isEqualTo("SeriesFrame[size=0, columns=[a]]");
    }

    @Test
    void copiesInAndOut() {
        double[] v = {1, 2};
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("v", v);
        SeriesFrame f = SeriesFrame.of(new long[] {1, 2}, m);
        v[0] = 99;
        f.valuesArray("v")[1] = 99;
        assertThat(f.valuesArray("v")).containsExactly(1.0, 2.0);
        assertThat(SeriesFrame.of(new long[] {1, 2}, Map.of()).columnNames()).isEqualTo(List.of());
    }

    @Test
    void rejectsBadInput() {
        Map<String, TimeSeries> m = new LinkedHashMap<>();
        m.put("a", A);
        m.put("c", TimeSeries.ofEpochMillis(new long[] {1000, 3000}, new double[] {1, 2}));
        assertThatThrownBy(() -> SeriesFrame.ofAligned(m))
                .hasMessage("Argument 'series' must share timestamps but 'c' differs from 'a' at index 1: "
                        + "1970-01-01T00:00:03Z versus 1970-01-01T00:00:02Z");
        assertThatThrownBy(() -> SeriesFrame.ofAligned(Map.of())).hasMessageContaining("at least one series");
        Map<String, double[]> bad = new LinkedHashMap<>();
        bad.put("x", new double[] {1});
        assertThatThrownBy(() -> SeriesFrame.of(new long[] {1, 2}, bad))
                .hasMessage("Column 'x': Arguments 'epochNanos' and 'values' must have the same length but have 2 and 1");
        assertThatThrownBy(() -> SeriesFrame.of(new long[] {2, 1}, Map.of()))
                .hasMessageContaining("must be strictly increasing");
        Map<String, double[]> blank = new LinkedHashMap<>();
        blank.put(" ", new double[] {1});
        assertThatThrownBy(() -> SeriesFrame.of(new long[] {1}, blank)).hasMessage("Argument 'columns' must have non-blank names but has ' '");
        assertThatThrownBy(() -> SeriesFrame.of(null, Map.of())).hasMessage("Argument 'epochNanos' must not be null");
        assertThatThrownBy(() -> SeriesFrame.of(new long[0], null)).hasMessage("Argument 'columns' must not be null");
        assertThatThrownBy(() -> SeriesFrame.of("a", null)).hasMessage("Argument 'series' must not be null");
        assertThatThrownBy(() -> SeriesFrame.of("a", A).value("z", 0))
                .hasMessage("Argument 'column' must be one of [a] but has value 'z'");
    }

    @Test
    void reportAndIssueValidation() {
        assertThatThrownBy(() -> new ReadReport("s", 3, 1, 1, 0, 0, List.of()))
                .hasMessageContaining("rowsRead = rowsKept + rowsSkipped + duplicates but have values 3, 1, 1, 0 and 0");
        assertThatThrownBy(() -> new RowIssue(RowIssue.Kind.MALFORMED, 0, null, "r", null))
                .hasMessage("Argument 'line' must be greater than zero but has value 0");
        assertThatThrownBy(() -> new ReadResult<>(null, new ReadReport("s", 0, 0, 0, 0, 0, List.of())))
                .hasMessage("Argument 'data' must not be null");
        assertThat(new ReadReport("s", 0, 0, 0, 0, 0, List.of()).toString())
                .isEqualTo("ReadReport[s: read 0, kept 0, skipped 0, duplicates 0, out of order 0]");
        assertThat(EpochUnit.detect(Long.MIN_VALUE)).isEqualTo(EpochUnit.NANOSECONDS);
        assertThat(EpochUnit.detect(-1_704_067_200L)).isEqualTo(EpochUnit.SECONDS);
    }
}
