package io.github.basisspread.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.ml.features.FeatureFrame;
import io.github.basisspread.ml.features.FeaturePipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The study on a small synthetic market (the real files are not shipped): the table holds every
 * model at every horizon, the random walk's accuracy equals a computation by hand, the learners find
 * the signal a mean-reverting basis carries, the features read the inputs at their own hour, and a
 * missing data folder is reported instead of failing.
 */
class MlForecastStudyTest {

    private static final int N = 700;

    /** An AR(1) basis (phi 0.5, in bp), a random-walk spot and two funding rates, hourly. */
    static MlForecastStudy.Inputs synthetic() {
        Random rnd = new Random(19);
        double[] basis = new double[N];
        double[] spot = new double[N];
        double[] binance = new double[N];
        double[] dydx = new double[N];
        double b = -4;
        double s = 60_000;
        for (int t = 0; t < N; t++) {
            b = -4 + 0.5 * (b + 4) + rnd.nextGaussian();
            s *= Math.exp(0.005 * rnd.nextGaussian());
            basis[t] = b;
            spot[t] = s;
            binance[t] = 1e-4 + 2e-5 * rnd.nextGaussian();
            dydx[t] = 1e-5 * rnd.nextGaussian();
        }
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        Duration hour = Duration.ofHours(1);
        return new MlForecastStudy.Inputs(TimeSeries.regular(start, hour, basis), TimeSeries.regular(start, hour, spot),
                TimeSeries.regular(start, hour, binance), TimeSeries.regular(start, hour, dydx));
    }

    private static final MlForecastStudy.Config SMALL = new MlForecastStudy.Config(300, 200, List.of(1, 8), 1, false);

    @Test
    void everyModelAtEveryHorizonWithTheRandomWalkAsComputedByHand() {
        MlForecastStudy.Inputs in = synthetic();
        Map<Integer, List<MlForecastStudy.Row>> result = MlForecastStudy.run(in, SMALL);
        assertThat(result.keySet()).containsExactly(1, 8);
        double[] b = in.basis().valuesArray();
        for (int h : List.of(1, 8)) {
            List<MlForecastStudy.Row> rows = result.get(h);
            assertThat(rows).extracting(r -> r.evaluation().name()).containsExactly("random walk", "rolling mean",
                    "Ornstein-Uhlenbeck", "local level", "ridge", "elastic net", "lasso", "xgboost");
            // Origins t = window - 1 .. n - 1 - h; the random walk forecasts b[t].
            double sse = 0;
            double sae = 0;
            int count = 0;
            for (int t = SMALL.window() - 1; t <= N - 1 - h; t++) {
                double e = b[t + h] - b[t];
                sse += e * e;
                sae += Math.abs(e);
                count++;
            }
            MlForecastStudy.Row rw = rows.get(0);
            assertThat(rw.evaluation().metrics().count()).isEqualTo(count);
            assertThat(rw.evaluation().metrics().rmse()).isCloseTo(Math.sqrt(sse / count), within(1e-12));
            assertThat(rw.evaluation().metrics().mae()).isCloseTo(sae / count, within(1e-12));
            assertThat(rw.versusRandomWalk()).isNull();
            assertThat(rows.get(1).versusRollingMean()).isNull();
            for (MlForecastStudy.Row r : rows.subList(1, rows.size())) {
                assertThat(r.versusRandomWalk().nobs()).isEqualTo(count);
            }
        }
        // phi = 0.5: the one-hour change is predictable, E[b_{t+1} - b_t] = -0.5 (b_t + 4), and the
        // learners, which see b_t among their features, beat the random walk clearly at h = 1.
        for (MlForecastStudy.Row r : result.get(1).subList(4, 7)) {
            assertThat(r.versusRandomWalk().statistic()).as(r.evaluation().name()).isNegative();
            assertThat(r.versusRandomWalk().pValue()).as(r.evaluation().name()).isLessThan(1e-3);
            assertThat(r.evaluation().metrics().rmse()).isLessThan(0.97 * result.get(1).get(0).evaluation().metrics().rmse());
        }
        // The trees approximate that linear conditional mean by steps, from the ~70 rows a 300-row
        // window leaves after the features' look-back and the validation fifth: they beat the random
        // walk too, at 5%, not by as much (deterministic: seeded, one thread).
        MlForecastStudy.Row trees = result.get(1).get(7);
        assertThat(trees.versusRandomWalk().statistic()).isNegative();
        assertThat(trees.versusRandomWalk().pValue()).isLessThan(0.05);
        assertThat(trees.evaluation().metrics().rmse()).isLessThan(result.get(1).get(0).evaluation().metrics().rmse());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MlForecastStudy.print(in, SMALL, result, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Horizon 1 h, 400 origins", "Horizon 8 h, 393 origins", "| lasso ",
                "Significantly more accurate than the random walk (DM < 0, p < 0.05): ");
    }

    @Test
    void featuresReadTheirOwnHourOnly() {
        MlForecastStudy.Inputs in = synthetic();
        FeaturePipeline pipeline = MlForecastStudy.features(in);
        FeatureFrame frame = pipeline.transform(MlForecastStudy.inputsOf(in, in.basis().subSeries(100, 400)));
        int dydx = pipeline.names().indexOf("dydx_funding");
        int dydxMean = pipeline.names().indexOf("dydx_funding_mean24");
        int funding = pipeline.names().indexOf("funding");
        double[] d = in.dydxFunding().valuesArray();
        for (int t = 0; t < 300; t++) {
            assertThat(frame.row(t)[dydx]).isEqualTo(d[100 + t]);
            assertThat(frame.row(t)[funding]).isEqualTo(in.binanceFunding().value(100 + t));
        }
        double sum = 0;
        for (int i = 100 + 299 - 23; i <= 100 + 299; i++) {
            sum += d[i];
        }
        assertThat(frame.row(299)[dydxMean]).isCloseTo(sum / 24, within(1e-18));
        assertThat(frame.row(22)[dydxMean]).isNaN();
        // The last row from the last rows only equals the last row of the whole window.
        assertThat(pipeline.lastRow(MlForecastStudy.inputsOf(in, in.basis().subSeries(400 - pipeline.lookback() - 1, 400))))
                .containsExactly(frame.row(299));
        assertThatThrownBy(() -> MlForecastStudy.inputsOf(in, TimeSeries.regular(Instant.parse("2030-01-01T00:00:00Z"),
                Duration.ofHours(1), new double[] {1, 2}))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'history'");
    }

    @Test
    void anAbsentDataFolderIsReported() {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            MlForecastStudy.main(new String[] {"/nonexistent/basis-data"});
        } finally {
            System.setOut(old);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("ml-study skipped: the data folder "
                + "/nonexistent/basis-data is absent");
    }
}
