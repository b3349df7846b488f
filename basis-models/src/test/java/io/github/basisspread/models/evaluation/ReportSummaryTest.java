package io.github.basisspread.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.ModelSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The walk-forward report and the selection result print labelled tables. */
class ReportSummaryTest {

    private static TimeSeries ar1(int n) {
        SplittableRandom rng = new SplittableRandom(4);
        long[] t = new long[n];
        double[] x = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = 0.5 * x[i - 1] + rng.nextDouble() - 0.5;
            t[i] = i * 60_000L;
        }
        return TimeSeries.ofEpochMillis(t, x);
    }

    @Test
    void dieboldMarianoRowsAreLabelledWithTheBenchmark() {
        WalkForward wf = WalkForward.of(WalkForward.Window.ROLLING, 50);
        WalkForwardReport r = wf.compare("AR(1)", Forecasters.olsAutoregression(1), ar1(120), Map.of());
        String s = r.toString();
        assertThat(s).startsWith("Walk-forward evaluation, horizon 1, 70 origins, 70 fits of 'AR(1)'\n")
                .contains("Diebold-Mariano (squared loss), 'AR(1)' vs each benchmark:");
        String dm = s.substring(s.indexOf("Diebold-Mariano"));
        for (int i = 0; i < r.benchmarks().size(); i++) {
            DieboldMarianoResult t = r.versusBenchmarks().get(i);
            assertThat(dm).containsPattern(java.util.regex.Pattern.quote(r.benchmarks().get(i).name()) + " +"
                    + java.util.regex.Pattern.quote(String.format(Locale.ROOT, "%.3f", t.statistic())));
        }
        assertThat(dm).contains("random walk", "rolling mean(50)");
        assertThat(s).contains(ModelSummary.number(r.model().metrics().rmse()));
        assertThat(r.model().toString()).startsWith("AR(1): horizon 1, 70 origins, 70 fits, RMSE ");
    }

    @Test
    void selectionResultRanksTheCandidates() {
        SelectionResult<String> r = new SelectionResult<>("AIC", List.of(new Candidate<>("b", -3.5, "x"),
                new Candidate<>("a", 10, "y")));
        assertThat(r.toString()).startsWith("Model selection by AIC, winner 'b'\n")
                .containsPattern("rank +candidate +AIC").containsPattern("1 +b +-3\\.5\n").containsPattern("2 +a +10\n");
    }
}
