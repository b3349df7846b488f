package io.github.basisspread.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.api.FittedModel;
import io.github.basisspread.models.arima.ArimaData;
import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.arima.AutoArima;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeck;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFit;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * AutoArima and the Ornstein-Uhlenbeck fitter, now estimators of fitted models, plug into model
 * selection by information criterion and into walk-forward evaluation like every other model.
 */
class EstimatorsInValidationTest {

    private static final long HOUR_MILLIS = 3_600_000L;
    private static final double HOUR_YEARS = 1.0 / (365 * 24);

    /** An exact hourly OU sample: theta 1500 per year (half-life ~4 hours), mu 0.002, sigma 0.04. */
    private static TimeSeries ou(int n) {
        OrnsteinUhlenbeck process = OrnsteinUhlenbeck.of(1500, 0.002, 0.04);
        SplittableRandom rng = new SplittableRandom(2026);
        long[] t = new long[n];
        double[] x = new double[n];
        x[0] = 0.004;
        for (int i = 1; i < n; i++) {
            // Box-Muller from two uniforms: a standard normal.
            double z = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
            x[i] = process.conditionalMean(x[i - 1], HOUR_YEARS) + Math.sqrt(process.conditionalVariance(HOUR_YEARS)) * z;
            t[i] = i * HOUR_MILLIS;
        }
        return TimeSeries.ofEpochMillis(t, x);
    }

    @Test
    void autoArimaAndOuCompeteByInformationCriterion() {
        TimeSeries series = ou(400);
        double[] y = series.valuesArray();
        Map<String, Estimator<TimeSeries, ? extends FittedModel>> candidates = new LinkedHashMap<>();
        candidates.put("OU", OrnsteinUhlenbeckFitter.of());
        candidates.put("auto.arima", s -> AutoArima.of().fit(s.valuesArray()));
        candidates.put("AR(1)", s -> ArimaSpec.of(1, 0, 0).fit(s.valuesArray()));
        SelectionResult<FittedModel> r = ModelSelection.byInformationCriterion(Criterion.BIC, candidates, series);
        assertThat(r.table()).hasSize(3);
        OrnsteinUhlenbeckFit ou = OrnsteinUhlenbeckFitter.of().fit(series);
        ArimaFit auto = AutoArima.of().fit(y);
        ArimaFit ar1 = ArimaSpec.of(1, 0, 0).fit(y);
        Map<String, Double> scores = new LinkedHashMap<>();
        r.table().forEach(c -> scores.put(c.name(), c.score()));
        // BIC = -2 l + k ln n of each fit, with its own parameter count.
        assertThat(scores.get("OU")).isEqualTo(-2 * ou.logLikelihood() + 3 * Math.log(399), within(1e-9));
        assertThat(scores.get("auto.arima")).isEqualTo(auto.informationCriteria().bic());
        assertThat(scores.get("AR(1)")).isEqualTo(ar1.informationCriteria().bic());
        // The OU is the AR(1) with phi = e^{-theta dt}: both count three parameters (theta, mu,
        // sigma; ar1, intercept, sigma2). The estimates agree to within one standard error of phi
        // (sqrt((1 - phi^2) / n) ~ 0.03): the OU likelihood conditions on the first observation,
        // the ARIMA one is exact.
        assertThat(ar1.numberOfParameters()).isEqualTo(ou.numberOfParameters()).isEqualTo(3);
        assertThat(Math.exp(-ou.model().theta() * HOUR_YEARS)).isCloseTo(ar1.coefficient("ar1"), within(0.03));
        assertThat(ou.model().mu()).isCloseTo(ar1.coefficient("intercept"), within(1e-3));
        assertThat(r.winner().score()).isEqualTo(r.table().stream().mapToDouble(Candidate::score).min().orElseThrow());
    }

    @Test
    void autoArimaAndOuInTheWalkForward() {
        TimeSeries series = ou(500);
        WalkForward wf = WalkForward.of(WalkForward.Window.ROLLING, 250).withRefitEvery(125);
        Map<String, Forecaster> candidates = new LinkedHashMap<>();
        candidates.put("random walk", Forecasters.randomWalk());
        candidates.put("OU", Forecasters.ornsteinUhlenbeck(OrnsteinUhlenbeckFitter.of()));
        candidates.put("auto.arima", Forecasters.autoArima());
        SelectionResult<ForecastEvaluation> r = ModelSelection.byOutOfSample(wf, candidates, series,
                AccuracyMetrics::rmse, "RMSE");
        Map<String, ForecastEvaluation> byName = new LinkedHashMap<>();
        r.table().forEach(c -> byName.put(c.name(), c.detail()));
        assertThat(byName.get("OU").metrics().count()).isEqualTo(250);
        assertThat(byName.get("auto.arima").metrics().count()).isEqualTo(250);
        assertThat(byName.get("OU").refits()).isEqualTo(2);
        // On a mean-reverting series both beat the random walk out of sample.
        double rw = byName.get("random walk").metrics().rmse();
        assertThat(byName.get("OU").metrics().rmse()).isLessThan(rw);
        assertThat(byName.get("auto.arima").metrics().rmse()).isLessThan(rw);
        assertThat(r.winner().name()).isNotEqualTo("random walk");
    }

    @Test
    void theGenericAdapterGivesTheFitsOwnForecasts() {
        // Refit at every origin: the generic adapter and the dedicated ones then forecast from the
        // same fits, so they must agree (to the rounding of the OU step in years).
        TimeSeries series = ou(262);
        WalkForward wf = WalkForward.of(WalkForward.Window.ROLLING, 250).withHorizon(2);
        ForecastEvaluation generic = wf.evaluate("OU", Forecasters.of(OrnsteinUhlenbeckFitter.of()), series);
        ForecastEvaluation dedicated = wf.evaluate("OU", Forecasters.ornsteinUhlenbeck(
                OrnsteinUhlenbeckFitter.of()), series);
        assertThat(generic.forecasts()).hasSize(11);
        for (int i = 0; i < 11; i++) {
            assertThat(generic.forecasts()[i]).isCloseTo(dedicated.forecasts()[i],
                    within(1e-12 * Math.abs(dedicated.forecasts()[i])));
        }
        Estimator<TimeSeries, ArimaFit> auto = s -> AutoArima.of().fit(ArimaData.of(s));
        ForecastEvaluation genericArima = wf.evaluate("auto.arima", Forecasters.of(auto), series);
        ForecastEvaluation dedicatedArima = wf.evaluate("auto.arima", Forecasters.autoArima(), series);
        assertThat(genericArima.forecasts()).containsExactly(dedicatedArima.forecasts());
    }

    @Test
    void theGenericAdapterRefitsOnAHistoryOtherThanTheTrainingWindow() {
        TimeSeries series = ou(300);
        TimeSeries training = series.subSeries(0, 200);
        TimeSeries history = series.subSeries(0, 260);
        ForecastingModel model = Forecasters.of(OrnsteinUhlenbeckFitter.of()).fit(training);
        assertThat(model.forecast(training, 3))
                .containsExactly(OrnsteinUhlenbeckFitter.of().fit(training).forecast(3).mean());
        assertThat(model.forecast(history, 3))
                .containsExactly(OrnsteinUhlenbeckFitter.of().fit(history).forecast(3).mean());
    }

    @Test
    void ouForecastIsTheConditionalMean() {
        TimeSeries series = ou(300);
        TimeSeries training = series.subSeries(0, 200);
        OrnsteinUhlenbeck fitted = OrnsteinUhlenbeckFitter.of().fit(training).model();
        ForecastingModel model = Forecasters.ornsteinUhlenbeck(OrnsteinUhlenbeckFitter.of()).fit(training);
        TimeSeries history = series.subSeries(50, 260);
        double last = series.value(259);
        double[] f = model.forecast(history, 3);
        for (int h = 1; h <= 3; h++) {
            // E[x_{t+h}] = mu + (x_t - mu) e^{-theta h dt}, dt one hour in ACT/365 years.
            double expected = fitted.mu() + (last - fitted.mu()) * Math.exp(-fitted.theta() * h * HOUR_YEARS);
            assertThat(f[h - 1]).isCloseTo(expected, within(1e-12));
        }
    }
}
