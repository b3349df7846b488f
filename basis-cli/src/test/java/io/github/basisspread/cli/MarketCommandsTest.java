package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.fixture;
import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** basis, funding and scan, checked against numbers worked by hand. */
class MarketCommandsTest {

    private static final double TOL = 1e-12;

    @Test
    void basisPerRowWithAnnualization() {
        CliTestSupport.Run r = run("basis", "--input", fixture("prices.csv"), "--time-column", "time",
                "--spot", "spot", "--derivative", "future", "--expiry", "2027-01-01T00:00:00Z", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, Object>> rows = r.jsonLines();
        assertThat(rows).hasSize(2);
        Map<String, Object> a = rows.get(0);
        // S = 100, F = 101: basis 1, relative 0.01, 100 bp; 365 days to expiry, tau = 1: 0.01 / 1.
        assertThat(a.get("time")).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(num(a, "basis")).isCloseTo(1.0, within(TOL));
        assertThat(num(a, "relative")).isCloseTo(0.01, within(TOL));
        assertThat(num(a, "bps")).isCloseTo(100.0, within(1e-9));
        assertThat(num(a, "annualized")).isCloseTo(0.01, within(TOL));
        Map<String, Object> b = rows.get(1);
        // S = 200, F = 199: basis -1, relative -0.005, -50 bp; 2026-07-02T12:00 to 2027-01-01T00:00 is
        // 29.5 (July) + 31 + 30 + 31 + 30 + 31 = 182.5 days, tau = 0.5: -0.005 / 0.5 = -0.01.
        assertThat(num(b, "basis")).isCloseTo(-1.0, within(TOL));
        assertThat(num(b, "bps")).isCloseTo(-50.0, within(1e-9));
        assertThat(num(b, "annualized")).isCloseTo(-0.01, within(TOL));

        CliTestSupport.Run text = run("basis", "--input", fixture("prices.csv"), "--time-column", "time",
                "--spot", "spot", "--derivative", "future", "--expiry", "2027-01-01T00:00:00Z");
        assertThat(text.out()).contains("annualized").contains("1.00%").contains("-1.00%");
    }

    @Test
    void basisWithoutTimesNumbersTheRows() {
        CliTestSupport.Run r = run("basis", "--input", fixture("prices.csv"), "--spot", "spot", "--derivative",
                "perp", "--format", "json");
        // S = 100, P = 100.05: 5 bp; no expiry, so no annualized figure.
        Map<String, Object> a = r.jsonLines().get(0);
        assertThat(num(a, "row")).isEqualTo(1.0);
        assertThat(num(a, "bps")).isCloseTo(5.0, within(1e-9));
        assertThat(a).doesNotContainKey("annualized");
        CliTestSupport.Run text = run("basis", "--input", fixture("prices.csv"), "--spot", "spot", "--derivative",
                "perp", "--compounding", "continuous");
        assertThat(text.out()).startsWith("row");
    }

    @Test
    void fundingAprAndApy() {
        CliTestSupport.Run r = run("funding", "--input", fixture("funding.csv"), "--time-column", "time",
                "--column", "rate", "--interval", "8h", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> a = r.jsonLines().get(0);
        // 0.0001 per 8 h: 1095 intervals a year; APR 0.1095; APY 1.0001^1095 - 1 = 0.11571396279...
        assertThat(num(a, "apr")).isCloseTo(0.1095, within(TOL));
        assertThat(num(a, "apy")).isCloseTo(0.11571396279168664, within(1e-12));
        assertThat(num(a, "bps")).isCloseTo(1.0, within(TOL));
        assertThat(num(a, "intervalHours")).isEqualTo(8.0);

        CliTestSupport.Run perRow = run("funding", "--input", fixture("funding.csv"), "--column", "rate",
                "--interval-column", "hours", "--format", "json");
        Map<String, Object> b = perRow.jsonLines().get(1);
        // -0.0002 per 4 h: 2190 intervals; APR -0.438; APY 0.9998^2190 - 1 = -0.35470248556...
        assertThat(num(b, "apr")).isCloseTo(-0.438, within(TOL));
        assertThat(num(b, "apy")).isCloseTo(-0.3547024855620971, within(1e-12));

        CliTestSupport.Run text = run("funding", "--input", fixture("funding.csv"), "--column", "rate",
                "--interval", "PT8H");
        // Mean APR of 0.1095 and -0.0002 * 1095 = -0.219: (0.1095 - 0.219) / 2 = -0.05475.
        // Mean APY: --interval PT8H makes both rows 8 h, so (1.0001^1095 - 1 + 0.9998^1095 - 1) / 2.
        double meanApy = (Math.pow(1.0001, 1095) - 1 + Math.pow(0.9998, 1095) - 1) / 2;
        // Realised: 1.0001 * 0.9998 over 16 h, compounded to 365 days (547.5 periods of 16 h).
        double realised = Math.pow(1.0001 * 0.9998, 365 * 24 / 16.0) - 1;
        assertThat(text.out()).contains("mean APR -5.48%, mean APY " + String.format(java.util.Locale.ROOT, "%.2f%%",
                100 * meanApy) + ", realised compounded APY " + String.format(java.util.Locale.ROOT, "%.2f%%",
                100 * realised) + " over 2 settlements");
        assertThat(text.out()).contains("Every row is taken as a settlement (no --time-column");
    }

    @Test
    void scanRanksByAnnualizedNetReturn() {
        CliTestSupport.Run r = run("scan", "--input", fixture("quotes.csv"), "--as-of", "2026-09-25T08:00:00Z",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, Object>> rows = r.jsonLines();
        assertThat(rows).extracting(m -> m.get("name")).containsExactly("ETH-PERP", "BTC-DEC26", "BTC-PERP",
                "BTC-MAR27");
        for (int i = 1; i < rows.size(); i++) {
            assertThat(num(rows.get(i), "annualizedNetReturn"))
                    .isLessThanOrEqualTo(num(rows.get(i - 1), "annualizedNetReturn"));
        }
        Map<String, Object> dec = rows.get(1);
        // Q = 10000 / 100000 = 0.1 BTC. Gross Q (F_mid - S_mid) = 0.1 * 2000 = 200.
        // Spread Q (h_S + h_F) = 0.1 * (10 + 10) = 2; spot fee 10 bp of Q S_ask = 0.001 * 10001 = 10.001;
        // future fee 5 bp of Q F_bid = 0.0005 * 10199 = 5.0995; costs 17.1005; net 182.8995.
        // Capital Q S_ask + 0.1 Q F_bid = 10001 + 1019.9 = 11020.9; tau = 91 / 365 (Sep 25 to Dec 25).
        assertThat(num(dec, "grossPnl")).isCloseTo(200.0, within(1e-9));
        assertThat(num(dec, "totalCosts")).isCloseTo(17.1005, within(1e-9));
        assertThat(num(dec, "netPnl")).isCloseTo(182.8995, within(1e-9));
        assertThat(num(dec, "capital")).isCloseTo(11020.9, within(1e-9));
        assertThat(num(dec, "annualizedNetReturn")).isCloseTo(182.8995 / 11020.9 / (91.0 / 365), within(1e-12));
        Map<String, Object> eth = rows.get(0);
        // 0.00002 per 1 h = 0.1752 APR on Q P_mid = (10000 / 3000) * 3000.5 = 10001.666..., for 30 / 365 y.
        assertThat(num(eth, "fundingIncome")).isCloseTo(0.1752 * 10001.666666666666 * 30 / 365, within(1e-9));
        assertThat(eth.get("strategy")).isEqualTo("FUNDING_CARRY");

        CliTestSupport.Run text = run("scan", "--input", fixture("quotes.csv"), "--as-of", "2026-09-25",
                "--spot-fee-bps", "0", "--derivative-fee-bps", "0", "--horizon", "7d");
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("name").contains("BTC-MAR27").contains("net/yr");
    }
}
