package io.github.basisspread.venues.live;

import io.github.basisspread.venues.internal.Args;
import io.github.basisspread.venues.internal.Json;
import java.net.URI;
import java.util.List;

/**
 * One WebSocket connection of a venue: its URL, the subscription messages sent after each
 * (re)connect, and the parser of its messages. Built by the factories of this class. Immutable
 * and thread-safe.
 */
public final class StreamSpec {

    /** Parses one text message into callbacks. */
    interface Parser {
        void parse(Json json, String text, QuoteSink sink, long nowMillis);
    }

    private final String venue;
    private final URI uri;
    private final List<String> subscriptions;
    private final Parser parser;
    private final String keepAlive;
    private final long keepAliveMillis;

    StreamSpec(String venue, URI uri, List<String> subscriptions, Parser parser) {
        this(venue, uri, subscriptions, parser, null, 0);
    }

    StreamSpec(String venue, URI uri, List<String> subscriptions, Parser parser, String keepAlive, long keepAliveMillis) {
        this.venue = venue;
        this.uri = uri;
        this.subscriptions = List.copyOf(subscriptions);
        this.parser = parser;
        this.keepAlive = keepAlive;
        this.keepAliveMillis = keepAliveMillis;
    }

    /**
     * Returns the application-level ping the venue asks clients to send, if any.
     *
     * @return the ping message, or empty when the venue needs none (WebSocket ping frames are
     *         answered by the JDK)
     */
    public java.util.Optional<String> keepAlive() {
        return java.util.Optional.ofNullable(keepAlive);
    }

    /**
     * Returns how often the {@link #keepAlive()} message is sent.
     *
     * @return the period in milliseconds, 0 when there is no keep-alive message
     */
    public long keepAliveMillis() {
        return keepAliveMillis;
    }

    /**
     * Returns the venue name.
     *
     * @return the venue
     */
    public String venue() {
        return venue;
    }

    /**
     * Returns the WebSocket URL.
     *
     * @return the URL
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the messages sent after each connect.
     *
     * @return the subscriptions
     */
    public List<String> subscriptions() {
        return subscriptions;
    }

    Parser parser() {
        return parser;
    }

    /**
     * Binance book tickers over a combined stream ("WebSocket Market Streams": {@code
     * /stream?streams=a/b}, messages {@code {"stream":..,"data":{..}}}; "Individual Symbol Book
     * Ticker Streams" {@code <symbol>@bookTicker} with {@code b}, {@code a} and, on futures,
     * {@code E}; "Mark Price Stream" {@code <symbol>@markPrice} with {@code r} the funding rate
     * and {@code T} the next funding time; developers.binance.com, checked 2026-12-05). Spot
     * ({@code wss://stream.binance.com:9443}) and futures ({@code wss://fstream.binance.com}) are
     * separate connections: call this once for each.
     *
     * @param base the stream base, e.g. {@code wss://fstream.binance.com}
     * @param bookTickers symbols (any case) and the caller's ids, for book tickers
     * @param markPrices perpetual symbols and ids, for funding from the mark-price stream
     * @param fundingIntervalMillis the funding interval of those perpetuals
     * @return the stream
     */
    public static StreamSpec binance(URI base, java.util.Map<String, Integer> bookTickers,
            java.util.Map<String, Integer> markPrices, long fundingIntervalMillis) {
        Args.notNull(base, "base");
        StringBuilder streams = new StringBuilder();
        java.util.Map<String, Integer> book = new java.util.HashMap<>();
        java.util.Map<String, Integer> mark = new java.util.HashMap<>();
        bookTickers.forEach((s, id) -> {
            String lower = Args.symbol(s, "symbol").toLowerCase(java.util.Locale.ROOT);
            streams.append(streams.length() == 0 ? "" : "/").append(lower).append("@bookTicker");
            book.put(s.toUpperCase(java.util.Locale.ROOT), id);
        });
        markPrices.forEach((s, id) -> {
            String lower = Args.symbol(s, "symbol").toLowerCase(java.util.Locale.ROOT);
            streams.append(streams.length() == 0 ? "" : "/").append(lower).append("@markPrice@1s");
            mark.put(s.toUpperCase(java.util.Locale.ROOT), id);
        });
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + "/stream?streams=" + streams);
        return new StreamSpec("binance", uri, List.of(), (json, text, sink, now) -> {
            var root = json.parse(text);
            var d = json.field(root, "data", "");
            String symbol = json.text(json.field(d, "s", "data"), "data.s");
            var e = d.get("e");
            if (e != null && "markPriceUpdate".equals(e.asText())) {
                Integer id = mark.get(symbol);
                if (id != null) {
                    sink.onFunding(id, json.integer(json.field(d, "E", "data"), "data.E"),
                            json.decimal(json.field(d, "r", "data"), "data.r"), fundingIntervalMillis);
                }
                return;
            }
            Integer id = book.get(symbol);
            if (id != null) {
                var t = d.get("E");
                sink.onQuote(id, t == null ? now : json.integer(t, "data.E"), json.decimal(json.field(d, "b", "data"),
                        "data.b"), json.decimal(json.field(d, "a", "data"), "data.a"));
            }
        });
    }

    /**
     * OKX public channels over {@code wss://ws.okx.com:8443/ws/v5/public} (OKX API v5 "WebSocket":
     * subscribe {@code {"op":"subscribe","args":[{"channel":"tickers","instId":..}]}}; "Tickers
     * channel" {@code bidPx, askPx, ts}; "Funding rate channel" {@code fundingRate, fundingTime};
     * www.okx.com/docs-v5, checked 2026-12-05). Event acknowledgements are ignored.
     *
     * @param uri the public WebSocket URL
     * @param tickers instrument ids and the caller's ids, for best bid and offer
     * @param funding perpetual instrument ids and ids, for funding
     * @param fundingIntervalMillis the funding interval of those perpetuals
     * @return the stream
     */
    public static StreamSpec okx(URI uri, java.util.Map<String, Integer> tickers, java.util.Map<String, Integer> funding,
            long fundingIntervalMillis) {
        Args.notNull(uri, "uri");
        StringBuilder args = new StringBuilder();
        java.util.Map<String, Integer> tick = new java.util.HashMap<>();
        java.util.Map<String, Integer> fund = new java.util.HashMap<>();
        tickers.forEach((s, id) -> {
            args.append(args.length() == 0 ? "" : ",").append("{\"channel\":\"tickers\",\"instId\":\"")
                    .append(Args.symbol(s, "instId")).append("\"}");
            tick.put(s, id);
        });
        funding.forEach((s, id) -> {
            args.append(args.length() == 0 ? "" : ",").append("{\"channel\":\"funding-rate\",\"instId\":\"")
                    .append(Args.symbol(s, "instId")).append("\"}");
            fund.put(s, id);
        });
        String sub = "{\"op\":\"subscribe\",\"args\":[" + args + "]}";
        return new StreamSpec("okx", uri, List.of(sub), (json, text, sink, now) -> {
            var root = json.parse(text);
            if (root.has("event")) {
                if ("error".equals(root.get("event").asText())) {
                    throw json.fail("event", "is error: " + root.path("msg").asText());
                }
                return;
            }
            var arg = json.field(root, "arg", "");
            String channel = json.text(json.field(arg, "channel", "arg"), "arg.channel");
            var data = json.array(json.field(root, "data", ""), "data");
            for (int i = 0; i < data.size(); i++) {
                String p = "data[" + i + "]";
                var d = data.get(i);
                String inst = json.text(json.field(d, "instId", p), p + ".instId");
                if (channel.equals("tickers")) {
                    Integer id = tick.get(inst);
                    if (id != null) {
                        sink.onQuote(id, json.integer(json.field(d, "ts", p), p + ".ts"), json.decimal(json.field(d,
                                "bidPx", p), p + ".bidPx"), json.decimal(json.field(d, "askPx", p), p + ".askPx"));
                    }
                } else if (channel.equals("funding-rate")) {
                    Integer id = fund.get(inst);
                    if (id != null) {
                        var ts = d.get("ts");
                        sink.onFunding(id, ts == null ? now : json.integer(ts, p + ".ts"), json.decimal(json.field(d,
                                "fundingRate", p), p + ".fundingRate"), fundingIntervalMillis);
                    }
                }
            }
        });
    }

    /**
     * Bybit v5 public channels over one category's stream ({@code wss://stream.bybit.com/v5/public/spot}
     * or {@code .../linear}; Bybit API v5 "Connect" (subscribe {@code {"op":"subscribe","args":[..]}},
     * ping {@code {"op":"ping"}} every 20 s), "Ticker" ({@code tickers.<symbol>}: a snapshot then
     * deltas holding only the fields that changed; {@code bid1Price, ask1Price, fundingRate}; {@code ts}
     * on the message) and "Orderbook" ({@code orderbook.1.<symbol>}: {@code data.b}, {@code data.a} as
     * {@code [price, size]} pairs, an empty side in a delta meaning unchanged, size 0 meaning the level
     * is gone); bybit-exchange.github.io/docs/v5, checked 2026-12-05). Spot tickers carry no best bid
     * and offer, so spot quotes come from the level-1 book; perpetual quotes and funding from the
     * ticker. The last bid, ask of each symbol are kept to fill the fields a delta leaves out; a quote
     * is given only once both are known.
     *
     * @param uri the category's public WebSocket URL
     * @param tickers symbols and the caller's ids, for best bid and offer from {@code tickers.}
     * @param books symbols and ids, for best bid and offer from {@code orderbook.1.}
     * @param funding perpetual symbols and ids, for the funding rate from {@code tickers.}
     * @param fundingIntervalMillis the funding interval of those perpetuals
     * @return the stream
     */
    public static StreamSpec bybit(URI uri, java.util.Map<String, Integer> tickers, java.util.Map<String, Integer> books,
            java.util.Map<String, Integer> funding, long fundingIntervalMillis) {
        Args.notNull(uri, "uri");
        java.util.List<String> topics = new java.util.ArrayList<>();
        java.util.Map<String, double[]> last = new java.util.HashMap<>();   // {id, bid, ask}
        java.util.Map<String, Integer> fund = new java.util.HashMap<>(funding);
        tickers.forEach((sym, id) -> {
            Args.symbol(sym, "symbol");
            last.put("tickers." + sym, new double[] {id, Double.NaN, Double.NaN});
        });
        books.forEach((sym, id) -> {
            Args.symbol(sym, "symbol");
            last.put("orderbook.1." + sym, new double[] {id, Double.NaN, Double.NaN});
        });
        java.util.Set<String> all = new java.util.TreeSet<>(last.keySet());
        funding.keySet().forEach(sym -> all.add("tickers." + Args.symbol(sym, "symbol")));
        all.forEach(t -> topics.add("\"" + t + "\""));
        String sub = "{\"op\":\"subscribe\",\"args\":[" + String.join(",", topics) + "]}";
        return new StreamSpec("bybit", uri, List.of(sub), (json, text, sink, now) -> {
            var root = json.parse(text);
            if (root.has("op")) {   // an acknowledgement of subscribe or ping
                if (root.has("success") && !root.get("success").asBoolean()) {
                    throw json.fail("success", "is false: " + root.path("ret_msg").asText());
                }
                return;
            }
            String topic = json.text(json.field(root, "topic", ""), "topic");
            long ts = json.integer(json.field(root, "ts", ""), "ts");
            var d = json.field(root, "data", "");
            boolean snapshot = "snapshot".equals(root.path("type").asText());
            double[] st = last.get(topic);
            if (topic.startsWith("tickers.")) {
                String sym = topic.substring("tickers.".length());
                Integer f = fund.get(sym);
                double rate = d.has("fundingRate") && f != null ? json.decimal(d.get("fundingRate"), "data.fundingRate")
                        : Double.NaN;
                double bid = st != null && d.has("bid1Price") ? json.decimal(d.get("bid1Price"), "data.bid1Price")
                        : st != null ? st[1] : Double.NaN;
                double ask = st != null && d.has("ask1Price") ? json.decimal(d.get("ask1Price"), "data.ask1Price")
                        : st != null ? st[2] : Double.NaN;
                // funding before the quote, so a monitor sees both when the quote moves the basis
                if (rate == rate) {
                    sink.onFunding(f, ts, rate, fundingIntervalMillis);
                }
                if (st != null) {
                    boolean changed = bid != st[1] || ask != st[2];
                    st[1] = bid;
                    st[2] = ask;
                    if (changed && bid == bid && ask == ask) {
                        sink.onQuote((int) st[0], ts, bid, ask);
                    }
                }
            } else if (topic.startsWith("orderbook.1.") && st != null) {
                if (snapshot) {
                    st[1] = Double.NaN;
                    st[2] = Double.NaN;
                }
                // both sides read before either is kept: a malformed message changes nothing
                double bid = bybitLevel(json, json.array(json.field(d, "b", "data"), "data.b"), "data.b", st[1]);
                double ask = bybitLevel(json, json.array(json.field(d, "a", "data"), "data.a"), "data.a", st[2]);
                st[1] = bid;
                st[2] = ask;
                if (st[1] == st[1] && st[2] == st[2]) {
                    sink.onQuote((int) st[0], ts, st[1], st[2]);
                }
            }
        }, "{\"op\":\"ping\"}", 20_000);
    }

    /** The price of the first level of a Bybit book side, NaN for a removed level, {@code kept} when empty. */
    private static double bybitLevel(Json json, com.fasterxml.jackson.databind.JsonNode side, String path, double kept) {
        if (side.isEmpty()) {
            return kept;
        }
        var level = json.array(json.element(side, 0, path), path + "[0]");
        double price = json.decimal(json.element(level, 0, path + "[0]"), path + "[0][0]");
        double size = json.decimal(json.element(level, 1, path + "[0]"), path + "[0][1]");
        return size == 0 ? Double.NaN : price;
    }

    /**
     * Deribit ticker notifications over JSON-RPC ({@code wss://www.deribit.com/ws/api/v2}; Deribit API
     * v2 "Notifications" (method {@code subscription}, {@code params.channel}, {@code params.data}),
     * {@code public/subscribe} with {@code params.channels}, and "ticker.{instrument_name}.{interval}"
     * ({@code best_bid_price, best_ask_price, index_price, funding_8h, timestamp}; the best prices are
     * null when a side of the book is empty); docs.deribit.com, checked 2026-12-05). The index price
     * can stand in as the spot leg: it is delivered as a quote with bid = ask = index.
     *
     * @param uri the WebSocket URL
     * @param tickers instrument names and the caller's ids, for best bid and offer
     * @param indexes instrument names and ids that receive the instrument's {@code index_price}
     * @param funding perpetual names and ids, for {@code funding_8h} (a rate per 8 hours)
     * @return the stream
     */
    public static StreamSpec deribit(URI uri, java.util.Map<String, Integer> tickers, java.util.Map<String, Integer> indexes,
            java.util.Map<String, Integer> funding) {
        Args.notNull(uri, "uri");
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (var m : List.of(tickers, indexes, funding)) {
            m.keySet().forEach(n -> names.add(Args.symbol(n, "instrument")));
        }
        java.util.Map<String, Integer> tick = new java.util.HashMap<>(tickers);
        java.util.Map<String, Integer> index = new java.util.HashMap<>(indexes);
        java.util.Map<String, Integer> fund = new java.util.HashMap<>(funding);
        StringBuilder channels = new StringBuilder();
        names.forEach(n -> channels.append(channels.length() == 0 ? "" : ",").append("\"ticker.").append(n)
                .append(".100ms\""));
        String sub = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"public/subscribe\",\"params\":{\"channels\":[" + channels
                + "]}}";
        long eightHours = 8 * 3_600_000L;
        return new StreamSpec("deribit", uri, List.of(sub), (json, text, sink, now) -> {
            var root = json.parse(text);
            if (root.has("error")) {
                throw json.fail("error", "is " + root.get("error"));
            }
            if (!"subscription".equals(root.path("method").asText())) {
                return;   // the reply to public/subscribe
            }
            var params = json.field(root, "params", "");
            String channel = json.text(json.field(params, "channel", "params"), "params.channel");
            var d = json.field(params, "data", "params");
            if (!channel.startsWith("ticker.")) {
                return;
            }
            String name = json.text(json.field(d, "instrument_name", "params.data"), "params.data.instrument_name");
            long ts = json.integer(json.field(d, "timestamp", "params.data"), "params.data.timestamp");
            // read every field first: a malformed message delivers nothing
            Integer id = tick.get(name);
            double bid = Double.NaN;
            double ask = Double.NaN;
            if (id != null) {
                var b = json.field(d, "best_bid_price", "params.data");
                var a = json.field(d, "best_ask_price", "params.data");
                if (!b.isNull() && !a.isNull()) {
                    bid = json.decimal(b, "params.data.best_bid_price");
                    ask = json.decimal(a, "params.data.best_ask_price");
                }
            }
            Integer ix = index.get(name);
            double p = ix == null ? Double.NaN
                    : json.decimal(json.field(d, "index_price", "params.data"), "params.data.index_price");
            Integer f = fund.get(name);
            double rate = f == null ? Double.NaN
                    : json.decimal(json.field(d, "funding_8h", "params.data"), "params.data.funding_8h");
            // the reference and funding before the quote, so a monitor sees all three when the quote moves
            if (ix != null) {
                sink.onQuote(ix, ts, p, p);
            }
            if (f != null) {
                sink.onFunding(f, ts, rate, eightHours);
            }
            if (id != null && bid > 0 && ask > 0) {   // null or 0: an empty side
                sink.onQuote(id, ts, bid, ask);
            }
        });
    }

    /**
     * Hyperliquid public subscriptions ({@code wss://api.hyperliquid.xyz/ws}; Hyperliquid docs
     * "Websocket" / "Subscriptions": {@code {"method":"subscribe","subscription":{"type":"bbo","coin":..}}}
     * giving {@code data.bbo = [bid level | null, ask level | null]} with {@code px} and {@code data.time};
     * {@code activeAssetCtx} giving {@code data.ctx} with {@code funding} (per hour), {@code markPx},
     * {@code oraclePx}; heartbeat {@code {"method":"ping"}} answered on channel {@code pong}, the server
     * closing a connection silent for 60 s; hyperliquid.gitbook.io, checked 2026-12-05). The oracle
     * price can stand in as the spot leg: it is delivered as a quote with bid = ask = oracle price,
     * stamped with the receive time (the context carries no time).
     *
     * @param uri the WebSocket URL
     * @param bbos perpetual coins and the caller's ids, for best bid and offer
     * @param oracles coins and ids that receive the oracle price
     * @param funding coins and ids, for the hourly funding rate
     * @return the stream
     */
    public static StreamSpec hyperliquid(URI uri, java.util.Map<String, Integer> bbos, java.util.Map<String, Integer> oracles,
            java.util.Map<String, Integer> funding) {
        Args.notNull(uri, "uri");
        java.util.Map<String, Integer> bbo = new java.util.HashMap<>(bbos);
        java.util.Map<String, Integer> oracle = new java.util.HashMap<>(oracles);
        java.util.Map<String, Integer> fund = new java.util.HashMap<>(funding);
        java.util.List<String> subs = new java.util.ArrayList<>();
        new java.util.TreeSet<>(bbos.keySet()).forEach(c -> subs.add("{\"method\":\"subscribe\",\"subscription\":"
                + "{\"type\":\"bbo\",\"coin\":\"" + Args.symbol(c, "coin") + "\"}}"));
        java.util.Set<String> ctx = new java.util.TreeSet<>(oracles.keySet());
        ctx.addAll(funding.keySet());
        ctx.forEach(c -> subs.add("{\"method\":\"subscribe\",\"subscription\":{\"type\":\"activeAssetCtx\",\"coin\":\""
                + Args.symbol(c, "coin") + "\"}}"));
        long hour = 3_600_000L;
        return new StreamSpec("hyperliquid", uri, subs, (json, text, sink, now) -> {
            var root = json.parse(text);
            String channel = json.text(json.field(root, "channel", ""), "channel");
            if (channel.equals("error")) {
                throw json.fail("channel", "is error: " + root.path("data").asText());
            }
            if (channel.equals("bbo")) {
                var d = json.field(root, "data", "");
                Integer id = bbo.get(json.text(json.field(d, "coin", "data"), "data.coin"));
                var levels = json.array(json.field(d, "bbo", "data"), "data.bbo");
                var b = json.element(levels, 0, "data.bbo");
                var a = json.element(levels, 1, "data.bbo");
                long t = json.integer(json.field(d, "time", "data"), "data.time");
                if (id != null && !b.isNull() && !a.isNull()) {
                    sink.onQuote(id, t, json.decimal(json.field(b, "px", "data.bbo[0]"), "data.bbo[0].px"),
                            json.decimal(json.field(a, "px", "data.bbo[1]"), "data.bbo[1].px"));
                }
            } else if (channel.equals("activeAssetCtx")) {
                var d = json.field(root, "data", "");
                String coin = json.text(json.field(d, "coin", "data"), "data.coin");
                var c = json.field(d, "ctx", "data");
                Integer o = oracle.get(coin);
                Integer f = fund.get(coin);
                double p = o == null ? Double.NaN : json.decimal(json.field(c, "oraclePx", "data.ctx"), "data.ctx.oraclePx");
                double rate = f == null ? Double.NaN : json.decimal(json.field(c, "funding", "data.ctx"), "data.ctx.funding");
                if (o != null) {
                    sink.onQuote(o, now, p, p);
                }
                if (f != null) {
                    sink.onFunding(f, now, rate, hour);
                }
            }
            // subscriptionResponse and pong: nothing to do
        }, "{\"method\":\"ping\"}", 30_000);
    }

    /**
     * dYdX v4 indexer channels ({@code wss://indexer.dydx.trade/v4/ws}; dYdX "Indexer Websocket":
     * subscribe {@code {"type":"subscribe","channel":..,"id":..}}; {@code v4_orderbook} answers
     * {@code subscribed} with {@code contents.bids/asks} as {@code {"price","size"}} objects, then
     * {@code channel_data} with {@code contents.bids/asks} as {@code [price, size]} pairs, size 0
     * removing the level; {@code v4_markets} answers {@code subscribed} with {@code contents.markets.<ticker>}
     * holding {@code oraclePrice} and {@code nextFundingRate}, then {@code channel_data} with
     * {@code contents.oraclePrices.<ticker>.oraclePrice} and {@code contents.trading.<ticker>.nextFundingRate};
     * the server pings every 30 s (a WebSocket ping frame, answered by the JDK); docs.dydx.exchange,
     * checked 2026-12-05). The book of each market is kept (a price-ordered map per side) to give the
     * best bid and offer; it is rebuilt from each {@code subscribed} snapshot. The oracle price can
     * stand in as the spot leg (bid = ask = oracle price); funding is hourly.
     *
     * @param uri the WebSocket URL
     * @param books market tickers (e.g. {@code BTC-USD}) and the caller's ids, for best bid and offer
     * @param oracles tickers and ids that receive the oracle price
     * @param funding tickers and ids, for the next (hourly) funding rate
     * @return the stream
     */
    public static StreamSpec dydx(URI uri, java.util.Map<String, Integer> books, java.util.Map<String, Integer> oracles,
            java.util.Map<String, Integer> funding) {
        Args.notNull(uri, "uri");
        java.util.Map<String, Integer> bookIds = new java.util.HashMap<>(books);
        java.util.Map<String, Integer> oracle = new java.util.HashMap<>(oracles);
        java.util.Map<String, Integer> fund = new java.util.HashMap<>(funding);
        java.util.Map<String, java.util.TreeMap<Double, Double>> bids = new java.util.HashMap<>();
        java.util.Map<String, java.util.TreeMap<Double, Double>> asks = new java.util.HashMap<>();
        java.util.List<String> subs = new java.util.ArrayList<>();
        new java.util.TreeSet<>(books.keySet()).forEach(m -> {
            subs.add("{\"type\":\"subscribe\",\"channel\":\"v4_orderbook\",\"id\":\"" + Args.symbol(m, "market") + "\"}");
            bids.put(m, new java.util.TreeMap<>(java.util.Comparator.reverseOrder()));
            asks.put(m, new java.util.TreeMap<>());
        });
        if (!oracles.isEmpty() || !funding.isEmpty()) {
            subs.add("{\"type\":\"subscribe\",\"channel\":\"v4_markets\"}");
        }
        long hour = 3_600_000L;
        return new StreamSpec("dydx", uri, subs, (json, text, sink, now) -> {
            var root = json.parse(text);
            String type = json.text(json.field(root, "type", ""), "type");
            if (type.equals("error")) {
                throw json.fail("type", "is error: " + root.path("message").asText());
            }
            if (!type.equals("subscribed") && !type.equals("channel_data")) {
                return;   // connected, unsubscribed
            }
            String channel = json.text(json.field(root, "channel", ""), "channel");
            var c = json.field(root, "contents", "");
            boolean snapshot = type.equals("subscribed");
            if (channel.equals("v4_orderbook")) {
                String market = json.text(json.field(root, "id", ""), "id");
                Integer id = bookIds.get(market);
                if (id == null) {
                    return;
                }
                var bidBook = bids.get(market);
                var askBook = asks.get(market);
                // check both sides before touching the book: a malformed message changes nothing
                dydxSide(json, c.get("bids"), "contents.bids", null);
                dydxSide(json, c.get("asks"), "contents.asks", null);
                if (snapshot) {
                    bidBook.clear();
                    askBook.clear();
                }
                dydxSide(json, c.get("bids"), "contents.bids", bidBook);
                dydxSide(json, c.get("asks"), "contents.asks", askBook);
                if (!bidBook.isEmpty() && !askBook.isEmpty()) {
                    sink.onQuote(id, now, bidBook.firstKey(), askBook.firstKey());
                }
            } else if (channel.equals("v4_markets")) {
                var markets = snapshot ? json.field(c, "markets", "contents") : c.path("oraclePrices");
                String mPath = snapshot ? "contents.markets" : "contents.oraclePrices";
                var trading = snapshot ? markets : c.path("trading");
                String tPath = snapshot ? "contents.markets" : "contents.trading";
                // every value read before any is delivered: a malformed message delivers nothing
                for (var e : markets.properties()) {
                    if (oracle.containsKey(e.getKey()) && e.getValue().has("oraclePrice")) {
                        json.decimal(e.getValue().get("oraclePrice"), mPath + "." + e.getKey() + ".oraclePrice");
                    }
                }
                for (var e : trading.properties()) {
                    if (fund.containsKey(e.getKey()) && e.getValue().has("nextFundingRate")) {
                        json.decimal(e.getValue().get("nextFundingRate"), tPath + "." + e.getKey() + ".nextFundingRate");
                    }
                }
                for (var e : markets.properties()) {
                    Integer o = oracle.get(e.getKey());
                    if (o != null && e.getValue().has("oraclePrice")) {
                        double p = json.decimal(e.getValue().get("oraclePrice"), mPath + "." + e.getKey() + ".oraclePrice");
                        sink.onQuote(o, now, p, p);
                    }
                }
                for (var e : trading.properties()) {
                    Integer f = fund.get(e.getKey());
                    if (f != null && e.getValue().has("nextFundingRate")) {
                        sink.onFunding(f, now, json.decimal(e.getValue().get("nextFundingRate"), tPath + "." + e.getKey()
                                + ".nextFundingRate"), hour);
                    }
                }
            }
        });
    }

    /** Applies one side of a dYdX book message (objects in a snapshot, pairs in an update); only checks it when book is null. */
    private static void dydxSide(Json json, com.fasterxml.jackson.databind.JsonNode side, String path,
            java.util.TreeMap<Double, Double> book) {
        if (side == null) {
            return;
        }
        json.array(side, path);
        for (int i = 0; i < side.size(); i++) {
            var l = side.get(i);
            String p = path + "[" + i + "]";
            double price;
            double size;
            if (l.isArray()) {
                price = json.decimal(json.element(l, 0, p), p + "[0]");
                size = json.decimal(json.element(l, 1, p), p + "[1]");
            } else {
                price = json.decimal(json.field(l, "price", p), p + ".price");
                size = json.decimal(json.field(l, "size", p), p + ".size");
            }
            if (book == null) {
                continue;
            }
            if (size == 0) {
                book.remove(price);
            } else {
                book.put(price, size);
            }
        }
    }
}
