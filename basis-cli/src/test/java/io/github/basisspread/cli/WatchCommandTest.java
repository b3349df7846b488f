package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.venues.testing.TestWsServer;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * basis watch: the monitor's arithmetic worked by hand, no allocation per tick, and the command
 * end to end against an in-process WebSocket server sending Binance's documented combined-stream
 * messages ("Individual Symbol Book Ticker Streams", "Mark Price Stream", developers.binance.com,
 * read 2026-12-05).
 */
class WatchCommandTest {

    static final long DAY = 86_400_000L;
    static final long T = 1_764_892_800_000L;   // 2025-12-05T00:00:00Z

    static BasisMonitor monitor(List<Integer> printed, long every) {
        return new BasisMonitor(new String[] {"binance", "binance", "binance"}, new String[] {"BTCUSDT", "BTCUSDT",
            "BTCUSDT_260327"}, new int[] {BasisMonitor.SPOT, BasisMonitor.PERP, BasisMonitor.FUTURE}, new int[] {-1, 0, 0},
                new long[] {0, 0, T + 73 * DAY}, every, 0.0005, 30, (m, i, t) -> printed.add(i), (v, e) -> { });
    }

    @Test
    void basisFundingAprKalmanAndBestCarryWorkedByHand() {
        List<Integer> printed = new CopyOnWriteArrayList<>();
        BasisMonitor m = monitor(printed, 1);
        m.onQuote(0, T, 40_000, 40_002);            // spot mid 40001
        m.onQuote(1, T, 40_041, 40_043);            // perp mid 40042
        double perpBasis = 40_042.0 / 40_001.0 - 1;
        assertThat(m.basis[1]).isCloseTo(perpBasis, within(1e-15));
        // local level with a diffuse start: the first filtered level is the first observation
        assertThat(m.kalmanBasisBps(1)).isCloseTo(perpBasis * 1e4, within(1e-9));
        m.onFunding(1, T, 0.0001, 8 * 3_600_000L);
        assertThat(m.annualized[1]).isCloseTo(0.1095, within(1e-12));           // 0.0001 x 1095
        assertThat(m.net[1]).isCloseTo(0.1095 - 4 * 0.0005 * 365 / 30.0, within(1e-12));
        m.onQuote(2, T, 40_401, 40_403);            // future mid 40402, 73 days to expiry
        double futBasis = 40_402.0 / 40_001.0 - 1;
        assertThat(m.annualized[2]).isCloseTo(futBasis * 5, within(1e-12));     // 365 / 73 = 5
        assertThat(m.net[2]).isCloseTo(futBasis * 5 - 4 * 0.0005 * 5, within(1e-12));
        // future: 0.010025 x 5 - 0.01 = 4.01% net; perpetual: 10.95% - 2.43% = 8.52% net
        assertThat(m.best()).isEqualTo(1);
        // the funding update at the same millisecond as the quote is not printed again (--every)
        assertThat(printed).containsExactly(1, 2);
        // a second perp quote moves the Kalman level toward it, not onto it
        m.onQuote(1, T + 1000, 40_081, 40_083);
        double second = (40_082.0 / 40_001.0 - 1) * 1e4;
        assertThat(m.kalmanBasisBps(1)).isBetween(perpBasis * 1e4, second);
        // a crossed book is ignored
        m.onQuote(1, T + 2000, 40_100, 40_000);
        assertThat(m.basis[1] * 1e4).isCloseTo(second, within(1e-9));
    }

    @Test
    void ticksAllocateNothing() {
        List<Integer> printed = new CopyOnWriteArrayList<>();
        BasisMonitor m = monitor(printed, Long.MAX_VALUE / 4);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        // warm up (first prints, JIT), then count the bytes this thread allocates over 100 000 ticks
        for (int k = 0; k < 20_000; k++) {
            tick(m, k);
        }
        long before = mx.getThreadAllocatedBytes(id);
        for (int k = 0; k < 100_000; k++) {
            tick(m, k);
        }
        long allocated = mx.getThreadAllocatedBytes(id) - before;
        // one object per tick would be at least 16 bytes x 400 000 callbacks = 6.4 MB; what remains is
        // constant (JIT and coverage-agent bookkeeping), well under 0.05 byte a tick
        assertThat(allocated).as("bytes allocated by 100 000 ticks").isLessThan(16 * 1024);
    }

    private static void tick(BasisMonitor m, int k) {
        double wiggle = (k % 17) * 0.5;
        m.onQuote(0, T + k, 40_000 + wiggle, 40_002 + wiggle);
        m.onQuote(1, T + k, 40_041 + wiggle, 40_043 + wiggle);
        m.onQuote(2, T + k, 40_401 + wiggle, 40_403 + wiggle);
        m.onFunding(1, T + k, 0.0001, 28_800_000L);
    }

    /** Binance USD-M exchangeInfo ("Exchange Information", developers.binance.com, read 2026-12-05). */
    static final String EXCHANGE_INFO = "{\"timezone\":\"UTC\",\"serverTime\":1764892800000,\"symbols\":["
            + "{\"symbol\":\"BTCUSDT\",\"pair\":\"BTCUSDT\",\"contractType\":\"PERPETUAL\",\"deliveryDate\":4133404800000,"
            + "\"status\":\"TRADING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\",\"filters\":[{\"filterType\":"
            + "\"LOT_SIZE\",\"stepSize\":\"0.001\"}]},"
            // an expired quarterly still listed, a later one, and the nearest live one (2099-09-25T08:00:00Z)
            + "{\"symbol\":\"BTCUSDT_250328\",\"pair\":\"BTCUSDT\",\"contractType\":\"CURRENT_QUARTER\","
            + "\"deliveryDate\":1743148800000,\"status\":\"TRADING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\","
            + "\"filters\":[{\"filterType\":\"LOT_SIZE\",\"stepSize\":\"0.001\"}]},"
            + "{\"symbol\":\"BTCUSDT_991225\",\"pair\":\"BTCUSDT\",\"contractType\":\"NEXT_QUARTER\","
            + "\"deliveryDate\":4101436800000,\"status\":\"TRADING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\","
            + "\"filters\":[{\"filterType\":\"LOT_SIZE\",\"stepSize\":\"0.001\"}]},"
            + "{\"symbol\":\"BTCUSDT_990925\",\"pair\":\"BTCUSDT\",\"contractType\":\"CURRENT_QUARTER\","
            + "\"deliveryDate\":4093574400000,\"status\":\"TRADING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\","
            + "\"filters\":[{\"filterType\":\"LOT_SIZE\",\"stepSize\":\"0.001\"}]}]}";

    static com.sun.net.httpserver.HttpServer exchangeInfo(List<String> requests) throws java.io.IOException {
        com.sun.net.httpserver.HttpServer h = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(
                java.net.InetAddress.getLoopbackAddress(), 0), 0);
        h.createContext("/", x -> {
            requests.add(x.getRequestURI().getPath());
            byte[] b = EXCHANGE_INFO.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        h.start();
        return h;
    }

    /**
     * Sends {@code messages} every 50 ms until {@code end}: which connection of a venue the client
     * reads first is up to the scheduler, so the derivatives are repeated until the reference has
     * arrived; with {@code --every 1h} each derivative prints once, when both legs are known.
     */
    static void repeat(TestWsServer.Conn c, java.util.concurrent.CountDownLatch end, String... messages)
            throws Exception {
        do {
            for (String m : messages) {
                c.send(m);
            }
        } while (!end.await(50, java.util.concurrent.TimeUnit.MILLISECONDS));
    }

    @Test
    void watchPrintsJsonLinesFromTheStreams() throws Exception {
        java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);
        List<String> paths = new CopyOnWriteArrayList<>();
        List<String> rest = new CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer info = exchangeInfo(rest);
        try (TestWsServer server = new TestWsServer((n, c) -> {
            paths.add(c.path());
            String streams = c.path().substring(c.path().indexOf("streams=") + 8);
            if (!streams.contains("markPrice")) {
                c.send(book("BTCUSDT", 1764892800000L, 40_000, 40_002).replace(",\"E\":1764892800000", ""));
                end.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } else {
                String quarterly = streams.split("/")[1].replace("@bookTicker", "").toUpperCase(java.util.Locale.ROOT);
                repeat(c, end, "{\"stream\":\"btcusdt@markPrice@1s\",\"data\":{\"e\":\"markPriceUpdate\",\"E\":"
                        + "1764892800200,\"s\":\"BTCUSDT\",\"p\":\"40042\",\"i\":\"40001\",\"P\":\"40040\",\"r\":"
                        + "\"0.00010000\",\"T\":1764892800000}}", book("BTCUSDT", 1764892800100L, 40_041, 40_043),
                        book(quarterly, 1764892800300L, 40_401, 40_403));
            }
        })) {
            CliTestSupport.Run r;
            try {
                r = run("watch", "binance", "--symbol", "btc", "--format", "json", "--max-lines", "2", "--every", "1h",
                        "--duration", "60s", "--binance-spot-ws", server.uri("").toString(), "--binance-futures-ws",
                        server.uri("").toString(), "--binance-rest", "http://127.0.0.1:" + info.getAddress().getPort());
            } finally {
                end.countDown();
                info.stop(0);
            }
            assertThat(r.code()).as(r.err()).isZero();
            // the quarterly is the nearest live one of the instrument list, not one guessed by the rule
            assertThat(rest).containsExactly("/fapi/v1/exchangeInfo");
            assertThat(paths).contains(
                    "/stream?streams=btcusdt@bookTicker/btcusdt_990925@bookTicker/btcusdt@markPrice@1s");
            List<Map<String, Object>> lines = r.jsonLines();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).containsEntry("instrument", "BTCUSDT").containsEntry("kind", "perpetual")
                    .containsEntry("fundingApr", 0.1095);
            assertThat((Double) lines.get(0).get("basisBps")).isCloseTo((40_042.0 / 40_001.0 - 1) * 1e4, within(1e-9));
            assertThat(lines.get(1)).containsEntry("instrument", "BTCUSDT_990925").containsEntry("kind", "future")
                    .containsKey("annualizedBasis").containsKey("best");
            assertThat((Double) lines.get(1).get("basisBps")).isCloseTo((40_402.0 / 40_001.0 - 1) * 1e4, within(1e-9));
            assertThat(r.err()).contains("basis watch: binance: connected to ws://127.0.0.1:");
        }
    }

    @Test
    void withoutTheInstrumentListTheQuarterlyFollowsTheExpiryRuleAndSaysSo() throws Exception {
        // a port nothing listens on: the list cannot be read, and no stream connects (nothing on the network)
        int dead;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            dead = s.getLocalPort();
        }
        CliTestSupport.Run r = run("watch", "binance", "--max-lines", "0", "--binance-rest", "http://127.0.0.1:" + dead,
                "--binance-spot-ws", "ws://127.0.0.1:" + dead, "--binance-futures-ws", "ws://127.0.0.1:" + dead);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("basis watch: binance: instrument list unavailable (")
                .containsPattern("basis watch: binance: quarterly by the expiry rule: BTCUSDT_\\d{2}(03|06|09|12)\\d{2}");
    }

    @Test
    void watchesBybitDeribitHyperliquidAndDydx() throws Exception {
        // messages to each venue's documented schema (see VenueStreamsTest in basis-venues for the sources)
        java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);
        List<String> subscriptions = new CopyOnWriteArrayList<>();
        try (TestWsServer server = new TestWsServer((n, c) -> {
            switch (c.path()) {
                case "/v5/public/spot" -> {
                    subscriptions.add(c.receive());
                    c.send("{\"topic\":\"orderbook.1.BTCUSDT\",\"ts\":1764892800000,\"type\":\"snapshot\",\"data\":"
                            + "{\"s\":\"BTCUSDT\",\"b\":[[\"40000\",\"1\"]],\"a\":[[\"40002\",\"1\"]],\"u\":1,\"seq\":1}}");
                    end.await(60, java.util.concurrent.TimeUnit.SECONDS);
                }
                case "/v5/public/linear" -> {
                    subscriptions.add(c.receive());
                    repeat(c, end, "{\"topic\":\"tickers.BTCUSDT\",\"type\":\"snapshot\",\"data\":{\"symbol\":"
                            + "\"BTCUSDT\",\"markPrice\":\"40042\",\"indexPrice\":\"40001\",\"fundingRate\":\"0.0001\","
                            + "\"nextFundingTime\":\"1764921600000\",\"bid1Price\":\"40041\",\"bid1Size\":\"1\","
                            + "\"ask1Price\":\"40043\",\"ask1Size\":\"1\"},\"cs\":1,\"ts\":1764892800100}");
                }
                case "/ws/api/v2" -> {
                    subscriptions.add(c.receive());
                    c.send("{\"jsonrpc\":\"2.0\",\"method\":\"subscription\",\"params\":{\"channel\":"
                            + "\"ticker.BTC-PERPETUAL.100ms\",\"data\":{\"timestamp\":1764892800000,\"instrument_name\":"
                            + "\"BTC-PERPETUAL\",\"index_price\":40000,\"funding_8h\":0.0002,\"best_bid_price\":40080,"
                            + "\"best_ask_price\":40080.5,\"mark_price\":40080.2}}}");
                    end.await(60, java.util.concurrent.TimeUnit.SECONDS);
                }
                case "/ws" -> {
                    subscriptions.add(c.receive());
                    subscriptions.add(c.receive());
                    c.send("{\"channel\":\"activeAssetCtx\",\"data\":{\"coin\":\"BTC\",\"ctx\":{\"funding\":"
                            + "\"0.00001\",\"markPx\":\"40020\",\"oraclePx\":\"40000\",\"openInterest\":\"1\"}}}");
                    c.send("{\"channel\":\"bbo\",\"data\":{\"coin\":\"BTC\",\"time\":1764892800000,\"bbo\":["
                            + "{\"px\":\"40019\",\"sz\":\"1\",\"n\":1},{\"px\":\"40021\",\"sz\":\"1\",\"n\":1}]}}");
                    end.await(60, java.util.concurrent.TimeUnit.SECONDS);
                }
                case "/v4/ws" -> {
                    subscriptions.add(c.receive());
                    subscriptions.add(c.receive());
                    c.send("{\"type\":\"subscribed\",\"channel\":\"v4_markets\",\"contents\":{\"markets\":{\"BTC-USD\":"
                            + "{\"oraclePrice\":\"40000\",\"nextFundingRate\":\"0.00002\"}}}}");
                    c.send("{\"type\":\"subscribed\",\"channel\":\"v4_orderbook\",\"id\":\"BTC-USD\",\"contents\":"
                            + "{\"bids\":[{\"price\":\"40039\",\"size\":\"1\"}],\"asks\":[{\"price\":\"40041\",\"size\":"
                            + "\"1\"}]}}");
                    end.await(60, java.util.concurrent.TimeUnit.SECONDS);
                }
                default -> throw new IllegalStateException(c.path());
            }
        })) {
            String u = server.uri("").toString();
            CliTestSupport.Run r;
            try {
                r = run("watch", "bybit,deribit,hyperliquid,dydx", "--symbol", "BTC", "--format", "json", "--max-lines",
                        "4", "--every", "1h", "--duration", "60s", "--bybit-spot-ws", u + "/v5/public/spot",
                        "--bybit-linear-ws", u + "/v5/public/linear", "--deribit-ws", u + "/ws/api/v2",
                        "--hyperliquid-ws", u + "/ws", "--dydx-ws", u + "/v4/ws");
            } finally {
                end.countDown();
            }
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(subscriptions).containsExactlyInAnyOrder("{\"op\":\"subscribe\",\"args\":[\"orderbook.1.BTCUSDT\"]}",
                    "{\"op\":\"subscribe\",\"args\":[\"tickers.BTCUSDT\"]}",
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"public/subscribe\",\"params\":{\"channels\":"
                            + "[\"ticker.BTC-PERPETUAL.100ms\"]}}",
                    "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"bbo\",\"coin\":\"BTC\"}}",
                    "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"activeAssetCtx\",\"coin\":\"BTC\"}}",
                    "{\"type\":\"subscribe\",\"channel\":\"v4_orderbook\",\"id\":\"BTC-USD\"}",
                    "{\"type\":\"subscribe\",\"channel\":\"v4_markets\"}");
            Map<String, Map<String, Object>> byVenue = new java.util.TreeMap<>();
            r.jsonLines().forEach(l -> byVenue.put((String) l.get("venue"), l));
            assertThat(byVenue).containsOnlyKeys("bybit", "deribit", "hyperliquid", "dydx");
            // perpetual mid over the reference mid; funding per interval times intervals a year
            check(byVenue.get("bybit"), "BTCUSDT", 40_042.0 / 40_001.0, 0.0001 * 3 * 365);
            check(byVenue.get("deribit"), "BTC-PERPETUAL", 40_080.25 / 40_000.0, 0.0002 * 3 * 365);
            check(byVenue.get("hyperliquid"), "BTC", 40_020.0 / 40_000.0, 0.00001 * 24 * 365);
            check(byVenue.get("dydx"), "BTC-USD", 40_040.0 / 40_000.0, 0.00002 * 24 * 365);
        }
    }

    private static void check(Map<String, Object> line, String instrument, double ratio, double apr) {
        assertThat(line).containsEntry("instrument", instrument).containsEntry("kind", "perpetual");
        assertThat((Double) line.get("basisBps")).isCloseTo((ratio - 1) * 1e4, within(1e-9));
        assertThat((Double) line.get("fundingApr")).isCloseTo(apr, within(1e-12));
    }

    static String book(String symbol, long e, double bid, double ask) {
        return "{\"stream\":\"" + symbol.toLowerCase(java.util.Locale.ROOT) + "@bookTicker\",\"data\":{\"e\":\"bookTicker\","
                + "\"u\":1,\"E\":" + e + ",\"T\":" + e + ",\"s\":\"" + symbol + "\",\"b\":\"" + bid + "\",\"B\":\"1.5\","
                + "\"a\":\"" + ask + "\",\"A\":\"2.5\"}}";
    }
}
