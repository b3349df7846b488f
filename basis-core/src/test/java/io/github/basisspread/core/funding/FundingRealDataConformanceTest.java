package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.basisspread.core.time.FundingSchedule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Published funding rates against the documented rules.
 *
 * <p>Data (read in place, never copied into the repository; the tests skip when absent):
 * <ul>
 *   <li>{@code shared/data/funding-rates-btc-eth-7venues-2020-2023}: BTC-USDT and ETH-USDT settled
 *       rates per interval from supervik/historical-funding-rates-fetcher (MIT), columns
 *       {@code Symbol,Date,Funding Rate}, zone-less timestamps: Binance, Bybit, HTX and MEXC rows at
 *       03/11/19 h (UTC+3 of 00/08/16 UTC, per its SOURCE.md), Gate at 00/08/16 h (UTC), KuCoin at
 *       07/15/23 h, dYdX hourly.</li>
 *   <li>{@code shared/data/binance-btcusdt-spot-perp-hourly-2024-2026}: hourly snapshots of the
 *       published/predicted funding rate of Binance COIN-M BTCUSD_PERP and of dYdX v4 BTC-USD
 *       (column {@code CLOSE}, {@code INTERVAL_MS} 28800000 and 3600000).</li>
 * </ul>
 * What is checked, and what is not:
 * <ul>
 *   <li>Binance BTCUSDT and ETHUSDT: every rate inside the documented caps
 *       ({@link BinanceFunding#btcUsdt()} ±0.30%, {@link BinanceFunding#ethUsdt()} ±0.375%, the
 *       0.75 x MMR rule), both caps reached, the modal rate exactly the 0.01% interest (the
 *       formula's fixed point, {@code F = I} while the premium is inside the damper), and every row
 *       on the 00/08/16 UTC schedule once shifted by the file's UTC+3.</li>
 *   <li>Bybit: modal rate exactly 0.01% ({@link BybitFunding#defaults()} at zero premium) and the
 *       00/08/16 UTC schedule. Bybit publishes no numeric cap in the documents found, so caps are
 *       not checked.</li>
 *   <li>Gate, HTX, KuCoin, MEXC: Basis has no formula for these venues and their caps were not
 *       looked up, so no cap is checked; only the files' shape is (finite rates).</li>
 *   <li>dYdX in the 7-venue files covers 2022-2023, before dYdX v4's launch (October 2023): these
 *       are dYdX v3 rates, to which {@link DydxV4Funding} does not apply; only their hourly spacing
 *       is checked. The 2024-2026 dYdX v4 series is checked against the v4 formula: every rate
 *       inside the 1.5% hourly cap and the modal rate exactly 0, the fixed point with no interest
 *       component.</li>
 *   <li>Binance COIN-M BTCUSD_PERP 2024-2026 (a proxy, hourly snapshots): modal rate exactly
 *       0.01% per 8 h. Its cap depends on the COIN-M maintenance margin, not documented here: not
 *       checked.</li>
 * </ul>
 */
class FundingRealDataConformanceTest {

    private static final String SEVEN_VENUES = "funding-rates-btc-eth-7venues-2020-2023";
    private static final String HOURLY = "binance-btcusdt-spot-perp-hourly-2024-2026";
    private static final DateTimeFormatter ZONELESS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    /** One published rate: the instant as written (zone-less, read as UTC) and the rate. */
    private record Row(Instant time, double rate) {
    }

    private static Path dataDir(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    private static Path sevenVenueFile(String symbol, String venue) {
        Path dir = dataDir(SEVEN_VENUES);
        assumeTrue(dir != null, "skipped: ../shared/data/" + SEVEN_VENUES + " is not present");
        try (var files = Files.list(dir)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(symbol + "_" + venue + "_")).findFirst()
                    .orElse(null);
            assumeTrue(file != null, "skipped: no " + symbol + " " + venue + " file in " + dir);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code Symbol,Date,Funding Rate}; a malformed line fails with its file and line. */
    private static List<Row> readSevenVenue(Path file) {
        List<Row> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("Symbol,Date,Funding Rate");
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",", -1);
                assertThat(f).as(file + " line " + (i + 1)).hasSize(3);
                Instant t = LocalDateTime.parse(f[1], ZONELESS).toInstant(ZoneOffset.UTC);
                rows.add(new Row(t, Double.parseDouble(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Reads column CLOSE of the hourly funding files, with their INTERVAL_MS checked. */
    private static List<Row> readHourly(String fileName, long intervalMs) {
        Path dir = dataDir(HOURLY);
        assumeTrue(dir != null, "skipped: ../shared/data/" + HOURLY + " is not present");
        Path file = dir.resolve(fileName);
        assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is not present");
        List<Row> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split(",", -1));
            int time = header.indexOf("TIMESTAMP");
            int interval = header.indexOf("INTERVAL_MS");
            int close = header.indexOf("CLOSE");
            assertThat(List.of(time, interval, close)).as(file + " header").doesNotContain(-1);
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",", -1);
                assertThat(Long.parseLong(f[interval])).as(file + " line " + (i + 1)).isEqualTo(intervalMs);
                rows.add(new Row(LocalDateTime.parse(f[time], ZONELESS).toInstant(ZoneOffset.UTC),
                        Double.parseDouble(f[close])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static double mode(List<Row> rows) {
        Map<Double, Integer> counts = new HashMap<>();
        for (Row r : rows) {
            counts.merge(r.rate(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static double max(List<Row> rows) {
        return rows.stream().mapToDouble(Row::rate).max().orElseThrow();
    }

    private static double min(List<Row> rows) {
        return rows.stream().mapToDouble(Row::rate).min().orElseThrow();
    }

    @Test
    void binanceBtcUsdtRatesStayInsideTheDocumentedCapAndReachIt() {
        List<Row> rows = readSevenVenue(sevenVenueFile("BTC-USDT", "binance"));
        assertThat(rows).hasSize(4383);
        BinanceFunding btc = BinanceFunding.btcUsdt();
        assertThat(max(rows)).isLessThanOrEqualTo(btc.cap()).isEqualTo(0.003);
        assertThat(min(rows)).isGreaterThanOrEqualTo(-btc.cap()).isEqualTo(-0.003);
        // The formula's fixed point: inside the damper the rate is the interest, 0.01% exactly.
        assertThat(mode(rows)).isEqualTo(btc.rate(0.0)).isEqualTo(0.0001);
    }

    @Test
    void binanceEthUsdtRatesStayInsideTheDocumentedCap() {
        List<Row> rows = readSevenVenue(sevenVenueFile("ETH-USDT", "binance"));
        BinanceFunding eth = BinanceFunding.ethUsdt();
        assertThat(max(rows)).isLessThanOrEqualTo(eth.cap()).isEqualTo(0.00375);
        assertThat(min(rows)).isGreaterThanOrEqualTo(-eth.cap());
        assertThat(mode(rows)).isEqualTo(eth.rate(0.0)).isEqualTo(0.0001);
    }

    @ParameterizedTest
    @ValueSource(strings = {"binance", "bybit"})
    void settlementsFallOnThe00_08_16UtcScheduleOnceShiftedFromUtcPlus3(String venue) {
        FundingSchedule schedule = FundingSchedule.standard8h();
        for (String symbol : List.of("BTC-USDT", "ETH-USDT")) {
            for (Row r : readSevenVenue(sevenVenueFile(symbol, venue))) {
                // Binance stamps a settlement a few milliseconds after the funding instant (e.g. 08:00:00.002).
                Instant utc = r.time().minus(Duration.ofHours(3));
                Duration late = Duration.between(schedule.previousSettlementAtOrBefore(utc), utc);
                assertThat(late).as(venue + " " + symbol + " " + r.time()).isLessThan(Duration.ofSeconds(1));
            }
        }
    }

    @Test
    void bybitModalRateIsTheInterestRate() {
        for (String symbol : List.of("BTC-USDT", "ETH-USDT")) {
            List<Row> rows = readSevenVenue(sevenVenueFile(symbol, "bybit"));
            assertThat(mode(rows)).as(symbol).isEqualTo(BybitFunding.defaults().rate(0.0)).isEqualTo(0.0001);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gate", "htx", "kucoin", "mexc"})
    void venuesWithoutABasisFormulaAreReadButNotCapChecked(String venue) {
        for (String symbol : List.of("BTC-USDT", "ETH-USDT")) {
            List<Row> rows = readSevenVenue(sevenVenueFile(symbol, venue));
            assertThat(rows).as(venue + " " + symbol).hasSizeGreaterThan(3000);
            assertThat(rows).allSatisfy(r -> assertThat(r.rate()).isFinite());
        }
    }

    @Test
    void dydxV3RowsAreHourly() {
        List<Row> rows = readSevenVenue(sevenVenueFile("BTC-USDT", "dydx"));
        assertThat(rows).hasSize(17520);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(Duration.between(rows.get(i - 1).time(), rows.get(i).time())).isEqualTo(Duration.ofHours(1));
        }
    }

    @Test
    void dydxV4RatesStayInsideTheHourlyCapAndCentreOnZero() {
        List<Row> rows = readHourly("dydxv4_btcusd_funding_1h.csv", 3_600_000L);
        assertThat(rows).hasSize(12000);
        DydxV4Funding v4 = DydxV4Funding.defaults();
        assertThat(max(rows)).isLessThanOrEqualTo(v4.hourlyCap());
        assertThat(min(rows)).isGreaterThanOrEqualTo(-v4.hourlyCap());
        assertThat(mode(rows)).isEqualTo(v4.rate(0.0)).isEqualTo(0.0);
    }

    @Test
    void binanceCoinMModalRateIsTheInterestRate() {
        List<Row> rows = readHourly("binance_btcusd_perp_coinm_funding_1h.csv", 28_800_000L);
        assertThat(rows).hasSize(18000);
        assertThat(mode(rows)).isEqualTo(BinanceFunding.btcUsdt().rate(0.0)).isEqualTo(0.0001);
    }
}
