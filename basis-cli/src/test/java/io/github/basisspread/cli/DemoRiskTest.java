package io.github.basisspread.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.risk.RiskEstimate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo's risk section on a small market (the prices of {@code risk/history.csv}, daily), its
 * numbers against the hand computation of {@code risk/hand.py} for the demo's carry book (long 1
 * spot, short 0.5 perpetual, short 0.5 future), and the section's skips.
 */
class DemoRiskTest {

    private static final double[] SPOT = {100.0, 104.0, 101.0, 95.0, 97.5, 103.0, 102.0, 106.5, 99.0, 100.5, 98.0,
        101.0};
    private static final double[] PERP = {100.10, 104.20, 101.05, 94.90, 97.55, 103.25, 102.10, 106.80, 98.95, 100.60,
        98.05, 101.12};
    private static final double[] FUT = {101.50, 105.70, 102.40, 96.10, 98.80, 104.70, 103.60, 108.30, 100.20, 101.90,
        99.30, 102.50};
    private static final double[] RATE = {0.00010, 0.00012, 0.00008, -0.00005, 0.00002, 0.00015, 0.00010, 0.00020,
        0.00001, 0.00006, 0.00004, 0.00009};

    private static DemoMarket market(String source, boolean future, int rows) {
        long[] t = new long[rows];
        for (int i = 0; i < rows; i++) {
            t[i] = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(i)).getEpochSecond() * 1_000_000_000L;
        }
        List<DemoMarket.Future> futures = future ? List.of(new DemoMarket.Future("fut",
                Instant.parse("2026-03-27T08:00:00Z"), TimeSeries.ofEpochNanos(t, java.util.Arrays.copyOf(FUT, rows))))
                : List.of();
        return new DemoMarket(source, List.of(), TimeSeries.ofEpochNanos(t, java.util.Arrays.copyOf(SPOT, rows)),
                TimeSeries.ofEpochNanos(t, java.util.Arrays.copyOf(PERP, rows)),
                TimeSeries.ofEpochNanos(t, java.util.Arrays.copyOf(RATE, rows)), Duration.ofHours(8), futures,
                DemoMarket.DEFAULT_COSTS, DemoMarket.DEFAULT_HALF_SPREAD);
    }

    @Test
    void theCarryBookRiskMatchesTheHandComputation() {
        DemoRisk.Result r = DemoRisk.compute(market("SYNTHETIC test market", true, 12));
        assertThat(r.skipped()).isNull();
        assertThat(r.perDay()).isEqualTo(1);
        assertThat(r.perpetual()).isEqualTo("BTCUSDT");
        assertThat(r.funding()).isTrue();
        assertThat(r.pnl()).hasSize(11);
        // hand.py, "demo 0.99": VaR and ES of hs, fhs, normal, t, cf.
        double[][] expected = {{0.266750170948354, 0.277153755980851}, {0.273492860097471, 0.284266300131181},
            {0.504482392140909, 0.577413918609169}, {0.50751872620125, 0.583840882830836},
            {0.350854941131825, 0.316962114813408}};
        for (int k = 0; k < expected.length; k++) {
            RiskEstimate e = r.estimates().get(k);
            assertThat(e.valueAtRisk()).as(RiskVarCommand.METHODS.get(k)).isCloseTo(expected[k][0], within(1e-9));
            assertThat(e.expectedShortfall()).as(RiskVarCommand.METHODS.get(k)).isCloseTo(expected[k][1], within(1e-9));
        }
        // hand.py: worst -0.277153755980851, collapse 0.81, cap 0.45504 (Binance BTCUSDT 0.30% x 3 x 0.5 x 101.12).
        List<RiskStressCommand.Outcome> stress = RiskStressCommand.outcomes(r.book(), 3, null, 1);
        assertThat(stress.get(0).pnl()).isCloseTo(0.81, within(1e-10));
        assertThat(stress.get(1).pnl()).isCloseTo(0.45504, within(1e-10));
        assertThat(stress.get(3).pnl()).isCloseTo(-0.277153755980851, within(1e-9));

        DemoReport report = new DemoReport("test");
        DemoRisk.section(report, new DemoCharts(false), market("SYNTHETIC test market", true, 12));
        StringWriter w = new StringWriter();
        report.printText(new PrintWriter(w));
        assertThat(w.toString()).contains("== " + DemoPipeline.SECTION_RISK)
                .contains("11 overlapping one-day windows (1 row) of the last 11 days").contains("0.27").contains("0.28")
                .contains("0.81").contains("0.46").contains("-0.28")
                // 5x isolated: 1.2 / 1.004 - 1 (Binance BTCUSDT's first bracket) and 1.2 / 1.005 - 1.
                .contains("spot rally of BTCUSDT +19.52%, fut +19.40%");
    }

    @Test
    void withoutAFutureTheBookIsShortOneCoinOfThePerpetual() {
        DemoRisk.Result r = DemoRisk.compute(market("Market data from files", false, 12));
        assertThat(r.skipped()).isNull();
        assertThat(r.perpetual()).isEqualTo("perpetual");
        assertThat(r.book().book().positions()).hasSize(2);
        assertThat(r.book().book().positions().get(1).quantity()).isEqualTo(-1);
        // Not the simulated Binance contract: its cap is not documented, so the funding scenarios are skipped.
        assertThat(RiskStressCommand.outcomes(r.book(), 3, null, 1).get(1).skipped()).contains("not documented");
    }

    @Test
    void tooShortAMarketIsSkippedWithTheReason() {
        DemoReport report = new DemoReport("test");
        DemoRisk.section(report, new DemoCharts(false), market("SYNTHETIC", true, 8));
        StringWriter w = new StringWriter();
        report.printText(new PrintWriter(w));
        assertThat(w.toString()).contains("skipped: only 8 rows with every price; the risk section needs 11 (ten "
                + "one-day scenarios).");
    }
}
