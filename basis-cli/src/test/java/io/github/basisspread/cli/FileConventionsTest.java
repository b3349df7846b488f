package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conventions of real files (issue 14) in {@code funding} and {@code basis}: interval units,
 * snapshots versus settlements, bar time labels, zones, missing values, two files, summaries and
 * output that is validated before it is printed.
 */
class FileConventionsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /**
     * Hourly snapshots of an 8-hour rate, as CoinDesk/CCData exports them: the rate r_k of the
     * hour starting at 2026-01-01 00:00 + k h is 0.0001 * (k + 1), INTERVAL_MS 28,800,000.
     */
    private Path hourlySnapshots(int hours, String intervalCell) throws IOException {
        StringBuilder sb = new StringBuilder("TIMESTAMP,INTERVAL_MS,RATE\n");
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int k = 0; k < hours; k++) {
            sb.append(t0.plusSeconds(3600L * k).toString().replace("T", " ").replace("Z", "")).append(',')
                    .append(intervalCell).append(',').append(0.0001 * (k + 1)).append('\n');
        }
        return write("snapshots.csv", sb.toString());
    }

    @Test
    void intervalInMillisecondsIsDetectedNotReadAsHours() throws IOException {
        Path f = hourlySnapshots(24, "28800000");
        CliTestSupport.Run r = run("funding", "--input", f.toString(), "--time-column", "TIMESTAMP", "--column", "RATE",
                "--interval-column", "INTERVAL_MS", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, Object>> rows = r.jsonLines();
        // Settlements at 00:00, 08:00 and 16:00: the rows k = 0, 8, 16 (RATE is not a bar close).
        assertThat(rows).hasSize(3);
        assertThat(num(rows.get(1), "intervalHours")).isEqualTo(8.0);
        assertThat(num(rows.get(1), "rate")).isCloseTo(0.0009, within(1e-15));
        // 0.0009 per 8 h = 0.0009 * 1095 a year.
        assertThat(num(rows.get(1), "apr")).isCloseTo(0.9855, within(1e-12));
        assertThat(rows.get(2).get("time")).isEqualTo("2026-01-01T16:00:00Z");
        assertThat(r.err()).contains("read in milliseconds (detected").contains("left out 21 snapshots")
                .contains("over 3 settlements (of 24 rows)");
    }

    @Test
    void statedUnitsAndAbsurdIntervalsNamingTheRow() throws IOException {
        Path hours = hourlySnapshots(16, "8");
        CliTestSupport.Run h = run("funding", "--input", hours.toString(), "--time-column", "TIMESTAMP", "--column",
                "RATE", "--interval-column", "INTERVAL_MS", "--interval-unit", "hours", "--format", "json");
        assertThat(h.code()).as(h.err()).isZero();
        assertThat(num(h.jsonLines().get(0), "intervalHours")).isEqualTo(8.0);
        // 28,800,000 stated as hours is 3,287 years: refused, naming the row.
        Path ms = hourlySnapshots(4, "28800000");
        assertThat(run("funding", "--input", ms.toString(), "--time-column", "TIMESTAMP", "--column", "RATE",
                "--interval-column", "INTERVAL_MS", "--interval-unit", "hours").failsWithOneLine().err())
                .contains("the row at 2026-01-01T00:00:00Z").contains("outside 1 minute .. 7 days");
        // A unit that cannot be told apart is not guessed.
        Path odd = hourlySnapshots(4, "1000");
        assertThat(run("funding", "--input", odd.toString(), "--time-column", "TIMESTAMP", "--column", "RATE",
                "--interval-column", "INTERVAL_MS").failsWithOneLine().err())
                .contains("cannot tell the unit").contains("--interval-unit");
        assertThat(run("funding", "--input", ms.toString(), "--time-column", "TIMESTAMP", "--column", "RATE",
                "--interval-column", "INTERVAL_MS", "--interval-unit", "fortnights").failsWithOneLine().err())
                .contains("--interval-unit must be");
    }

    @Test
    void intervalsWrittenAsDurationsAreReadExactly() throws IOException {
        // The same 8 h interval written with each unit: the same three settlements, 8 h each.
        for (String cell : List.of("8h", "480m", "28800s", "28800000ms", "\"8h\"", "8 h")) {
            Path f = hourlySnapshots(24, cell);
            CliTestSupport.Run r = run("funding", "--input", f.toString(), "--time-column", "TIMESTAMP", "--column",
                    "RATE", "--interval-column", "INTERVAL_MS", "--format", "json");
            assertThat(r.code()).as(cell + ": " + r.err()).isZero();
            List<Map<String, Object>> rows = r.jsonLines();
            assertThat(rows).as(cell).hasSize(3);
            assertThat(num(rows.get(1), "intervalHours")).as(cell).isEqualTo(8.0);
            assertThat(num(rows.get(1), "apr")).as(cell).isCloseTo(0.9855, within(1e-12));
            assertThat(r.err()).as(cell).contains("read as durations with their units");
        }
        // 1h and 4h: every row, or every fourth, is a settlement.
        CliTestSupport.Run hourly = run("funding", "--input", hourlySnapshots(24, "1h").toString(), "--time-column",
                "TIMESTAMP", "--column", "RATE", "--interval-column", "INTERVAL_MS", "--format", "json");
        assertThat(hourly.jsonLines()).hasSize(24);
        assertThat(num(hourly.jsonLines().get(0), "intervalHours")).isEqualTo(1.0);
        CliTestSupport.Run four = run("funding", "--input", hourlySnapshots(24, "4h").toString(), "--time-column",
                "TIMESTAMP", "--column", "RATE", "--interval-column", "INTERVAL_MS", "--format", "json");
        assertThat(four.jsonLines()).hasSize(6);
        // Absurd or unreadable durations, and a mix with bare numbers: refused with file, line and column.
        Path zero = hourlySnapshots(3, "0h");
        assertThat(run("funding", "--input", zero.toString(), "--time-column", "TIMESTAMP", "--column", "RATE",
                "--interval-column", "INTERVAL_MS").failsWithOneLine().err())
                .contains(zero + ", line 2, column 'INTERVAL_MS': 0h is not a funding interval (1 minute .. 7 days)");
        Path long8 = hourlySnapshots(3, "9999h");
        assertThat(run("funding", "--input", long8.toString(), "--time-column", "TIMESTAMP", "--column", "RATE",
                "--interval-column", "INTERVAL_MS").failsWithOneLine().err())
                .contains("line 2, column 'INTERVAL_MS': 9999h is not a funding interval");
        Path days = hourlySnapshots(3, "8hours");
        assertThat(run("funding", "--input", days.toString(), "--time-column", "TIMESTAMP", "--column", "RATE",
                "--interval-column", "INTERVAL_MS").failsWithOneLine().err())
                .contains("line 2, column 'INTERVAL_MS': '8hours' is not a duration: write a number and a unit h, m, s "
                        + "or ms");
        Path mixed = write("mixed.csv", "TIMESTAMP,INTERVAL_MS,RATE\n2026-01-01 00:00:00,8h,0.0001\n"
                + "2026-01-01 08:00:00,8,0.0002\n");
        assertThat(run("funding", "--input", mixed.toString(), "--time-column", "TIMESTAMP", "--column", "RATE",
                "--interval-column", "INTERVAL_MS").failsWithOneLine().err())
                .contains(mixed + ", line 3, column 'INTERVAL_MS': '8' has no unit while line 2 writes one ('8h')");
        // Without a time column, and in backtest's funding interval column.
        Path untimed = write("untimed.csv", "rate,interval\n0.0001,8h\n0.0002,4h\n");
        CliTestSupport.Run u = run("funding", "--input", untimed.toString(), "--column", "rate", "--interval-column",
                "interval", "--format", "json");
        assertThat(u.code()).as(u.err()).isZero();
        assertThat(num(u.jsonLines().get(1), "intervalHours")).isEqualTo(4.0);
    }

    @Test
    void backtestFundingIntervalColumnAsDurations() throws IOException {
        StringBuilder sb = new StringBuilder("time,spot,perp,funding,interval\n");
        for (int k = 0; k < 24; k++) {
            sb.append(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * k)).append(",100,100.05,0.0005,8h\n");
        }
        Path f = write("hourly.csv", sb.toString());
        CliTestSupport.Run r = run("backtest", "--input", f.toString(), "--time-column", "time", "--spot", "spot",
                "--perp", "perp", "--funding", "funding", "--funding-interval-column", "interval", "--strategy",
                "funding-carry", "--entry", "0.0003", "--exit", "0.0001", "--capital", "10000", "--margin", "0.25",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        // As with INTERVAL_MS 28800000 (BacktestConventionsTest): funding at 08:00 and 16:00 only,
        // 2 * 80 * 100.05 * 0.0005 = 8.004.
        assertThat(num(r.json(), "attribution", "funding")).isCloseTo(8.004, within(1e-9));
        assertThat(num(r.json(), "fundingSettlements")).isEqualTo(2.0);
    }

    @Test
    void snapshotsAreNeverAveragedAsSettlements() throws IOException {
        Path f = hourlySnapshots(24, "28800000");
        // Every row as a payment only when asked: 24 settlements of 8 h each.
        CliTestSupport.Run all = run("funding", "--input", f.toString(), "--time-column", "TIMESTAMP", "--column",
                "RATE", "--interval", "8h", "--rows", "settlements");
        assertThat(all.out()).contains("over 24 settlements");
        // Mean of 0.0001, 0.0009, 0.0017 per 8 h = 0.0009; APR 0.0009 * 1095 = 98.55%.
        CliTestSupport.Run auto = run("funding", "--input", f.toString(), "--time-column", "TIMESTAMP", "--column",
                "RATE", "--interval", "8h");
        assertThat(auto.out()).contains("mean APR 98.55%").contains("snapshots, not settlements");
        // Realised compounded APY: (1.0001 * 1.0009 * 1.0017)^(365 d / 24 h) - 1.
        double realised = Math.pow(1.0001 * 1.0009 * 1.0017, 365.0) - 1;
        assertThat(auto.out()).contains("realised compounded APY " + String.format(java.util.Locale.ROOT, "%.2f%%",
                100 * realised));
        // Times in another zone fall on no settlement: refused, pointing at --zone.
        assertThat(run("funding", "--input", f.toString(), "--time-column", "TIMESTAMP", "--column", "RATE",
                "--interval", "8h", "--zone", "+03:30").failsWithOneLine().err()).contains("--zone");
    }

    @Test
    void klineCloseLabelledByOpeningTimeIsUsedAtTheBarEnd() throws IOException {
        // A bar file: the 07:00 bar's CLOSE is the last rate before the 08:00 settlement.
        StringBuilder sb = new StringBuilder("TIMESTAMP,CLOSE\n");
        for (int k = 0; k < 17; k++) {
            sb.append(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * k)).append(',').append(k).append("e-5\n");
        }
        Path f = write("kline-funding.csv", sb.toString());
        CliTestSupport.Run r = run("funding", "--input", f.toString(), "--time-column", "TIMESTAMP", "--column", "CLOSE",
                "--interval", "8h", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, Object>> rows = r.jsonLines();
        // Settlements at 08:00 (bar 07:00, 7e-5) and 16:00 (bar 15:00, 15e-5); 17:00 has no settlement.
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("time")).isEqualTo("2026-01-01T08:00:00Z");
        assertThat(num(rows.get(0), "rate")).isEqualTo(7e-5);
        assertThat(num(rows.get(1), "rate")).isEqualTo(15e-5);
        assertThat(r.err()).contains("bar opening times");
        // --time-label close takes the row time as the value's time: 00:00, 08:00, 16:00.
        CliTestSupport.Run c = run("funding", "--input", f.toString(), "--time-column", "TIMESTAMP", "--column",
                "CLOSE", "--interval", "8h", "--time-label", "close", "--format", "json");
        assertThat(c.jsonLines()).hasSize(3);
        assertThat(num(c.jsonLines().get(1), "rate")).isEqualTo(8e-5);
    }

    @Test
    void jsonPrintsNothingWhenALaterRowIsBad() throws IOException {
        Path f = write("late-bad.csv", "time,spot,perp\n1,100,101\n2,100,101\n3,-5,101\n");
        CliTestSupport.Run b = run("basis", "--input", f.toString(), "--spot", "spot", "--derivative", "perp",
                "--format", "json");
        b.failsWithOneLine();
        // Named by file and line (was "data row 3", which is line 4).
        assertThat(b.err()).contains("late-bad.csv, line 4:").doesNotContain("data row");
        Path blank = write("late-bad-blank.csv", "spot,perp\n100,101\n\n100,101\n-5,101\n\n");
        assertThat(run("basis", "--input", blank.toString(), "--spot", "spot", "--derivative", "perp")
                .failsWithOneLine().err()).contains("line 3: blank line");
        Path timed = write("late-bad-timed.csv", "time,spot,perp\n2026-01-01T00:00:00Z,100,101\n"
                + "2026-01-01T01:00:00Z,100,101\n2026-01-01T02:00:00Z,-5,101\n");
        CliTestSupport.Run t = run("basis", "--input", timed.toString(), "--time-column", "time", "--spot", "spot",
                "--derivative", "perp", "--format", "json");
        t.failsWithOneLine();
        // With a time column the bad row is named by its time.
        assertThat(t.err()).contains("late-bad-timed.csv, the row at 2026-01-01T02:00:00Z:")
                .doesNotContain("data row");
        Path g = write("late-bad-funding.csv", "rate\n0.0001\n0.0002\n-2\n");
        CliTestSupport.Run r = run("funding", "--input", g.toString(), "--column", "rate", "--interval", "8h",
                "--format", "json");
        r.failsWithOneLine();
        // Without a time column rows keep the file's order: the third data row is line 4.
        assertThat(r.err()).contains("late-bad-funding.csv, line 4:");
    }

    @Test
    void basisSummaryAndMissingValues() throws IOException {
        // Basis in bps: 100, 200, (NA row left out), 300: mean 200, sd 100, min 100, max 300.
        Path f = write("p.csv", "spot,perp\n100,101\n100,102\nNA,103\n100,103\n");
        CliTestSupport.Run r = run("basis", "--input", f.toString(), "--spot", "spot", "--derivative", "perp");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("basis in bps over 3 rows: mean 200, sd 100, min 100, max 300")
                .contains("Left out 1 of 4 rows with a missing spot or derivative price");
        // The rows keep their numbers in the file: the last is row 4.
        assertThat(r.out()).containsPattern("(?m)^4 +100");
    }

    @Test
    void basisAnnualizedSummary() throws IOException {
        // 73 days to expiry (ACT/365F: 0.2 y); F/S - 1 = 1% and 2%: 5% and 10% a year.
        Path f = write("e.csv", "time,spot,fut\n2026-01-01T08:00:00Z,100,101\n2026-01-01T08:00:01Z,100,102\n");
        CliTestSupport.Run r = run("basis", "--input", f.toString(), "--time-column", "time", "--spot", "spot",
                "--derivative", "fut", "--expiry", "2026-03-15T08:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("annualized basis: mean 7.50%, sd 3.54%, min 5.00%, max 10.00%");
    }

    @Test
    void basisFromTwoFilesAlignedAsOfWithStaleness() throws IOException {
        // Spot every hour; the perp at 00:30 and 01:00 and at 05:00, when spot is 4 h old.
        Path spot = write("spot.csv", "time,close\n2026-01-01 00:00,100\n2026-01-01 01:00,110\n");
        Path perp = write("perp.csv", "time,close\n2026-01-01 00:30,101\n2026-01-01 01:00,112\n2026-01-01 05:00,120\n");
        CliTestSupport.Run r = run("basis", "--spot-input", spot.toString(), "--derivative-input", perp.toString(),
                "--time-column", "time", "--spot", "close", "--derivative", "close", "--max-staleness", "1h",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        List<Map<String, Object>> rows = r.jsonLines();
        assertThat(rows).hasSize(2);
        // 00:30: 101 against the 00:00 spot 100; 01:00: 112 against 110.
        assertThat(num(rows.get(0), "basis")).isEqualTo(1.0);
        assertThat(num(rows.get(1), "basis")).isEqualTo(2.0);
        assertThat(r.err()).contains("Paired 2 of 3 derivative rows").contains("left out 1 derivative rows");
        // Exact times only: just 01:00.
        CliTestSupport.Run exact = run("basis", "--spot-input", spot.toString(), "--derivative-input", perp.toString(),
                "--time-column", "time", "--spot", "close", "--derivative", "close", "--format", "json");
        assertThat(exact.jsonLines()).hasSize(1);
        assertThat(run("basis", "--spot-input", spot.toString(), "--time-column", "time", "--spot", "close",
                "--derivative", "close").failsWithOneLine().err()).contains("both --spot-input and --derivative-input");
    }

    @Test
    void basisOfBarClosesIsStampedAtTheBarEnd() throws IOException {
        // Klines labelled by opening time: the 00:00 bar's closes (100, 101) are known at 01:00.
        Path f = write("bars.csv", "open_time,spot_close,perp_close\n2026-01-01T00:00:00Z,100,101\n"
                + "2026-01-01T01:00:00Z,100,100.5\n2026-01-01T02:00:00Z,100,100.2\n");
        String[] base = {"basis", "--input", f.toString(), "--time-column", "open_time", "--spot", "spot_close",
            "--derivative", "perp_close", "--expiry", "2026-01-10", "--format", "json"};
        CliTestSupport.Run safe = run(base);
        assertThat(safe.code()).as(safe.err()).isZero();
        Map<String, Object> first = safe.jsonLines().get(0);
        assertThat(first.get("time")).isEqualTo("2026-01-01T01:00:00Z");
        // Annualized from 01:00 to the expiry 2026-01-10T08:00Z, 223 h: 0.01 / (223 / 8760) (ACT/365F).
        assertThat(num(first, "annualized")).isCloseTo(0.01 / (223.0 / 8760), within(1e-9));
        assertThat(safe.err()).contains("Row times are bar opening times (--time-label open, detected from the column "
                + "names): values are used at the bar's end, row time + 1h");
        // Stated as the values' own times: stamped and annualized at 00:00 (224 h).
        String[] close = java.util.Arrays.copyOf(base, base.length + 2);
        close[base.length] = "--time-label";
        close[base.length + 1] = "close";
        CliTestSupport.Run asIs = run(close);
        assertThat(asIs.jsonLines().get(0).get("time")).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(num(asIs.jsonLines().get(0), "annualized")).isCloseTo(0.01 / (224.0 / 8760), within(1e-9));
        assertThat(asIs.err()).contains("Row times are the times of the values (--time-label close).");
        // A stated bar length; a bad label; a label without times.
        String[] bar = java.util.Arrays.copyOf(base, base.length + 2);
        bar[base.length] = "--bar";
        bar[base.length + 1] = "4h";
        assertThat(run(bar).jsonLines().get(0).get("time")).isEqualTo("2026-01-01T04:00:00Z");
        close[base.length + 1] = "middle";
        assertThat(run(close).failsWithOneLine().err()).contains("--time-label must be open, close or auto but is "
                + "'middle'");
        assertThat(run("basis", "--input", f.toString(), "--spot", "spot_close", "--derivative", "perp_close",
                "--time-label", "open").failsWithOneLine().err()).contains("--time-label open needs --time-column");
    }

    @Test
    void zoneOfTimestampsWithoutOne() throws IOException {
        // The seven-venue files write UTC+3 local times: 03:00 there is the 00:00 UTC settlement.
        // Binance stamps settlements some milliseconds late: 11:00:00.005 is still the 08:00 UTC settlement.
        Path f = write("venue.csv", "Date,Funding Rate\n2021-01-01 03:00:00.000,0.0001\n2021-01-01 11:00:00.005,0.0002\n");
        CliTestSupport.Run r = run("funding", "--input", f.toString(), "--time-column", "Date", "--column",
                "Funding Rate", "--interval", "8h", "--zone", "+03:00", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.jsonLines().get(0).get("time")).isEqualTo("2021-01-01T00:00:00Z");
        assertThat(r.err()).doesNotContain("not at whole multiples");
        CliTestSupport.Run utc = run("funding", "--input", f.toString(), "--time-column", "Date", "--column",
                "Funding Rate", "--interval", "8h");
        assertThat(utc.out()).contains("2 of 2 settlements are not at whole multiples").contains("--zone");
        assertThat(run("funding", "--input", f.toString(), "--time-column", "Date", "--column", "Funding Rate",
                "--interval", "8h", "--zone", "Mars/Olympus").failsWithOneLine().err()).contains("not a time zone");
    }

    @Test
    void integerDatesAreDatesNotSecondsOf1970() throws IOException {
        // Daily settlements written as yyyyMMdd: 20260101 is 2026-01-01, not 1970-08-23T11:48:21Z.
        Path f = write("daily.csv", "date,rate\n20260101,0.001\n20260102,0.002\n");
        CliTestSupport.Run r = run("funding", "--input", f.toString(), "--time-column", "date", "--column", "rate",
                "--interval", "24h", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.jsonLines().get(1).get("time")).isEqualTo("2026-01-02T00:00:00Z");
    }

    @Test
    void naInTheFirstRowStillMarksANumericColumn() throws IOException {
        // R writes NA: a column whose first value is NA is numeric all the same (it was skipped silently).
        Path f = write("r.csv", "time,a,b,name\n1,NA,2,x\n2,1.5,null,y\n");
        assertThat(CsvInput.numericColumns(f, java.util.Set.of("time"))).containsExactly("a", "b");
        assertThat(CsvInput.isMissing(" NaN ")).isTrue();
        assertThat(CsvInput.isMissing("nil")).isFalse();
    }

    @Test
    void realSpotAndPerpFilesPairedByTime() {
        Path data = DemoCommandTest.sharedData();
        org.junit.jupiter.api.Assumptions.assumeTrue(data != null,
                "shared/data not found (set -Dbasis.shared.data=...): real-data basis skipped");
        Path d = data.resolve("binance-btcusdt-spot-perp-hourly-2024-2026");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(d), d + " is absent: real-data basis skipped");
        CliTestSupport.Run r = run("basis", "--spot-input", d.resolve("binance_btcusdt_spot_1h.csv").toString(),
                "--derivative-input", d.resolve("binance_btcusdt_perp_1h.csv").toString(), "--time-column",
                "TIMESTAMP", "--spot", "CLOSE", "--derivative", "CLOSE", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        // Python's statistics module on the two files joined on TIMESTAMP: mean -3.5382543, stdev 3.0825277,
        // min -27.058908, max 80.890830 bp over 12000 hours.
        assertThat(r.err()).contains("basis in bps over 12000 rows: mean -3.53825, sd 3.08253, min -27.0589, max "
                + "80.8908").contains("Paired 12000 of 12000");
    }

    @Test
    void oneColumnFilesWithBlankLinesAndCrOnlyEndings() throws IOException {
        Path cr = write("cr.csv", "rate\r0.0001\r0.0002\r");
        CliTestSupport.Run r = run("funding", "--input", cr.toString(), "--column", "rate", "--interval", "8h");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("over 2 settlements");
        Path trailing = write("trailing.csv", "rate\n0.0001\n0.0002\n\n\n");
        assertThat(run("funding", "--input", trailing.toString(), "--column", "rate", "--interval", "8h").out())
                .contains("over 2 settlements");
        Path inside = write("inside.csv", "rate\n0.0001\n\n0.0002\n");
        assertThat(run("funding", "--input", inside.toString(), "--column", "rate", "--interval", "8h")
                .failsWithOneLine().err()).contains("line 3: blank line between data rows");
    }
}
