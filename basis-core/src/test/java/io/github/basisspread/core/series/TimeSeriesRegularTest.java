package io.github.basisspread.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesRegularTest {

    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    @Test
    void observationIAtStartPlusIStepsAndValuesCopied() {
        double[] values = {1.0, Double.NaN, 3.0};
        TimeSeries s = TimeSeries.regular(START, Duration.ofHours(8), values);
        values[0] = 99;
        assertThat(s).isEqualTo(TimeSeries.of(List.of(START, Instant.parse("2024-03-01T08:00:00Z"),
                Instant.parse("2024-03-01T16:00:00Z")), new double[] {1.0, Double.NaN, 3.0}));
        assertThat(TimeSeries.regular(START, Duration.ofNanos(1), new double[0]).isEmpty()).isTrue();
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> TimeSeries.regular(START, Duration.ZERO, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'step'");
        assertThatThrownBy(() -> TimeSeries.regular(null, Duration.ofHours(1), new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'start'");
        assertThatThrownBy(() -> TimeSeries.regular(START, Duration.ofHours(1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'values'");
        assertThatThrownBy(() -> TimeSeries.regular(START, Duration.ofHours(1), new double[] {1, Double.NEGATIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class);
        // 300 years of daily steps run past 2262: refused, not wrapped around.
        assertThatThrownBy(() -> TimeSeries.regular(START, Duration.ofDays(365), new double[300]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'values'")
                .hasMessageContaining("2262");
    }
}
