package io.github.basisspread.models.meanreversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Forecast;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Ornstein-Uhlenbeck fit forecasts the exact Gaussian transition from its last observation. */
class OrnsteinUhlenbeckForecastTest {

    @Test
    void meansAndStandardErrorsAreTheTransitionsMoments() {
        TimeSeries series = OrnsteinUhlenbeckContractTest.hourly(400, 7);
        OrnsteinUhlenbeckFit fit = OrnsteinUhlenbeckFitter.of().fit(series);
        OrnsteinUhlenbeck m = fit.model();
        double dt = 1.0 / 365 / 24;
        double last = series.value(399);
        Forecast f = fit.forecast(5);
        for (int h = 1; h <= 5; h++) {
            // mu + (x - mu) e^{-theta h dt} and sigma^2 (1 - e^{-2 theta h dt}) / (2 theta), written out.
            double mean = m.mu() + (last - m.mu()) * Math.exp(-m.theta() * h * dt);
            double var = m.sigma() * m.sigma() * (1 - Math.exp(-2 * m.theta() * h * dt)) / (2 * m.theta());
            assertThat(f.mean(h)).isCloseTo(mean, within(1e-12 * Math.abs(mean) + 1e-15));
            assertThat(f.standardError(h)).isCloseTo(Math.sqrt(var), within(1e-9 * Math.sqrt(var)));
            assertThat(f.times().orElseThrow().get(h - 1)).isEqualTo(Instant.EPOCH.plus(Duration.ofHours(399 + h)));
        }
    }

    @Test
    void arraysGiveNoTimesAndTheStepGiven() {
        double[] x = OrnsteinUhlenbeckContractTest.hourly(400, 7).valuesArray();
        double dt = 1.0 / 365 / 24;
        OrnsteinUhlenbeckFit fit = OrnsteinUhlenbeckFitter.of().fit(x, dt);
        assertThat(fit.origin().value()).isEqualTo(x[399]);
        assertThat(fit.origin().stepYears()).isCloseTo(dt, within(1e-15));
        assertThat(fit.forecast(2).times()).isEmpty();
        assertThatThrownBy(() -> new OrnsteinUhlenbeckFit.ForecastOrigin(1, dt, Instant.EPOCH, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'timeStep'");
    }
}
