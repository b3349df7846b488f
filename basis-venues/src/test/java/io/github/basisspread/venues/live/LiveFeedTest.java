package io.github.basisspread.venues.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.venues.FakeSleeper;
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
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(done.getAsBoolean()).as("condition within 10 s").isTrue();
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
                Thread.sleep(5_000);   // silent: stale
            } else {
                c.send(ticker("BTC-USDT", 42002.0, 42002.5, 1704067202000L));
                Thread.sleep(5_000);
            }
        })) {
            FakeSleeper sleeper = new FakeSleeper(Instant.parse("2026-12-05T10:00:00Z"));
            StreamSpec spec = StreamSpec.okx(server.uri("/ws/v5/public"), Map.of("BTC-USDT", 0, "BTC-USDT-SWAP", 1),
                    Map.of("BTC-USDT-SWAP", 1), 8 * 3_600_000L);
            try (LiveFeed feed = LiveFeed.start(List.of(spec), r, Duration.ofMillis(1000), sleeper.options(3))) {
                await(() -> r.quotes.stream().anyMatch(q -> q.startsWith("0@1704067202000")));
                // 1 dropped, 2 went stale, 3 delivered (and may have gone stale since)
                assertThat(feed.connects(0)).isGreaterThanOrEqualTo(3);
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
            assertThat(r.events).anySatisfy(e -> assertThat(e).startsWith("okx: stale: no message for"));
            // two reconnects, each after a backoff within the policy's full-jitter bound
            assertThat(sleeper.sleeps()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(d -> assertThat(d).isLessThan(Duration.ofMillis(200)));
        }
    }

    @Test
    void binanceCombinedStreamsGiveBookTickersAndFunding() throws Exception {
        List<String> paths = new CopyOnWriteArrayList<>();
        try (TestWsServer server = new TestWsServer((n, c) -> {
            paths.add(c.path);
            c.send("{\"stream\":\"btcusdt@bookTicker\",\"data\":{\"e\":\"bookTicker\",\"u\":400900217,\"E\":1704067200123,"
                    + "\"T\":1704067200120,\"s\":\"BTCUSDT\",\"b\":\"42010.10\",\"B\":\"31.21\",\"a\":\"42010.20\","
                    + "\"A\":\"40.66\"}}");
            c.send("{\"stream\":\"btcusdt@markPrice@1s\",\"data\":{\"e\":\"markPriceUpdate\",\"E\":1704067201000,\"s\":"
                    + "\"BTCUSDT\",\"p\":\"42010.15\",\"i\":\"42000.01\",\"P\":\"42005.2\",\"r\":\"0.00012000\","
                    + "\"T\":1704096000000}}");
            Thread.sleep(5_000);
        })) {
            Recorder r = new Recorder();
            StreamSpec spec = StreamSpec.binance(server.uri(""), Map.of("BTCUSDT", 7), Map.of("BTCUSDT", 7),
                    8 * 3_600_000L);
            try (LiveFeed feed = LiveFeed.start(List.of(spec), r, Duration.ofSeconds(30),
                    new FakeSleeper(Instant.now()).options(3))) {
                await(() -> r.quotes.size() >= 2);
                assertThat(feed.connects(0)).isEqualTo(1);
            }
            assertThat(paths.get(0)).isEqualTo("/stream?streams=btcusdt@bookTicker/btcusdt@markPrice@1s");
            assertThat(r.quotes).containsExactly("7@1704067200123 42010.1/42010.2",
                    "7@1704067201000 funding 1.2E-4 per 28800000");
        }
    }
}
