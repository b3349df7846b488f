package io.github.basisspread.venues.live;

import static io.github.basisspread.venues.live.LiveFeedTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.venues.FakeSleeper;
import io.github.basisspread.venues.testing.TestWsServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Bybit, Deribit, Hyperliquid and dYdX streams against the in-process WebSocket server, with
 * messages written to each venue's documented schema: Bybit API v5 "Connect", "Ticker" and
 * "Orderbook" (bybit-exchange.github.io/docs/v5, read 2026-12-05); Deribit API v2 "Notifications",
 * "public/subscribe", "ticker.{instrument_name}.{interval}" (docs.deribit.com, read 2026-12-05);
 * Hyperliquid "Websocket" / "Subscriptions", bbo and activeAssetCtx (hyperliquid.gitbook.io, read
 * 2026-12-05); dYdX "Indexer Websocket", v4_orderbook and v4_markets (docs.dydx.exchange, read
 * 2026-12-05). Each test: the subscriptions are sent on every connect, ticks reach the right ids,
 * a malformed message is skipped with a named error, and a dropped connection is resubscribed.
 * Nothing waits a fixed time: the server's first connection drops only after the client has taken
 * its messages, and the later connections hold until the test ends.
 */
class VenueStreamsTest {

    /** Runs one venue: connection 1 sends {@code first} then drops, later ones send {@code again}; waits for a quote ending with {@code lastQuote}. */
    private static LiveFeedTest.Recorder run(StreamSpec spec, int subscriptionMessages, List<String> first,
            java.util.function.Predicate<List<String>> firstTaken, List<String> again, String lastQuote,
            List<List<String>> subscriptions) throws Exception {
        LiveFeedTest.Recorder r = new LiveFeedTest.Recorder();
        CountDownLatch end = new CountDownLatch(1);
        try (TestWsServer server = new TestWsServer((n, c) -> {
            List<String> subs = new ArrayList<>();
            for (int k = 0; k < subscriptionMessages; k++) {
                subs.add(c.receive());
            }
            subscriptions.add(subs);
            if (n == 1) {
                for (String m : first) {
                    c.send(m);
                }
                await(() -> firstTaken.test(r.quotes));
                c.drop();
            } else {
                for (String m : again) {
                    c.send(m);
                }
                end.await(60, TimeUnit.SECONDS);
            }
        })) {
            StreamSpec local = new StreamSpec(spec.venue(), server.uri(spec.uri().getPath()), spec.subscriptions(),
                    spec.parser(), spec.keepAlive().orElse(null), spec.keepAliveMillis());
            try (LiveFeed feed = LiveFeed.start(List.of(local), r, Duration.ofSeconds(30),
                    new FakeSleeper(Instant.parse("2026-12-05T10:00:00Z")).options(3))) {
                await(() -> r.quotes.stream().anyMatch(q -> q.endsWith(lastQuote)));
                assertThat(feed.connects(0)).isGreaterThanOrEqualTo(2);
            } finally {
                end.countDown();
            }
        }
        assertThat(subscriptions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(r.events).as("events").anySatisfy(e -> assertThat(e).startsWith(spec.venue() + ": dropped"));
        return r;
    }

    @Test
    void bybitTickersFillDeltasFromTheLastSnapshotAndResubscribe() throws Exception {
        StreamSpec spec = StreamSpec.bybit(java.net.URI.create("wss://stream.bybit.com/v5/public/linear"),
                Map.of("BTCUSDT", 1), Map.of(), Map.of("BTCUSDT", 1), 8 * 3_600_000L);
        String snapshot = "{\"topic\":\"tickers.BTCUSDT\",\"type\":\"snapshot\",\"data\":{\"symbol\":\"BTCUSDT\","
                + "\"tickDirection\":\"PlusTick\",\"price24hPcnt\":\"0.0171\",\"lastPrice\":\"42010.50\",\"prevPrice24h\":"
                + "\"41300.00\",\"highPrice24h\":\"42100.00\",\"lowPrice24h\":\"41200.00\",\"prevPrice1h\":\"42000.00\","
                + "\"markPrice\":\"42010.70\",\"indexPrice\":\"42001.20\",\"openInterest\":\"24.4\",\"openInterestValue\":"
                + "\"1025056.31\",\"turnover24h\":\"1.2E8\",\"volume24h\":\"2900.1\",\"nextFundingTime\":\"1704096000000\","
                + "\"fundingRate\":\"0.0001\",\"bid1Price\":\"42010.50\",\"bid1Size\":\"1.2\",\"ask1Price\":\"42010.60\","
                + "\"ask1Size\":\"0.8\"},\"cs\":24987956059,\"ts\":1704067200000}";
        List<List<String>> subs = new CopyOnWriteArrayList<>();
        LiveFeedTest.Recorder r = run(spec, 1, List.of(
                "{\"success\":true,\"ret_msg\":\"\",\"conn_id\":\"c1\",\"req_id\":\"\",\"op\":\"subscribe\"}", snapshot,
                "{\"topic\":\"tickers.BTCUSDT\",\"type\":\"delta\",\"data\":{\"symbol\":\"BTCUSDT\",\"bid1Price\":\"x\"},"
                        + "\"cs\":24987956060,\"ts\":1704067200050}",
                // a delta holding only the ask: the bid is the snapshot's
                "{\"topic\":\"tickers.BTCUSDT\",\"type\":\"delta\",\"data\":{\"symbol\":\"BTCUSDT\",\"ask1Price\":"
                        + "\"42011.00\",\"ask1Size\":\"0.5\"},\"cs\":24987956061,\"ts\":1704067200100}"),
                q -> q.contains("1@1704067200100 42010.5/42011.0"),
                List.of(snapshot.replace("42010.50\",\"bid1Size", "42012.00\",\"bid1Size").replace("42010.60\",\"ask1Size",
                        "42012.50\",\"ask1Size").replace("\"ts\":1704067200000", "\"ts\":1704067201000")),
                "1@1704067201000 42012.0/42012.5", subs);
        assertThat(subs).allSatisfy(s -> assertThat(s).containsExactly("{\"op\":\"subscribe\",\"args\":[\"tickers.BTCUSDT\"]}"));
        assertThat(r.quotes).startsWith("1@1704067200000 funding 1.0E-4 per 28800000", "1@1704067200000 42010.5/42010.6",
                "1@1704067200100 42010.5/42011.0", "1@1704067201000 funding 1.0E-4 per 28800000",
                "1@1704067201000 42012.0/42012.5");
        assertThat(r.events).anySatisfy(e -> assertThat(e).isEqualTo("bybit: skipped a message: bybit WebSocket "
                + "/v5/public/linear: malformed response: field data.bid1Price must be a decimal number but is \"x\""));
        assertThat(spec.keepAlive()).contains("{\"op\":\"ping\"}");
    }

    @Test
    void bybitSpotLevelOneBook() throws Exception {
        StreamSpec spec = StreamSpec.bybit(java.net.URI.create("wss://stream.bybit.com/v5/public/spot"), Map.of(),
                Map.of("BTCUSDT", 0), Map.of(), 8 * 3_600_000L);
        List<List<String>> subs = new CopyOnWriteArrayList<>();
        LiveFeedTest.Recorder r = run(spec, 1, List.of(
                "{\"topic\":\"orderbook.1.BTCUSDT\",\"ts\":1704067200000,\"type\":\"snapshot\",\"data\":{\"s\":\"BTCUSDT\","
                        + "\"b\":[[\"42000.10\",\"0.006\"]],\"a\":[[\"42000.20\",\"0.029\"]],\"u\":18521288,\"seq\":7961638724},"
                        + "\"cts\":1704067199990}",
                "{\"topic\":\"orderbook.1.BTCUSDT\",\"ts\":1704067200050,\"type\":\"delta\",\"data\":{\"s\":\"BTCUSDT\","
                        + "\"b\":[[\"42000.10\"]],\"a\":[],\"u\":18521289,\"seq\":7961638725},\"cts\":1704067200040}",
                // a good bid beside a bad ask: refused whole, the kept bid stays 42000.10
                "{\"topic\":\"orderbook.1.BTCUSDT\",\"ts\":1704067200060,\"type\":\"delta\",\"data\":{\"s\":\"BTCUSDT\","
                        + "\"b\":[[\"41000.00\",\"1\"]],\"a\":[[\"x\",\"1\"]],\"u\":18521289,\"seq\":7961638725}}",
                // a delta moving only the ask, then one moving only the bid
                "{\"topic\":\"orderbook.1.BTCUSDT\",\"ts\":1704067200080,\"type\":\"delta\",\"data\":{\"s\":\"BTCUSDT\","
                        + "\"b\":[],\"a\":[[\"42000.25\",\"1\"]],\"u\":18521290,\"seq\":7961638726}}",
                "{\"topic\":\"orderbook.1.BTCUSDT\",\"ts\":1704067200100,\"type\":\"delta\",\"data\":{\"s\":\"BTCUSDT\","
                        + "\"b\":[[\"42000.15\",\"0.5\"]],\"a\":[],\"u\":18521291,\"seq\":7961638727},\"cts\":1704067200090}"),
                q -> q.contains("0@1704067200100 42000.15/42000.25"),
                List.of("{\"topic\":\"orderbook.1.BTCUSDT\",\"ts\":1704067201000,\"type\":\"snapshot\",\"data\":{\"s\":"
                        + "\"BTCUSDT\",\"b\":[[\"42001.00\",\"1\"]],\"a\":[[\"42001.50\",\"2\"]],\"u\":1,\"seq\":7961638800},"
                        + "\"cts\":1704067200990}"),
                "0@1704067201000 42001.0/42001.5", subs);
        assertThat(subs).allSatisfy(s -> assertThat(s).containsExactly(
                "{\"op\":\"subscribe\",\"args\":[\"orderbook.1.BTCUSDT\"]}"));
        assertThat(r.quotes).startsWith("0@1704067200000 42000.1/42000.2", "0@1704067200080 42000.1/42000.25",
                "0@1704067200100 42000.15/42000.25", "0@1704067201000 42001.0/42001.5");
        assertThat(r.events).anySatisfy(e -> assertThat(e).isEqualTo("bybit: skipped a message: bybit WebSocket "
                + "/v5/public/spot: malformed response: field data.a[0][0] must be a decimal number but is \"x\""));
        assertThat(r.events).anySatisfy(e -> assertThat(e).isEqualTo("bybit: skipped a message: bybit WebSocket "
                + "/v5/public/spot: malformed response: field data.b[0] must have at least 2 elements but has 1"));
    }

    static String deribitTicker(long ts, double bid, double ask, double index, String funding8h) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"subscription\",\"params\":{\"channel\":\"ticker.BTC-PERPETUAL.100ms\","
                + "\"data\":{\"timestamp\":" + ts + ",\"stats\":{\"volume_usd\":284061480,\"volume\":7871.02,"
                + "\"price_change\":0.7229,\"low\":35213.5,\"high\":36824.5},\"state\":\"open\",\"settlement_price\":"
                + "36169.49,\"open_interest\":502097590,\"min_price\":35898.37,\"max_price\":36991.72,\"mark_price\":"
                + "36446.51,\"last_price\":36457.5,\"interest_value\":1.7,\"instrument_name\":\"BTC-PERPETUAL\","
                + "\"index_price\":" + index + ",\"funding_8h\":" + funding8h + ",\"estimated_delivery_price\":" + index
                + ",\"current_funding\":0,\"best_bid_price\":" + bid + ",\"best_bid_amount\":5000,\"best_ask_price\":"
                + ask + ",\"best_ask_amount\":100}}}";
    }

    @Test
    void deribitTickerGivesQuoteIndexAndFunding() throws Exception {
        StreamSpec spec = StreamSpec.deribit(java.net.URI.create("wss://www.deribit.com/ws/api/v2"),
                Map.of("BTC-PERPETUAL", 1), Map.of("BTC-PERPETUAL", 0), Map.of("BTC-PERPETUAL", 1));
        List<List<String>> subs = new CopyOnWriteArrayList<>();
        LiveFeedTest.Recorder r = run(spec, 1, List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[\"ticker.BTC-PERPETUAL.100ms\"],\"usIn\":1623060194301000,"
                        + "\"usOut\":1623060194301100,\"usDiff\":100,\"testnet\":false}",
                deribitTicker(1623060194301L, 36442.5, 36443, 36441.64, "0.0000211").replace("\"funding_8h\":0.0000211",
                        "\"funding_8h\":\"high\""),
                deribitTicker(1623060194401L, 36442.5, 36443, 36441.64, "0.0000211")),
                q -> q.contains("1@1623060194401 36442.5/36443.0"),
                List.of(deribitTicker(1623060195401L, 36450, 36450.5, 36449.1, "0.000022")),
                "1@1623060195401 36450.0/36450.5", subs);
        assertThat(subs).allSatisfy(s -> assertThat(s).containsExactly("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"
                + "\"public/subscribe\",\"params\":{\"channels\":[\"ticker.BTC-PERPETUAL.100ms\"]}}"));
        // the malformed message delivered nothing, not even the fields read before its bad one
        assertThat(r.quotes).containsExactly("0@1623060194401 36441.64/36441.64",
                "1@1623060194401 funding 2.11E-5 per 28800000", "1@1623060194401 36442.5/36443.0",
                "0@1623060195401 36449.1/36449.1", "1@1623060195401 funding 2.2E-5 per 28800000",
                "1@1623060195401 36450.0/36450.5");
        assertThat(r.events).anySatisfy(e -> assertThat(e).isEqualTo("deribit: skipped a message: deribit WebSocket "
                + "/ws/api/v2: malformed response: field params.data.funding_8h must be a decimal number but is \"high\""));
    }

    @Test
    void hyperliquidBboAndAssetContext() throws Exception {
        StreamSpec spec = StreamSpec.hyperliquid(java.net.URI.create("wss://api.hyperliquid.xyz/ws"), Map.of("BTC", 1),
                Map.of("BTC", 0), Map.of("BTC", 1));
        String bbo = "{\"channel\":\"bbo\",\"data\":{\"coin\":\"BTC\",\"time\":1704067200000,\"bbo\":[{\"px\":\"42010.0\","
                + "\"sz\":\"0.5\",\"n\":2},{\"px\":\"42011.0\",\"sz\":\"1.2\",\"n\":3}]}}";
        String ctx = "{\"channel\":\"activeAssetCtx\",\"data\":{\"coin\":\"BTC\",\"ctx\":{\"dayNtlVlm\":\"1.2E9\","
                + "\"prevDayPx\":\"41000.0\",\"markPx\":\"42010.5\",\"midPx\":\"42010.5\",\"funding\":\"0.0000125\","
                + "\"openInterest\":\"9000.1\",\"oraclePx\":\"42001.0\",\"premium\":\"0.0002\",\"impactPxs\":[\"42009.0\","
                + "\"42012.0\"],\"dayBaseVlm\":\"30000.0\"}}}";
        List<List<String>> subs = new CopyOnWriteArrayList<>();
        LiveFeedTest.Recorder r = run(spec, 2, List.of(
                "{\"channel\":\"subscriptionResponse\",\"data\":{\"method\":\"subscribe\",\"subscription\":{\"type\":\"bbo\","
                        + "\"coin\":\"BTC\"}}}",
                bbo.replace(",{\"px\":\"42011.0\",\"sz\":\"1.2\",\"n\":3}", ""), bbo, ctx, "{\"channel\":\"pong\"}"),
                q -> q.stream().anyMatch(x -> x.contains("funding")),
                List.of(bbo.replace("1704067200000", "1704067260000")),
                "1@1704067260000 42010.0/42011.0", subs);
        assertThat(subs).allSatisfy(s -> assertThat(s).containsExactly(
                "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"bbo\",\"coin\":\"BTC\"}}",
                "{\"method\":\"subscribe\",\"subscription\":{\"type\":\"activeAssetCtx\",\"coin\":\"BTC\"}}"));
        // the context carries no time: the oracle price and funding are stamped with the receive time
        // (the fake clock of the options)
        long now = Instant.parse("2026-12-05T10:00:00Z").toEpochMilli();
        assertThat(r.quotes).startsWith("1@1704067200000 42010.0/42011.0", "0@" + now + " 42001.0/42001.0",
                "1@" + now + " funding 1.25E-5 per 3600000");
        assertThat(r.events).anySatisfy(e -> assertThat(e).isEqualTo("hyperliquid: skipped a message: hyperliquid "
                + "WebSocket /ws: malformed response: field data.bbo must have at least 2 elements but has 1"));
        assertThat(spec.keepAlive()).contains("{\"method\":\"ping\"}");
    }

    @Test
    void dydxKeepsTheBookAndReadsMarkets() throws Exception {
        StreamSpec spec = StreamSpec.dydx(java.net.URI.create("wss://indexer.dydx.trade/v4/ws"), Map.of("BTC-USD", 1),
                Map.of("BTC-USD", 0), Map.of("BTC-USD", 1));
        String book = "{\"type\":\"subscribed\",\"connection_id\":\"c1\",\"message_id\":1,\"channel\":\"v4_orderbook\","
                + "\"id\":\"BTC-USD\",\"contents\":{\"bids\":[{\"price\":\"42000\",\"size\":\"1.5\"},{\"price\":\"41999\","
                + "\"size\":\"2\"}],\"asks\":[{\"price\":\"42001\",\"size\":\"0.7\"},{\"price\":\"42002\",\"size\":\"3\"}]}}";
        List<List<String>> subs = new CopyOnWriteArrayList<>();
        LiveFeedTest.Recorder r = run(spec, 2, List.of(
                "{\"type\":\"connected\",\"connection_id\":\"c1\",\"message_id\":0}", book,
                // the best ask goes: 42002 is now the best
                "{\"type\":\"channel_data\",\"connection_id\":\"c1\",\"message_id\":2,\"id\":\"BTC-USD\",\"channel\":"
                        + "\"v4_orderbook\",\"version\":\"1.0.0\",\"contents\":{\"asks\":[[\"42001\",\"0\"]]}}",
                // malformed: the whole message is refused, the book unchanged
                "{\"type\":\"channel_data\",\"connection_id\":\"c1\",\"message_id\":3,\"id\":\"BTC-USD\",\"channel\":"
                        + "\"v4_orderbook\",\"version\":\"1.0.0\",\"contents\":{\"bids\":[[\"42000.5\",\"1\"]],\"asks\":[[\"-\","
                        + "\"1\"]]}}",
                "{\"type\":\"channel_data\",\"connection_id\":\"c1\",\"message_id\":4,\"id\":\"BTC-USD\",\"channel\":"
                        + "\"v4_orderbook\",\"version\":\"1.0.0\",\"contents\":{\"bids\":[[\"41999.5\",\"1\"]]}}",
                // a good oracle price beside a bad funding rate: refused whole
                "{\"type\":\"channel_data\",\"connection_id\":\"c1\",\"message_id\":5,\"channel\":\"v4_markets\","
                        + "\"version\":\"1.0.0\",\"contents\":{\"oraclePrices\":{\"BTC-USD\":{\"oraclePrice\":\"41000\"}},"
                        + "\"trading\":{\"BTC-USD\":{\"nextFundingRate\":\"abc\"}}}}",
                "{\"type\":\"subscribed\",\"connection_id\":\"c1\",\"message_id\":5,\"channel\":\"v4_markets\",\"contents\":"
                        + "{\"markets\":{\"BTC-USD\":{\"clobPairId\":\"0\",\"ticker\":\"BTC-USD\",\"status\":\"ACTIVE\","
                        + "\"oraclePrice\":\"41990.5\",\"priceChange24H\":\"120.1\",\"volume24H\":\"1.0E8\",\"trades24H\":"
                        + "12000,\"nextFundingRate\":\"0.0000125\",\"openInterest\":\"500\"},\"ETH-USD\":{\"oraclePrice\":"
                        + "\"2200.1\",\"nextFundingRate\":\"0.00001\"}}}}",
                "{\"type\":\"channel_data\",\"connection_id\":\"c1\",\"message_id\":6,\"channel\":\"v4_markets\","
                        + "\"version\":\"1.0.0\",\"contents\":{\"oraclePrices\":{\"BTC-USD\":{\"oraclePrice\":\"41995.25\","
                        + "\"effectiveAt\":\"2024-01-01T00:00:01.000Z\",\"effectiveAtHeight\":\"1000\",\"marketId\":0}}}}"),
                q -> q.stream().anyMatch(x -> x.endsWith("41995.25/41995.25")),
                List.of(book.replace("42000\"", "42100\"").replace("41999\"", "42099\"").replace("42001\"", "42101\"")
                        .replace("42002\"", "42102\"")),
                " 42100.0/42101.0", subs);
        assertThat(subs).allSatisfy(s -> assertThat(s).containsExactly(
                "{\"type\":\"subscribe\",\"channel\":\"v4_orderbook\",\"id\":\"BTC-USD\"}",
                "{\"type\":\"subscribe\",\"channel\":\"v4_markets\"}"));
        String t = "@" + Instant.parse("2026-12-05T10:00:00Z").toEpochMilli() + " ";
        assertThat(r.quotes).startsWith("1" + t + "42000.0/42001.0", "1" + t + "42000.0/42002.0", "1" + t + "42000.0/42002.0",
                "0" + t + "41990.5/41990.5", "1" + t + "funding 1.25E-5 per 3600000", "0" + t + "41995.25/41995.25");
        // the new connection's snapshot replaces the book (stamped with the receive time, after the backoff)
        assertThat(r.quotes.get(6)).startsWith("1@").endsWith(" 42100.0/42101.0");
        assertThat(r.events).anySatisfy(e -> assertThat(e).isEqualTo("dydx: skipped a message: dydx WebSocket /v4/ws: "
                + "malformed response: field contents.trading.BTC-USD.nextFundingRate must be a decimal number but is "
                + "\"abc\""));
        assertThat(r.events).anySatisfy(e -> assertThat(e).isEqualTo("dydx: skipped a message: dydx WebSocket /v4/ws: "
                + "malformed response: field contents.asks[0][0] must be a decimal number but is \"-\""));
    }
}
