package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.arima.ArimaFit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArimaForecastExampleTest {

    @Test
    void theSimulationHasItsStatedMoments() {
        // Independent of the model code: the sample mean and lag-1 autocorrelation of the simulated basis.
        double[] b = ArimaForecastExample.simulate(new Random(8L));
        double mean = 0;
        for (double x : b) {
            mean += x;
        }
        mean /= b.length;
        double num = 0;
        double den = 0;
        for (int t = 0; t < b.length; t++) {
            den += (b[t] - mean) * (b[t] - mean);
            if (t > 0) {
                num += (b[t] - mean) * (b[t - 1] - mean);
            }
        }
        // Standard error of the mean of an AR(1): sigma / (1 - phi) / sqrt(n) = 2e-4 / 0.2 / 22.4 = 4.5e-5.
        assertThat(mean).isCloseTo(ArimaForecastExample.MEAN, within(1.5e-4));
        // Standard error of the lag-1 autocorrelation: sqrt((1 - 0.64) / 500) = 0.027.
        assertThat(num / den).isCloseTo(ArimaForecastExample.PHI, within(0.09));
    }

    @Test
    void chosenModelAndForecastAreCloseToTheTruth() {
        ArimaForecastExample.Result r = ArimaForecastExample.run();
        ArimaFit fit = r.fit();
        // The series is stationary: no differencing, so a mean (intercept) is estimated.
        assertThat(fit.spec().d()).isZero();
        assertThat(fit.spec().seasonalD()).isZero();
        assertThat(fit.coefficient("intercept")).isCloseTo(ArimaForecastExample.MEAN, within(1.5e-4));
        // sigma2 near (2 bp)^2 = 4e-8: its relative standard error is sqrt(2/500) = 6%.
        assertThat(fit.sigma2()).isCloseTo(4e-8, within(0.8e-8));
        double[] mean = r.forecast().mean();
        double[] se = r.forecast().standardErrors();
        assertThat(mean).hasSize(ArimaForecastExample.HORIZON);
        // The hourly series ends at START + 499 h: the steps are the next 24 hours.
        assertThat(r.forecast().times().orElseThrow()).first()
                .isEqualTo(ArimaForecastExample.START.plus(java.time.Duration.ofHours(500)));
        assertThat(r.forecast().times().orElseThrow().get(23))
                .isEqualTo(ArimaForecastExample.START.plus(java.time.Duration.ofHours(523)));
        // One step ahead the standard error is the innovation's, 2 bp; far ahead the stationary one,
        // 2 bp / sqrt(1 - 0.8^2) = 3.33 bp, within the estimation error of phi and sigma.
        assertThat(se[0]).isCloseTo(2e-4, within(0.2e-4));
        assertThat(se[23]).isCloseTo(2e-4 / Math.sqrt(1 - 0.64), within(0.5e-4));
        for (int h = 1; h < mean.length; h++) {
            assertThat(se[h]).isGreaterThanOrEqualTo(se[h - 1]);
        }
        // A day ahead the forecast has decayed to the mean (0.8^24 = 0.005 of the gap is left).
        assertThat(mean[23]).isCloseTo(ArimaForecastExample.MEAN, within(1.5e-4));
        assertThat(Math.abs(mean[23] - fit.coefficient("intercept")))
                .isLessThan(Math.abs(r.lastObserved() - fit.coefficient("intercept")));
        for (int h = 0; h < mean.length; h++) {
            assertThat(r.interval95().lower()[h]).isLessThan(mean[h]);
            assertThat(r.interval95().upper()[h]).isGreaterThan(mean[h]);
            assertThat(r.interval95().upper()[h] - mean[h]).isCloseTo(1.959964 * se[h], within(1e-9));
        }
    }

    @Test
    void printsTheForecast() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArimaForecastExample.print(ArimaForecastExample.run(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("ARIMA(", "intercept", "+24h 2026-11-22T19:00:00Z");
    }
}
