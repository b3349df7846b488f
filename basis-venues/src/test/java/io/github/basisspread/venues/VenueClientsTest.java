package io.github.basisspread.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Instrument;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.venues.TestServer.Reply;
import io.github.basisspread.venues.bybit.BybitClient;
import io.github.basisspread.venues.deribit.DeribitClient;
import io.github.basisspread.venues.dydx.DydxClient;
import io.github.basisspread.venues.hyperliquid.HyperliquidClient;
import io.github.basisspread.venues.okx.OkxClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/**
 * The REST clients of OKX, Bybit, Deribit, Hyperliquid and dYdX against in-process servers that
 * answer with bodies written to each venue's documented schema and paging rule (cited on each
 * client; read 2026-12-05): a simulated market of 300 hourly bars with hour 150 missing, hourly or
 * 8-hourly funding, and each venue's instrument list. The servers cap pages below the clients'
 * requested limits, so every range takes several pages.
 */
class VenueClientsTest {

    static final long H = 3_600_000L;
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    static final long T0MS = T0.toEpochMilli();
    static final int N = 300;
    static final long MISSING = T0MS + 150 * H;
    static final Instant END = T0.plus(Duration.ofHours(N));

    static double close(long t) {
        return 40_000 + (t - T0MS) / H;
    }

    /** Hours of the market in [lo, hi] (inclusive), as epoch ms, ascending. */
    static List<Long> hours(long lo, long hi) {
        List<Long> out = new ArrayList<>();
        for (long t = Math.max(T0MS, (lo + H - 1) / H * H); t <= hi && t < T0MS + N * H; t += H) {
            if (t != MISSING) {
                out.add(t);
            }
        }
        return out;
    }

    static List<Long> newestFirst(List<Long> asc, int cap) {
        List<Long> out = new ArrayList<>();
        for (int i = asc.size() - 1; i >= 0 && out.size() < cap; i--) {
            out.add(asc.get(i));
        }
        return out;
    }

    static List<Long> settlements(long lo, long hi, long step, LongPredicate keep) {
        List<Long> out = new ArrayList<>();
        for (long t = Math.max(T0MS, (lo + step - 1) / step * step); t <= hi && t < T0MS + N * H; t += step) {
            if (keep.test(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static void checkCandles(Fetched<Candle> f) {
        assertThat(f.rows()).hasSize(N - 1);
        assertThat(f.gaps()).containsExactly(new Gap(Instant.ofEpochMilli(MISSING), Instant.ofEpochMilli(MISSING + H), 1));
        Candle c = f.rows().get(200);   // hour 201 (hour 150 is missing)
        assertThat(c.openTime()).isEqualTo(T0.plus(Duration.ofHours(201)));
        assertThat(c.closeTime()).isEqualTo(T0.plus(Duration.ofHours(202)));
        assertThat(c.close()).isEqualTo(40_201);
        assertThat(c.high()).isEqualTo(40_203);
        assertThat(c.low()).isEqualTo(40_198);
    }

    static String q(TestServer.Request r, String name) {
        return java.net.URLDecoder.decode(r.param(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- OKX

    static Reply okx(TestServer.Request r) {
        StringBuilder b = new StringBuilder("{\"code\":\"0\",\"msg\":\"\",\"data\":[");
        switch (r.path()) {
            case "/api/v5/market/history-candles" -> {
                long after = Long.parseLong(r.param("after"));
                List<Long> ts = newestFirst(hours(0, after - 1), 100);
                for (int i = 0; i < ts.size(); i++) {
                    long t = ts.get(i);
                    double c = close(t);
                    b.append(i == 0 ? "" : ",").append("[\"").append(t).append("\",\"").append(c - 1).append("\",\"")
                            .append(c + 2).append("\",\"").append(c - 3).append("\",\"").append(c)
                            .append("\",\"81.5\",\"0.815\",\"3260000\",\"1\"]");
                }
            }
            case "/api/v5/public/funding-rate-history" -> {
                long after = Long.parseLong(r.param("after"));
                List<Long> ts = newestFirst(settlements(0, after - 1, 8 * H, t -> true), 100);
                for (int i = 0; i < ts.size(); i++) {
                    b.append(i == 0 ? "" : ",").append("{\"instType\":\"SWAP\",\"instId\":\"BTC-USDT-SWAP\","
                            + "\"formulaType\":\"noRate\",\"fundingRate\":\"0.0001\",\"realizedRate\":\"0.00009\","
                            + "\"fundingTime\":\"").append(ts.get(i)).append("\",\"method\":\"current_period\"}");
                }
            }
            case "/api/v5/public/instruments" -> {
                if ("SWAP".equals(r.param("instType"))) {
                    b.append("{\"instType\":\"SWAP\",\"instId\":\"BTC-USDT-SWAP\",\"uly\":\"BTC-USDT\",\"ctType\":"
                            + "\"linear\",\"ctVal\":\"0.01\",\"ctValCcy\":\"BTC\",\"settleCcy\":\"USDT\",\"expTime\":\"\","
                            + "\"state\":\"live\"},{\"instType\":\"SWAP\",\"instId\":\"BTC-USD-SWAP\",\"uly\":\"BTC-USD\","
                            + "\"ctType\":\"inverse\",\"ctVal\":\"100\",\"ctValCcy\":\"USD\",\"settleCcy\":\"BTC\","
                            + "\"expTime\":\"\",\"state\":\"live\"}");
                } else {
                    b.append("{\"instType\":\"FUTURES\",\"instId\":\"BTC-USD-241227\",\"uly\":\"BTC-USD\",\"ctType\":"
                            + "\"inverse\",\"ctVal\":\"100\",\"ctValCcy\":\"USD\",\"settleCcy\":\"BTC\",\"expTime\":"
                            + "\"1735286400000\",\"state\":\"live\"},{\"instType\":\"FUTURES\",\"instId\":"
                            + "\"BTC-USD-240329\",\"uly\":\"BTC-USD\",\"ctType\":\"inverse\",\"ctVal\":\"100\","
                            + "\"expTime\":\"1711699200000\",\"state\":\"expired\"}");
                }
            }
            default -> {
                return Reply.status(404, "{}");
            }
        }
        return Reply.json(b.append("]}").toString());
    }

    @Test
    void okxCandlesFundingAndInstruments() throws Exception {
        try (TestServer s = TestServer.start(VenueClientsTest::okx)) {
            OkxClient c = OkxClient.of(s.uri(), new FakeSleeper(T0).options(2));
            checkCandles(c.candles("BTC-USDT-SWAP", BarInterval.H1, T0, END));
            assertThat(s.requests().get(0).param("bar")).isEqualTo("1H");
            assertThat(s.requests().size()).isGreaterThanOrEqualTo(3);
            Fetched<FundingObservation> f = c.fundingHistory("BTC-USDT-SWAP", T0, END);
            assertThat(f.rows()).hasSize(38);
            assertThat(f.rows()).allSatisfy(o -> {
                assertThat(o.rate()).isEqualTo(0.00009);   // the realized rate, not the forecast
                assertThat(o.interval()).isEqualTo(Duration.ofHours(8));
            });
            List<Instrument> inst = c.instruments();
            assertThat(inst).hasSize(3);
            assertThat(((PerpetualSwap) inst.get(0)).contract().contractSize()).isEqualTo(0.01);
            assertThat(((PerpetualSwap) inst.get(1)).contract().settlement()).isEqualTo(Settlement.INVERSE);
            assertThat(((DatedFuture) inst.get(2)).expiry()).isEqualTo(Instant.parse("2024-12-27T08:00:00Z"));
        }
        try (TestServer s = TestServer.start(r -> Reply.json("{\"code\":\"51001\",\"msg\":\"Instrument ID does not exist\","
                + "\"data\":[]}"))) {
            OkxClient c = OkxClient.of(s.uri(), new FakeSleeper(T0).options(2));
            assertThatThrownBy(() -> c.candles("BTC-XYZ", BarInterval.H1, T0, END)).isInstanceOf(VenueException.class)
                    .hasMessage("okx GET /api/v5/market/history-candles: error code 51001: Instrument ID does not exist");
        }
        try (TestServer s = TestServer.start(r -> Reply.json("{\"code\":\"0\",\"msg\":\"\",\"data\":[[\"1704067200000\","
                + "\"1\",\"2\",\"0.5\"]]}"))) {
            OkxClient c = OkxClient.of(s.uri(), new FakeSleeper(T0).options(2));
            assertThatThrownBy(() -> c.candles("BTC-USDT", BarInterval.H1, T0, END)).isInstanceOf(VenueException.class)
                    .hasMessageContaining("okx GET /api/v5/market/history-candles: malformed response: field data[0]"
                            + " must have at least 6 elements but has 4");
        }
    }

    // ---------------------------------------------------------------- Bybit

    static Reply bybit(TestServer.Request r) {
        StringBuilder b = new StringBuilder("{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"category\":\"linear\","
                + "\"list\":[");
        String tail = "]},\"retExtInfo\":{},\"time\":1733390000000}";
        switch (r.path()) {
            case "/v5/market/kline", "/v5/market/mark-price-kline" -> {
                boolean trades = r.path().equals("/v5/market/kline");
                List<Long> ts = newestFirst(hours(Long.parseLong(r.param("start")), Long.parseLong(r.param("end"))), 120);
                for (int i = 0; i < ts.size(); i++) {
                    long t = ts.get(i);
                    double c = close(t);
                    b.append(i == 0 ? "" : ",").append("[\"").append(t).append("\",\"").append(c - 1).append("\",\"")
                            .append(c + 2).append("\",\"").append(c - 3).append("\",\"").append(c).append("\"")
                            .append(trades ? ",\"12.5\",\"500000\"" : "").append("]");
                }
            }
            case "/v5/market/funding/history" -> {
                List<Long> ts = newestFirst(settlements(Long.parseLong(r.param("startTime")), Long.parseLong(
                        r.param("endTime")), 4 * H, t -> t < T0MS + 100 * H || t % (8 * H) == 0), 20);
                for (int i = 0; i < ts.size(); i++) {
                    b.append(i == 0 ? "" : ",").append("{\"symbol\":\"BTCUSDT\",\"fundingRate\":\"-0.00005\","
                            + "\"fundingRateTimestamp\":\"").append(ts.get(i)).append("\"}");
                }
            }
            case "/v5/market/instruments-info" -> {
                boolean second = r.param("cursor") != null;
                if (!second) {
                    b.append("{\"symbol\":\"BTCUSDT\",\"contractType\":\"LinearPerpetual\",\"status\":\"Trading\","
                            + "\"baseCoin\":\"BTC\",\"quoteCoin\":\"USDT\",\"settleCoin\":\"USDT\",\"deliveryTime\":\"0\","
                            + "\"fundingInterval\":480,\"lotSizeFilter\":{\"maxOrderQty\":\"1190\",\"minOrderQty\":"
                            + "\"0.001\",\"qtyStep\":\"0.001\"}}");
                    tail = "],\"nextPageCursor\":\"first%3D1\"},\"retExtInfo\":{},\"time\":1733390000000}";
                } else {
                    b.append("{\"symbol\":\"BTC-27DEC24\",\"contractType\":\"LinearFutures\",\"status\":\"Trading\","
                            + "\"baseCoin\":\"BTC\",\"quoteCoin\":\"USDC\",\"settleCoin\":\"USDC\",\"deliveryTime\":"
                            + "\"1735286400000\",\"fundingInterval\":0,\"lotSizeFilter\":{\"qtyStep\":\"0.001\"}},"
                            + "{\"symbol\":\"ETHUSDT\",\"contractType\":\"LinearPerpetual\",\"status\":\"Trading\","
                            + "\"baseCoin\":\"ETH\",\"quoteCoin\":\"USDT\",\"settleCoin\":\"USDT\",\"deliveryTime\":\"0\","
                            + "\"fundingInterval\":240,\"lotSizeFilter\":{\"qtyStep\":\"0.01\"}}");
                    tail = "],\"nextPageCursor\":\"\"},\"retExtInfo\":{},\"time\":1733390000000}";
                }
            }
            default -> {
                return Reply.status(404, "{}");
            }
        }
        return Reply.json(b.append(tail).toString()).header("X-Bapi-Limit-Status", "599")
                .header("X-Bapi-Limit-Reset-Timestamp", "1733390001000");
    }

    @Test
    void bybitCandlesFundingAndInstruments() throws Exception {
        try (TestServer s = TestServer.start(VenueClientsTest::bybit)) {
            FakeSleeper sleeper = new FakeSleeper(T0);
            BybitClient c = BybitClient.of(s.uri(), sleeper.options(2));
            checkCandles(c.candles(BybitClient.Category.LINEAR, BybitClient.Prices.TRADES, "BTCUSDT", BarInterval.H1,
                    T0, END));
            assertThat(s.requests().get(0).param("interval")).isEqualTo("60");
            Fetched<Candle> mark = c.candles(BybitClient.Category.LINEAR, BybitClient.Prices.MARK, "BTCUSDT",
                    BarInterval.H1, T0, END);
            assertThat(mark.rows()).hasSize(N - 1).allSatisfy(k -> assertThat(k.volume()).isZero());
            Fetched<FundingObservation> f = c.fundingHistory(BybitClient.Category.LINEAR, "BTCUSDT", T0, END);
            // 4 h settlements for the first 100 hours, then 8 h: the interval follows
            assertThat(f.rows().get(0).interval()).isEqualTo(Duration.ofHours(8));   // the first is assumed
            assertThat(f.rows().get(1).interval()).isEqualTo(Duration.ofHours(4));
            assertThat(f.rows().get(f.rows().size() - 1).interval()).isEqualTo(Duration.ofHours(8));
            assertThat(f.gaps()).isEmpty();
            assertThat(f.rows()).hasSize(25 + 25);
            List<Instrument> inst = c.instruments(BybitClient.Category.LINEAR);
            assertThat(inst).extracting(Instrument::symbol).containsExactly("BTCUSDT", "BTC-27DEC24", "ETHUSDT");
            assertThat(((PerpetualSwap) inst.get(2)).fundingSchedule().intervalHours()).isEqualTo(4);
            assertThat(((DatedFuture) inst.get(1)).expiry()).isEqualTo(Instant.parse("2024-12-27T08:00:00Z"));
            assertThat(s.requests().get(s.requests().size() - 1).param("cursor")).isEqualTo("first%3D1");
        }
        try (TestServer s = TestServer.start(r -> Reply.json("{\"retCode\":10001,\"retMsg\":\"params error: symbol "
                + "invalid\",\"result\":{},\"retExtInfo\":{},\"time\":1}"))) {
            BybitClient c = BybitClient.of(s.uri(), new FakeSleeper(T0).options(2));
            assertThatThrownBy(() -> c.candles(BybitClient.Category.SPOT, BybitClient.Prices.TRADES, "XYZ",
                    BarInterval.H1, T0, END)).hasMessage("bybit GET /v5/market/kline: retCode 10001: params error: "
                            + "symbol invalid");
        }
    }

    @Test
    void bybitLimitHeadersPauseUntilTheReset() throws Exception {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        try (TestServer s = TestServer.start(r -> {
            Reply k = bybit(r);
            return n.getAndIncrement() == 0 ? k.header("X-Bapi-Limit-Status", "0").header(
                    "X-Bapi-Limit-Reset-Timestamp", String.valueOf(now.plusMillis(1500).toEpochMilli())) : k;
        })) {
            FakeSleeper sleeper = new FakeSleeper(now);
            BybitClient c = BybitClient.of(s.uri(), sleeper.options(2));
            c.candles(BybitClient.Category.LINEAR, BybitClient.Prices.TRADES, "BTCUSDT", BarInterval.H1, T0, END);
            assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(1500));
        }
    }

    // ---------------------------------------------------------------- Deribit

    static Reply deribit(TestServer.Request r) {
        switch (r.path()) {
            case "/api/v2/public/get_tradingview_chart_data" -> {
                List<Long> ts = hours(Long.parseLong(r.param("start_timestamp")), Long.parseLong(r.param("end_timestamp")));
                if (ts.isEmpty()) {
                    return Reply.json("{\"jsonrpc\":\"2.0\",\"result\":{\"status\":\"no_data\",\"ticks\":[],\"open\":[],"
                            + "\"high\":[],\"low\":[],\"close\":[],\"volume\":[],\"cost\":[]}}");
                }
                StringBuilder t = new StringBuilder();
                StringBuilder o = new StringBuilder();
                StringBuilder h = new StringBuilder();
                StringBuilder l = new StringBuilder();
                StringBuilder c = new StringBuilder();
                StringBuilder v = new StringBuilder();
                for (int i = 0; i < ts.size(); i++) {
                    String sep = i == 0 ? "" : ",";
                    double x = close(ts.get(i));
                    t.append(sep).append(ts.get(i));
                    o.append(sep).append(x - 1);
                    h.append(sep).append(x + 2);
                    l.append(sep).append(x - 3);
                    c.append(sep).append(x);
                    v.append(sep).append(7.25);
                }
                return Reply.json("{\"jsonrpc\":\"2.0\",\"result\":{\"status\":\"ok\",\"ticks\":[" + t + "],\"open\":[" + o
                        + "],\"high\":[" + h + "],\"low\":[" + l + "],\"close\":[" + c + "],\"volume\":[" + v
                        + "],\"cost\":[" + v + "]},\"usIn\":1,\"usOut\":2,\"usDiff\":1,\"testnet\":false}");
            }
            case "/api/v2/public/get_funding_rate_history" -> {
                List<Long> ts = settlements(Long.parseLong(r.param("start_timestamp")), Long.parseLong(
                        r.param("end_timestamp")), H, t -> t != T0MS + 10 * H);
                StringBuilder b = new StringBuilder("{\"jsonrpc\":\"2.0\",\"result\":[");
                for (int i = 0; i < ts.size(); i++) {
                    b.append(i == 0 ? "" : ",").append("{\"timestamp\":").append(ts.get(i)).append(",\"index_price\":"
                            + "42000.5,\"prev_index_price\":41990.1,\"interest_8h\":0.00024,\"interest_1h\":0.00003}");
                }
                return Reply.json(b.append("]}").toString());
            }
            case "/api/v2/public/get_instruments" -> {
                return Reply.json("{\"jsonrpc\":\"2.0\",\"result\":[{\"instrument_name\":\"BTC-PERPETUAL\",\"kind\":"
                        + "\"future\",\"settlement_period\":\"perpetual\",\"expiration_timestamp\":32503708800000,"
                        + "\"contract_size\":10.0,\"base_currency\":\"BTC\",\"quote_currency\":\"USD\","
                        + "\"settlement_currency\":\"BTC\",\"instrument_type\":\"reversed\",\"is_active\":true},"
                        + "{\"instrument_name\":\"BTC-27DEC24\",\"kind\":\"future\",\"settlement_period\":\"quarter\","
                        + "\"expiration_timestamp\":1735286400000,\"contract_size\":10.0,\"base_currency\":\"BTC\","
                        + "\"quote_currency\":\"USD\",\"settlement_currency\":\"BTC\",\"instrument_type\":\"reversed\","
                        + "\"is_active\":true},{\"instrument_name\":\"BTC_USDC-PERPETUAL\",\"kind\":\"future\","
                        + "\"settlement_period\":\"perpetual\",\"expiration_timestamp\":32503708800000,"
                        + "\"contract_size\":0.001,\"base_currency\":\"BTC\",\"quote_currency\":\"USDC\","
                        + "\"settlement_currency\":\"USDC\",\"instrument_type\":\"linear\",\"is_active\":true}]}");
            }
            default -> {
                return Reply.status(404, "{}");
            }
        }
    }

    @Test
    void deribitCandlesFundingAndInstruments() throws Exception {
        try (TestServer s = TestServer.start(VenueClientsTest::deribit)) {
            DeribitClient c = DeribitClient.of(s.uri(), new FakeSleeper(T0).options(2));
            checkCandles(c.candles("BTC-PERPETUAL", BarInterval.H1, T0, END));
            assertThat(s.requests().get(0).param("resolution")).isEqualTo("60");
            Fetched<FundingObservation> f = c.fundingHistory("BTC-PERPETUAL", T0, END);
            assertThat(f.rows()).hasSize(N - 1);
            assertThat(f.rows().get(0).rate()).isEqualTo(0.00003);
            assertThat(f.rows().get(0).interval()).isEqualTo(Duration.ofHours(1));
            assertThat(f.gaps()).containsExactly(new Gap(T0.plus(Duration.ofHours(10)), T0.plus(Duration.ofHours(11)), 1));
            List<Instrument> inst = c.instruments("BTC");
            assertThat(inst).hasSize(3);
            assertThat(((PerpetualSwap) inst.get(0)).contract().settlement()).isEqualTo(Settlement.INVERSE);
            assertThat(((PerpetualSwap) inst.get(0)).contract().contractSize()).isEqualTo(10);
            assertThat(((DatedFuture) inst.get(1)).expiry()).isEqualTo(Instant.parse("2024-12-27T08:00:00Z"));
            assertThat(((PerpetualSwap) inst.get(2)).contract().settlement()).isEqualTo(Settlement.LINEAR);
        }
        try (TestServer s = TestServer.start(r -> Reply.json("{\"jsonrpc\":\"2.0\",\"result\":{\"status\":\"ok\","
                + "\"ticks\":[1704067200000,1704070800000],\"open\":[1,2],\"high\":[1,2],\"low\":[1,2],\"close\":[1],"
                + "\"volume\":[1,1]}}"))) {
            DeribitClient c = DeribitClient.of(s.uri(), new FakeSleeper(T0).options(2));
            assertThatThrownBy(() -> c.candles("BTC-PERPETUAL", BarInterval.H1, T0, END))
                    .hasMessage("deribit GET /api/v2/public/get_tradingview_chart_data: malformed response: field "
                            + "result.close must have 2 elements like result.ticks but has 1");
        }
    }

    // ---------------------------------------------------------------- Hyperliquid

    static Reply hyperliquid(TestServer.Request r) {
        String body = r.body();
        if (body.contains("\"candleSnapshot\"")) {
            long start = Long.parseLong(body.replaceAll(".*\"startTime\":(\\d+).*", "$1"));
            long end = Long.parseLong(body.replaceAll(".*\"endTime\":(\\d+).*", "$1"));
            List<Long> ts = hours(start, end);
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < Math.min(ts.size(), 100); i++) {
                long t = ts.get(i);
                double c = close(t);
                b.append(i == 0 ? "" : ",").append("{\"T\":").append(t + H - 1).append(",\"c\":\"").append(c)
                        .append("\",\"h\":\"").append(c + 2).append("\",\"i\":\"1h\",\"l\":\"").append(c - 3)
                        .append("\",\"n\":1520,\"o\":\"").append(c - 1).append("\",\"s\":\"BTC\",\"t\":").append(t)
                        .append(",\"v\":\"98.765\"}");
            }
            return Reply.json(b.append("]").toString());
        }
        if (body.contains("\"fundingHistory\"")) {
            long start = Long.parseLong(body.replaceAll(".*\"startTime\":(\\d+).*", "$1"));
            List<Long> ts = settlements(start, Long.MAX_VALUE / 2, H, t -> true);
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < Math.min(ts.size(), 50); i++) {
                b.append(i == 0 ? "" : ",").append("{\"coin\":\"BTC\",\"fundingRate\":\"0.0000125\",\"premium\":"
                        + "\"-0.0002\",\"time\":").append(ts.get(i) + 76).append("}");
            }
            return Reply.json(b.append("]").toString());
        }
        if (body.contains("\"meta\"")) {
            return Reply.json("{\"universe\":[{\"name\":\"BTC\",\"szDecimals\":5,\"maxLeverage\":40},{\"name\":\"ETH\","
                    + "\"szDecimals\":4,\"maxLeverage\":25},{\"name\":\"OLD\",\"szDecimals\":0,\"maxLeverage\":3,"
                    + "\"isDelisted\":true}]}");
        }
        return Reply.status(422, "Failed to deserialize the JSON body");
    }

    @Test
    void hyperliquidCandlesFundingAndInstruments() throws Exception {
        try (TestServer s = TestServer.start(VenueClientsTest::hyperliquid)) {
            HyperliquidClient c = HyperliquidClient.of(s.uri(), new FakeSleeper(T0).options(2));
            checkCandles(c.candles("BTC", BarInterval.H1, T0, END));
            assertThat(s.requests()).allSatisfy(r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.path()).isEqualTo("/info");
            });
            assertThat(s.requests().size()).isGreaterThanOrEqualTo(3);
            Fetched<FundingObservation> f = c.fundingHistory("BTC", T0, END);
            assertThat(f.rows()).hasSize(N);
            assertThat(f.rows().get(0).time()).isEqualTo(T0.plusMillis(76));
            assertThat(f.rows().get(0).apr()).isCloseTo(0.0000125 * 8760, org.assertj.core.data.Offset.offset(1e-15));
            List<Instrument> inst = c.instruments();
            assertThat(inst).extracting(Instrument::symbol).containsExactly("BTC", "ETH");
            assertThat(((PerpetualSwap) inst.get(0)).contract().contractSize()).isEqualTo(1e-5);
        }
        try (TestServer s = TestServer.start(r -> Reply.json("[{\"t\":1704067200000,\"o\":\"1\",\"h\":\"1\",\"l\":\"1\","
                + "\"c\":null,\"v\":\"1\"}]"))) {
            HyperliquidClient c = HyperliquidClient.of(s.uri(), new FakeSleeper(T0).options(2));
            assertThatThrownBy(() -> c.candles("BTC", BarInterval.H1, T0, END))
                    .hasMessage("hyperliquid POST /info candleSnapshot: malformed response: field [0].c is missing");
        }
    }

    // ---------------------------------------------------------------- dYdX

    static Reply dydx(TestServer.Request r) {
        if (r.path().startsWith("/v4/candles/perpetualMarkets/")) {
            long to = Instant.parse(q(r, "toISO")).toEpochMilli();
            long from = Instant.parse(q(r, "fromISO")).toEpochMilli();
            List<Long> ts = newestFirst(hours(from, to), 100);
            StringBuilder b = new StringBuilder("{\"candles\":[");
            for (int i = 0; i < ts.size(); i++) {
                long t = ts.get(i);
                double c = close(t);
                b.append(i == 0 ? "" : ",").append("{\"startedAt\":\"").append(Instant.ofEpochMilli(t))
                        .append("\",\"ticker\":\"BTC-USD\",\"resolution\":\"1HOUR\",\"low\":\"").append(c - 3)
                        .append("\",\"high\":\"").append(c + 2).append("\",\"open\":\"").append(c - 1)
                        .append("\",\"close\":\"").append(c).append("\",\"baseTokenVolume\":\"3.21\",\"usdVolume\":"
                                + "\"130000\",\"trades\":55,\"startingOpenInterest\":\"510.5\"}");
            }
            return Reply.json(b.append("]}").toString());
        }
        if (r.path().startsWith("/v4/historicalFunding/")) {
            long before = Instant.parse(q(r, "effectiveBeforeOrAt")).toEpochMilli();
            List<Long> ts = newestFirst(settlements(0, before, H, t -> true), 100);
            StringBuilder b = new StringBuilder("{\"historicalFunding\":[");
            for (int i = 0; i < ts.size(); i++) {
                b.append(i == 0 ? "" : ",").append("{\"ticker\":\"BTC-USD\",\"rate\":\"0.000007125\",\"price\":"
                        + "\"42000.1\",\"effectiveAt\":\"").append(Instant.ofEpochMilli(ts.get(i)))
                        .append("\",\"effectiveAtHeight\":\"1234\"}");
            }
            return Reply.json(b.append("]}").toString());
        }
        if (r.path().equals("/v4/perpetualMarkets")) {
            return Reply.json("{\"markets\":{\"BTC-USD\":{\"clobPairId\":\"0\",\"ticker\":\"BTC-USD\",\"status\":\"ACTIVE\","
                    + "\"oraclePrice\":\"42000\",\"stepSize\":\"0.0001\",\"tickSize\":\"1\",\"nextFundingRate\":\"0\"},"
                    + "\"LUNA-USD\":{\"ticker\":\"LUNA-USD\",\"status\":\"FINAL_SETTLEMENT\",\"stepSize\":\"1\"}}}");
        }
        return Reply.status(404, "{}");
    }

    @Test
    void dydxCandlesFundingAndInstruments() throws Exception {
        try (TestServer s = TestServer.start(VenueClientsTest::dydx)) {
            DydxClient c = DydxClient.of(s.uri(), new FakeSleeper(T0).options(2));
            checkCandles(c.candles("BTC-USD", BarInterval.H1, T0, END));
            assertThat(s.requests().get(0).param("resolution")).isEqualTo("1HOUR");
            Fetched<FundingObservation> f = c.fundingHistory("BTC-USD", T0, END);
            assertThat(f.rows()).hasSize(N);
            assertThat(f.gaps()).isEmpty();
            assertThat(f.rows().get(N - 1).time()).isEqualTo(END.minus(Duration.ofHours(1)));
            List<Instrument> inst = c.instruments();
            assertThat(inst).hasSize(1);
            PerpetualSwap btc = (PerpetualSwap) inst.get(0);
            assertThat(btc.symbol()).isEqualTo("BTC-USD");
            assertThat(btc.fundingSchedule().intervalHours()).isEqualTo(1);
            assertThat(btc.contract().contractSize()).isEqualTo(0.0001);
        }
        try (TestServer s = TestServer.start(r -> Reply.json("{\"candles\":[{\"startedAt\":\"yesterday\"}]}"))) {
            DydxClient c = DydxClient.of(s.uri(), new FakeSleeper(T0).options(2));
            assertThatThrownBy(() -> c.candles("BTC-USD", BarInterval.H1, T0, END))
                    .hasMessage("dydx GET /v4/candles/perpetualMarkets/{ticker}: malformed response: field "
                            + "candles[0].startedAt must be an ISO-8601 instant but is \"yesterday\"");
        }
    }
}
