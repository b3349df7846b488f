package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics printed with the caveats users need (issue 14): KPSS table bounds, the HAC lag, exact fits. */
class ReportedStatisticsTest {

    @TempDir
    Path dir;

    private Path series(String name, int n, java.util.function.IntToDoubleFunction f) throws IOException {
        StringBuilder sb = new StringBuilder("x,y\n");
        for (int i = 0; i < n; i++) {
            sb.append(i).append(',').append(f.applyAsDouble(i)).append('\n');
        }
        return Files.writeString(dir.resolve(name), sb.toString());
    }

    @Test
    void kpssOffTheTableShowsTheBound() throws IOException {
        // A straight trend under the level null: a statistic far beyond the 1% value 0.739.
        Path trend = series("trend.csv", 100, i -> i);
        CliTestSupport.Run below = run("test", "kpss", "--input", trend.toString(), "--column", "y");
        assertThat(below.code()).as(below.err()).isZero();
        assertThat(below.out()).containsPattern("y +[0-9.]+ +< 0.01 ");
        Map<String, Object> j = run("test", "kpss", "--input", trend.toString(), "--column", "y", "--format", "json")
                .json();
        assertThat(j.get("pValueBound").toString()).startsWith("below 0.01");
        // Alternating +-1: a statistic far below the 10% value 0.347.
        Path flip = series("flip.csv", 100, i -> i % 2 == 0 ? 1 : -1);
        assertThat(run("test", "kpss", "--input", flip.toString(), "--column", "y").out())
                .containsPattern("y +[0-9.e-]+ +> 0.10 ");
        assertThat(run("test", "kpss", "--input", flip.toString(), "--column", "y", "--format", "json").json()
                .get("pValueBound").toString()).startsWith("above 0.10");
    }

    @Test
    void hacShowsTheLagUsed() throws IOException {
        // A noisy line: floor(4 (120/100)^(2/9)) = floor(4.1632...) = 4 lags for 120 rows.
        Path f = series("line.csv", 120, i -> 2 * i + Math.sin(i * 1.7));
        CliTestSupport.Run auto = run("fit", "ols", "--input", f.toString(), "--y", "y", "--x", "x", "--cov", "hac");
        assertThat(auto.code()).as(auto.err()).isZero();
        assertThat(auto.out()).contains("covariance HAC(auto, bartlett), 4 lags used").doesNotContain("warning");
        assertThat(run("fit", "ols", "--input", f.toString(), "--y", "y", "--x", "x", "--cov", "hac:7", "--format",
                "json").json().get("hacLags")).isEqualTo(7.0);
        assertThat(run("fit", "ols", "--input", f.toString(), "--y", "y", "--x", "x", "--format", "json").json())
                .doesNotContainKey("hacLags");
    }

    @Test
    void anExactFitWarnsThatItsPValuesAreNoise() throws IOException {
        Path f = series("exact.csv", 10, i -> 3 + 2 * i);
        CliTestSupport.Run r = run("fit", "ols", "--input", f.toString(), "--y", "y", "--x", "x");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("warning: the fit is exact (zero residuals)").contains("meaningless");
        assertThat(run("fit", "ols", "--input", f.toString(), "--y", "y", "--x", "x", "--format", "json").json()
                .get("warning").toString()).contains("meaningless");
    }
}
