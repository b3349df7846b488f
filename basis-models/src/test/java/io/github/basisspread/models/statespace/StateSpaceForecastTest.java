package io.github.basisspread.models.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Forecast;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The state-space fits forecast in the one {@link Forecast} shape, with step times from a series. */
class StateSpaceForecastTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void theForecastIsTheObservationPartOfTheStateForecast() {
        StateSpaceFit fit = LocalLevel.of().fit(StateSpaceContractTest.series(120, 3));
        Forecast f = fit.forecast(4);
        StateSpaceForecast s = fit.stateForecast(4);
        for (int h = 1; h <= 4; h++) {
            assertThat(f.mean(h)).isEqualTo(s.mean(h)[0]);
            assertThat(f.standardError(h)).isEqualTo(Math.sqrt(s.covariance(h)[0][0]));
        }
        assertThat(f.times()).isEmpty();
        assertThat(s.observation(0)).isEqualTo(f);
        assertThatThrownBy(() -> s.observation(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'component'").hasMessageContaining("1");
    }

    @Test
    void aSeriesGivesTheStepTimesAndTheSameNumbers() {
        double[] y = StateSpaceContractTest.series(120, 3);
        TimeSeries series = TimeSeries.regular(START, Duration.ofMinutes(5), y);
        for (StateSpaceFit[] pair : new StateSpaceFit[][] {
            {LocalLevel.of().fit(y), LocalLevel.of().fit(series)},
            {Ar1PlusNoise.of().fit(y), Ar1PlusNoise.of().fit(series)},
            {LocalLinearTrend.of().fit(y), LocalLinearTrend.of().fit(series)}}) {
            Forecast plain = pair[0].forecast(3);
            Forecast timed = pair[1].forecast(3);
            assertThat(timed.mean()).containsExactly(plain.mean());
            assertThat(timed.standardErrors()).containsExactly(plain.standardErrors());
            // The series ends at START + 119 * 5 min = 09:55: the steps are 10:00, 10:05, 10:10.
            assertThat(timed.times().orElseThrow()).containsExactly(Instant.parse("2026-03-01T10:00:00Z"),
                    Instant.parse("2026-03-01T10:05:00Z"), Instant.parse("2026-03-01T10:10:00Z"));
            // Appended observations come without times: the forecasts then carry none.
            assertThat(pair[1].append(new double[] {1.0}).forecast(2).times()).isEmpty();
        }
    }
}
