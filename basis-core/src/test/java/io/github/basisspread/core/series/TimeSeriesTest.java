package io.github.basisspread.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static TimeSeries hourly(double... values) {
        TimeSeries.Builder b = TimeSeries.builder();
        for (int i = 0; i < values.length; i++) {
            b.add(T0.plusSeconds(3600L * i), values[i]);
        }
        return b.build();
    }

    @Test
    void holdsObservationsAndMissingValues() {
        TimeSeries s = hourly(1, Double.NaN, 3);
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.time(1)).isEqualTo(T0.plusSeconds(3600));
        assertThat(s.isMissing(1)).isTrue();
        assertThat(s.missingCount()).isEqualTo(1);
        assertThat(s.withoutMissing().valuesArray()).containsExactly(1, 3);
        assertThat(s.firstTime()).isEqualTo(T0);
        assertThat(s.lastTime()).isEqualTo(T0.plusSeconds(7200));
        assertThat(s.mapValues(v -> v * 2).valuesArray()).containsExactly(2, Double.NaN, 6);
    }

    @Test
    void copiesArraysInAndOut() {
        long[] t = {1_000_000L, 2_000_000L};
        double[] v = {1, 2};
        TimeSeries s = TimeSeries.ofEpochNanos(t, v);
        v[0] = 99;
        s.valuesArray()[1] = 99;
        assertThat(s.value(0)).isEqualTo(1);
        assertThat(s.value(1)).isEqualTo(2);
        assertThat(TimeSeries.ofEpochMillis(new long[] {1, 2}, new double[] {5, 6}).epochNanos(1)).isEqualTo(2_000_000L);
        // Issue 15: an overflow threw ArithmeticException instead of naming the argument.
        assertThatThrownBy(() -> TimeSeries.ofEpochMillis(new long[] {1, Long.MAX_VALUE / 1000}, new double[] {5, 6}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Argument 'epochMillis' element 1 is 9223372036854775 ms, outside the range");
        assertThat(TimeSeries.ofEpochMillis(new long[] {Long.MAX_VALUE / 1_000_000L}, new double[] {1}).epochNanos(0))
                .isEqualTo(Long.MAX_VALUE / 1_000_000L * 1_000_000L);
        assertThat(TimeSeries.of(List.of(T0), new double[] {4})).isEqualTo(hourly(4));
    }

    @Test
    void slicesAndSearchesWithoutLookingAhead() {
        TimeSeries s = hourly(1, 2, 3, 4);
        assertThat(s.slice(T0.plusSeconds(3600), T0.plusSeconds(3 * 3600)).valuesArray()).containsExactly(2, 3);
        assertThat(s.indexAtOrBefore(T0.plusSeconds(3599))).isZero();
        assertThat(s.indexAtOrBefore(T0.minusSeconds(1))).isEqualTo(-1);
        assertThat(s.indexAtOrBefore(T0.plusSeconds(7200))).isEqualTo(2);
        assertThat(s.subSeries(1, 1).isEmpty()).isTrue();
    }

    @Test
    void rejectsBadInputWithNamedArguments() {
        assertThatThrownBy(() -> TimeSeries.ofEpochNanos(new long[] {2, 1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'epochNanos' must be strictly increasing").hasMessageContaining("index 1");
        assertThatThrownBy(() -> TimeSeries.ofEpochNanos(new long[] {1, 1}, new double[] {1, 2}))
                .hasMessageContaining("equal to");
        assertThatThrownBy(() -> TimeSeries.ofEpochNanos(new long[] {1}, new double[] {1, 2}))
                .hasMessageContaining("same length").hasMessageContaining("1 and 2");
        assertThatThrownBy(() -> TimeSeries.ofEpochNanos(new long[] {1}, new double[] {Double.POSITIVE_INFINITY}))
                .hasMessageContaining("'values' must be finite or NaN").hasMessageContaining("Infinity");
        assertThatThrownBy(() -> TimeSeries.builder().add(T0, 1).add(T0, 2))
                .hasMessageContaining("must be after the previous observation");
        assertThatThrownBy(() -> TimeSeries.empty().firstTime()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> hourly(1, 2).slice(T0.plusSeconds(10), T0))
                .hasMessageContaining("'to'");
    }

    @Test
    void meanAndLastValueIgnoreMissingValues() {
        // (1 + 3 + 8) / 3 = 4
        assertThat(hourly(1, Double.NaN, 3, 8, Double.NaN).mean()).isEqualTo(4.0);
        assertThat(hourly(1, Double.NaN, 3, 8, Double.NaN).lastValue()).isEqualTo(8.0);
        // Compensated sum: 1e16 + 1 + 1 - 1e16 = 2 exactly, over 4 values = 0.5 (a naive sum gives 0).
        assertThat(hourly(1e16, 1, 1, -1e16).mean()).isEqualTo(0.5);
        // The sum 2 * 1.5e308 overflows; the mean of the scaled values does not.
        assertThat(hourly(1.5e308, 1.5e308).mean()).isEqualTo(1.5e308);
        assertThatThrownBy(() -> hourly(Double.NaN).mean()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no present value");
        assertThatThrownBy(() -> TimeSeries.empty().lastValue()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no present value");
    }
}
