package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.fixture;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.risk.GarchVolatility;
import io.github.basisspread.models.risk.RiskEstimate;
import io.github.basisspread.models.risk.ValueAtRisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code basis risk}: every number printed for the fixture book (long 2 spot, short 1.5 Binance
 * BTCUSDT perpetual with a funding column, short 0.5 Deribit future expiring 2026-03-27) over a
 * 12-day history, against the independent hand computation of {@code risk/hand.py} (its output is
 * quoted in each test), and the messages for bad books and histories.
 */
class RiskCommandTest {

    private static final String BOOK = fixture("risk/book.csv");
    private static final String HISTORY = fixture("risk/history.csv");
    private static final String BACKTEST = fixture("risk/backtest.csv");
    private static final double TOL = 1e-9;

    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static double d(Map<String, Object> o, String key) {
        return ((Number) o.get(key)).doubleValue();
    }

    @Test
    void varAndEsOfEveryMethodMatchTheHandComputation() {
        // hand.py: level, method, VaR, ES on the 11 one-day scenarios.
        Object[][] expected = {
            {0.95, "hs", 0.364666495218431, 0.417541926447648},
            {0.95, "fhs", 0.373106540713958, 0.427941226810783},
            {0.95, "normal", 0.582948621996474, 0.735110972975526},
            {0.95, "t", 0.582473228786378, 0.738332093986552},
            {0.95, "cf", 0.537685962735752, 0.554375303060352},
            // 0.93, not 0.9: at 0.9 the type 7 quantile of 11 scenarios lands on an observation, (11 - 1) x 0.1,
            // where whether that observation is in the ES tail turns on the last bit of 1 - 0.9.
            {0.93, "hs", 0.343516322726744, 0.417541926447648},
            {0.93, "fhs", 0.351172666275228, 0.427941226810783},
            {0.93, "normal", 0.521384909413696, 0.682455346987792},
            {0.93, "t", 0.520244748312519, 0.684515315643226},
            {0.93, "cf", 0.507649908840626, 0.545301765975361}};
        for (double level : new double[] {0.95, 0.93}) {
            List<Map<String, Object>> lines = run("risk", "var", "--book", BOOK, "--history", HISTORY, "--level",
                    String.valueOf(level), "--horizon", "1", "--method", "all", "--format", "json").jsonLines();
            assertThat(lines).hasSize(5);
            int k = 0;
            for (Object[] e : expected) {
                if ((double) e[0] != level) {
                    continue;
                }
                Map<String, Object> o = lines.get(k++);
                if (e[1].equals("cf")) {
                    // The fixture's 11 moves: skewness 0.50, excess kurtosis -1.05; the expansion's
                    // derivative a z^2 + b z + c (a = -0.172, b = 0.165, c = 1.166) is negative below
                    // z = -2.17 and above 3.13, so Cornish-Fisher is flagged, the numbers still the formula's.
                    assertThat(o.keySet()).containsExactly("method", "level", "horizon", "var", "es", "scenarios",
                            "warning");
                } else {
                    assertThat(o.keySet()).containsExactly("method", "level", "horizon", "var", "es", "scenarios");
                }
                assertThat(o.get("method")).isEqualTo(e[1]);
                assertThat(d(o, "level")).isEqualTo(level);
                assertThat(d(o, "horizon")).isEqualTo(1);
                assertThat(d(o, "var")).as("VaR %s", e[1]).isCloseTo((double) e[2], within(TOL));
                assertThat(d(o, "es")).as("ES %s", e[1]).isCloseTo((double) e[3], within(TOL));
                assertThat(d(o, "scenarios")).isEqualTo(11);
            }
        }
    }

    @Test
    void aLongerHorizonUsesOverlappingWindowsOfRows() {
        // hand.py: h=2 hs 0.9 -> 0.15854696498501 0.626572544215374, 10 scenarios.
        Map<String, Object> o = run("risk", "var", "--book", BOOK, "--history", HISTORY, "--level", "0.9",
                "--horizon", "2", "--method", "hs", "--format", "json").json();
        assertThat(d(o, "var")).isCloseTo(0.15854696498501, within(TOL));
        assertThat(d(o, "es")).isCloseTo(0.626572544215374, within(TOL));
        assertThat(d(o, "scenarios")).isEqualTo(10);
        assertThat(d(o, "horizon")).isEqualTo(2);
    }

    @Test
    void filteredHistoricalSimulationWithGarchScalesTheHandScenarios() throws IOException {
        // A long spot position of 3 coins over 400 daily rows: scenario k is 3 S0 (S[k+1] / S[k] - 1), computed here
        // from the prices as written; the GARCH(1,1) scaler is models.risk's (checked against fGarch there).
        StringBuilder h = new StringBuilder("time,spot\n");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(18);
        double[] s = new double[400];
        double v = 1e-4;
        double x = 0;
        for (int i = 0; i < s.length; i++) {
            v = 2e-6 + 0.1 * x * x + 0.88 * v;
            x = Math.sqrt(v) * (rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble() - 1.5) * 2;
            s[i] = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4f",
                    i == 0 ? 100 : s[i - 1] * Math.exp(x)));
            h.append(86_400L * (i + 1)).append(',').append(String.format(java.util.Locale.ROOT, "%.4f", s[i]))
                    .append('\n');
        }
        String history = file("garch-history.csv", h.toString());
        String book = file("garch-book.csv", "instrument,kind,quantity\nspot,spot,3\n");
        double[] pnl = new double[s.length - 1];
        for (int k = 0; k < pnl.length; k++) {
            pnl[k] = 3 * s[s.length - 1] * (s[k + 1] / s[k] - 1);
        }
        RiskEstimate expected = ValueAtRisk.filteredHistorical(pnl, 0.99, GarchVolatility.garch11());
        Map<String, Object> o = run("risk", "var", "--book", book, "--history", history, "--method", "fhs",
                "--scaler", "garch", "--format", "json").json();
        assertThat(d(o, "var")).isCloseTo(expected.valueAtRisk(), within(1e-6 * expected.valueAtRisk()));
        assertThat(d(o, "es")).isCloseTo(expected.expectedShortfall(), within(1e-6 * expected.expectedShortfall()));
        assertThat(d(o, "scenarios")).isEqualTo(399);
        assertThat(run("risk", "var", "--book", book, "--history", history, "--method", "fhs", "--scaler", "garch")
                .out()).contains("GARCH");
    }

    @Test
    void theTextTableShowsTheSameNumbers() {
        CliTestSupport.Run r = run("risk", "var", "--book", BOOK, "--history", HISTORY, "--level", "0.95",
                "--method", "hs,cf");
        assertThat(r.code()).isZero();
        assertThat(r.err()).startsWith("basis risk var: warning: Cornish-Fisher is outside").hasLineCount(1);
        assertThat(run("risk", "var", "--book", BOOK, "--history", HISTORY, "--level", "0.95", "--method", "hs")
                .err()).isEmpty();
        assertThat(r.out()).contains("3 positions").contains("12 rows from 2026-01-01 00:00 to 2026-01-12 00:00 UTC")
                .contains("11 moves over 1 row");
        assertThat(r.out().lines().filter(l -> l.startsWith("hs ")).findFirst().orElseThrow())
                .contains("0.364666").contains("0.417542").contains(" 11 ");
        assertThat(r.out().lines().filter(l -> l.startsWith("cf ")).findFirst().orElseThrow())
                .contains("0.537686").contains("0.554375");
        assertThat(r.out()).doesNotContain("\nfhs");
    }

    @Test
    void exposuresMatchTheHandComputation() {
        Map<String, Object> o = run("risk", "exposures", "--book", BOOK, "--history", HISTORY, "--format", "json")
                .json();
        assertThat(o.get("time")).isEqualTo("2026-01-12T00:00:00Z");
        // hand.py: delta coins -0.00920792079207922 quote -0.930000000000001.
        Map<String, Object> delta = first(o, "delta");
        assertThat(delta.get("underlying")).isEqualTo("spot");
        assertThat(d(delta, "coins")).isCloseTo(-0.00920792079207922, within(1e-12));
        assertThat(d(delta, "quote")).isCloseTo(-0.93, within(1e-10));
        // dv01 perp -0.01515, future -0.00102844748858448 (ACT/365F to 2026-03-27 08:00 UTC).
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> dv01 = (List<Map<String, Object>>) o.get("basisDv01");
        assertThat(dv01).hasSize(2);
        assertThat(dv01.get(0).get("expiry")).isNull();
        assertThat(d(dv01.get(0), "dv01")).isCloseTo(-0.01515, within(1e-10));
        assertThat(dv01.get(1).get("expiry")).isEqualTo("2026-03-27T08:00:00Z");
        assertThat(d(dv01.get(1), "dv01")).isCloseTo(-0.00102844748858448, within(1e-10));
        // funding 1 bp/8h over 8 h: one settlement (00:00) on the short 1.5 at 101.12: +0.015168.
        assertThat(d(first(o, "fundingDv01"), "pnl")).isCloseTo(0.015168, within(1e-12));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> venues = (List<Map<String, Object>>) o.get("venues");
        assertThat(venues.get(0).get("venue")).isEqualTo("binance");
        assertThat(d(venues.get(0), "grossNotional")).isCloseTo(353.68, within(1e-9));
        assertThat(venues.get(1).get("venue")).isEqualTo("deribit");
        assertThat(d(venues.get(1), "grossNotional")).isCloseTo(51.25, within(1e-9));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> positions = (List<Map<String, Object>>) o.get("positions");
        assertThat(positions).extracting(p -> p.get("instrument")).containsExactly("spot", "BTCUSDT", "fut");
        assertThat(d(positions.get(1), "quantity")).isEqualTo(-1.5);
        assertThat(d(positions.get(1), "notional")).isCloseTo(-151.68, within(1e-9));
        assertThat(d(positions.get(2), "mark")).isEqualTo(102.5);

        String text = run("risk", "exposures", "--book", BOOK, "--history", HISTORY).out();
        assertThat(text).contains("-0.00920792").contains("-0.93").contains("-0.01515").contains("-0.00102845")
                .contains("2026-03-27 08:00").contains("0.015168").contains("353.68").contains("51.25");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> o, String key) {
        return ((List<Map<String, Object>>) o.get(key)).get(0);
    }

    @Test
    void stressScenariosMatchTheHandComputation() {
        List<Map<String, Object>> lines = run("risk", "stress", "--book", BOOK, "--history", HISTORY, "--format",
                "json").jsonLines();
        assertThat(lines).hasSize(7);
        // hand.py: collapse 0.93 = -1.5 (101 - 101.12) - 0.5 (101 - 102.5).
        assertThat(lines.get(0).get("scenario")).isEqualTo("basis collapse to zero");
        assertThat(d(lines.get(0), "pnl")).isCloseTo(0.93, within(1e-10));
        // Binance BTCUSDT cap 0.30% per 8 h (BinanceFunding.btcUsdt), 3 settlements on 1.5 x 101.12: 1.36512.
        assertThat((String) lines.get(1).get("scenario")).contains("cap (longs pay) for 3 settlements");
        assertThat(d(lines.get(1), "pnl")).isCloseTo(1.36512, within(1e-10));
        assertThat(d(lines.get(2), "pnl")).isCloseTo(-1.36512, within(1e-10));
        // The worst one-day scenario: -0.417541926447648, the move from 2026-01-05 to 2026-01-06.
        assertThat(d(lines.get(3), "pnl")).isCloseTo(-0.417541926447648, within(TOL));
        assertThat(lines.get(3).get("from")).isEqualTo("2026-01-05T00:00:00Z");
        assertThat(lines.get(3).get("to")).isEqualTo("2026-01-06T00:00:00Z");
        // Two rows: -0.626572544215374 from 2026-01-04.
        Map<String, Object> two = run("risk", "stress", "--book", BOOK, "--history", HISTORY, "--window", "2",
                "--settlements", "6", "--format", "json").jsonLines().get(3);
        assertThat(d(two, "pnl")).isCloseTo(-0.626572544215374, within(TOL));
        assertThat(two.get("from")).isEqualTo("2026-01-04T00:00:00Z");
        assertThat(run("risk", "stress", "--book", BOOK, "--history", HISTORY, "--settlements", "6", "--format", "json")
                .jsonLines().get(1).get("pnl")).isEqualTo(2 * 1.3651200000000001);
        // hand.py: backwardation at -20% a year 2.80689497716895; binance halted (50% haircut, spot -20%) -166.59,
        // deribit -35.689.
        assertThat(lines.get(4).get("scenario")).isEqualTo("backwardation: every expiry at -20.00% a year");
        assertThat(d(lines.get(4), "pnl")).isCloseTo(2.80689497716895, within(1e-9));
        assertThat(lines.get(5).get("scenario")).isEqualTo("binance halted (haircut 50.00%), spot -20.00% meanwhile");
        assertThat(d(lines.get(5), "pnl")).isCloseTo(-166.59, within(1e-9));
        assertThat(lines.get(6).get("scenario")).isEqualTo("deribit halted (haircut 50.00%), spot -20.00% meanwhile");
        assertThat(d(lines.get(6), "pnl")).isCloseTo(-35.689, within(1e-9));
        // Other levels: backwardation at -10% moves the future half as far below spot.
        double tau = (74 + 8 / 24.0) / 365;
        assertThat(d(run("risk", "stress", "--book", BOOK, "--history", HISTORY, "--backwardation", "-0.1",
                "--format", "json").jsonLines().get(4), "pnl")).isCloseTo(-0.5 * (101 * (1 - 0.1 * tau) - 102.5),
                        within(1e-9));
        String text = run("risk", "stress", "--book", BOOK, "--history", HISTORY).out();
        assertThat(text).contains("0.93").contains("1.36512").contains("-0.417542")
                .contains("(2026-01-05 00:00 to 2026-01-06 00:00 UTC)");
    }

    @Test
    void userDefinedScenariosFromACsv() throws IOException {
        // hand.py: crash (spot -30%, bases held) 0.279, squeeze (0.3% for 9 settlements) 4.09536, flattening
        // (the future's annualized basis -5 points) 0.514223744292245.
        List<Map<String, Object>> lines = run("risk", "stress", "--book", BOOK, "--history", HISTORY, "--scenarios",
                fixture("risk/scenarios.csv"), "--format", "json").jsonLines();
        assertThat(lines).hasSize(10);
        assertThat(lines.subList(7, 10)).extracting(o -> o.get("scenario")).containsExactly("crash", "squeeze",
                "flattening");
        assertThat(d(lines.get(7), "pnl")).isCloseTo(0.279, within(1e-9));
        assertThat(d(lines.get(8), "pnl")).isCloseTo(4.09536, within(1e-9));
        assertThat(d(lines.get(9), "pnl")).isCloseTo(0.514223744292245, within(1e-9));
        String bad = file("bad-scenarios.csv", "scenario,type,target,value\ncrash,spot,spot,-0.3\nx,wobble,spot,1\n");
        assertThat(run("risk", "stress", "--book", BOOK, "--history", HISTORY, "--scenarios", bad).failsWithOneLine()
                .err()).contains("bad-scenarios.csv").contains("line 3").contains("wobble");
        assertThat(run("risk", "stress", "--book", BOOK, "--history", HISTORY, "--halt-haircut", "2").failsWithOneLine()
                .err()).contains("--halt-haircut must be a fraction in [0, 1] but is 2.0");
    }

    @Test
    void fundingScenariosNeedADocumentedCapOrOne() throws IOException {
        String book = file("b.csv", "instrument,kind,quantity,venue\nspot,spot,1,binance\nfut,perpetual,-1,binance\n");
        List<Map<String, Object>> lines = run("risk", "stress", "--book", book, "--history", HISTORY, "--format",
                "json").jsonLines();
        assertThat(lines.get(1).get("pnl")).isNull();
        assertThat((String) lines.get(1).get("skipped")).contains("the cap of fut on binance is not documented here")
                .contains("--funding-cap");
        // With a cap of 0.5% the venue's rule pays it: 3 x 0.005 x 102.5 to the short.
        lines = run("risk", "stress", "--book", book, "--history", HISTORY, "--funding-cap", "0.005", "--format",
                "json").jsonLines();
        assertThat(d(lines.get(1), "pnl")).isCloseTo(3 * 0.005 * 102.5, within(1e-10));
        // A book of spot only has no funding to stress.
        String spot = file("s.csv", "instrument,kind,quantity\nspot,spot,1\n");
        assertThat(run("risk", "stress", "--book", spot, "--history", HISTORY).out())
                .contains("skipped: the book holds no perpetual").contains("skipped: the book holds no dated future");
    }

    @Test
    void anInverseLegIsHeldInCoinsAtEntry() throws IOException {
        // Short 1 coin of an inverse perpetual entered at today's 101.12: 101.12 contracts of 1 USD, coin delta
        // -101.12 / 101.12 = -1, so with 1 spot coin the book is flat in coins.
        String book = file("inv.csv", "instrument,kind,quantity,settlement\nspot,spot,1,\nBTCUSDT,perpetual,-1,inverse\n");
        Map<String, Object> o = run("risk", "exposures", "--book", book, "--history", HISTORY, "--format", "json")
                .json();
        assertThat(d(first(o, "delta"), "coins")).isCloseTo(0, within(1e-12));
        assertThat(d(first(o, "positions"), "quantity")).isEqualTo(1);
        // The worst one-day window by hand: spot S' - S0 plus the inverse short's coin P&L
        // -101.12 (1/101.12 - 1/F') in quote at S', over the 11 moves.
        double[] s = {100.0, 104.0, 101.0, 95.0, 97.5, 103.0, 102.0, 106.5, 99.0, 100.5, 98.0, 101.0};
        double[] f = {100.10, 104.20, 101.05, 94.90, 97.55, 103.25, 102.10, 106.80, 98.95, 100.60, 98.05, 101.12};
        double worst = Double.POSITIVE_INFINITY;
        for (int k = 0; k + 1 < s.length; k++) {
            double s1 = 101.0 * s[k + 1] / s[k];
            double f1 = s1 * (101.12 / 101.0 + f[k + 1] / s[k + 1] - f[k] / s[k]);
            double coin = -101.12 * (1 / 101.12 - 1 / f1);
            worst = Math.min(worst, (s1 - 101.0) + coin * s1);
        }
        Map<String, Object> w = run("risk", "stress", "--book", book, "--history", HISTORY, "--format", "json")
                .jsonLines().get(3);
        assertThat(d(w, "pnl")).isCloseTo(worst, within(1e-10));
    }

    @Test
    void marginAndLiquidationDistancesMatchTheHandComputation() {
        // hand.py: isolated at 10x, BTCUSDT (Binance's first bracket, 0.40%) +0.0956175298804782 at 110.788844621514,
        // the Deribit future (--mmr 0.5%) +0.0945273631840797 at 112.189054726368; short legs never die on a fall.
        Map<String, Object> o = run("risk", "margin", "--book", BOOK, "--history", HISTORY, "--leverage", "10",
                "--format", "json").json();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> legs = (List<Map<String, Object>>) o.get("legs");
        assertThat(legs).extracting(l -> l.get("instrument")).containsExactly("BTCUSDT", "fut");
        assertThat(d(legs.get(0), "notional")).isCloseTo(151.68, within(1e-9));
        assertThat(d(legs.get(0), "initialMargin")).isCloseTo(15.168, within(1e-9));
        assertThat(d(legs.get(0), "maintenanceMargin")).isCloseTo(0.004 * 151.68, within(1e-12));
        assertThat(d(legs.get(0), "liquidationMoveUp")).isCloseTo(0.0956175298804782, within(1e-9));
        assertThat(d(legs.get(0), "liquidationPrice")).isCloseTo(110.788844621514, within(1e-7));
        assertThat(legs.get(0).get("liquidationMoveDown")).isNull();
        assertThat(d(legs.get(1), "maintenanceMargin")).isCloseTo(0.005 * 51.25, within(1e-12));
        assertThat(d(legs.get(1), "liquidationMoveUp")).isCloseTo(0.0945273631840797, within(1e-9));
        assertThat(d(legs.get(1), "liquidationPrice")).isCloseTo(112.189054726368, within(1e-7));
        assertThat(d(o, "firstLiquidationOnRally")).isCloseTo(0.0945273631840797, within(1e-9));
        assertThat(o.get("firstLiquidationOnFall")).isNull();
        // Cross with 10 in each venue's account: BTCUSDT +0.0616815438667273, the future +0.189176070865186.
        Map<String, Object> c = run("risk", "margin", "--book", BOOK, "--history", HISTORY, "--leverage", "10",
                "--mode", "cross", "--wallet", "10", "--format", "json").json();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cl = (List<Map<String, Object>>) c.get("legs");
        assertThat(cl.get(0).get("account")).isEqualTo("BINANCE:USD");
        assertThat(d(cl.get(0), "liquidationMoveUp")).isCloseTo(0.0616815438667273, within(1e-9));
        assertThat(d(cl.get(1), "liquidationMoveUp")).isCloseTo(0.189176070865186, within(1e-9));
        // Cross without --wallet funds each account with its legs' initial margin: the isolated distances.
        Map<String, Object> c0 = run("risk", "margin", "--book", BOOK, "--history", HISTORY, "--leverage", "10",
                "--mode", "cross", "--format", "json").json();
        assertThat(d(c0, "firstLiquidationOnRally")).isCloseTo(0.0945273631840797, within(1e-9));
        String text = run("risk", "margin", "--book", BOOK, "--history", HISTORY, "--leverage", "10").out();
        assertThat(text).contains("+9.56%").contains("+9.45%").contains("110.789").contains("112.189")
                .contains("First liquidation on a rally: spot +9.45% (fut); on a fall: none");
        String spot = fixtureBook("instrument,kind,quantity\nspot,spot,1\n");
        assertThat(run("risk", "margin", "--book", spot, "--history", HISTORY).failsWithOneLine().err())
                .contains("the book holds no future or perpetual");
        assertThat(run("risk", "margin", "--book", BOOK, "--history", HISTORY, "--leverage", "200").failsWithOneLine()
                .err()).contains("--leverage must be between 1 and 125 but is 200.0");
        assertThat(run("risk", "margin", "--book", BOOK, "--history", HISTORY, "--wallet", "5").failsWithOneLine()
                .err()).contains("--wallet is for --mode cross");
    }

    private String fixtureBook(String text) {
        try {
            return file("margin-book.csv", text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void backtestMatchesTheHandComputation() {
        // hand.py: n 20, x 4, pof 5.59114666730603 p 0.0180514755075556, ind 0.0460664232032109 p 0.83005510066424,
        // cc 5.63721309050924 p 0.0596890587884586, zone yellow (binomial cdf 0.99743).
        Map<String, Object> o = run("risk", "backtest", "--input", BACKTEST, "--pnl", "pnl", "--var", "var",
                "--level", "0.95", "--format", "json").json();
        assertThat(d(o, "observations")).isEqualTo(20);
        assertThat(d(o, "exceptions")).isEqualTo(4);
        assertThat(d(o, "expected")).isCloseTo(1, within(1e-12));
        @SuppressWarnings("unchecked")
        Map<String, Object> k = (Map<String, Object>) o.get("kupiec");
        assertThat(d(k, "statistic")).isCloseTo(5.59114666730603, within(1e-10));
        assertThat(d(k, "pValue")).isCloseTo(0.0180514755075556, within(1e-10));
        @SuppressWarnings("unchecked")
        Map<String, Object> i = (Map<String, Object>) o.get("independence");
        assertThat(d(i, "statistic")).isCloseTo(0.0460664232032109, within(1e-10));
        assertThat(d(i, "pValue")).isCloseTo(0.83005510066424, within(1e-10));
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) o.get("conditionalCoverage");
        assertThat(d(c, "statistic")).isCloseTo(5.63721309050924, within(1e-10));
        assertThat(d(c, "df")).isEqualTo(2);
        assertThat(d(c, "pValue")).isCloseTo(0.0596890587884586, within(1e-10));
        assertThat(o.get("zone")).isEqualTo("yellow");
        String text = run("risk", "backtest", "--input", BACKTEST, "--pnl", "pnl", "--var", "var", "--level", "0.95")
                .out();
        assertThat(text).contains("4 exceptions in 20 rows (expected 1, rate 0.2)").contains("5.59115")
                .contains("0.0180515").contains("0.830055").contains("0.0596891").contains("traffic light: yellow");
    }

    // ---- bad input ------------------------------------------------------------------------

    private String badBook(String text) throws IOException {
        String book = file("bad.csv", text);
        return run("risk", "var", "--book", book, "--history", HISTORY).failsWithOneLine().err().strip();
    }

    @Test
    void badBooksAreNamedByLineAndColumn() throws IOException {
        assertThat(badBook("instrument,kind,quantity\nspot,spot,1\nperp,perpetual,-1\n")).endsWith(
                "bad.csv, line 3, column 'instrument': 'perp' is not a price column of " + HISTORY
                        + " (columns: spot, BTCUSDT, fut, rate, volume)");
        assertThat(badBook("instrument,kind,quantity\nspot,spot,1\nfut,option,-1\n"))
                .endsWith("bad.csv, line 3, column 'kind': 'option' is not spot, future or perpetual");
        assertThat(badBook("instrument,kind,quantity,expiry\nspot,spot,1,\nfut,future,-1,\n")).endsWith(
                "bad.csv, line 3, column 'expiry': empty, but the future fut needs its expiry (2026-12-25 for 08:00 "
                        + "UTC, or 2026-12-25T08:00:00Z)");
        assertThat(badBook("instrument,kind,quantity\nspot,spot,1\nfut,future,-1\n"))
                .contains("bad.csv, line 3, column 'expiry': no such column, but the future fut needs its expiry");
        assertThat(badBook("instrument,kind,quantity\nspot,spot,0\n")).endsWith("bad.csv, line 2, column 'quantity': "
                + "zero; a position holds coins (negative for a short); delete the row of a closed position");
        assertThat(badBook("instrument,kind,quantity\nspot,spot,1 BTC\n"))
                .endsWith("bad.csv, line 2, column 'quantity': not a finite number: '1 BTC'");
        assertThat(badBook("instrument,kind,quantity\nspot,spot,NaN\n"))
                .endsWith("bad.csv, line 2, column 'quantity': not a finite number: 'NaN'");
        assertThat(badBook("instrument,kind,quantity,expiry\nspot,spot,1,2026-03-27\n"))
                .endsWith("bad.csv, line 2, column 'expiry': '2026-03-27' but spot is spot; only a future has an expiry");
        assertThat(badBook("instrument,kind,quantity,expiry\nspot,spot,1,\nfut,future,-1,27/03/2026\n"))
                .contains("bad.csv, line 3, column 'expiry': '27/03/2026' is not a date (2026-12-25)");
        assertThat(badBook("instrument,kind,quantity,expiry\nspot,spot,1,\nfut,future,-1,2025-12-26\n")).endsWith(
                "bad.csv, line 3, column 'expiry': the future fut expires at 2025-12-26T08:00:00Z, not after the last "
                        + "history row (2026-01-12T00:00:00Z); a book holds live futures only");
        assertThat(badBook("instrument,kind,quantity,venue\nspot,spot,1,ftx\n"))
                .contains("bad.csv, line 2, column 'venue': 'ftx' is not one of [binance, bitmex, deribit");
        assertThat(badBook("instrument,kind,quantity,settlement\nspot,spot,1,\nfut,perpetual,-1,quanto\n"))
                .contains("line 3, column 'settlement': quanto contracts are not supported");
        assertThat(badBook("instrument,kind,quantity,size\nspot,spot,1,1\n")).endsWith("bad.csv, line 1: unknown column "
                + "'size'; a book has columns instrument,kind,quantity and optionally "
                + "expiry,settlement,venue,entry,underlying,funding");
        assertThat(badBook("instrument,quantity\nspot,1\n")).contains("bad.csv, line 1: no column 'kind'");
        assertThat(badBook("instrument,kind,quantity\nspot,spot,1,2\n"))
                .endsWith("bad.csv, line 2: expected 3 fields but found 4: 'spot,spot,1,2'");
        assertThat(badBook("instrument,kind,quantity\nfut,perpetual,-1\n")).contains("bad.csv, line 2, column "
                + "'underlying': the perpetual fut needs the spot price column of its underlying: add an 'underlying' "
                + "column naming it (the book has no spot position to take it from)");
        assertThat(badBook("instrument,kind,quantity,funding\nspot,spot,1,rate\n"))
                .contains("line 2, column 'funding': 'rate' but spot is spot; only a perpetual pays funding");
        assertThat(badBook("instrument,kind,quantity,entry\nspot,spot,1,-5\n"))
                .endsWith("bad.csv, line 2, column 'entry': price -5 is not positive");
        assertThat(badBook("instrument,kind,quantity\n")).endsWith("bad.csv: no positions after the header");
        assertThat(badBook("instrument,kind,quantity\nspot,spot,1\nspot,perpetual,1\n"))
                .contains("line 3, column 'instrument': spot is the spot column of a spot position");
    }

    @Test
    void badHistoriesAndOptionsAreOneLine() throws IOException {
        String hole = file("hole.csv", "time,spot\n2026-01-01T00:00:00Z,100\n2026-01-02T00:00:00Z,NA\n"
                + "2026-01-03T00:00:00Z,101\n");
        String spot = file("s.csv", "instrument,kind,quantity\nspot,spot,1\n");
        assertThat(run("risk", "var", "--book", spot, "--history", hole).failsWithOneLine().err()).contains(
                "hole.csv, line 3, column 'spot' (2026-01-02T00:00:00Z): missing price; every row must price");
        String untimed = file("untimed.csv", "spot\n100\n101\n102\n");
        assertThat(run("risk", "var", "--book", spot, "--history", untimed).failsWithOneLine().err())
                .contains("untimed.csv: no time column 'time' (columns: spot); name it with --time-column");
        assertThat(run("risk", "var", "--book", spot, "--history", HISTORY, "--horizon", "11").failsWithOneLine().err())
                .contains("--horizon 11 needs at least 13 history rows (two scenarios) but the history has 12");
        assertThat(run("risk", "var", "--book", spot, "--history", HISTORY, "--horizon", "0").failsWithOneLine().err())
                .contains("--horizon must be between 1 and 100000 rows but is 0");
        assertThat(run("risk", "var", "--book", spot, "--history", HISTORY, "--level", "99").failsWithOneLine().err())
                .contains("--level must be a confidence level in (0, 1), e.g. 0.99, but is 99");
        assertThat(run("risk", "var", "--book", spot, "--history", HISTORY, "--method", "hs,mc").failsWithOneLine()
                .err()).contains("--method must be hs, fhs, normal, t, cf or all (or a comma list) but has 'mc'");
        assertThat(run("risk", "var", "--history", HISTORY).failsWithOneLine().err()).contains("--book FILE is required");
        assertThat(run("risk", "var", "--book", dir.resolve("none.csv").toString(), "--history", HISTORY)
                .failsWithOneLine().err()).contains("input file not found");
        String flat = file("flat.csv", "time,spot\n1,100\n2,100\n3,100\n4,100\n");
        assertThat(run("risk", "var", "--book", spot, "--history", flat, "--method", "normal").failsWithOneLine().err())
                .contains("method normal on the 3 scenario P&Ls of the book:").contains("constant");
        assertThat(run("risk", "var", "--book", spot, "--history", HISTORY, "--method", "fhs", "--scaler", "garch")
                .failsWithOneLine().err()).contains("method fhs").contains("11 scenario P&Ls");
        assertThat(run("risk", "var", "--book", spot, "--history", HISTORY, "--scaler", "arch").failsWithOneLine().err())
                .contains("--scaler must be ewma or garch but is 'arch'");
        String neg = file("neg.csv", "pnl,var\n1,2\n-3,-2\n");
        assertThat(run("risk", "backtest", "--input", neg, "--pnl", "pnl", "--var", "var").failsWithOneLine().err())
                .endsWith("neg.csv, line 3, column 'var': VaR -2 is negative; a VaR is a positive loss (write 5 for a "
                        + "loss of 5)\n");
        assertThat(run("risk", "stress", "--book", spot, "--history", HISTORY, "--funding-cap", "3").failsWithOneLine()
                .err()).contains("--funding-cap must be a positive decimal rate below 1");
        assertThat(run("risk", "frobnicate").failsWithOneLine().err()).contains("frobnicate");
    }

    @Test
    void helpNamesTheBookFormat() {
        assertThat(run("risk", "--help").out()).contains("var").contains("exposures").contains("stress").contains("margin")
                .contains("backtest").contains("instrument,kind,quantity");
        assertThat(run("risk", "var", "--help").out()).startsWith("Usage: basis risk var").contains("--method")
                .contains("--horizon").contains("--level");
    }

    @Test
    void cornishFisherOutsideItsDomainIsFlagged() throws IOException {
        // Calm hourly moves and one jump: excess kurtosis far beyond the expansion's domain.
        StringBuilder h = new StringBuilder("time,spot\n");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(9);
        double price = 100;
        for (int i = 0; i < 300; i++) {
            price += i == 150 ? 30 : (rnd.nextDouble() - 0.5) * 0.1;
            h.append(java.time.Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i)).append(',')
                    .append(price).append('\n');
        }
        Path history = dir.resolve("jump.csv");
        Files.writeString(history, h.toString());
        Path book = dir.resolve("jump-book.csv");
        Files.writeString(book, "instrument,kind,quantity\nspot,spot,1\n");
        CliTestSupport.Run r = run("risk", "var", "--book", book.toString(), "--history", history.toString(),
                "--method", "cf,hs", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, Object>> rows = r.jsonLines();
        assertThat(rows.get(0)).containsEntry("warning", "Cornish-Fisher " + ValueAtRisk.CORNISH_FISHER_INVALID);
        assertThat(rows.get(1)).doesNotContainKey("warning");
        assertThat(r.err()).contains("warning: Cornish-Fisher is outside the Cornish-Fisher domain of validity")
                .contains("use hs, fhs or t");
    }
}
