package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * basis fetch binance against an in-process server answering Binance's documented schemas
 * ("Kline/Candlestick data", "Premium index Kline Data", "Get Funding Rate History", "Get Funding
 * Rate Info", developers.binance.com, read 2026-12-05), then basis demo --data on the files.
 */
class FetchCommandTest {

    static final long H = 3_600_000L;
    static final long T0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    static final int HOURS = 24 * 20;

    /** A seeded market: spot random walk, perpetual at spot times (1 + an AR(1) basis), 8 h funding. */
    static final class Market {
        final double[] spot = new double[HOURS + 1];
        final double[] perp = new double[HOURS + 1];

        Market() {
            SplittableRandom r = new SplittableRandom(11);
            double s = 42_000;
            double b = 0.0008;
            for (int i = 0; i <= HOURS; i++) {
                s *= Math.exp(0.004 * r.nextGaussian());
                b = 0.0004 + 0.9 * (b - 0.0004) + 0.0002 * r.nextGaussian();
                spot[i] = Math.round(s * 100) / 100.0;
                perp[i] = Math.round(s * (1 + b) * 10) / 10.0;
            }
        }

        String klines(double[] px, long start, long end, int limit) {
            StringBuilder b = new StringBuilder("[");
            int n = 0;
            for (long t = (start + H - 1) / H * H; t <= end && n < limit; t += H) {
                int i = (int) ((t - T0) / H);
                if (i < 0 || i >= HOURS) {
                    continue;
                }
                double c = px[i + 1];
                double o = px[i];
                b.append(n++ == 0 ? "" : ",").append("[").append(t).append(",\"").append(o).append("\",\"")
                        .append(Math.max(o, c) + 1).append("\",\"").append(Math.min(o, c) - 1).append("\",\"").append(c)
                        .append("\",\"100.5\",").append(t + H - 1).append(",\"4200000.0\",1000,\"50.1\",\"2100000.0\","
                                + "\"0\"]");
            }
            return b.append("]").toString();
        }

        String funding(long start, long end) {
            StringBuilder b = new StringBuilder("[");
            int n = 0;
            for (long t = (start + 8 * H - 1) / (8 * H) * (8 * H); t <= end && t < T0 + HOURS * H; t += 8 * H) {
                int i = (int) ((t - T0) / H);
                double rate = Math.round((perp[i] / spot[i] - 1) / 3 * 1e8) / 1e8;
                b.append(n++ == 0 ? "" : ",").append("{\"symbol\":\"BTCUSDT\",\"fundingRate\":\"").append(rate)
                        .append("\",\"fundingTime\":").append(t + 2).append(",\"markPrice\":\"").append(perp[i])
                        .append("\"}");
            }
            return b.append("]").toString();
        }
    }

    record Served(HttpServer server, List<String> log) implements AutoCloseable {
        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    static Served serve(Market m, AtomicBoolean failPerp) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        s.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            Map<String, String> q = new HashMap<>();
            String raw = ex.getRequestURI().getRawQuery();
            if (raw != null) {
                for (String kv : raw.split("&")) {
                    String[] p = kv.split("=", 2);
                    q.put(p[0], p.length > 1 ? p[1] : "");
                }
            }
            log.add(path + "?" + raw);
            long start = Long.parseLong(q.getOrDefault("startTime", "0"));
            long end = Long.parseLong(q.getOrDefault("endTime", "0"));
            int limit = Integer.parseInt(q.getOrDefault("limit", "500"));
            String body;
            int status = 200;
            switch (path) {
                case "/api/v3/klines" -> body = m.klines(m.spot, start, end, limit);
                case "/fapi/v1/klines" -> {
                    if (failPerp.get() && start >= T0 + 24 * H * 10) {
                        status = 400;
                        body = "{\"code\":-1100,\"msg\":\"Illegal characters found in parameter.\"}";
                    } else {
                        body = m.klines(m.perp, start, end, limit);
                    }
                }
                case "/fapi/v1/premiumIndexKlines" -> body = m.klines(m.spot, start, end, limit)
                        .replace("\"100.5\"", "\"0\"");
                case "/fapi/v1/fundingRate" -> body = m.funding(start, end);
                case "/fapi/v1/fundingInfo" -> body = "[]";
                default -> {
                    status = 404;
                    body = "{}";
                }
            }
            reply(ex, status, body);
        });
        s.start();
        return new Served(s, log);
    }

    static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("X-MBX-USED-WEIGHT-1M", "10");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    @Test
    void fetchWritesTheFilesDemoReadsAndARerunFetchesNothing(@TempDir Path tmp) throws Exception {
        Market m = new Market();
        Path data = tmp.resolve("data");
        try (Served s = serve(m, new AtomicBoolean(false))) {
            CliTestSupport.Run r = run("fetch", "binance", "--symbol", "BTCUSDT", "--what", "spot,perp,funding,premium",
                    "--from", "2024-01-01", "--to", "2024-01-21", "--interval", "1h", "--out", data.toString(),
                    "--base-url", s.url());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("spot     BTCUSDT              480 rows  -> " + data.resolve(
                    "binance_BTCUSDT_spot_1h.csv") + "; no gaps");
            assertThat(r.out()).contains("funding  BTCUSDT               60 rows");
            List<String> spot = Files.readAllLines(data.resolve("binance_BTCUSDT_spot_1h.csv"));
            assertThat(spot).hasSize(481);
            assertThat(spot.get(0)).isEqualTo("timestamp,open_time,open,high,low,close,volume");
            assertThat(spot.get(1)).startsWith("2024-01-01T01:00:00Z,2024-01-01T00:00:00Z," + m.spot[0] + ",")
                    .endsWith("," + m.spot[1] + ",100.5");
            List<String> funding = Files.readAllLines(data.resolve("binance_BTCUSDT_funding.csv"));
            assertThat(funding.get(1)).startsWith("2024-01-01T00:00:00Z,").endsWith(",8," + (T0 + 2));
            assertThat(data.resolve("binance_BTCUSDT_premium-index_1h.csv")).exists();
            assertThat(data.resolve("binance_BTCUSDT_perp_1h.csv")).exists();
            int requests = s.log().size();
            // a second run finds every (finished) month in the cache
            CliTestSupport.Run again = run("fetch", "binance", "--symbol", "BTCUSDT", "--what", "spot,perp,funding,premium",
                    "--from", "2024-01-01", "--to", "2024-01-21", "--out", data.toString(), "--base-url", s.url());
            assertThat(again.code()).isZero();
            assertThat(s.log().size() - requests).as("requests of the second run: %s", s.log()).isZero();
            assertThat(again.out()).isEqualTo(r.out());
        }
        CliTestSupport.Run demo = run("demo", "--data", data.toString(), "--out", tmp.resolve("report").toString(),
                "--no-charts");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Market data from " + data.toAbsolutePath().normalize())
                .contains("binance_BTCUSDT_spot_1h.csv").contains("binance_BTCUSDT_perp_1h.csv")
                .contains("binance_BTCUSDT_funding.csv");
    }

    @Test
    void aFailedRunIsOneLineAndTheNextRunResumes(@TempDir Path tmp) throws Exception {
        Market m = new Market();
        Path data = tmp.resolve("data");
        AtomicBoolean fail = new AtomicBoolean(true);
        try (Served s = serve(m, fail)) {
            // daily chunks (15m bars): the perpetual fails from day 11 on
            CliTestSupport.Run r = run("fetch", "binance", "--symbol", "BTCUSDT", "--what", "perp", "--from",
                    "2024-01-01", "--to", "2024-01-15", "--interval", "15m", "--out", data.toString(), "--base-url",
                    s.url()).failsWithOneLine();
            assertThat(r.err()).contains("binance GET /fapi/v1/klines").contains("HTTP 400").contains("-1100")
                    .contains("run again to resume");
            fail.set(false);
            s.log().clear();
            CliTestSupport.Run ok = run("fetch", "binance", "--symbol", "BTCUSDT", "--what", "perp", "--from",
                    "2024-01-01", "--to", "2024-01-15", "--interval", "15m", "--out", data.toString(), "--base-url",
                    s.url());
            assertThat(ok.code()).as(ok.err()).isZero();
            // only days 11..14 were fetched again
            assertThat(s.log()).hasSize(4).allSatisfy(l -> assertThat(Long.parseLong(l.replaceAll(
                    ".*startTime=(\\d+).*", "$1"))).isGreaterThanOrEqualTo(T0 + 24 * H * 10));
            // 15-minute bars where the market has hourly ones: three of every four bars are gaps, reported
            assertThat(ok.out()).contains("perp     BTCUSDT              336 rows").contains("336 gaps, 1008 missing:");
        }
    }

    @Test
    void hyperliquidPerpetualAndFundingThroughTheInfoEndpoint(@TempDir Path tmp) throws Exception {
        // Hyperliquid "Info endpoint" (hyperliquid.gitbook.io, read 2026-12-05): POST /info with
        // {"type":"candleSnapshot",...} and {"type":"fundingHistory",...}, oldest first.
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Market m = new Market();
        s.createContext("/info", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long start = Long.parseLong(body.replaceAll(".*\"startTime\":(\\d+).*", "$1"));
            StringBuilder b = new StringBuilder("[");
            if (body.contains("candleSnapshot")) {
                int n = 0;
                for (long t = (start + H - 1) / H * H; t < T0 + 48 * H && n < 30; t += H) {
                    int i = (int) ((t - T0) / H);
                    b.append(n++ == 0 ? "" : ",").append("{\"t\":").append(t).append(",\"T\":").append(t + H - 1)
                            .append(",\"o\":\"").append(m.perp[i]).append("\",\"h\":\"").append(m.perp[i] + 9)
                            .append("\",\"l\":\"").append(m.perp[i] - 9).append("\",\"c\":\"").append(m.perp[i + 1])
                            .append("\",\"v\":\"1.5\",\"n\":10,\"i\":\"1h\",\"s\":\"BTC\"}");
                }
            } else {
                int n = 0;
                for (long t = (start + H - 1) / H * H; t < T0 + 48 * H && n < 30; t += H) {
                    b.append(n++ == 0 ? "" : ",").append("{\"coin\":\"BTC\",\"fundingRate\":\"0.0000125\","
                            + "\"premium\":\"0.0001\",\"time\":").append(t).append("}");
                }
            }
            reply(ex, 200, b.append("]").toString());
        });
        s.start();
        try {
            Path data = tmp.resolve("hl");
            CliTestSupport.Run r = run("fetch", "hyperliquid", "--symbol", "BTC", "--what", "perp,funding", "--from",
                    "2024-01-01", "--to", "2024-01-03", "--out", data.toString(), "--base-url", "http://127.0.0.1:"
                            + s.getAddress().getPort(), "--format", "json");
            assertThat(r.code()).as(r.err()).isZero();
            List<Map<String, Object>> lines = r.jsonLines();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).containsEntry("kind", "perp").containsEntry("rows", 48.0).containsEntry("missing", 0.0);
            assertThat(lines.get(1)).containsEntry("kind", "funding").containsEntry("rows", 48.0);
            List<String> f = Files.readAllLines(data.resolve("hyperliquid_BTC_funding.csv"));
            assertThat(f.get(1)).isEqualTo("2024-01-01T00:00:00Z,0.0000125,1," + T0);
            assertThat(Files.readAllLines(data.resolve("hyperliquid_BTC_perp_1h.csv")).get(2))
                    .startsWith("2024-01-01T02:00:00Z,2024-01-01T01:00:00Z," + m.perp[1] + ",");
            assertThat(run("fetch", "hyperliquid", "--symbol", "BTC", "--what", "spot", "--from", "2024-01-01", "--to",
                    "2024-01-03", "--out", data.toString()).failsWithOneLine().err())
                    .contains("hyperliquid offers perp, funding, not 'spot'");
            assertThat(run("fetch", "okx", "--symbol", "BTC-USDT", "--source", "dumps", "--from", "2024-01-01", "--to",
                    "2024-01-03", "--out", data.toString()).failsWithOneLine().err()).contains("only binance");
        } finally {
            s.stop(0);
        }
    }

    @Test
    void fetchAndWatchHaveHelp() {
        CliTestSupport.Run f = run("fetch", "--help");
        assertThat(f.code()).isZero();
        assertThat(f.out()).startsWith("Usage: basis fetch").contains("--what").contains("--source").contains("binance, okx, "
                + "bybit, deribit, hyperliquid, dydx").contains("never filled");
        CliTestSupport.Run w = run("watch", "--help");
        assertThat(w.code()).isZero();
        assertThat(w.out()).startsWith("Usage: basis watch").contains("--stale-after").contains("Kalman");
        assertThat(run("--help").out()).contains("fetch").contains("watch");
    }

    @Test
    void badOptionsAreOneLine(@TempDir Path tmp) {
        run("fetch", "binance", "--symbol", "BTCUSDT", "--from", "2024-01-01", "--to", "2024-01-01", "--out",
                tmp.toString()).failsWithOneLine();
        assertThat(run("fetch", "binance", "--symbol", "BTCUSDT", "--what", "spot,options", "--from", "2024-01-01",
                "--to", "2024-01-03", "--out", tmp.toString()).failsWithOneLine().err()).contains("'options'");
        assertThat(run("fetch", "binance", "--symbol", "BTCUSDT", "--interval", "2h", "--from", "2024-01-01",
                "--to", "2024-01-03", "--out", tmp.toString()).failsWithOneLine().err()).contains("'2h'");
        assertThat(run("fetch", "kraken", "--symbol", "BTCUSDT", "--from", "2024-01-01", "--to", "2024-01-03")
                .failsWithOneLine().err()).contains("kraken");
    }
}
