package io.github.basisspread.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's regime and volatility-band section when its fits fail: each failure is a line, the section goes on. */
class DemoRegimesTest {

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
        List<String> lines = new ArrayList<>();
        for (DemoReport.Block b : report.sections().get(0).blocks()) {
            if (b instanceof DemoReport.Line l) {
                lines.add(l.text());
            }
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Markov-switching regimes: not fitted: "));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("GARCH(1,1) with Student-t innovations: not fitted: ")
                .endsWith("; normal innovations instead."));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("GARCH(1,1) with normal innovations: not fitted: ")
                .contains("no variance"));
        assertThat(report.charts()).isEmpty();
    }
}
