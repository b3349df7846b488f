package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code basis forecast compare}: the benchmarks' accuracy and the Diebold-Mariano p-value of the
 * rolling mean against the random walk equal a walk-forward done by hand in R
 * ({@code ml/compare_reference.txt}, from {@code ml/generate_ml_reference.R}, forecast::dm.test);
 * the models run beside them, the chart is written, and bad options fail in one line.
 */
class ForecastCompareCommandTest {

    @TempDir
    Path dir;

    private static String data() {
        return CliTestSupport.fixture("ml/basis.csv");
    }

    private static List<String[]> reference() {
        return CliTestSupport.referenceRows("ml/compare_reference.txt");
    }

    @Test
    void benchmarksMatchAWalkForwardByHandInR() {
        int checked = 0;
        for (String[] ref : reference()) {
            CliTestSupport.Run r = run("forecast", "compare", "--input", data(), "--time-column", "time", "--column",
                    "basis", "--window", ref[1], "--horizon", ref[2], "--models", "random-walk", "--no-chart", "--format", "json");
            assertThat(r.code()).as(r.err()).isZero();
            List<Map<String, Object>> rows = r.jsonLines();
            assertThat(rows).extracting(o -> o.get("model")).containsExactly("random-walk", "rolling-mean");
            Map<String, Object> o = rows.get(ref[0].equals("random-walk") ? 0 : 1);
            assertThat(num(o, "horizon")).isEqualTo(Double.parseDouble(ref[2]));
            assertThat(num(o, "origins")).isEqualTo(Double.parseDouble(ref[3]));
            assertThat(num(o, "rmse")).isCloseTo(Double.parseDouble(ref[4]), within(1e-12));
            assertThat(num(o, "mae")).isCloseTo(Double.parseDouble(ref[5]), within(1e-12));
            assertThat(num(o, "mase")).isCloseTo(Double.parseDouble(ref[6]), within(1e-12));
            assertThat(num(o, "directionalAccuracy")).isCloseTo(Double.parseDouble(ref[7]), within(1e-12));
            if (ref[0].equals("random-walk")) {
                assertThat(o).containsEntry("dmPValue", null);
            } else {
                assertThat(num(o, "dmPValue")).isCloseTo(Double.parseDouble(ref[8]), within(1e-9));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void everyModelIsJudgedBesideTheBenchmarksAndTheChartIsWritten() throws IOException {
        Path chart = dir.resolve("sub/compare.png");
        CliTestSupport.Run r = run("forecast", "compare", "--input", data(), "--column", "basis", "--window", "120",
                "--horizon", "8", "--refit-every", "60", "--models", "ou,local-level,ridge,lasso,elasticnet,xgboost",
                "--chart", chart.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, Object>> rows = r.jsonLines();
        assertThat(rows).extracting(o -> o.get("model")).containsExactly("random-walk", "rolling-mean", "ou",
                "local-level", "ridge", "lasso", "elasticnet", "xgboost");
        for (Map<String, Object> o : rows) {
            assertThat(o.keySet()).contains("model", "horizon", "origins", "rmse", "mae", "mase", "directionalAccuracy",
                    "dmPValue");
            assertThat(num(o, "origins")).isEqualTo(300 - 120 - 8 + 1);
            // 173 origins in blocks of 60: three fits each.
            assertThat(num(o, "fits")).isEqualTo(3.0);
            if (!o.get("model").equals("random-walk")) {
                assertThat(num(o, "dmPValue")).isBetween(0.0, 1.0);
            }
        }
        // The series is an AR(1) with phi 0.9: eight hours ahead the OU forecast reverts towards the mean
        // and moves in the realised direction more often than not.
        assertThat(num(rows.get(2), "directionalAccuracy")).isGreaterThan(0.5);
        byte[] png = Files.readAllBytes(chart);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(r.err()).contains("Chart: " + chart);
    }

    @Test
    void textTableNamesTheRunAndTheTest() {
        CliTestSupport.Run r = run("forecast", "compare", "--input", data(), "--column", "basis", "--window", "100",
                "--horizon", "8", "--refit-every", "10", "--models", "ou", "--no-chart");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Walk-forward comparison of basis: 300 rows, rolling window of 100, horizon 8, "
                + "193 origins, refit every 10\n");
        // The R reference: RMSE 2.27123 and 2.45749, DM p-value 0.6994 for the rolling mean.
        assertThat(r.out()).containsPattern("random-walk +193 +20 +2\\.27123 ")
                .containsPattern("rolling-mean +193 +20 +2\\.45749 .* 0\\.6994\\n").contains("\nou ");
        assertThat(r.out()).contains("DM: Diebold-Mariano statistic against the random walk");
    }

    @Test
    void theLeanTreeHoldsOnlyTheComparison() {
        picocli.CommandLine g = BasisCli.commandLine("forecast", "compare", "--input", "x.csv").getSubcommands()
                .get("forecast");
        assertThat(g.getSubcommands()).containsOnlyKeys("compare");
        assertThat(g.getSubcommands().get("compare").getCommandSpec().qualifiedName()).isEqualTo("basis forecast compare");
        assertThat(run("forecast", "--help").out()).contains("compare");
        assertThat(run("forecast", "compare", "--help").out()).startsWith("Usage: basis forecast compare");
        assertThat(ForecastModels.MODELS.keySet()).containsExactly("arima", "ou", "local-level", "ridge", "lasso",
                "elasticnet", "xgboost");
    }

    @Test
    void badOptionsFailInOneLine() throws IOException {
        String f = data();
        assertThat(run("forecast", "compare", "--input", f, "--column", "basis", "--models", "arima,prophet")
                .failsWithOneLine().err()).contains("--models: unknown model 'prophet'; known: arima,ou,local-level,"
                        + "ridge,lasso,elasticnet");
        assertThat(run("forecast", "compare", "--input", f, "--column", "basis", "--models", "ou,,arima")
                .failsWithOneLine().err()).contains("--models needs model names separated by commas but is 'ou,,arima'");
        assertThat(run("forecast", "compare", "--input", f, "--column", "basis", "--models", "ou,ou")
                .failsWithOneLine().err()).contains("--models names 'ou' twice");
        assertThat(run("forecast", "compare", "--input", f, "--column", "basis", "--horizon", "0")
                .failsWithOneLine().err()).contains("--horizon must be at least 1 but is 0");
        assertThat(run("forecast", "compare", "--input", f, "--column", "basis", "--window", "5")
                .failsWithOneLine().err()).contains("--window must be at least 10 rows but is 5");
        assertThat(run("forecast", "compare", "--input", f, "--column", "basis", "--refit-every", "0")
                .failsWithOneLine().err()).contains("--refit-every must be at least 1 but is 0");
        assertThat(run("forecast", "compare", "--input", f, "--column", "basis", "--step", "-2")
                .failsWithOneLine().err()).contains("--refit-every must be at least 1 but is -2");
        assertThat(run("forecast", "compare", "--input", f, "--column", "basis", "--window", "295", "--horizon", "3")
                .failsWithOneLine().err()).contains("300 rows leave 3 forecast origins after a --window of 295 at "
                        + "--horizon 3; the Diebold-Mariano test needs at least 4");
        assertThat(run("forecast", "compare", "--input", f, "--column", "basis", "--window", "40", "--models", "lasso")
                .failsWithOneLine().err()).contains("--window must be at least 60 rows for lasso");
        assertThat(run("forecast", "compare", "--input", f, "--column", "nothing").failsWithOneLine().err())
                .contains("nothing");
        Path gap = dir.resolve("gap.csv");
        StringBuilder b = new StringBuilder("x\n");
        for (int i = 0; i < 40; i++) {
            b.append(i == 7 ? "NA" : Integer.toString(i % 5)).append('\n');
        }
        Files.writeString(gap, b.toString());
        assertThat(run("forecast", "compare", "--input", gap.toString(), "--column", "x", "--window", "20")
                .failsWithOneLine().err()).contains(gap + ", line 9, column 'x': missing value");
        Path flat = dir.resolve("flat.csv");
        StringBuilder c = new StringBuilder("x\n");
        for (int i = 0; i < 40; i++) {
            c.append(i < 25 ? "1" : Integer.toString(i)).append('\n');
        }
        Files.writeString(flat, c.toString());
        assertThat(run("forecast", "compare", "--input", flat.toString(), "--column", "x", "--window", "20",
                "--models", "ou").failsWithOneLine().err()).contains("column 'x' is constant over the first --window of 20 rows");
    }
}
