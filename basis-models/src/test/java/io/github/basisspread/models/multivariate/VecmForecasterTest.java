package io.github.basisspread.models.multivariate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.ForecastingModel;
import io.github.basisspread.models.evaluation.WalkForward;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The VECM in the walk-forward: forecasts of the future conditioned on the spot. */
class VecmForecasterTest {

    private static final int N = 600;
    private static final double[][] MARKET = market();

    private static double[][] market() {
        Random rnd = new Random(11);
        double[] f = new double[N];
        double[] s = new double[N];
        double spot = Math.log(60_000);
        double basis = 0.01;
        for (int t = 0; t < N; t++) {
            spot += 0.01 * rnd.nextGaussian();
            basis = 0.01 + 0.8 * (basis - 0.01) + 0.002 * rnd.nextGaussian();
            s[t] = spot;
            f[t] = spot + basis;
        }
        return new double[][] {f, s};
    }

    private static TimeSeries series(double[] v, int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = (1_767_225_600L + 3600L * i) * 1_000_000_000L;
        }
        return TimeSeries.ofEpochNanos(t, Arrays.copyOf(v, n));
    }

    private static final VecmSpec SPEC = VecmSpec.of(1, 1).withDeterministic("ci");

    @Test
    void aWindowsForecastIsTheFitsForecast() {
        VecmForecaster forecaster = VecmForecaster.of(SPEC, series(MARKET[1], N));
        ForecastingModel model = forecaster.fit(series(MARKET[0], 400));
        double[][] window = {Arrays.copyOf(MARKET[0], 400), Arrays.copyOf(MARKET[1], 400)};
        VecmFit fit = SPEC.fit(window);
        assertThat(model.forecast(series(MARKET[0], 400), 5)).containsExactly(fit.forecast(5).variable(0).mean());
        // a later history, same parameters
        double[][] later = {Arrays.copyOf(MARKET[0], 450), Arrays.copyOf(MARKET[1], 450)};
        assertThat(model.forecast(series(MARKET[0], 450), 3))
                .containsExactly(fit.forecastFrom(later, 3).variable(0).mean());
        assertThat(fit.forecastFrom(window, 4).mean(4)).containsExactly(fit.forecast(4).mean(4));
    }

    @Test
    void runsInTheWalkForward() {
        ForecastEvaluation e = WalkForward.of(WalkForward.Window.EXPANDING, 400).withRefitEvery(50)
                .evaluate("vecm", VecmForecaster.of(SPEC, series(MARKET[1], N)), series(MARKET[0], N));
        assertThat(e.forecasts()).hasSize(e.actuals().length).isNotEmpty();
        assertThat(e.refits()).isGreaterThan(1);
        assertThat(Arrays.stream(e.forecasts()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void aCompanionWithoutTheTimestampsIsRefused() {
        VecmForecaster forecaster = VecmForecaster.of(SPEC, series(MARKET[1], 300));
        assertThatThrownBy(() -> forecaster.fit(series(MARKET[0], 400))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'companion'");
        assertThatThrownBy(() -> VecmForecaster.of(SPEC, (TimeSeries) null)).hasMessageContaining("'companion'");
    }
}
