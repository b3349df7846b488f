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

    StreamSpec(String venue, URI uri, List<String> subscriptions, Parser parser) {
        this.venue = venue;
        this.uri = uri;
        this.subscriptions = List.copyOf(subscriptions);
        this.parser = parser;
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
}
