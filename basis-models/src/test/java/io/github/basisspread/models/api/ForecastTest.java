package io.github.basisspread.models.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.basisspread.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

class ForecastTest {

    /** z_{0.975} = 1.959963984540054 (the 97.5% quantile of the standard normal, to 16 digits). */
    private static final double Z975 = 1.959963984540054;

    @Test
    void intervalIsMeanPlusMinusZTimesStandardError() {
        Forecast f = Forecast.of(new double[] {1, 2}, new double[] {0.5, 2});
        ConfidenceBand band = f.interval(0.95);
        assertThat(band.lower()[0]).isCloseTo(1 - Z975 * 0.5, within(1e-14));
        assertThat(band.upper()[1]).isCloseTo(2 + Z975 * 2, within(1e-14));
        assertThat(band.estimate()).containsExactly(1, 2);
        // 80%: z = 1.2815515655446004
        assertThat(f.interval(0.8).upper()[0]).isCloseTo(1 + 1.2815515655446004 * 0.5, within(1e-14));
    }

    @Test
    void stepsAreOneBasedAndChecked() {
        Forecast f = Forecast.of(new double[] {1, 2, 3}, new double[] {0, 1, 2});
        assertThat(f.horizon()).isEqualTo(3);
        assertThat(f.mean(3)).isEqualTo(3);
        assertThat(f.standardError(2)).isEqualTo(1);
        assertThatThrownBy(() -> f.mean(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'step'").hasMessageContaining("1..3").hasMessageContaining("0");
        assertThatThrownBy(() -> f.interval(1.0)).hasMessageContaining("'level'");
    }

    @Test
    void badArraysAreRefusedByName() {
        assertThatThrownBy(() -> Forecast.of(new double[0], new double[0])).hasMessageContaining("'mean'");
        assertThatThrownBy(() -> Forecast.of(new double[] {1}, new double[] {1, 2}))
                .hasMessageContaining("'standardErrors'").hasMessageContaining("length 2");
        assertThatThrownBy(() -> Forecast.of(new double[] {Double.NaN}, new double[] {1}))
                .hasMessageContaining("'mean'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> Forecast.of(new double[] {1}, new double[] {-1}))
                .hasMessageContaining("'standardErrors'").hasMessageContaining("-1");
        assertThat(Forecast.of(new double[] {1}, new double[] {Double.NaN}).interval(0.9).lower()[0]).isNaN();
    }

    @Test
    void copiesInAndOut() {
        double[] m = {1, 2};
        Forecast f = Forecast.of(m, new double[] {1, 1});
        m[0] = 99;
        f.mean()[1] = 99;
        assertThat(f.mean()).containsExactly(1, 2);
    }

    @Test
    void stepsAfterAHistoryFollowItsLastSpacing() {
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        TimeSeries history = TimeSeries.regular(t0, Duration.ofHours(1), new double[] {5, 6, 7});
        Forecast f = Forecast.of(new double[] {8, 9}, new double[] {1, 1}).after(history);
        assertThat(f.times()).contains(List.of(Instant.parse("2024-01-01T03:00:00Z"),
                Instant.parse("2024-01-01T04:00:00Z")));
        assertThat(f.asTimeSeries().valuesArray()).containsExactly(8, 9);
        assertThat(Forecast.of(new double[] {1}, new double[] {1}).times()).isEmpty();
        assertThatThrownBy(() -> Forecast.of(new double[] {1}, new double[] {1}).asTimeSeries())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("withTimes");
        assertThatThrownBy(() -> Forecast.of(new double[] {1, 2}, new double[] {1, 1})
                .withTimes(List.of(t0, t0))).hasMessageContaining("'stepTimes'").hasMessageContaining("increasing");
    }

    @Test
    void mapMeansDropsStandardErrorsAndKeepsTimes() {
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        Forecast f = Forecast.of(new double[] {0, 1}, new double[] {1, 1})
                .withTimes(List.of(t0, t0.plusSeconds(60))).mapMeans(Math::exp);
        assertThat(f.mean(2)).isCloseTo(Math.E, within(1e-15));
        assertThat(f.standardError(1)).isNaN();
        assertThat(f.times()).isPresent();
    }

    @Test
    void printsATable() {
        String s = Forecast.of(new double[] {1.5}, new double[] {0.25}).toString();
        assertThat(s).contains("h = 1").contains("mean").contains("hi 95").contains("1.50000");
    }
}
