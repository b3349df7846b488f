package io.github.basisspread.venues.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Instrument;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.venues.BarInterval;
import io.github.basisspread.venues.Candle;
import io.github.basisspread.venues.FakeSleeper;
import io.github.basisspread.venues.Fetched;
import io.github.basisspread.venues.FundingObservation;
import io.github.basisspread.venues.Gap;
import io.github.basisspread.venues.TestServer;
import io.github.basisspread.venues.TestServer.Reply;
import io.github.basisspread.venues.VenueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Binance REST client against an in-process server answering to the documented schemas:
 * "Kline/Candlestick data" (spot GET /api/v3/klines, USD-M GET /fapi/v1/klines and the mark,
 * index and premium-index variants), "Get Funding Rate History" (GET /fapi/v1/fundingRate),
 * "Get Funding Rate Info" (GET /fapi/v1/fundingInfo), "Exchange Information" and "Rate limits",
 * developers.binance.com, read 2026-12-05. Bodies are written to those schemas by hand.
 */
class BinanceClientTest {

    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** A kline row of the documented 12-element layout, prices as strings. */
    static String row(long open, long step, double close) {
        return "[" + open + ",\"" + (close - 1) + "\",\"" + (close + 5) + "\",\"" + (close - 5) + "\",\"" + close
                + "\",\"12.5\"," + (open + step - 1) + ",\"500000.0\",42,\"6.1\",\"250000.0\",\"0\"]";
    }

    static double price(long open) {
        return 40_000 + (open / 60_000L) % 1000;
    }

    /** Answers klines like Binance: bars on the grid within [startTime, endTime], at most limit. */
    static Reply klines(TestServer.Request r, long step, Set<Long> missing) {
        long start = Long.parseLong(r.param("startTime"));
        long end = Long.parseLong(r.param("endTime"));
        int limit = Integer.parseInt(r.param("limit"));
        StringBuilder b = new StringBuilder("[");
        int n = 0;
        for (long t = (start + step - 1) / step * step; t <= end && n < limit; t += step) {
            if (missing.contains(t)) {
                continue;
            }
            b.append(n++ == 0 ? "" : ",").append(row(t, step, price(t)));
        }
        return Reply.json(b.append("]").toString()).header("X-MBX-USED-WEIGHT-1M", "12");
    }

    @Test
    void spotKlinesArePagedOverTheWholeRange() throws Exception {
        long step = 60_000;
        try (TestServer s = TestServer.start(r -> klines(r, step, Set.of()))) {
            FakeSleeper sleeper = new FakeSleeper(Instant.parse("2026-12-05T00:00:00Z"));
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), sleeper.options(3));
            Instant to = T0.plus(Duration.ofMinutes(2500));
            Fetched<Candle> f = c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.M1, T0, to);
            assertThat(f.rows()).hasSize(2500);
            assertThat(f.gaps()).isEmpty();
            // 1000 + 1000 + 500: three pages, each starting after the last bar of the one before.
            assertThat(s.requests()).hasSize(3);
            assertThat(s.requests()).allSatisfy(r -> {
                assertThat(r.path()).isEqualTo("/api/v3/klines");
                assertThat(r.param("limit")).isEqualTo("1000");
                assertThat(r.param("interval")).isEqualTo("1m");
            });
            assertThat(s.requests().get(1).param("startTime")).isEqualTo(String.valueOf(T0.toEpochMilli() + 1000 * step));
            Candle c1234 = f.rows().get(1234);
            long open = T0.toEpochMilli() + 1234 * step;
            assertThat(c1234.openTime()).isEqualTo(Instant.ofEpochMilli(open));
            assertThat(c1234.closeTime()).isEqualTo(Instant.ofEpochMilli(open + step));
            assertThat(c1234.close()).isEqualTo(price(open));
            assertThat(c1234.high()).isEqualTo(price(open) + 5);
            assertThat(c1234.volume()).isEqualTo(12.5);
            assertThat(sleeper.sleeps()).isEmpty();
        }
    }

    @Test
    void missingBarsAreReportedAsGapsAndNeverFilled() throws Exception {
        long step = 3_600_000;
        Set<Long> missing = Set.of(T0.toEpochMilli() + 5 * step, T0.toEpochMilli() + 6 * step,
                T0.toEpochMilli() + 7 * step);
        try (TestServer s = TestServer.start(r -> klines(r, step, missing))) {
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(T0).options(2));
            Fetched<Candle> f = c.klines(BinanceMarket.USDM, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, T0,
                    T0.plus(Duration.ofHours(24)));
            assertThat(f.rows()).hasSize(21);
            assertThat(f.gaps()).containsExactly(new Gap(T0.plus(Duration.ofHours(5)), T0.plus(Duration.ofHours(8)), 3));
            assertThat(f.missingCount()).isEqualTo(3);
            assertThat(s.requests().get(0).path()).isEqualTo("/fapi/v1/klines");
            assertThat(s.requests().get(0).param("limit")).isEqualTo("1500");
        }
    }

    @Test
    void indexKlinesAreQueriedByPairAndPremiumByDapiSymbol() throws Exception {
        long step = 3_600_000;
        try (TestServer s = TestServer.start(r -> klines(r, step, Set.of()))) {
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(T0).options(2));
            c.klines(BinanceMarket.USDM, KlineKind.INDEX, "BTCUSDT", BarInterval.H1, T0, T0.plus(Duration.ofHours(3)));
            c.klines(BinanceMarket.COINM, KlineKind.PREMIUM_INDEX, "BTCUSD_PERP", BarInterval.H1, T0,
                    T0.plus(Duration.ofHours(3)));
            c.klines(BinanceMarket.USDM, KlineKind.MARK, "BTCUSDT", BarInterval.H1, T0, T0.plus(Duration.ofHours(3)));
            List<TestServer.Request> r = s.requests();
            assertThat(r.get(0).path()).isEqualTo("/fapi/v1/indexPriceKlines");
            assertThat(r.get(0).param("pair")).isEqualTo("BTCUSDT");
            assertThat(r.get(0).param("symbol")).isNull();
            assertThat(r.get(1).path()).isEqualTo("/dapi/v1/premiumIndexKlines");
            assertThat(r.get(1).param("symbol")).isEqualTo("BTCUSD_PERP");
            assertThat(r.get(2).path()).isEqualTo("/fapi/v1/markPriceKlines");
        }
    }

    @Test
    void a429WithRetryAfterIsWaitedOutExactly() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (TestServer s = TestServer.start(r -> calls.getAndIncrement() == 0
                ? Reply.status(429, "{\"code\":-1003,\"msg\":\"Too many requests.\"}").header("Retry-After", "7")
                : klines(r, 3_600_000, Set.of()))) {
            FakeSleeper sleeper = new FakeSleeper(T0);
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), sleeper.options(3));
            Fetched<Candle> f = c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, T0,
                    T0.plus(Duration.ofHours(4)));
            assertThat(f.rows()).hasSize(4);
            assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
            assertThat(s.requests()).hasSize(2);
        }
    }

    @Test
    void serverErrorsAreRetriedWithJitteredExponentialBackoffThenFailNamingTheEndpoint() throws Exception {
        try (TestServer s = TestServer.start(r -> Reply.status(503, "Service Unavailable"))) {
            FakeSleeper sleeper = new FakeSleeper(T0);
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), sleeper.options(4));
            assertThatThrownBy(() -> c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, T0,
                    T0.plus(Duration.ofHours(4))))
                    .isInstanceOf(VenueException.class)
                    .hasMessageContaining("binance GET /api/v3/klines")
                    .hasMessageContaining("failed after 4 attempts")
                    .hasMessageContaining("HTTP 503");
            assertThat(s.requests()).hasSize(4);
            List<Duration> sleeps = sleeper.sleeps();
            assertThat(sleeps).hasSize(3);
            // full jitter: retry n waits in [0, 100 ms * 2^n)
            for (int n = 0; n < 3; n++) {
                assertThat(sleeps.get(n)).isBetween(Duration.ZERO, Duration.ofMillis(100L << n));
            }
        }
    }

    @Test
    void aRefusedConnectionIsNamedNotNull() throws Exception {
        java.net.URI closed;
        try (java.net.ServerSocket ss = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = java.net.URI.create("http://127.0.0.1:" + ss.getLocalPort());
        }
        BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(closed), new FakeSleeper(T0).options(2));
        assertThatThrownBy(() -> c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, T0,
                T0.plus(Duration.ofHours(1)))).isInstanceOf(VenueException.class)
                .hasMessageContaining("failed after 2 attempts, last: connection failed: java.net.ConnectException")
                .hasMessageNotContaining("null");
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        try (TestServer s = TestServer.start(r -> Reply.status(400, "{\"code\":-1100,\"msg\":\"Illegal characters\"}"))) {
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(T0).options(4));
            assertThatThrownBy(() -> c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, T0,
                    T0.plus(Duration.ofHours(4)))).isInstanceOf(VenueException.class).hasMessageContaining("HTTP 400")
                    .hasMessageContaining("-1100");
            assertThat(s.requests()).hasSize(1);
        }
    }

    @Test
    void aSymbolBinanceDoesNotKnowGivesNoRowsAndOneGap() throws Exception {
        try (TestServer s = TestServer.start(r -> Reply.status(400, "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}"))) {
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(T0).options(4));
            Fetched<Candle> f = c.klines(BinanceMarket.USDM, KlineKind.TRADES, "BTCUSDT_991231", BarInterval.H1, T0,
                    T0.plus(Duration.ofHours(4)));
            assertThat(f.rows()).isEmpty();
            assertThat(f.gaps()).containsExactly(new Gap(T0, T0.plus(Duration.ofHours(4)), 4));
        }
    }

    @Test
    void theUsedWeightHeaderAtTheLimitPausesUntilTheNextMinute() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        long step = 60_000;
        try (TestServer s = TestServer.start(r -> {
            Reply k = klines(r, step, Set.of());
            return calls.getAndIncrement() == 0 ? k.header("X-MBX-USED-WEIGHT-1M", "6000") : k;
        })) {
            FakeSleeper sleeper = new FakeSleeper(Instant.parse("2026-12-05T10:00:45Z"));
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), sleeper.options(2));
            Fetched<Candle> f = c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.M1, T0,
                    T0.plus(Duration.ofMinutes(1500)));
            assertThat(f.rows()).hasSize(1500);
            assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(15));
        }
    }

    @Test
    void aMalformedBodyNamesVenueEndpointAndField() throws Exception {
        String body = "[" + row(T0.toEpochMilli(), 3_600_000, 42_000).replace("\"42000.0\"", "\"abc\"") + "]";
        try (TestServer s = TestServer.start(r -> Reply.json(body))) {
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(T0).options(2));
            assertThatThrownBy(() -> c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, T0,
                    T0.plus(Duration.ofHours(1))))
                    .isInstanceOf(VenueException.class)
                    .hasMessage("binance GET /api/v3/klines: malformed response: field [0][4] (close) must be a decimal"
                            + " number but is \"abc\"");
        }
        try (TestServer s = TestServer.start(r -> Reply.json("{\"code\":0}"))) {
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(T0).options(2));
            assertThatThrownBy(() -> c.fundingHistory(BinanceMarket.USDM, "BTCUSDT", T0, T0.plus(Duration.ofDays(1))))
                    .isInstanceOf(VenueException.class)
                    .hasMessageContaining("binance GET /fapi/v1/fundingInfo: malformed response: field (body) must be an"
                            + " array");
        }
        try (TestServer s = TestServer.start(r -> Reply.json("[[1704067200000,\"1\"]]"))) {
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(T0).options(2));
            assertThatThrownBy(() -> c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, T0,
                    T0.plus(Duration.ofHours(1)))).hasMessageContaining("field [0] must have at least 3 elements");
        }
        try (TestServer s = TestServer.start(r -> Reply.json("<html>oops</html>"))) {
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(T0).options(2));
            assertThatThrownBy(() -> c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, T0,
                    T0.plus(Duration.ofHours(1)))).hasMessageContaining("field (body) is not JSON");
        }
    }

    @Test
    void fundingHistoryCarriesTheIntervalOfEachSettlement() throws Exception {
        // Documented example row: {"symbol":"BTCUSDT","fundingRate":"-0.03750000","fundingTime":1570608000000,
        // "markPrice":"34287.54619963"}. Here: 8 h settlements, then the symbol moves to 4 h.
        long h = 3_600_000L;
        long t0 = T0.toEpochMilli();
        long[] times = {t0, t0 + 8 * h + 3, t0 + 16 * h, t0 + 20 * h, t0 + 24 * h + 1, t0 + 36 * h};
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < times.length; i++) {
            b.append(i == 0 ? "" : ",").append("{\"symbol\":\"BTCUSDT\",\"fundingRate\":\"0.000")
                    .append(i + 1).append("0000\",\"fundingTime\":").append(times[i])
                    .append(",\"markPrice\":\"42000.10000000\"}");
        }
        String funding = b.append("]").toString();
        String info = "[{\"symbol\":\"ETHUSDT\",\"adjustedFundingRateCap\":\"0.02500000\",\"adjustedFundingRateFloor\":"
                + "\"-0.02500000\",\"fundingIntervalHours\":4,\"disclaimer\":false}]";
        try (TestServer s = TestServer.start(r -> r.path().endsWith("fundingInfo") ? Reply.json(info)
                : Reply.json(funding))) {
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(T0).options(2));
            Fetched<FundingObservation> f = c.fundingHistory(BinanceMarket.USDM, "BTCUSDT", T0, T0.plus(Duration.ofDays(2)));
            assertThat(f.rows()).extracting(FundingObservation::interval).containsExactly(Duration.ofHours(8),
                    Duration.ofHours(8), Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(4),
                    Duration.ofHours(4));
            assertThat(f.rows().get(1).time()).isEqualTo(Instant.ofEpochMilli(t0 + 8 * h + 3));
            assertThat(f.rows().get(1).rate()).isEqualTo(0.0002);
            // 0.0002 per 8 h = 0.0002 * 1095 a year
            assertThat(f.rows().get(1).apr()).isCloseTo(0.219, org.assertj.core.data.Offset.offset(1e-12));
            // 24 h -> 36 h at 4 h intervals: the settlements at 28 h and 32 h are missing
            assertThat(f.gaps()).containsExactly(new Gap(Instant.ofEpochMilli(t0 + 28 * h + 1),
                    Instant.ofEpochMilli(t0 + 36 * h), 2));
            assertThat(s.requests().get(1).param("limit")).isEqualTo("1000");
        }
    }

    @Test
    void instrumentsMapPerpetualsAndQuarterliesToCoreTypes() throws Exception {
        String usdm = "{\"timezone\":\"UTC\",\"serverTime\":1733390000000,\"symbols\":["
                + "{\"symbol\":\"BTCUSDT\",\"pair\":\"BTCUSDT\",\"contractType\":\"PERPETUAL\",\"deliveryDate\":4133404800000,"
                + "\"onboardDate\":1569398400000,\"status\":\"TRADING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\","
                + "\"marginAsset\":\"USDT\",\"filters\":[{\"filterType\":\"PRICE_FILTER\",\"tickSize\":\"0.10\"},"
                + "{\"filterType\":\"LOT_SIZE\",\"stepSize\":\"0.001\",\"minQty\":\"0.001\",\"maxQty\":\"1000\"}]},"
                + "{\"symbol\":\"BTCUSDT_250328\",\"pair\":\"BTCUSDT\",\"contractType\":\"CURRENT_QUARTER\","
                + "\"deliveryDate\":1743148800000,\"status\":\"TRADING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\","
                + "\"marginAsset\":\"USDT\",\"filters\":[{\"filterType\":\"LOT_SIZE\",\"stepSize\":\"0.001\"}]},"
                + "{\"symbol\":\"BTCUSDT_241227\",\"pair\":\"BTCUSDT\",\"contractType\":\"CURRENT_QUARTER\","
                + "\"deliveryDate\":1735286400000,\"status\":\"SETTLING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\","
                + "\"marginAsset\":\"USDT\",\"filters\":[]}]}";
        String coinm = "{\"symbols\":[{\"symbol\":\"BTCUSD_PERP\",\"pair\":\"BTCUSD\",\"contractType\":\"PERPETUAL\","
                + "\"deliveryDate\":4133404800000,\"contractStatus\":\"TRADING\",\"contractSize\":100,"
                + "\"baseAsset\":\"BTC\",\"quoteAsset\":\"USD\",\"marginAsset\":\"BTC\"},"
                + "{\"symbol\":\"BTCUSD_250328\",\"pair\":\"BTCUSD\",\"contractType\":\"CURRENT_QUARTER\","
                + "\"deliveryDate\":1743148800000,\"contractStatus\":\"TRADING\",\"contractSize\":100,"
                + "\"baseAsset\":\"BTC\",\"quoteAsset\":\"USD\",\"marginAsset\":\"BTC\"}]}";
        try (TestServer s = TestServer.start(r -> Reply.json(r.path().startsWith("/fapi") ? usdm : coinm))) {
            BinanceClient c = BinanceClient.of(BinanceEndpoints.allAt(s.uri()), new FakeSleeper(T0).options(2));
            List<Instrument> u = c.instruments(BinanceMarket.USDM);
            assertThat(u).hasSize(2);
            PerpetualSwap perp = (PerpetualSwap) u.get(0);
            assertThat(perp.symbol()).isEqualTo("BTCUSDT");
            assertThat(perp.contract().settlement()).isEqualTo(Settlement.LINEAR);
            assertThat(perp.contract().contractSize()).isEqualTo(0.001);
            DatedFuture q = (DatedFuture) u.get(1);
            assertThat(q.expiry()).isEqualTo(Instant.parse("2025-03-28T08:00:00Z"));
            List<Instrument> cm = c.instruments(BinanceMarket.COINM);
            assertThat(cm.get(0)).isInstanceOf(PerpetualSwap.class);
            assertThat(((PerpetualSwap) cm.get(0)).contract().settlement()).isEqualTo(Settlement.INVERSE);
            assertThat(((PerpetualSwap) cm.get(0)).contract().contractSize()).isEqualTo(100);
            assertThat(((PerpetualSwap) cm.get(0)).settlementCurrency()).isEqualTo("BTC");
            assertThat(((DatedFuture) cm.get(1)).expiry()).isEqualTo(Instant.parse("2025-03-28T08:00:00Z"));
        }
    }

    @Test
    void badArgumentsAreNamed() {
        BinanceClient c = BinanceClient.production();
        assertThatThrownBy(() -> c.klines(BinanceMarket.SPOT, KlineKind.MARK, "BTCUSDT", BarInterval.H1, T0,
                T0.plusSeconds(3600))).hasMessageContaining("'kind'").hasMessageContaining("MARK");
        assertThatThrownBy(() -> c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTC USDT&x=1", BarInterval.H1, T0,
                T0.plusSeconds(3600))).hasMessageContaining("'symbol'").hasMessageContaining("BTC USDT&x=1");
        assertThatThrownBy(() -> c.klines(BinanceMarket.SPOT, KlineKind.TRADES, "BTCUSDT", BarInterval.H1, T0, T0))
                .hasMessageContaining("'to'");
        assertThatThrownBy(() -> BarInterval.parse("2h")).hasMessageContaining("'interval'").hasMessageContaining("2h");
    }
}
