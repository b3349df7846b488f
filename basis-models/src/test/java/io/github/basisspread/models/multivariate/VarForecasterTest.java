package io.github.basisspread.models.multivariate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.evaluation.AccuracyMetrics;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.Forecaster;
import io.github.basisspread.models.evaluation.Forecasters;
import io.github.basisspread.models.evaluation.ForecastingModel;
import io.github.basisspread.models.evaluation.ModelSelection;
import io.github.basisspread.models.evaluation.SelectionResult;
import io.github.basisspread.models.evaluation.WalkForward;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The VAR (and VECM) as walk-forward forecasters of one series of a system: the forecasts are
 * the fit's, moved on by {@code append}, and a companion that leads the series makes the VAR win
 * the out-of-sample selection against ARIMA and the naive benchmarks, which see the series alone.
 */
class VarForecasterTest {

    private static final int N = 500;
    /** y leads nothing; x leads y: y_t = 0.2 y_{t-1} + 0.9 x_{t-1} + e_t, x_t = 0.5 x_{t-1} + u_t. */
    private static final double[][] SYSTEM = system();

    private static double[][] system() {
        Random rnd = new Random(5);
        double[] y = new double[N];
        double[] x = new double[N];
        for (int t = 1; t < N; t++) {
            x[t] = 0.5 * x[t - 1] + rnd.nextGaussian();
            y[t] = 1 + 0.2 * y[t - 1] + 0.9 * x[t - 1] + 0.5 * rnd.nextGaussian();
        }
        return new double[][] {y, x};
    }

    private static TimeSeries series(double[] v, int from, int to) {
        long[] t = new long[to - from];
        for (int i = from; i < to; i++) {
            t[i - from] = (1_767_225_600L + 3600L * i) * 1_000_000_000L;
        }
        return TimeSeries.ofEpochNanos(t, Arrays.copyOfRange(v, from, to));
    }

    private static double[][] rows(int from, int to) {
        return new double[][] {Arrays.copyOfRange(SYSTEM[0], from, to), Arrays.copyOfRange(SYSTEM[1], from, to)};
    }

    private static final VarSpec SPEC = VarSpec.of(2).withTrend(VarTrend.CONSTANT_TREND);

    @Test
    void forecastsAreTheFitsMovedOnByAppend() {
        VarForecaster forecaster = VarForecaster.of(SPEC, series(SYSTEM[1], 0, N));
        ForecastingModel model = forecaster.fit(series(SYSTEM[0], 100, 400));
        VarFit fit = SPEC.fit(rows(100, 400));
        assertThat(model.forecast(series(SYSTEM[0], 100, 400), 4)).containsExactly(fit.forecast(4).variable(0).mean());
        double[] expected = fit.append(rows(400, 430)).forecast(4).variable(0).mean();
        // an expanding and a sliding history ending at 430 both continue the window
        assertThat(model.forecast(series(SYSTEM[0], 100, 430), 4)).containsExactly(expected);
        assertThat(model.forecast(series(SYSTEM[0], 130, 430), 4)).containsExactly(expected);
        // a history without the window's end is conditioned on directly
        assertThat(model.forecast(series(SYSTEM[0], 410, 430), 4))
                .containsExactly(fit.forecastFrom(rows(410, 430), 4).variable(0).mean());
    }

    @Test
    void withALeadingCompanionTheVarWinsTheSelectionBesideArima() {
        TimeSeries y = series(SYSTEM[0], 0, N);
        TimeSeries x = series(SYSTEM[1], 0, N);
        Map<String, Forecaster> candidates = new LinkedHashMap<>();
        candidates.put("arima(1,0,0)", Forecasters.arima(ArimaSpec.of(1, 0, 0)));
        candidates.put("random walk", Forecasters.randomWalk());
        candidates.put("var(2) with x", VarForecaster.of(VarSpec.of(2), x));
        candidates.put("vecm with x", VecmForecaster.of(VecmSpec.of(1, 1).withDeterministic("co"), List.of(x)));
        WalkForward wf = WalkForward.of(WalkForward.Window.ROLLING, 300).withRefitEvery(50);
        SelectionResult<ForecastEvaluation> result = ModelSelection.byOutOfSample(wf, candidates, y,
                AccuracyMetrics::rmse, "RMSE");
        assertThat(result.table()).hasSize(4);
        assertThat(result.winner().name()).isIn("var(2) with x", "vecm with x");
        // the leading x explains most of y's innovation: the VAR's errors are far smaller than ARIMA's
        double var = score(result, "var(2) with x");
        double arima = score(result, "arima(1,0,0)");
        assertThat(var).isLessThan(0.75 * arima);
        ForecastEvaluation e = result.winner().detail();
        assertThat(e.refits()).isGreaterThan(1);
    }

    private static double score(SelectionResult<ForecastEvaluation> result, String name) {
        return result.table().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().score();
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> VarForecaster.of(null, series(SYSTEM[1], 0, N)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'spec'");
        assertThatThrownBy(() -> VarForecaster.of(SPEC, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'companions' must hold at least one series but has value []");
        VarForecaster short1 = VarForecaster.of(SPEC, series(SYSTEM[1], 0, 200));
        assertThatThrownBy(() -> short1.fit(series(SYSTEM[0], 0, 300))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Argument 'companion' must have an observation at every timestamp");
    }
}
