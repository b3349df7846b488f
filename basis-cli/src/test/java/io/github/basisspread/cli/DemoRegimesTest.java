package io.github.basisspread.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The demo's regime and volatility-band section when its fits fail: each failure is a line, the section goes on. */
class DemoRegimesTest {

    @Test
    void theStressedRegimeIsTheVolatileOne() {
        // 200 calm hours (s.d. 1 bp) then 100 stressed ones (s.d. 6 bp), AR(1) 0.5 around 10 bp.
        int n = 300;
        long[] t = new long[n];
        double[] v = new double[n];
        Random random = new Random(3);
        double x = 0;
        for (int i = 0; i < n; i++) {
            t[i] = Instant.parse("2026-05-01T00:00:00Z").plus(Duration.ofHours(i)).getEpochSecond() * 1_000_000_000L;
            x = 0.5 * x + (i < 200 ? 1 : 6) * random.nextGaussian();
            v[i] = 10 + x;
        }
        DemoReport report = new DemoReport("test").section(DemoPipeline.SECTION_REGIMES);
        DemoPipeline.regimesAndVolatility(report, new DemoCharts(false), TimeSeries.ofEpochNanos(t, v), "basis", "bp");
        List<String> lines = lines(report);
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("not fitted"));
        // The last hour is in the volatile block: the stressed regime, almost surely.
        assertThat(lines).anySatisfy(l -> assertThat(l).containsPattern("P\\(stressed\\) = (99\\.|100\\.)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).endsWith("the stressed regime is the more volatile."));
        DemoReport.Table regimes = (DemoReport.Table) report.sections().get(0).blocks().stream()
                .filter(b -> b instanceof DemoReport.Table).findFirst().orElseThrow();
        assertThat(regimes.rows().get(0).get(0)).startsWith("calm");
        assertThat(regimes.rows().get(1).get(0)).startsWith("stressed");
        assertThat(Double.parseDouble(regimes.rows().get(0).get(2))).isBetween(0.7, 1.4);
        assertThat(Double.parseDouble(regimes.rows().get(1).get(2))).isBetween(4.0, 8.5);
    }

    @Test
    void aConstantBasisReportsEveryFailedFitAsALine() {
        // A constant basis: no variance for either model to fit.
        int n = 300;
        long[] t = new long[n];
        double[] v = new double[n];
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            t[i] = start.plus(Duration.ofHours(i)).getEpochSecond() * 1_000_000_000L;
            v[i] = 5.0;
        }
        DemoReport report = new DemoReport("test").section(DemoPipeline.SECTION_REGIMES);
        DemoPipeline.regimesAndVolatility(report, new DemoCharts(true), TimeSeries.ofEpochNanos(t, v), "basis", "bp");
        List<String> lines = lines(report);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Markov-switching regimes: not fitted: "));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("GARCH(1,1) with Student-t innovations: not fitted: ")
                .endsWith("; normal innovations instead."));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("GARCH(1,1) with normal innovations: not fitted: ")
                .contains("no variance"));
        assertThat(report.charts()).isEmpty();
    }

    private static List<String> lines(DemoReport report) {
        List<String> lines = new ArrayList<>();
        for (DemoReport.Block b : report.sections().get(0).blocks()) {
            if (b instanceof DemoReport.Line l) {
                lines.add(l.text());
            }
        }
        return lines;
    }
}
