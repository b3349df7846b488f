package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.simulation.MarketConfig;
import io.github.basisspread.models.simulation.MarketSimulator;
import io.github.basisspread.models.simulation.SimulatedFuture;
import io.github.basisspread.models.simulation.SimulatedMarket;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** basis demo: the report's sections, the charts as real images, the HTML page, --data and its errors. */
class DemoCommandTest {

    private static final List<String> SECTIONS = List.of(DemoPipeline.SECTION_DATA, DemoPipeline.SECTION_TERM,
            DemoPipeline.SECTION_FUNDING, DemoPipeline.SECTION_OPPORTUNITIES, DemoPipeline.SECTION_STATIONARITY,
            DemoPipeline.SECTION_ARIMA, DemoPipeline.SECTION_REGIMES, DemoPipeline.SECTION_HEDGE,
            DemoPipeline.SECTION_BACKTEST, DemoPipeline.SECTION_RISK);
    private static final List<String> CHARTS = List.of("basis.png", "term-structure.png", "funding-apr.png",
            "arima-forecast.png", "regimes.png", "volatility-band.png", "hedge-ratio.png", "backtest-equity.png",
            "risk-pnl.png");

    @TempDir
    static Path shared;
    private static CliTestSupport.Run demo;
    private static Path out;

    @BeforeAll
    static void runDemoOnce() {
        // One run shared by the tests below: it is the slow part.
        out = shared.resolve("demo-out");
        long start = System.nanoTime();
        demo = run("demo", "--out", out.toString(), "--seed", "7");
        System.out.println("basis demo took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        System.out.println(demo.out());
    }

    @Test
    void printsEverySectionAndNamesTheFolder() {
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.err()).isEmpty();
        assertThat(demo.out()).startsWith("SYNTHETIC market data (seed 7) from models.simulation");
        for (String s : SECTIONS) {
            assertThat(demo.out()).contains("== " + s);
        }
        assertThat(demo.out()).contains("30-day").contains("90-day").contains("APR").contains("Best cash-and-carry")
                .contains("Best funding carry").contains("half-life").contains("ARIMA(").contains("95% high")
                .contains("hedge ratio now").contains("random walk").contains("funding carry (perpetual)")
                .contains("OU z-score (perpetual, 1-week window, last 2000 steps)");
        // Issue 14: the half-life comes with the unit-root verdict on the same line.
        assertThat(demo.out()).containsPattern("half-life [^\n]*(mean reversion shown|NOT shown to mean-revert): "
                + "[^\n]*ADF tau");
        assertThat(demo.out().strip()).endsWith(out.toAbsolutePath().normalize().toString());
        // Issue 17: the regimes (named calm and stressed, with durations and transitions) and the GARCH band.
        String regimes = section(demo.out(), DemoPipeline.SECTION_REGIMES);
        assertThat(regimes).contains("Markov-switching AR(1), 2 regimes").contains("calm (regime ")
                .contains("stressed (regime ").contains("expected duration").contains("P(-> stressed)")
                .contains("P(stressed) = ").contains("chart: regimes.png").contains("chart: volatility-band.png")
                .containsPattern("GARCH\\(1,1\\) with (Student-t|normal) innovations")
                .containsPattern("persistence alpha1 \\+ beta1 = [0-9.e-]+, the variance is (stationary, half-life of "
                        + "a volatility shock [0-9.e-]+ observations|NOT stationary)").contains("basis_{t-1} +/- 2 sigma_t")
                .containsPattern("Stressed / calm innovation s.d. [^\n]*: (the two regimes coincide|the regimes differ "
                        + "in level|the stressed regime is the more volatile)")
                .doesNotContain("not fitted");
        for (String c : CHARTS) {
            assertThat(out.resolve(c)).isRegularFile();
        }
        assertThat(out.resolve("report.html")).isRegularFile();
        // Issue 18: the carry book's VaR and ES by the five methods, its P&L distribution and the stress table.
        String risk = section(demo.out(), DemoPipeline.SECTION_RISK);
        assertThat(risk).contains("Book: long 1 coin spot, short 0.5 coin of the perpetual BTCUSDT and 0.5 coin of "
                + "the future").contains("overlapping one-day windows (24 rows) of the last 90 days")
                .contains("and of funding").containsPattern("\\nhs +[0-9.]+ +[0-9.]+ +historical simulation")
                .containsPattern("\\nfhs +[0-9.]+ +[0-9.]+ +filtered historical simulation: EWMA")
                .containsPattern("\\nnormal +[0-9.]+").containsPattern("\\nt +[0-9.]+").containsPattern("\\ncf +-?[0-9.]+")
                .contains("chart: risk-pnl.png").contains("net delta").contains("basis collapse to zero")
                .containsPattern("Margin at 5x isolated \\(basis risk margin\\): the short legs are liquidated by a "
                        + "spot rally of BTCUSDT \\+[0-9.]+%, BTCUSDT_[0-9]+ \\+[0-9.]+%")
                .contains("backwardation: every expiry at -20.00% a year").contains("binance halted")
                .contains("funding at the venue cap (longs pay) for 3 settlements")
                .contains("worst historical window of 24 rows").doesNotContain("skipped");
    }

    @Test
    void chartsAreNonTrivialImages() throws IOException {
        for (String c : CHARTS) {
            Path png = out.resolve(c);
            assertThat(Files.size(png)).as(c).isGreaterThan(10_000);
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img).as(c).isNotNull();
            assertThat(img.getWidth()).as(c).isGreaterThan(200);
            assertThat(img.getHeight()).as(c).isGreaterThan(200);
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    colours.add(img.getRGB(x, y));
                }
            }
            assertThat(colours.size()).as("distinct colours in %s", c).isGreaterThan(20);
        }
    }

    @Test
    void htmlEmbedsEveryChartAndTheTables() throws IOException {
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(count(html, "data:image/png;base64,")).isEqualTo(CHARTS.size());
        assertThat(count(html, "<table>")).isGreaterThanOrEqualTo(7);
        assertThat(html).contains("SYNTHETIC market data (seed 7)");
        for (String s : SECTIONS) {
            assertThat(html).contains("<h2>" + s + "</h2>");
        }
        assertThat(html).doesNotContain("src=\"basis.png\"");
    }

    @Test
    void missingDataDirectoryIsOneLine(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-dir");
        CliTestSupport.Run r = run("demo", "--data", missing.toString(), "--out", tmp.resolve("o").toString())
                .failsWithOneLine();
        assertThat(r.err()).contains(missing.toString());
    }

    @Test
    void dataDirectoryWithoutSpotIsOneLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("perp.csv"), "time,close\n1,2\n");
        CliTestSupport.Run r = run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString())
                .failsWithOneLine();
        assertThat(r.err()).contains("no spot price file");
    }

    @Test
    void realBinanceSpotAndPerpetual(@TempDir Path tmp) throws IOException {
        Path data = sharedData();
        assumeTrue(data != null, "shared/data not found (set -Dbasis.shared.data=...): real-data demo skipped");
        Path dir = data.resolve("binance-btcusdt-spot-perp-hourly-2024-2026");
        assumeTrue(Files.isDirectory(dir), dir + " is absent: real-data demo skipped");
        long start = System.nanoTime();
        CliTestSupport.Run r = run("demo", "--data", dir.toString(), "--out", tmp.toString());
        System.out.println("basis demo --data took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        System.out.println(r.out());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Market data from " + dir.toAbsolutePath().normalize())
                .contains("12000 observations").contains("skipped: the data hold no dated futures")
                .contains("binance_btcusd_perp_coinm_funding_1h.csv");
        // The risk section on real files: spot long, the perpetual short, no future.
        assertThat(section(r.out(), DemoPipeline.SECTION_RISK)).contains("short 1 coin of the perpetual")
                .contains("chart: risk-pnl.png").contains("basis collapse to zero").doesNotContain("skipped: only");
        for (String s : SECTIONS) {
            assertThat(r.out()).contains("== " + s);
        }
        String html = Files.readString(tmp.resolve("report.html"), StandardCharsets.UTF_8);
        // No futures: no term-structure chart.
        assertThat(count(html, "data:image/png;base64,")).isEqualTo(CHARTS.size() - 1);
        assertThat(tmp.resolve("term-structure.png")).doesNotExist();
    }

    @Test
    void binanceDumpFilesWithADatedFuture(@TempDir Path tmp) throws IOException {
        // A small simulated market written in Binance's dump formats: klines without a header,
        // fundingRate with one, and a delivery contract named by its symbol.
        MarketConfig c = MarketConfig.defaults().withGrid(Instant.parse("2026-03-10T00:00:00Z"), Duration.ofHours(1), 400);
        SimulatedMarket m = MarketSimulator.of(c).simulate(3);
        Path dir = tmp.resolve("dumps");
        Files.createDirectories(dir.resolve("futures"));
        // Spot in two monthly files, joined in time order.
        klines(dir.resolve("BTCUSDT-1h-spot-2026-03.csv"), m.spot().subSeries(0, 200));
        klines(dir.resolve("BTCUSDT-1h-spot-2026-04.csv"), m.spot().subSeries(200, 400));
        klines(dir.resolve("BTCUSDT-1h-perp.csv"), m.perpetual());
        SimulatedFuture june = m.futures().get(1);
        assertThat(june.contract().symbol()).isEqualTo("BTCUSDT_260626");
        klines(dir.resolve("futures").resolve("BTCUSDT_260626-1h-2026-03.csv"), june.prices());
        // Funding in two monthly files; another coin's files are named otherwise and left unread.
        StringBuilder march = new StringBuilder("calc_time,funding_interval_hours,last_funding_rate\n");
        StringBuilder april = new StringBuilder(march);
        for (int i = 0; i < m.fundingRates().size(); i++) {
            Instant t = m.fundingRates().time(i);
            (t.isBefore(Instant.parse("2026-04-01T00:00:00Z")) ? march : april).append(t.toEpochMilli()).append(",8,")
                    .append(m.fundingRates().value(i)).append('\n');
        }
        Files.writeString(dir.resolve("BTCUSDT-fundingRate-2026-03.csv"), march);
        Files.writeString(dir.resolve("BTCUSDT-fundingRate-2026-04.csv"), april);
        Files.writeString(dir.resolve("ETHUSDT-1h-spot.csv"), "not read\n");
        Files.writeString(dir.resolve("ETHUSDT-fundingRate.csv"), "not read\n");
        CliTestSupport.Run r = run("demo", "--data", dir.toString(), "--out", tmp.resolve("o").toString(), "--no-charts");
        assertThat(r.code()).as(r.err()).isZero();
        // Klines are labelled by their opening time: each close is used an hour later, at the bar's end, so
        // the settlement at the first opening time (00:00) has no price yet and is left out.
        long settled = java.util.stream.IntStream.range(0, m.fundingRates().size())
                .filter(i -> m.fundingRates().time(i).isAfter(m.spot().firstTime())).count();
        assertThat(settled).isEqualTo(m.fundingRates().size() - 1);
        assertThat(r.out()).contains("400 observations").contains("Dated futures: 1 (BTCUSDT_260626)")
                .contains("BTCUSDT_260626  2026-06-26").contains("cash-and-carry (BTCUSDT_260626)")
                .contains(settled + " settlements").contains("left out 1 settlements at times without both prices (1 of them outside the price period)")
                .contains("rows are bars labelled by their opening time (--time-label auto): each close is used at "
                        + "the bar's end, + 1h")
                .contains("Left out 1 other spot file [ETHUSDT-1h-spot.csv]").contains("Left out 1 other funding file [ETHUSDT-fundingRate.csv]");
        assertThat(r.out()).contains("Constant maturity").doesNotContain("skipped: the data hold no dated futures")
                .doesNotContain("chart: ");
        // --no-charts: the page holds the tables only, and no PNG is written.
        String html = Files.readString(tmp.resolve("o").resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<table>").doesNotContain("data:image/png");
        assertThat(tmp.resolve("o").resolve("basis.png")).doesNotExist();
    }

    @Test
    void plainCsvFilesWithFundingRows(@TempDir Path tmp) throws IOException {
        // Plain CSVs: ISO times and a close column; funding rows are the settlements (no interval column).
        MarketConfig c = MarketConfig.defaults().withGrid(Instant.parse("2026-05-01T00:00:00Z"), Duration.ofHours(1), 300);
        SimulatedMarket m = MarketSimulator.of(c).simulate(9);
        csv(tmp.resolve("spot.csv"), "time,close", m.spot());
        csv(tmp.resolve("perp.csv"), "time,close", m.perpetual());
        csv(tmp.resolve("funding.csv"), "timestamp,funding_rate", m.fundingRates());
        // The simulated prices are values at their times, not bars: stated with --time-label close.
        CliTestSupport.Run r = run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString(), "--no-charts",
                "--time-label", "close");
        assertThat(r.code()).as(r.err()).isZero();
        // 300 hours from midnight: settlements at 00, 08, 16 h: ceil(300 / 8) = 38, every 8 hours.
        assertThat(r.out()).contains("300 observations").contains("38 settlements on price timestamps, every 8h")
                .contains("skipped: the data hold no dated futures");
    }

    @Test
    void aFundingRateInPercentIsRefusedNamingItsRow(@TempDir Path tmp) throws IOException {
        MarketConfig c = MarketConfig.defaults().withGrid(Instant.parse("2026-05-01T00:00:00Z"), Duration.ofHours(1), 240);
        SimulatedMarket m = MarketSimulator.of(c).simulate(9);
        csv(tmp.resolve("spot.csv"), "time,close", m.spot());
        csv(tmp.resolve("perp.csv"), "time,close", m.perpetual());
        // Settlements every 8 h; the second is 0.5 (a 0.5% rate written in percent): 6.25% an hour.
        Files.writeString(tmp.resolve("funding.csv"), "timestamp,funding_rate\n2026-05-01T00:00:00Z,0.0001\n"
                + "2026-05-01T08:00:00Z,0.5\n2026-05-01T16:00:00Z,0.0001\n");
        CliTestSupport.Run r = run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString(), "--no-charts",
                "--time-label", "close");
        assertThat(r.failsWithOneLine().err()).contains(tmp.resolve("funding.csv") + ", the row at 2026-05-01T08:00:00Z: "
                + "funding rate 0.5 per 8h is above 5").contains("percent");
        // With an interval column: 0.06 per 1 h is refused, 0.3 per 8 h would not be.
        Files.writeString(tmp.resolve("funding.csv"), "timestamp,funding_rate,funding_interval_hours\n"
                + "2026-05-01T00:00:00Z,0.3,8\n2026-05-01T08:00:00Z,0.06,1\n");
        assertThat(run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString(), "--no-charts",
                "--time-label", "close").failsWithOneLine().err())
                .contains("the row at 2026-05-01T08:00:00Z: funding rate 0.06 per 1h");
    }

    @Test
    void droppedRowsFundingIntervalCostsAndIgnoredFilesAreReported(@TempDir Path tmp) throws IOException {
        MarketConfig c = MarketConfig.defaults().withGrid(Instant.parse("2026-05-01T00:00:00Z"), Duration.ofHours(1), 600);
        SimulatedMarket m = MarketSimulator.of(c).simulate(9);
        // Spot: every other price is NA (300 of 600); the perpetual is complete.
        StringBuilder spot = new StringBuilder("time,price\n");
        for (int i = 0; i < m.spot().size(); i++) {
            spot.append(m.spot().time(i)).append(',').append(i % 2 == 1 ? "NA" : String.valueOf(m.spot().value(i)))
                    .append('\n');
        }
        Files.writeString(tmp.resolve("spot.csv"), spot);
        csv(tmp.resolve("perp.csv"), "time,price", m.perpetual());
        // Funding settlements every 8 h, and one more 4 h after the last: the interval is 8 h, not 4 h.
        StringBuilder funding = new StringBuilder("timestamp,funding_rate\n");
        TimeSeries f = m.fundingRates();
        for (int i = 0; i < f.size(); i++) {
            funding.append(f.time(i)).append(',').append(f.value(i)).append('\n');
        }
        funding.append(f.lastTime().plus(Duration.ofHours(4))).append(",0.0001\n");
        Files.writeString(tmp.resolve("funding.csv"), funding);
        Files.writeString(tmp.resolve("other-venue-funding-x.csv"), "timestamp,funding_rate\n");
        CliTestSupport.Run r = run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString(), "--no-charts",
                "--spot-fee-bps", "2", "--derivative-fee-bps", "1.5", "--half-spread-bps", "0.1", "--cash-rate", "0.03",
                "--coin-borrow-rate", "0.06");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("spot.csv: left out 300 of 600 rows with a missing value")
                .contains("Paired on equal timestamps: 300 observations; left out 0 spot and 300 perpetual prices")
                .contains("300 observations from")
                .contains("every 8h").contains("gaps between funding rows vary; the most common, 8h")
                .contains("Funding every 8h (1095 settlements a year")
                .contains("Left out 1 other funding file [other-venue-funding-x.csv]")
                .contains("taker fees 2.00 bp spot, 1.50 bp derivatives, half-spread 0.10 bp, cash at 3.00% a year, "
                        + "coin borrowed at 6.00%");
        assertThat(run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString(), "--spot-fee-bps", "-1")
                .failsWithOneLine().err()).contains("--spot-fee-bps");
        // 600 bp of fee (6% a trade) is a units mistake: refused in the option's terms, not by the library.
        assertThat(run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString(), "--derivative-fee-bps",
                "600").failsWithOneLine().err()).contains("--derivative-fee-bps").contains("[0, 500]").contains("600.0");
    }

    @Test
    void futureExpiringInsideTheDataIsUsedUpToItsExpiry(@TempDir Path tmp) throws IOException {
        // Issue 15: a dated future expiring before the last row aborted the demo ("must not be constant
        // but has every value equal to nothing"): its 30-day constant-maturity basis is empty.
        MarketConfig c = MarketConfig.defaults().withGrid(Instant.parse("2026-06-20T00:00:00Z"), Duration.ofHours(1), 400);
        SimulatedMarket m = MarketSimulator.of(c).simulate(5);
        csv(tmp.resolve("spot.csv"), "time,price", m.spot());
        csv(tmp.resolve("perp.csv"), "time,price", m.perpetual());
        // Prices every hour of the data, but the contract expires on 2026-06-26 08:00, 152 hours in.
        csv(tmp.resolve("BTCUSDT_260626.csv"), "time,price", m.perpetual().mapValues(v -> v * 1.001));
        CliTestSupport.Run r = run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("BTCUSDT_260626 expires 2026-06-26 08:00 UTC, inside the data: its 153 prices up "
                        + "to the expiry are used; left out 247 rows after it")
                .contains("the perpetual premium P/S - 1 (bp) stands in for the basis");
        // The premium is charted in bp as a price gap, never multiplied by 1095 as if it were a return.
        String html = Files.readString(tmp.resolve("o").resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("x 1095");
    }

    @Test
    void zoneOfLocalTimestamps(@TempDir Path tmp) throws IOException {
        // Files written in UTC+3 local time without a zone (as the seven-venue funding files are).
        MarketConfig c = MarketConfig.defaults().withGrid(Instant.parse("2026-05-01T00:00:00Z"), Duration.ofHours(1), 300);
        SimulatedMarket m = MarketSimulator.of(c).simulate(9);
        java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneOffset.ofHours(3));
        for (String[] f : new String[][] {{"spot.csv", "spot"}, {"perp.csv", "perp"}}) {
            TimeSeries s = f[1].equals("spot") ? m.spot() : m.perpetual();
            StringBuilder b = new StringBuilder("time,price\n");
            for (int i = 0; i < s.size(); i++) {
                b.append(local.format(s.time(i))).append(',').append(s.value(i)).append('\n');
            }
            Files.writeString(tmp.resolve(f[0]), b);
        }
        CliTestSupport.Run r = run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString(), "--no-charts",
                "--zone", "+03:00");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("300 observations from 2026-05-01 00:00 to");
    }

    @Test
    void tooFewCommonTimestampsIsOneLine(@TempDir Path tmp) throws IOException {
        MarketConfig c = MarketConfig.defaults().withGrid(Instant.parse("2026-05-01T00:00:00Z"), Duration.ofHours(1), 50);
        SimulatedMarket m = MarketSimulator.of(c).simulate(9);
        csv(tmp.resolve("spot.csv"), "time,close", m.spot());
        csv(tmp.resolve("perp.csv"), "time,close", m.perpetual());
        CliTestSupport.Run r = run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString())
                .failsWithOneLine();
        assertThat(r.err()).contains("share 50 timestamps").contains("at least 200");
    }

    @Test
    void missingPerpetualIsOneLine(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("spot.csv"), "time,close\n1,2\n");
        CliTestSupport.Run r = run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString())
                .failsWithOneLine();
        assertThat(r.err()).contains("no perpetual price file");
    }

    private static void csv(Path file, String header, TimeSeries s) throws IOException {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (int i = 0; i < s.size(); i++) {
            b.append(s.time(i)).append(',').append(s.value(i)).append('\n');
        }
        Files.writeString(file, b);
    }

    @Test
    void unreadablePriceFileIsOneLineNamingIt(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("x-spot.csv"), "a,b\nfoo,bar\n");
        Files.writeString(tmp.resolve("x-perp.csv"), "a,b\nfoo,bar\n");
        CliTestSupport.Run r = run("demo", "--data", tmp.toString(), "--out", tmp.resolve("o").toString())
                .failsWithOneLine();
        assertThat(r.err()).contains("x-spot.csv").contains("neither a Binance klines dump");
    }

    @Test
    void helpNamesTheOptions() {
        CliTestSupport.Run r = run("demo", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--data").contains("--seed").contains("--out").contains("--no-charts")
                .contains("SYNTHETIC");
        assertThat(run("--help").out()).contains("demo");
    }

    @Test
    void htmlEscapesText() {
        assertThat(DemoReport.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    }

    private static void klines(Path file, TimeSeries close) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < close.size(); i++) {
            long open = close.time(i).toEpochMilli();
            double p = close.value(i);
            b.append(open).append(',').append(p).append(',').append(p).append(',').append(p).append(',').append(p)
                    .append(",1.5,").append(open + 3_599_999).append(',').append(1.5 * p).append(",10,0.7,")
                    .append(0.7 * p).append(",0\n");
        }
        Files.writeString(file, b);
    }

    /** The text of one section of a printed report, up to the next section. */
    private static String section(String report, String title) {
        int from = report.indexOf("== " + title);
        assertThat(from).as("section %s", title).isNotNegative();
        int to = report.indexOf("\n== ", from + 1);
        return to < 0 ? report.substring(from) : report.substring(from, to);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The project's shared data folder, as basis-data's real-data tests find it; null when absent. */
    static Path sharedData() {
        String property = System.getProperty("basis.shared.data");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
