package io.github.basisspread.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.ArimaSpec;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArimaForecasterTest {

    private static final long HOUR_NANOS = 3_600_000_000_000L;

    /** A seeded AR(1) with mean 5 and phi 0.6, hourly from the epoch. */
    private static TimeSeries ar1(int n) {
        SplittableRandom random = new SplittableRandom(42);
        long[] t = new long[n];
        double[] y = new double[n];
        double x = 0;
        for (int i = 0; i < n; i++) {
            // Box-Muller from two uniforms: a standard normal innovation.
            double e = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            x = 0.6 * x + e;
            t[i] = i * HOUR_NANOS;
            y[i] = 5 + x;
        }
        return TimeSeries.ofEpochNanos(t, y);
    }

    @Test
    void forecastsFollowTheAr1FormulaFromEitherKindOfHistory() {
        TimeSeries series = ar1(400);
        ArimaSpec spec = ArimaSpec.of(1, 0, 0).withConstant();
        TimeSeries training = series.subSeries(0, 300);
        ForecastingModel model = Forecasters.arima(spec).fit(training);
        ArimaFit fit = spec.fit(training.valuesArray());
        double phi = fit.coefficient("ar1");
        double mu = fit.coefficient("intercept");
        assertThat(phi).isCloseTo(0.6, within(0.15));

        // An AR(1) forecasts mu + phi^h (y_T - mu) from its last value y_T, whatever came before.
        TimeSeries extended = series.subSeries(0, 350);   // extends the training window: append path
        TimeSeries rolling = series.subSeries(50, 350);   // another window: fixed-coefficient path
        double last = series.value(349);
        for (TimeSeries history : new TimeSeries[] {extended, rolling}) {
            double[] f = model.forecast(history, 3);
            for (int h = 1; h <= 3; h++) {
                assertThat(f[h - 1]).isCloseTo(mu + Math.pow(phi, h) * (last - mu), within(1e-8));
            }
        }
        // From the training window itself: the fitted model's own forecast.
        assertThat(model.forecast(training, 1)[0]).isCloseTo(mu + phi * (training.value(299) - mu), within(1e-8));
    }

    @Test
    void walkForwardOfArimaAgainstTheRandomWalk() {
        WalkForwardReport r = WalkForward.of(WalkForward.Window.EXPANDING, 200).withRefitEvery(100)
                .compare("AR(1)", Forecasters.arima(ArimaSpec.of(1, 0, 0).withConstant()), ar1(400), java.util.Map.of());
        assertThat(r.model().metrics().count()).isEqualTo(200);
        // On a mean-reverting series the AR(1) beats the random walk out of sample.
        assertThat(r.model().metrics().rmse()).isLessThan(r.benchmarks().get(0).metrics().rmse());
    }

    @Test
    void rejectsRegressorsAndNull() {
        assertThatThrownBy(() -> Forecasters.arima(null)).hasMessageContaining("'spec'");
        assertThatThrownBy(() -> Forecasters.arima(ArimaSpec.of(1, 0, 0).withoutConstant().withRegressors("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("have no regressors");
    }
}
