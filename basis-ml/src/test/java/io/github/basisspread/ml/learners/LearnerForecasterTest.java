package io.github.basisspread.ml.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.ml.features.FeaturePipeline;
import io.github.basisspread.ml.features.Features;
import io.github.basisspread.ml.features.Target;
import io.github.basisspread.models.evaluation.DieboldMarianoResult;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.WalkForward;
import io.github.basisspread.models.evaluation.WalkForwardReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The elastic net as a walk-forward forecaster beside the naive benchmarks. */
class LearnerForecasterTest {

    private static final String DATA = "binance-btcusdt-spot-perp-hourly-2024-2026";

    private static LearnerForecaster cvLasso(int steps) {
        return LearnerForecaster.of(ElasticNetCv.of(ElasticNet.of(0.5), Folds.forwardChaining(4)),
                FeaturePipeline.basisOnly(3, 6, 24).with(Features.hourOfDay()), Target.Kind.CHANGE, steps);
    }

    /** A mean-reverting AR(1), b_t = 0.6 b_{t-1} + e_t: the one-step change is predictable, a random walk's is not. */
    private static TimeSeries ar1(long seed, int n) {
        Random r = new Random(seed);
        double[] b = new double[n];
        for (int t = 1; t < n; t++) {
            b[t] = 0.6 * b[t - 1] + r.nextGaussian();
        }
        return TimeSeries.regular(Instant.parse("2025-01-01T00:00:00Z"), Duration.ofHours(1), b);
    }

    @Test
    void beatsTheRandomWalkOnAMeanRevertingSeriesDeterministicallyAndWithoutLookAhead() {
        TimeSeries y = ar1(7, 1600);
        WalkForward wf = WalkForward.of(WalkForward.Window.ROLLING, 400).withHorizon(1).withRefitEvery(300);
        WalkForwardReport report = wf.compare("elastic net", cvLasso(1), y, Map.of());
        ForecastEvaluation model = report.model();
        ForecastEvaluation rw = report.benchmarks().get(0);
        assertThat(rw.name()).isEqualTo("random walk");
        // Optimal one-step MSE is 1; the random walk's is 2/(1 + 0.6) = 1.25.
        assertThat(model.metrics().rmse()).isLessThan(rw.metrics().rmse()).isLessThan(1.08);
        DieboldMarianoResult dm = report.versusBenchmarks().get(0);
        assertThat(dm.statistic()).isNegative();
        assertThat(dm.rejectsEqualAccuracy(0.05)).isTrue();
        assertThat(report.summary()).contains("elastic net").contains("random walk");

        // Deterministic: the same forecasts again.
        assertThat(wf.evaluate("again", cvLasso(1), y).forecasts()).containsExactly(model.forecasts());

        // No look-ahead: wreck every value after index 900; forecasts from origins up to 900 are unchanged.
        double[] v = y.valuesArray();
        for (int t = 901; t < v.length; t++) {
            v[t] = 1e6 * Math.sin(t);
        }
        TimeSeries wrecked = TimeSeries.ofEpochNanos(y.epochNanosArray(), v);
        double[] after = wf.evaluate("wrecked", cvLasso(1), wrecked).forecasts();
        int originsUpTo900 = 900 - 399 + 1;
        assertThat(Arrays.copyOf(after, originsUpTo900)).containsExactly(Arrays.copyOf(model.forecasts(), originsUpTo900));
        assertThat(after[originsUpTo900]).isNotEqualTo(model.forecasts()[originsUpTo900]);
    }

    @Test
    void forecastsEveryStepUpToItsMaximum() {
        TimeSeries y = ar1(11, 500);
        var model = cvLasso(3).withScaling().fit(y);
        double[] f = model.forecast(y, 3);
        assertThat(f).hasSize(3).doesNotContain(Double.NaN);
        // Mean reversion: each step forecast lies nearer the mean (0) than the last value, roughly 0.6^h of it.
        double last = y.value(499);
        assertThat(Math.abs(f[2])).isLessThan(Math.abs(last) + 0.5);
        assertThatThrownBy(() -> model.forecast(y, 4)).hasMessage("Argument 'horizon' must lie in [1, 3] but has value 4");
        assertThatThrownBy(() -> model.forecast(y.subSeries(0, 10), 1))
                .hasMessageContaining("must give every feature at its last row but basis_mean24 is NaN there");
        assertThatThrownBy(() -> LearnerForecaster.of(ElasticNet.lasso(), FeaturePipeline.basisOnly(1), Target.Kind.SIGN, 1))
                .hasMessage("Argument 'kind' must be LEVEL or CHANGE (a sign does not forecast the basis) but has value SIGN");
    }

    /**
     * The real hourly Binance BTCUSDT perp-spot basis (bps): the cross-validated elastic net on
     * lags, rolling statistics and the hour of day, one step ahead, rolling window of 2000 hours
     * refitted every 2000, against the random walk (Diebold-Mariano, squared loss). The outcome is
     * printed, not asserted: what must hold is that it runs, is deterministic and has no look-ahead.
     */
    @Test
    void walkForwardOnTheRealHourlyBasis() throws IOException {
        Path dir = findData();
        Assumptions.assumeTrue(dir != null, "skipped: ../shared/data/" + DATA + " is absent (real data not shipped)");
        TimeSeries basis = basisBps(dir);
        WalkForward wf = WalkForward.of(WalkForward.Window.ROLLING, 2000).withHorizon(1).withRefitEvery(2000);
        WalkForwardReport report = wf.compare("elastic net (cv, alpha 0.5)", cvLasso(1), basis, Map.of());
        System.out.println(report.summary());
        DieboldMarianoResult dm = report.versusBenchmarks().get(0);
        assertThat(dm.pValue()).isBetween(0.0, 1.0);
        assertThat(report.model().metrics().count()).isEqualTo(basis.size() - 2000);
        // Deterministic, and no look-ahead, on the last 3000 hours: the same forecasts twice, and the
        // same again with every value after the 1500th origin replaced.
        TimeSeries last = basis.subSeries(basis.size() - 3000, basis.size());
        double[] once = wf.evaluate("once", cvLasso(1), last).forecasts();
        assertThat(wf.evaluate("twice", cvLasso(1), last).forecasts()).containsExactly(once);
        double[] v = last.valuesArray();
        for (int t = 2000 + 500; t < v.length; t++) {
            v[t] = 1e4 + t % 7;
        }
        double[] cut = wf.evaluate("cut", cvLasso(1), TimeSeries.ofEpochNanos(last.epochNanosArray(), v)).forecasts();
        assertThat(Arrays.copyOf(cut, 501)).containsExactly(Arrays.copyOf(once, 501));
        assertThat(cut[501]).isNotEqualTo(once[501]);
    }

    private static Path findData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("shared").resolve("data").resolve(DATA);
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }

    /** (perp CLOSE / spot CLOSE - 1) * 1e4 at the hours present in both files (TIMESTAMP is UTC). */
    private static TimeSeries basisBps(Path dir) throws IOException {
        Map<String, Double> spot = closes(dir.resolve("binance_btcusdt_spot_1h.csv"));
        Map<String, Double> perp = closes(dir.resolve("binance_btcusdt_perp_1h.csv"));
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        TimeSeries.Builder b = TimeSeries.builder();
        for (Map.Entry<String, Double> e : spot.entrySet()) {
            Double p = perp.get(e.getKey());
            if (p != null) {
                b.add(LocalDateTime.parse(e.getKey(), f).toInstant(ZoneOffset.UTC), (p / e.getValue() - 1) * 1e4);
            }
        }
        return b.build();
    }

    private static Map<String, Double> closes(Path file) throws IOException {
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(rows.get(0).split(","));
        int time = header.indexOf("TIMESTAMP");
        int close = header.indexOf("CLOSE");
        Map<String, Double> out = new TreeMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            out.put(c[time], Double.parseDouble(c[close]));
        }
        return out;
    }
}
