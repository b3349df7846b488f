package io.github.basisspread.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.FittedModel;
import io.github.basisspread.models.statespace.Ar1PlusNoise;
import io.github.basisspread.models.statespace.LocalLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class WalkForwardTest {

    private static final long HOUR = 3_600_000L;

    static TimeSeries hourly(double... v) {
        long[] ms = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            ms[i] = 1_700_000_000_000L + i * HOUR;
        }
        return TimeSeries.ofEpochMillis(ms, v);
    }

    static TimeSeries ar1(int n, long seed, double phi) {
        Random r = new Random(seed);
        double[] y = new double[n];
        double x = 0;
        for (int i = 0; i < n; i++) {
            x = phi * x + r.nextGaussian();
            y[i] = x + 0.5 * r.nextGaussian();
        }
        return hourly(y);
    }

    @Test
    void randomWalk_byHand() {
        // y = [1, 2, 4, 3, 5], window 2, h = 1: origins t = 1, 2, 3; forecasts y_t = 2, 4, 3; actuals 4, 3, 5.
        // errors 2, -1, 2: RMSE sqrt(9/3) = sqrt 3, MAE 5/3; MASE scale |2 - 1| = 1 -> 5/3.
        // MAPE 100 (2/4 + 1/3 + 2/5) / 3; directions: a forecast of no change never scores -> 0.
        ForecastEvaluation ev = WalkForward.of(WalkForward.Window.EXPANDING, 2)
                .evaluate("rw", Forecasters.randomWalk(), hourly(1, 2, 4, 3, 5));
        assertThat(ev.forecasts()).containsExactly(2, 4, 3);
        assertThat(ev.actuals()).containsExactly(4, 3, 5);
        assertThat(ev.errors()).containsExactly(2, -1, 2);
        assertThat(ev.originValues()).containsExactly(2, 4, 3);
        AccuracyMetrics m = ev.metrics();
        assertThat(m.count()).isEqualTo(3);
        assertThat(m.rmse()).isCloseTo(Math.sqrt(3), within(1e-15));
        assertThat(m.mae()).isCloseTo(5.0 / 3, within(1e-15));
        assertThat(m.mase()).isCloseTo(5.0 / 3, within(1e-15));
        assertThat(m.mape().getAsDouble()).isCloseTo(100 * (0.5 + 1.0 / 3 + 0.4) / 3, within(1e-12));
        assertThat(m.directionalAccuracy().getAsDouble()).isZero();
        assertThat(ev.refits()).isEqualTo(3);
        assertThat(ev.name()).isEqualTo("rw");
        assertThat(ev.horizon()).isEqualTo(1);
        assertThat(ev.originTimes()).containsExactly(Instant.ofEpochMilli(1_700_000_000_000L + HOUR),
                Instant.ofEpochMilli(1_700_000_000_000L + 2 * HOUR), Instant.ofEpochMilli(1_700_000_000_000L + 3 * HOUR));
    }

    @Test
    void rollingMean_rollingWindow_byHand() {
        // Rolling window 2: origin 1 mean(1, 2) = 1.5 vs 4; origin 2 mean(2, 4) = 3 vs 3; origin 3 mean(4, 3) = 3.5 vs 5.
        // Directions from the origin value: (1.5 - 2 < 0, 4 - 2 > 0) wrong; (3 - 4 < 0, 3 - 4 < 0) right;
        // (3.5 - 3 > 0, 5 - 3 > 0) right -> 2/3. MASE scale 1: MAE (2.5 + 0 + 1.5) / 3 = 4/3.
        ForecastEvaluation ev = WalkForward.of(WalkForward.Window.ROLLING, 2)
                .evaluate("mean", Forecasters.rollingMean(2), hourly(1, 2, 4, 3, 5));
        assertThat(ev.forecasts()).containsExactly(1.5, 3, 3.5);
        assertThat(ev.metrics().directionalAccuracy().getAsDouble()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(ev.metrics().mase()).isCloseTo(4.0 / 3, within(1e-15));
    }

    @Test
    void twoStepHorizon_byHand() {
        // h = 2, window 2: origins 1, 2 (the last origin is n - 1 - h = 2); rw forecasts 2, 4; actuals y3 = 3, y4 = 5.
        ForecastEvaluation ev = WalkForward.of(WalkForward.Window.EXPANDING, 2).withHorizon(2)
                .evaluate("rw", Forecasters.randomWalk(), hourly(1, 2, 4, 3, 5));
        assertThat(ev.forecasts()).containsExactly(2, 4);
        assertThat(ev.actuals()).containsExactly(3, 5);
    }

    @Test
    void carryConvergence_decaysLinearlyToZeroAtExpiry() {
        // Hourly basis 10, 8 at t0, t0 + 1h; expiry t0 + 5h. From b = 8 at t0 + 1h (4h to expiry):
        // h=1 -> 8 * 3/4 = 6, h=2 -> 8 * 2/4 = 4, h=3 -> 2, h=4 -> 0 (expiry), h=5 -> 0 (after).
        Instant expiry = Instant.ofEpochMilli(1_700_000_000_000L + 5 * HOUR);
        double[] f = Forecasters.carryConvergence(expiry).fit(hourly(10, 8)).forecast(hourly(10, 8), 5);
        assertThat(f).containsExactly(6, 4, 2, 0, 0);
        // Already past expiry: zero.
        Instant past = Instant.ofEpochMilli(1_700_000_000_000L);
        assertThat(Forecasters.carryConvergence(past).fit(hourly(10, 8)).forecast(hourly(10, 8), 1)).containsExactly(0);
    }

    @Test
    void olsAutoregression_recoversAnExactAr1() {
        // y_t = 1 + 0.5 y_{t-1} from y_0 = 10: the OLS fit is exact (c = 1, a = 0.5), so from y the
        // forecasts are 1 + 0.5 y and 1 + 0.5 (1 + 0.5 y) = 1.5 + 0.25 y.
        double[] y = new double[12];
        y[0] = 10;
        for (int t = 1; t < y.length; t++) {
            y[t] = 1 + 0.5 * y[t - 1];
        }
        TimeSeries s = hourly(y);
        double[] f = Forecasters.olsAutoregression(1).fit(s).forecast(s, 2);
        double last = y[11];
        assertThat(f[0]).isCloseTo(1 + 0.5 * last, within(1e-10));
        assertThat(f[1]).isCloseTo(1.5 + 0.25 * last, within(1e-10));
    }

    @Test
    void localLevel_forecastIsFlat_andAr1PlusNoiseRevertsToTheMean() {
        TimeSeries s = ar1(200, 7, 0.8);
        double[] ll = Forecasters.localLevel().fit(s).forecast(s, 3);
        assertThat(ll[1]).isCloseTo(ll[0], within(1e-12));
        assertThat(ll[2]).isCloseTo(ll[0], within(1e-12));
        double[] ar = Forecasters.ar1PlusNoise().fit(s).forecast(s, 50);
        for (double v : ar) {
            assertThat(v).isFinite();
        }
        // Mean reversion: the steps of the forecast path shrink geometrically (by phi per step).
        assertThat(Math.abs(ar[49] - ar[48])).isLessThan(Math.abs(ar[1] - ar[0]));
    }

    @Test
    void everyForecastSeesOnlyTheHistoryUpToItsOrigin_andRefitsEveryK() {
        // The forecast is the time of the last observation it was shown, in hours: it must equal the origin.
        List<Integer> fitLengths = java.util.Collections.synchronizedList(new ArrayList<>());
        Forecaster spy = training -> {
            fitLengths.add(training.size());
            return (history, h) -> new double[] {(history.epochNanos(history.size() - 1) / 1_000_000L - 1_700_000_000_000L) / (double) HOUR};
        };
        double[] y = new double[20];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(i);
        }
        ForecastEvaluation ev = WalkForward.of(WalkForward.Window.ROLLING, 5).withRefitEvery(4)
                .evaluate("spy", spy, hourly(y));
        // Origins 4..18 (15 of them): the forecasts are the origins.
        double[] f = ev.forecasts();
        assertThat(f).hasSize(15);
        for (int i = 0; i < f.length; i++) {
            assertThat(f[i]).isEqualTo(4 + i);
        }
        // ceil(15 / 4) = 4 refits, each on a rolling window of 5.
        assertThat(ev.refits()).isEqualTo(4);
        assertThat(fitLengths).containsExactly(5, 5, 5, 5);
    }

    @Test
    void resultsDoNotDependOnParallelism() {
        TimeSeries s = ar1(160, 11, 0.9);
        WalkForward sequential = WalkForward.of(WalkForward.Window.EXPANDING, 100).withRefitEvery(6).withHorizon(2);
        ForecastEvaluation a = sequential.evaluate("ll", Forecasters.localLevel(), s);
        ForkJoinPool pool = new ForkJoinPool(4);
        try {
            ForecastEvaluation b = sequential.withExecutor(pool).evaluate("ll", Forecasters.localLevel(), s);
            assertThat(b.forecasts()).containsExactly(a.forecasts());
            assertThat(b.metrics()).isEqualTo(a.metrics());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void compare_reportsTheBenchmarksBesideTheModel() {
        TimeSeries s = ar1(150, 3, 0.7);
        Map<String, Forecaster> extra = new LinkedHashMap<>();
        extra.put("carry", Forecasters.carryConvergence(s.lastTime().plusSeconds(3600 * 100)));
        WalkForwardReport r = WalkForward.of(WalkForward.Window.ROLLING, 60).withRefitEvery(10)
                .compare("AR(1) OLS", Forecasters.olsAutoregression(1), s, extra);
        assertThat(r.benchmarks()).extracting(ForecastEvaluation::name)
                .containsExactly("random walk", "rolling mean(60)", "carry");
        assertThat(r.versusBenchmarks()).hasSize(3);
        // The DM test of the report is the test of the two error vectors.
        DieboldMarianoResult direct = DieboldMariano.test(r.model().errors(), r.benchmarks().get(0).errors(), 1, 2);
        assertThat(r.versusBenchmarks().get(0)).isEqualTo(direct);
        // On a stationary AR(1) with phi = 0.7 the AR forecast beats the random walk in squared error.
        assertThat(r.model().metrics().rmse()).isLessThan(r.benchmarks().get(0).metrics().rmse());
        assertThat(r.versusBenchmarks().get(0).statistic()).isNegative();
    }

    @Test
    void selection_byInformationCriterion() {
        double[] y = ar1(200, 5, 0.9).valuesArray();
        Map<String, io.github.basisspread.models.api.Estimator<double[], ? extends FittedModel>> c = new LinkedHashMap<>();
        c.put("local level", LocalLevel.of());
        c.put("AR(1)+noise", Ar1PlusNoise.of());
        for (Criterion criterion : Criterion.values()) {
            SelectionResult<FittedModel> r = ModelSelection.byInformationCriterion(criterion, c, y);
            assertThat(r.criterion()).isEqualTo(criterion.name());
            assertThat(r.table()).hasSize(2);
            assertThat(r.table().get(0).score()).isLessThanOrEqualTo(r.table().get(1).score());
            assertThat(r.winner()).isSameAs(r.table().get(0));
            for (Candidate<FittedModel> row : r.table()) {
                assertThat(row.score()).isEqualTo(criterion.of(row.detail().informationCriteria()));
            }
            assertThatThrownBy(() -> r.table().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(() -> ModelSelection.byInformationCriterion(Criterion.AIC, Map.of(), y))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'candidates'");
    }

    @Test
    void selection_byOutOfSampleError() {
        // A trending series: the random walk beats the mean of the window.
        double[] y = new double[40];
        for (int i = 0; i < y.length; i++) {
            y[i] = i + 0.3 * Math.sin(i);
        }
        Map<String, Forecaster> c = new LinkedHashMap<>();
        c.put("mean", Forecasters.rollingMean(5));
        c.put("rw", Forecasters.randomWalk());
        SelectionResult<ForecastEvaluation> r = ModelSelection.byOutOfSample(
                WalkForward.of(WalkForward.Window.ROLLING, 10), c, hourly(y), AccuracyMetrics::mae, "MAE");
        assertThat(r.winner().name()).isEqualTo("rw");
        assertThat(r.criterion()).isEqualTo("out-of-sample MAE");
        assertThat(r.winner().score()).isEqualTo(r.winner().detail().metrics().mae());
        assertThat(r.table()).extracting(Candidate::name).containsExactly("rw", "mean");
    }

    @Test
    void badInput() {
        WalkForward wf = WalkForward.of(WalkForward.Window.EXPANDING, 5);
        assertThatThrownBy(() -> wf.withHorizon(3).evaluate("rw", Forecasters.randomWalk(), hourly(1, 2, 3, 4, 5, 6, 7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'series'").hasMessageContaining("7 observations").hasMessageContaining("window + horizon = 5 + 3");
        assertThatThrownBy(() -> wf.evaluate("rw", Forecasters.randomWalk(), hourly(1, 2, Double.NaN, 4, 5, 6, 7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing values").hasMessageContaining("index 2");
        assertThatThrownBy(() -> wf.evaluate("rw", Forecasters.randomWalk(), hourly(3, 3, 3, 3, 3, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("constant over its first 5");
        assertThatThrownBy(() -> WalkForward.of(WalkForward.Window.ROLLING, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'window'").hasMessageContaining("1");
        assertThatThrownBy(() -> wf.withRefitEvery(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refitEvery");
        assertThatThrownBy(() -> Forecasters.olsAutoregression(2).fit(hourly(1, 2, 4, 3, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'training'").hasMessageContaining("2 * order + 1 = 5");
        assertThatThrownBy(() -> Forecasters.rollingMean(4).fit(hourly(1, 2)).forecast(hourly(1, 2), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'history'").hasMessageContaining("at least 4");
        Forecaster broken = t -> (h, k) -> new double[] {Double.NaN};
        assertThatThrownBy(() -> wf.evaluate("broken", broken, hourly(1, 2, 4, 3, 5, 6, 7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite forecasts");
        assertThatThrownBy(() -> AccuracyMetrics.of(new double[] {1}, new double[] {1, 2}, new double[] {1}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'forecast'");
        // A zero actual leaves MAPE undefined; no move leaves the directional accuracy undefined.
        AccuracyMetrics m = AccuracyMetrics.of(new double[] {0}, new double[] {1}, new double[] {0}, 1);
        assertThat(m.mape()).isEmpty();
        assertThat(m.directionalAccuracy()).isEmpty();
    }
}
