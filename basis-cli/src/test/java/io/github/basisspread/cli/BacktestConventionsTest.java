package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code basis backtest} on the conventions of real files (issue 14): funding snapshots are not
 * settlements, bar closes labelled by their opening time are used at the bar's end, prices and
 * funding from separate files; and the real Binance files when present.
 */
class BacktestConventionsTest {

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> trades(Map<String, Object> o) {
        return (List<Map<String, Object>>) o.get("trades");
    }

    /** 24 hourly rows from 2026-01-01 00:00 UTC: flat prices, the perp 0.05% over spot, a funding rate every hour. */
    private Path hourly(String header) throws IOException {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (int k = 0; k < 24; k++) {
            sb.append(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * k)).append(",100,100.05,0.0005,28800000\n");
        }
        return Files.writeString(dir.resolve("hourly.csv"), sb.toString());
    }

    @Test
    void hourlyFundingWithoutAnIntervalIsRefusedNotBookedEveryHour() throws IOException {
        Path f = hourly("time,spot,perp,funding,interval_ms");
        String[] base = {"backtest", "--input", f.toString(), "--time-column", "time", "--spot", "spot", "--perp",
            "perp", "--funding", "funding", "--strategy", "funding-carry", "--entry", "0.0003", "--exit", "0.0001",
            "--capital", "10000", "--margin", "0.25", "--format", "json"};
        assertThat(run(base).failsWithOneLine().err()).contains("rates 1h apart").contains("--funding-interval");
        // With the 8 h schedule: carry opens at 00:00 (0.0005 settled) and receives funding at 08:00 and
        // 16:00 only: 2 * 80 * 100.05 * 0.0005 = 8.004 (N = 10000 / 1.25 = 8000, 80 coin).
        for (String[] interval : List.of(new String[] {"--funding-interval", "8h"},
                new String[] {"--funding-interval-column", "interval_ms"})) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(interval))
                    .toArray(String[]::new);
            CliTestSupport.Run r = run(args);
            assertThat(r.code()).as(r.err()).isZero();
            Map<String, Object> o = r.json();
            assertThat(num(o, "attribution", "funding")).as(interval[0]).isCloseTo(8.004, within(1e-9));
            assertThat(num(o, "fundingSettlements")).isEqualTo(2.0);
            assertThat(o.get("notes").toString()).contains("kept the 3 rates at settlement times")
                    .contains("left out 21 snapshots");
        }
    }

    @Test
    void barClosesAreUsedAtTheBarEndNotAtTheOpeningTime() throws IOException {
        // Bars labelled by opening time. The basis is 2% in the 00:00 bar's close, known only at 01:00.
        Path f = Files.writeString(dir.resolve("bars.csv"), "open_time,spot_close,future_close\n"
                + "2026-01-01T00:00:00Z,100,102\n2026-01-01T01:00:00Z,100,101\n2026-01-01T02:00:00Z,100,100.1\n");
        String[] base = {"backtest", "--input", f.toString(), "--time-column", "open_time", "--spot", "spot_close",
            "--future", "future_close", "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01",
            "--exit", "0.003", "--capital", "10000", "--format", "json"};
        CliTestSupport.Run safe = run(base);
        assertThat(safe.code()).as(safe.err()).isZero();
        Map<String, Object> t = trades(safe.json()).get(0);
        // The default reads the close of the 00:00 bar at 01:00, its end.
        assertThat(t.get("entryTime")).isEqualTo("2026-01-01T01:00:00Z");
        assertThat(safe.json().get("notes").toString()).contains("row time + 1h");
        String[] close = java.util.Arrays.copyOf(base, base.length + 2);
        close[base.length] = "--time-label";
        close[base.length + 1] = "close";
        assertThat(trades(run(close).json()).get(0).get("entryTime")).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void pricesAndFundingFromThreeFiles() throws IOException {
        Path spot = Files.writeString(dir.resolve("spot.csv"), "time,price\n2026-01-01T00:00:00Z,100\n"
                + "2026-01-01T08:00:00Z,100\n2026-01-01T16:00:00Z,100\n2026-01-02T00:00:00Z,100\n");
        Path perp = Files.writeString(dir.resolve("perp.csv"), "time,price\n2026-01-01T00:00:00Z,100.05\n"
                + "2026-01-01T08:00:00Z,100.05\n2026-01-01T16:00:00Z,100.05\n2026-01-02T00:00:00Z,100.05\n");
        Path funding = Files.writeString(dir.resolve("funding.csv"), "time,rate\n2026-01-01T00:00:00Z,0.0005\n"
                + "2026-01-01T08:00:00Z,0.0005\n2026-01-01T16:00:00Z,0.0005\n2026-01-02T00:00:00Z,0.0005\n");
        CliTestSupport.Run r = run("backtest", "--spot-input", spot.toString(), "--derivative-input", perp.toString(),
                "--funding-input", funding.toString(), "--time-column", "time", "--spot", "price", "--perp", "price",
                "--funding", "rate", "--strategy", "funding-carry", "--entry", "0.0003", "--exit", "0.0001",
                "--capital", "10000", "--margin", "0.25", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        // Open at 00:00, funding at 08:00, 16:00 and 00:00: 3 * 80 * 100.05 * 0.0005 = 12.006.
        assertThat(num(r.json(), "attribution", "funding")).isCloseTo(12.006, within(1e-9));
        assertThat(r.json().get("notes").toString()).contains("Paired 4 of 4 derivative rows");
    }

    @Test
    void realBinanceFilesFundingPnlAndBarLabels() {
        Path data = DemoCommandTest.sharedData();
        assumeTrue(data != null, "shared/data not found (set -Dbasis.shared.data=...): real-data backtest skipped");
        Path d = data.resolve("binance-btcusdt-spot-perp-hourly-2024-2026");
        assumeTrue(Files.isDirectory(d), d + " is absent: real-data backtest skipped");
        String[] base = {"backtest", "--spot-input", d.resolve("binance_btcusdt_spot_1h.csv").toString(),
            "--derivative-input", d.resolve("binance_btcusdt_perp_1h.csv").toString(), "--funding-input",
            d.resolve("binance_btcusd_perp_coinm_funding_1h.csv").toString(), "--time-column", "TIMESTAMP",
            "--strategy", "funding-carry", "--entry", "0.0001", "--exit", "0.00005", "--capital", "1000000",
            "--format", "json"};
        // Hourly snapshots without a schedule: refused (the old code booked all: funding P&L 875,175).
        assertThat(run(concat(base, "--spot", "CLOSE", "--perp", "CLOSE", "--funding", "CLOSE")).failsWithOneLine()
                .err()).contains("rates 1h apart");
        // Issue 14's figures with the closes taken at the opening time (explicit --time-label close):
        // funding P&L 67,661.2 and total 72,724.4 on the 8 h settlements.
        Map<String, Object> lookAhead = run(concat(base, "--spot", "CLOSE", "--perp", "CLOSE", "--funding", "CLOSE",
                "--funding-interval-column", "INTERVAL_MS", "--time-label", "close")).json();
        assertThat(num(lookAhead, "attribution", "funding")).isCloseTo(67_661.2, within(0.05));
        assertThat(num(lookAhead, "totalPnl")).isCloseTo(72_724.4, within(0.05));
        // The default moves each close to its bar's end, which must equal using the opening values at the
        // opening time (each bar opens at the previous close in these files).
        Map<String, Object> safe = run(concat(base, "--spot", "CLOSE", "--perp", "CLOSE", "--funding", "CLOSE",
                "--funding-interval-column", "INTERVAL_MS")).json();
        Map<String, Object> open = run(concat(base, "--spot", "OPEN", "--perp", "OPEN", "--funding", "OPEN",
                "--funding-interval-column", "INTERVAL_MS", "--time-label", "open")).json();
        assertThat(num(safe, "totalPnl")).isCloseTo(num(open, "totalPnl"), within(1e-6));
        assertThat(num(safe, "totalPnl")).isLessThan(num(lookAhead, "totalPnl"));
        assertThat(safe.get("notes").toString()).contains("left out 15750 snapshots");
    }

    @Test
    void realFundingSnapshotsGiveTheSettlementAverage() {
        Path data = DemoCommandTest.sharedData();
        assumeTrue(data != null, "shared/data not found (set -Dbasis.shared.data=...): real-data funding skipped");
        Path f = data.resolve("binance-btcusdt-spot-perp-hourly-2024-2026/binance_btcusd_perp_coinm_funding_1h.csv");
        assumeTrue(Files.isRegularFile(f), f + " is absent: real-data funding skipped");
        CliTestSupport.Run r = run("funding", "--input", f.toString(), "--time-column", "TIMESTAMP", "--column",
                "CLOSE", "--interval-column", "INTERVAL_MS");
        assertThat(r.code()).as(r.err()).isZero();
        // Checked with Python on the file: the CLOSE of the bars opening at 07, 15 and 23 h (the last rate
        // before the 08, 16, 00 h settlements), 2250 of them: mean x 1095 = 8.0225%, mean APY 9.2722%,
        // realised exp(sum log1p(r) / (2250 * 8 / 8760)) - 1 = 8.3521%. (Read as hours, the old code printed 0.00%.)
        assertThat(r.out()).contains("mean APR 8.02%, mean APY 9.27%, realised compounded APY 8.35% over 2250 "
                + "settlements (of 18000 rows)");
    }

    @Test
    void realSevenVenueFileIsInUtcPlus3() {
        Path data = DemoCommandTest.sharedData();
        assumeTrue(data != null, "shared/data not found (set -Dbasis.shared.data=...): real-data funding skipped");
        Path f = data.resolve("funding-rates-btc-eth-7venues-2020-2023/BTC-USDT_binance_2020-01-01_2024-01-01_funding_history.csv");
        assumeTrue(Files.isRegularFile(f), f + " is absent: real-data funding skipped");
        // SOURCE.md: rows at 03/11/19 h, the author's UTC+3 for Binance's 00/08/16 UTC settlements.
        CliTestSupport.Run utc = run("funding", "--input", f.toString(), "--time-column", "Date", "--column",
                "Funding Rate", "--interval", "8h");
        assertThat(utc.code()).as(utc.err()).isZero();
        assertThat(utc.out()).contains("4383 of 4383 settlements are not at whole multiples").contains("--zone");
        CliTestSupport.Run zoned = run("funding", "--input", f.toString(), "--time-column", "Date", "--column",
                "Funding Rate", "--interval", "8h", "--zone", "+03:00", "--format", "json");
        assertThat(zoned.code()).as(zoned.err()).isZero();
        assertThat(zoned.jsonLines().get(0).get("time")).isEqualTo("2020-01-01T00:00:00Z");
        assertThat(zoned.err()).doesNotContain("not at whole multiples").contains("over 4383 settlements");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
