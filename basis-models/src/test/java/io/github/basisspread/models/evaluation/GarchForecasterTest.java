package io.github.basisspread.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.volatility.GarchSpec;
import io.github.basisspread.models.volatility.MeanModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The GARCH forecaster in the walk-forward, beside the naive benchmarks. */
class GarchForecasterTest {

    private static final GarchSpec AR1_GARCH = GarchSpec.of(1, 1).withMean(MeanModel.AR1);

    /** Hourly AR(1)-GARCH(1,1) returns: mu 0, ar1 0.4, omega 0.05, alpha 0.1, beta 0.85. */
    private static TimeSeries series(int n) {
        double[] x = AR1_GARCH.simulate(new double[] {0.0, 0.4, 0.05, 0.1, 0.85}, n, new SplittableRandom(31));
        long[] millis = new long[n];
        for (int i = 0; i < n; i++) {
            millis[i] = i * 3_600_000L;
        }
        return TimeSeries.ofEpochMillis(millis, x);
    }

    @Test
    void pointForecastsAreThoseOfTheFit() {
        TimeSeries training = series(400);
        double[] viaForecaster = Forecasters.garch(AR1_GARCH).fit(training).forecast(training, 5);
        assertThat(viaForecaster).containsExactly(AR1_GARCH.fit(training.valuesArray()).forecast(5).mean());
    }

    @Test
    void arGarchBeatsTheNaiveBenchmarksOutOfSample() {
        TimeSeries s = series(600);
        WalkForward wf = WalkForward.of(WalkForward.Window.ROLLING, 300).withRefitEvery(150);
        Map<String, Forecaster> candidates = new LinkedHashMap<>();
        candidates.put("random walk", Forecasters.randomWalk());
        candidates.put("mean 20", Forecasters.rollingMean(20));
        candidates.put("AR(1)-GARCH", Forecasters.garch(AR1_GARCH));
        SelectionResult<ForecastEvaluation> r = ModelSelection.byOutOfSample(wf, candidates, s, AccuracyMetrics::rmse,
                "RMSE");
        Map<String, ForecastEvaluation> byName = new LinkedHashMap<>();
        r.table().forEach(c -> byName.put(c.name(), c.detail()));
        assertThat(byName.get("AR(1)-GARCH").metrics().count()).isEqualTo(300);
        assertThat(byName.get("AR(1)-GARCH").refits()).isEqualTo(2);
        assertThat(r.winner().name()).isEqualTo("AR(1)-GARCH");
    }
}
