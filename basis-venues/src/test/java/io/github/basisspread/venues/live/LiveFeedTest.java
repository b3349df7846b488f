package io.github.basisspread.venues.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.venues.FakeSleeper;
import io.github.basisspread.venues.testing.TestWsServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The live feed against an in-process WebSocket server sending OKX's documented public-channel
 * messages ("WebSocket API": subscribe, "Tickers channel", "Funding rate channel", www.okx.com/docs-v5,
 * read 2026-12-05) and Binance's combined-stream messages ("Individual Symbol Book Ticker
 * Streams", "Mark Price Stream", developers.binance.com, read 2026-12-05).
 */
class LiveFeedTest {

    static final class Recorder implements QuoteSink {
        final List<String> quotes = new CopyOnWriteArrayList<>();
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void onQuote(int instrument, long epochMillis, double bid, double ask) {
            quotes.add(instrument + "@" + epochMillis + " " + bid + "/" + ask);
        }

        @Override
        public void onFunding(int instrument, long epochMillis, double rate, long intervalMillis) {
            quotes.add(instrument + "@" + epochMillis + " funding " + rate + " per " + intervalMillis);
        }

        @Override
        public void onEvent(String venue, String event) {
            events.add(venue + ": " + event);
        }
    }

    static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;   // generous: the machine may be loaded
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(done.getAsBoolean()).as("condition within 30 s").isTrue();
    }

    static String ticker(String inst, double bid, double ask, long ts) {
        return "{\"arg\":{\"channel\":\"tickers\",\"instId\":\"" + inst + "\"},\"data\":[{\"instType\":\"SPOT\","
                + "\"instId\":\"" + inst + "\",\"last\":\"" + bid + "\",\"lastSz\":\"0.1\",\"askPx\":\"" + ask
                + "\",\"askSz\":\"1.2\",\"bidPx\":\"" + bid + "\",\"bidSz\":\"0.8\",\"ts\":\"" + ts + "\"}]}";
    }

    @Test
    void okxResubscribesAfterADropAndReconnectsAStaleStream() throws Exception {
        List<String> subscriptions = new CopyOnWriteArrayList<>();
        Recorder r = new Recorder();
        // staleness on an injected clock, advanced by the server once connection 2 has delivered
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);
        try (TestWsServer server = new TestWsServer((n, c) -> {
            subscriptions.add(c.receive());
            c.send("{\"event\":\"subscribe\",\"arg\":{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"},\"connId\":\"a\"}");
            if (n == 1) {
                c.send(ticker("BTC-USDT", 42000.1, 42000.2, 1704067199000L).replace("\"bidPx\":\"42000.1\"",
                        "\"bidPx\":\"oops\""));
                c.send(ticker("BTC-USDT", 42000.1, 42000.2, 1704067200000L));
                c.send(ticker("BTC-USDT-SWAP", 42010.5, 42010.6, 1704067200100L));
                c.send("{\"arg\":{\"channel\":\"funding-rate\",\"instId\":\"BTC-USDT-SWAP\"},\"data\":[{\"fundingRate\":"
                        + "\"0.0001\",\"fundingTime\":\"1704096000000\",\"instId\":\"BTC-USDT-SWAP\",\"instType\":\"SWAP\","
                        + "\"method\":\"current_period\",\"nextFundingRate\":\"\",\"ts\":\"1704067200200\"}]}");
                // drop once the client has taken these (in-flight frames die with a dropped socket)
                await(() -> r.quotes.stream().anyMatch(q -> q.contains("funding")));
                c.drop();   // dropped without a close frame
            } else if (n == 2) {
                c.send(ticker("BTC-USDT", 42001.0, 42001.5, 1704067201000L));
                await(() -> r.quotes.contains("0@1704067201000 42001.0/42001.5"));
                clock.addAndGet(2_000_000_000L);   // silent for 2 s of the feed's clock: stale
                end.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } else {
                c.send(ticker("BTC-USDT", 42002.0, 42002.5, 1704067202000L));
                end.await(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        })) {
            FakeSleeper sleeper = new FakeSleeper(Instant.parse("2026-12-05T10:00:00Z"));
            StreamSpec spec = StreamSpec.okx(server.uri("/ws/v5/public"), Map.of("BTC-USDT", 0, "BTC-USDT-SWAP", 1),
                    Map.of("BTC-USDT-SWAP", 1), 8 * 3_600_000L);
            try (LiveFeed feed = LiveFeed.start(List.of(spec), r, Duration.ofMillis(1000), sleeper.options(3), clock::get)) {
                await(() -> r.quotes.stream().anyMatch(q -> q.startsWith("0@1704067202000")));
                // 1 dropped, 2 went stale, 3 delivered
                assertThat(feed.connects(0)).isEqualTo(3);
            } finally {
                end.countDown();
            }
            assertThat(r.quotes).as("events: %s", r.events).startsWith("0@1704067200000 42000.1/42000.2", "1@1704067200100 42010.5/42010.6",
                    "1@1704067200200 funding 1.0E-4 per 28800000", "0@1704067201000 42001.0/42001.5");
            assertThat(subscriptions).hasSizeGreaterThanOrEqualTo(3).allSatisfy(s -> assertThat(s).startsWith("{\"op\":\"subscribe\",\"args\":[")
                    .contains("{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"}")
                    .contains("{\"channel\":\"funding-rate\",\"instId\":\"BTC-USDT-SWAP\"}"));
            assertThat(r.events).anySatisfy(e -> assertThat(e).startsWith("okx: skipped a message: okx WebSocket "
                    + "/ws/v5/public: malformed response: field data[0].bidPx must be a decimal number but is \"oops\""));
            // connection 1 lost its TCP connection without a close frame: the client sees it as dropped
            // or, when the JDK does not notice the half-open socket, as stale; connection 2 went silent
            assertThat(r.events.stream().filter(e -> e.startsWith("okx: dropped") || e.startsWith("okx: stale"))
                    .count()).as("events: %s", r.events).isGreaterThanOrEqualTo(2);
            assertThat(r.events).contains("okx: stale: no message for 2000 ms (limit 1000 ms)");
            // two reconnects, each after a backoff within the policy's full-jitter bound
            assertThat(sleeper.sleeps()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(d -> assertThat(d).isLessThan(Duration.ofMillis(200)));
        }
    }

    @Test
    void binanceCombinedStreamsGiveBookTickersAndFunding() throws Exception {
        List<String> paths = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);
        try (TestWsServer server = new TestWsServer((n, c) -> {
            paths.add(c.path());
            c.send("{\"stream\":\"btcusdt@bookTicker\",\"data\":{\"e\":\"bookTicker\",\"u\":400900217,\"E\":1704067200123,"
                    + "\"T\":1704067200120,\"s\":\"BTCUSDT\",\"b\":\"42010.10\",\"B\":\"31.21\",\"a\":\"42010.20\","
                    + "\"A\":\"40.66\"}}");
            c.send("{\"stream\":\"btcusdt@markPrice@1s\",\"data\":{\"e\":\"markPriceUpdate\",\"E\":1704067201000,\"s\":"
                    + "\"BTCUSDT\",\"p\":\"42010.15\",\"i\":\"42000.01\",\"P\":\"42005.2\",\"r\":\"0.00012000\","
                    + "\"T\":1704096000000}}");
            end.await(60, java.util.concurrent.TimeUnit.SECONDS);
        })) {
            Recorder r = new Recorder();
            StreamSpec spec = StreamSpec.binance(server.uri(""), Map.of("BTCUSDT", 7), Map.of("BTCUSDT", 7),
                    8 * 3_600_000L);
            try (LiveFeed feed = LiveFeed.start(List.of(spec), r, Duration.ofSeconds(30),
                    new FakeSleeper(Instant.now()).options(3))) {
                await(() -> r.quotes.size() >= 2);
                assertThat(feed.connects(0)).isEqualTo(1);
            } finally {
                end.countDown();
            }
            assertThat(paths.get(0)).isEqualTo("/stream?streams=btcusdt@bookTicker/btcusdt@markPrice@1s");
            assertThat(r.quotes).containsExactly("7@1704067200123 42010.1/42010.2",
                    "7@1704067201000 funding 1.2E-4 per 28800000");
        }
    }

    @Test
    void aStreamSilentPastTheLimitOnTheInjectedClockIsReconnected() throws Exception {
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong(5_000_000_000L);
        java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);
        List<String> subscriptions = new CopyOnWriteArrayList<>();
        Recorder r = new Recorder();
        try (TestWsServer server = new TestWsServer((n, c) -> {
            subscriptions.add(c.receive());
            c.send(ticker("BTC-USDT", 42000.0 + n, 42000.5 + n, 1704067200000L + n));
            end.await(60, java.util.concurrent.TimeUnit.SECONDS);   // open but silent
        })) {
            StreamSpec spec = StreamSpec.okx(server.uri("/ws/v5/public"), Map.of("BTC-USDT", 0), Map.of(), 8 * 3_600_000L);
            try (LiveFeed feed = LiveFeed.start(List.of(spec), r, Duration.ofSeconds(30),
                    new FakeSleeper(Instant.parse("2026-12-05T10:00:00Z")).options(3), clock::get)) {
                await(() -> r.quotes.contains("0@1704067200001 42001.0/42001.5"));
                // real time passes, the injected clock does not: not stale, however loaded the machine
                assertThat(feed.connects(0)).isEqualTo(1);
                clock.addAndGet(30_000_000_000L);   // exactly the limit: still not stale
                Thread.sleep(600);                   // more than two stale checks (every 250 ms)
                assertThat(feed.connects(0)).isEqualTo(1);
                clock.addAndGet(1_000_000_000L);
                await(() -> r.quotes.contains("0@1704067200002 42002.0/42002.5"));
                assertThat(feed.connects(0)).isEqualTo(2);
            } finally {
                end.countDown();
            }
            assertThat(r.events).contains("okx: stale: no message for 31000 ms (limit 30000 ms)");
            assertThat(subscriptions).hasSize(2).allSatisfy(s -> assertThat(s).isEqualTo(
                    "{\"op\":\"subscribe\",\"args\":[{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"}]}"));
        }
    }
}
