package io.github.basisspread.venues.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.venues.BarInterval;
import io.github.basisspread.venues.Candle;
import io.github.basisspread.venues.FakeSleeper;
import io.github.basisspread.venues.Fetched;
import io.github.basisspread.venues.FundingObservation;
import io.github.basisspread.venues.Gap;
import io.github.basisspread.venues.TestServer;
import io.github.basisspread.venues.TestServer.Reply;
import io.github.basisspread.venues.VenueException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binance public data dumps against an in-process server laid out as data.binance.vision
 * ("binance-public-data" README, github.com/binance/binance-public-data, read 2026-12-05): a
 * zip holding one headerless CSV of the 12 kline columns, and a .CHECKSUM file
 * {@code "<sha256>  <file name>"}.
 */
class BinanceDumpsTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @TempDir
    Path cache;

    static byte[] zip(String name, String csv) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(csv.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return b.toByteArray();
    }

    /** A month of hourly spot klines as Binance dumps them (no header, epoch ms). */
    static String monthCsv(Instant start, int hours) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < hours; i++) {
            long open = start.toEpochMilli() + i * 3_600_000L;
            double close = 42_000 + i;
            s.append(open).append(',').append(close - 1).append(',').append(close + 3).append(',').append(close - 3)
                    .append(',').append(close).append(",10.5,").append(open + 3_599_999).append(",441000.0,77,5.2,"
                    + "218000.0,0\n");
        }
        return s.toString();
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static final String JAN = "/data/spot/monthly/klines/BTCUSDT/1h/BTCUSDT-1h-2024-01.zip";

    Map<String, Reply> files() throws Exception {
        byte[] jan = zip("BTCUSDT-1h-2024-01.csv", monthCsv(Instant.parse("2024-01-01T00:00:00Z"), 744));
        Map<String, Reply> m = new HashMap<>();
        m.put(JAN, new Reply(200, Map.of(), jan, -1));
        m.put(JAN + ".CHECKSUM", Reply.status(200, sha(jan) + "  BTCUSDT-1h-2024-01.zip\n"));
        return m;
    }

    static Reply serve(Map<String, Reply> files, TestServer.Request r) {
        Reply f = files.get(r.path());
        if (f == null) {
            return Reply.status(404, "<Error><Code>NoSuchKey</Code></Error>");
        }
        String range = r.headers().get("range");
        if (range != null && f.status() == 200) {
            int from = Integer.parseInt(range.replace("bytes=", "").replace("-", ""));
            byte[] rest = java.util.Arrays.copyOfRange(f.body(), from, f.body().length);
            return new Reply(206, Map.of("Content-Range", "bytes " + from + "-" + (f.body().length - 1) + "/"
                    + f.body().length), rest, -1);
        }
        return f;
    }

    @Test
    void aMonthlyDumpIsDownloadedVerifiedReadAndThenServedFromTheCache() throws Exception {
        Map<String, Reply> files = files();
        try (TestServer s = TestServer.start(r -> serve(files, r))) {
            BinanceDumps d = BinanceDumps.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(NOW).options(2), cache);
            Instant from = Instant.parse("2024-01-01T00:00:00Z");
            Instant to = Instant.parse("2024-02-01T00:00:00Z");
            AtomicInteger files1 = new AtomicInteger();
            Fetched<Candle> f = d.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, from, to,
                    files1::incrementAndGet);
            assertThat(f.rows()).hasSize(744);
            assertThat(f.gaps()).isEmpty();
            assertThat(files1).hasValue(1);
            assertThat(f.rows().get(10).close()).isEqualTo(42_010.0);
            assertThat(f.rows().get(10).closeTime()).isEqualTo(Instant.parse("2024-01-01T11:00:00Z"));
            assertThat(s.requests()).extracting(TestServer.Request::path).containsExactly(JAN + ".CHECKSUM", JAN);
            assertThat(cache.resolve(JAN.substring(1))).exists();
            // again: nothing goes over the network
            Fetched<Candle> again = d.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, from, to,
                    () -> { });
            assertThat(again.rows()).isEqualTo(f.rows());
            assertThat(s.requests()).hasSize(2);
        }
    }

    @Test
    void aPartialMonthIsFetchedDayByDayAndMissingDaysAreGaps() throws Exception {
        Map<String, Reply> files = new HashMap<>();
        String day = "/data/futures/um/daily/premiumIndexKlines/BTCUSDT/1h/BTCUSDT-1h-2024-03-02.zip";
        byte[] z = zip("BTCUSDT-1h-2024-03-02.csv", "open_time,open,high,low,close,volume,close_time,quote_volume,"
                + "count,taker_buy_volume,taker_buy_quote_volume,ignore\n" + monthCsv(Instant.parse(
                        "2024-03-02T00:00:00Z"), 24));
        files.put(day, new Reply(200, Map.of(), z, -1));
        files.put(day + ".CHECKSUM", Reply.status(200, sha(z) + "  BTCUSDT-1h-2024-03-02.zip"));
        try (TestServer s = TestServer.start(r -> serve(files, r))) {
            BinanceDumps d = BinanceDumps.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(NOW).options(2), cache);
            Instant from = Instant.parse("2024-03-01T00:00:00Z");
            Instant to = Instant.parse("2024-03-03T00:00:00Z");
            assertThat(d.klineFiles(BinanceMarket.USDM, KlineKind.PREMIUM_INDEX, "BTCUSDT", BarInterval.H1, from, to))
                    .containsExactly("data/futures/um/daily/premiumIndexKlines/BTCUSDT/1h/BTCUSDT-1h-2024-03-01.zip",
                            day.substring(1));
            Fetched<Candle> f = d.klines(BinanceMarket.USDM, KlineKind.PREMIUM_INDEX, "BTCUSDT", BarInterval.H1, from,
                    to, () -> { });
            assertThat(f.rows()).hasSize(24);
            assertThat(f.gaps()).containsExactly(new Gap(from, Instant.parse("2024-03-02T00:00:00Z"), 24));
        }
    }

    @Test
    void aChecksumMismatchFailsAndDeletesTheDownload() throws Exception {
        Map<String, Reply> files = files();
        files.put(JAN + ".CHECKSUM", Reply.status(200, "0".repeat(64) + "  BTCUSDT-1h-2024-01.zip"));
        try (TestServer s = TestServer.start(r -> serve(files, r))) {
            BinanceDumps d = BinanceDumps.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(NOW).options(2), cache);
            assertThatThrownBy(() -> d.fetch(JAN.substring(1)))
                    .isInstanceOf(VenueException.class)
                    .hasMessageContaining("binance GET " + JAN)
                    .hasMessageContaining("checksum mismatch")
                    .hasMessageContaining("0".repeat(64))
                    .hasMessageContaining(sha(files.get(JAN).body()));
            assertThat(cache.resolve(JAN.substring(1))).doesNotExist();
            assertThat(cache.resolve(JAN.substring(1) + ".part")).doesNotExist();
        }
    }

    @Test
    void aMalformedChecksumFileIsNamed() throws Exception {
        Map<String, Reply> files = files();
        files.put(JAN + ".CHECKSUM", Reply.status(200, "<html>not a checksum</html>"));
        try (TestServer s = TestServer.start(r -> serve(files, r))) {
            BinanceDumps d = BinanceDumps.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(NOW).options(2), cache);
            assertThatThrownBy(() -> d.fetch(JAN.substring(1))).isInstanceOf(VenueException.class)
                    .hasMessageContaining("malformed checksum file");
        }
    }

    @Test
    void aBrokenTransferResumesWithARangeRequestInTheNextRun() throws Exception {
        Map<String, Reply> files = files();
        byte[] body = files.get(JAN).body();
        int half = body.length / 2;
        Path part = cache.resolve(JAN.substring(1) + ".part");
        long kept;
        try (TestServer down = TestServer.start(r -> r.path().equals(JAN) ? files.get(JAN).cutAfter(half)
                : serve(files, r))) {
            // one attempt only: the venue goes down half-way and the run fails, leaving the .part file
            BinanceDumps once = BinanceDumps.of(BinanceEndpoints.allAt(down.uri()), new FakeSleeper(NOW).options(1),
                    cache);
            assertThatThrownBy(() -> once.fetch(JAN.substring(1))).isInstanceOf(VenueException.class)
                    .hasMessageContaining("binance GET " + JAN).hasMessageContaining("transfer broken");
            assertThat(part).exists();
            kept = Files.size(part);
            assertThat(kept).isPositive().isLessThan(body.length);
        }
        try (TestServer up = TestServer.start(r -> serve(files, r))) {
            // the next run asks only for the rest, and the .CHECKSUM kept from the first run is reused
            BinanceDumps next = BinanceDumps.of(BinanceEndpoints.allAt(up.uri()), new FakeSleeper(NOW).options(2), cache);
            Path zip = next.fetch(JAN.substring(1));
            assertThat(Files.readAllBytes(zip)).isEqualTo(body);
            assertThat(part).doesNotExist();
            assertThat(up.requests()).hasSize(1);
            assertThat(up.requests().get(0).path()).isEqualTo(JAN);
            assertThat(up.requests().get(0).headers().get("range")).isEqualTo("bytes=" + kept + "-");
        }
    }

    @Test
    void fundingDumpsAreReadWithTheirIntervals() throws Exception {
        String path = "/data/futures/um/monthly/fundingRate/BTCUSDT/BTCUSDT-fundingRate-2024-01.zip";
        byte[] z = zip("BTCUSDT-fundingRate-2024-01.csv", "calc_time,funding_interval_hours,last_funding_rate\n"
                + "1704067200000,8,0.00037409\n1704096000000,8,0.00030000\n1704124800000,8,-0.00010000\n");
        Map<String, Reply> files = new HashMap<>();
        files.put(path, new Reply(200, Map.of(), z, -1));
        files.put(path + ".CHECKSUM", Reply.status(200, sha(z) + "  BTCUSDT-fundingRate-2024-01.zip"));
        try (TestServer s = TestServer.start(r -> serve(files, r))) {
            BinanceDumps d = BinanceDumps.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(NOW).options(2), cache);
            Fetched<FundingObservation> f = d.funding(BinanceMarket.USDM, "BTCUSDT", Instant.parse("2024-01-01T00:00:00Z"),
                    Instant.parse("2024-02-01T00:00:00Z"), () -> { });
            assertThat(f.rows()).extracting(FundingObservation::rate).containsExactly(0.00037409, 0.0003, -0.0001);
            assertThat(f.rows()).extracting(FundingObservation::interval).containsOnly(Duration.ofHours(8));
            assertThat(f.gaps()).isEmpty();
        }
    }
}
