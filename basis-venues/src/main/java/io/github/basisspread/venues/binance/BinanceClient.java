package io.github.basisspread.venues.binance;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.instrument.Instrument;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.venues.BarInterval;
import io.github.basisspread.venues.Candle;
import io.github.basisspread.venues.ClientOptions;
import io.github.basisspread.venues.Fetched;
import io.github.basisspread.venues.FundingObservation;
import io.github.basisspread.venues.VenueException;
import io.github.basisspread.venues.internal.Args;
import io.github.basisspread.venues.internal.Gaps;
import io.github.basisspread.venues.internal.Http;
import io.github.basisspread.venues.internal.Json;
import io.github.basisspread.venues.internal.RateLimiter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Binance public market data over REST: klines of spot, USD-M and COIN-M (traded, mark, index and
 * premium-index prices), funding-rate history with the interval of each settlement, and the live
 * perpetuals and quarterly futures of the futures markets.
 *
 * <p>Venue rules, from Binance's own documents (developers.binance.com, checked 2026-12-05):
 * <ul>
 *   <li>Spot "Kline/Candlestick data" {@code GET /api/v3/klines}: at most 1000 bars a request,
 *       weight 2; IP limit 6000 weight a minute.</li>
 *   <li>USD-M / COIN-M "Kline/Candlestick Data", "Mark Price Kline", "Index Price Kline" (by
 *       {@code pair}), "Premium index Kline Data": at most 1500 bars, weight 1, 2, 5 or 10 for a
 *       limit under 100, under 500, up to 1000, above 1000; IP limit 2400 weight a minute.</li>
 *   <li>"Get Funding Rate History" {@code GET /fapi/v1/fundingRate}: at most 1000 rows, oldest
 *       first, sharing a 500 requests per 5 minutes limit with "Get Funding Rate Info"
 *       {@code GET /fapi/v1/fundingInfo}, which lists only the symbols whose interval or caps were
 *       adjusted ({@code fundingIntervalHours}); the others settle every 8 hours.</li>
 *   <li>"Rate limits": every response carries {@code X-MBX-USED-WEIGHT-1M}; 429 (and 418 once
 *       banned) come with {@code Retry-After} in seconds. The client pauses until the next minute
 *       when the header reaches the limit and honours {@code Retry-After}.</li>
 * </ul>
 *
 * <p>Each candle's volume is in the base asset (spot, USD-M) or in contracts (COIN-M); the
 * price-index klines carry no volume (zero). Thread-safe.
 */
public final class BinanceClient {

    static final String VENUE = "binance";
    private static final int SPOT_LIMIT = 1000;
    private static final int FUTURES_LIMIT = 1500;
    private static final int FUNDING_LIMIT = 1000;

    private final BinanceEndpoints endpoints;
    private final Map<BinanceMarket, Http> http = new EnumMap<>(BinanceMarket.class);
    private final Http fundingHttp;

    private BinanceClient(BinanceEndpoints endpoints, ClientOptions options) {
        this.endpoints = endpoints;
        java.net.http.HttpClient shared = Http.newClient(options);
        http.put(BinanceMarket.SPOT, new Http(VENUE, options, new RateLimiter(6000, Duration.ofMinutes(1)),
                weightHook(6000), shared));
        http.put(BinanceMarket.USDM, new Http(VENUE, options, new RateLimiter(2400, Duration.ofMinutes(1)),
                weightHook(2400), shared));
        http.put(BinanceMarket.COINM, new Http(VENUE, options, new RateLimiter(2400, Duration.ofMinutes(1)),
                weightHook(2400), shared));
        // fundingRate and fundingInfo share 500 requests per 5 minutes per IP.
        fundingHttp = new Http(VENUE, options, new RateLimiter(500, Duration.ofMinutes(5)), null, shared);
    }

    /**
     * A client of the given endpoints.
     *
     * @param endpoints the base URLs, not null
     * @param options timeout, retries and sleeper, not null
     * @return the client
     * @throws IllegalArgumentException if an argument is null
     */
    public static BinanceClient of(BinanceEndpoints endpoints, ClientOptions options) {
        Args.notNull(endpoints, "endpoints");
        Args.notNull(options, "options");
        return new BinanceClient(endpoints, options);
    }

    /**
     * A client of the production endpoints with default options.
     *
     * @return the client
     */
    public static BinanceClient production() {
        return of(BinanceEndpoints.production(), ClientOptions.defaults());
    }

    /** Pauses until the next minute once the used weight reaches the limit. */
    private static Http.HeaderHook weightHook(int limit) {
        return (headers, now) -> {
            OptionalInt used = headers.firstValue("X-MBX-USED-WEIGHT-1M").map(v -> {
                try {
                    return OptionalInt.of(Integer.parseInt(v.strip()));
                } catch (NumberFormatException e) {
                    return OptionalInt.empty();
                }
            }).orElse(OptionalInt.empty());
            if (used.isPresent() && used.getAsInt() >= limit) {
                long ms = now.toEpochMilli();
                return Instant.ofEpochMilli(ms - Math.floorMod(ms, 60_000L) + 60_000L);
            }
            return null;
        };
    }

    /**
     * Fetches the klines whose open time lies in {@code [from, to)}, page by page, and reports
     * the bars missing from the grid {@code from + k * interval}.
     *
     * @param market the market, not null
     * @param kind the kind of prices, not null; other than {@code TRADES} only on futures
     * @param symbol the symbol, e.g. {@code BTCUSDT}, {@code BTCUSDT_240329}, {@code BTCUSD_PERP};
     *     for {@code INDEX} the pair ({@code BTCUSDT}, {@code BTCUSD})
     * @param interval the bar length, not null
     * @param from the start, inclusive, not null
     * @param to the end, exclusive, after {@code from}
     * @return the candles and the gaps
     * @throws IllegalArgumentException if an argument is invalid
     * @throws VenueException if the venue fails or answers off-schema
     */
    public Fetched<Candle> klines(BinanceMarket market, KlineKind kind, String symbol, BarInterval interval,
            Instant from, Instant to) {
        List<Candle> rows = Gaps.clean(klineRows(market, kind, symbol, interval, from, to), from, to);
        return new Fetched<>(rows, Gaps.candles(rows, interval.duration(), from, to));
    }

    /**
     * Fetches the klines of {@code [from, to)} without gap detection (the rows as sent, in order).
     *
     * @param market the market
     * @param kind the kind of prices
     * @param symbol the symbol (the pair for {@code INDEX})
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles
     */
    public List<Candle> klineRows(BinanceMarket market, KlineKind kind, String symbol, BarInterval interval,
            Instant from, Instant to) {
        Args.notNull(market, "market");
        Args.notNull(kind, "kind");
        Args.symbol(symbol, "symbol");
        Args.notNull(interval, "interval");
        checkRange(from, to);
        Args.isTrue(market != BinanceMarket.SPOT || kind == KlineKind.TRADES, "kind", kind,
                "be TRADES on the spot market");
        int limit = market == BinanceMarket.SPOT ? SPOT_LIMIT : FUTURES_LIMIT;
        int weight = market == BinanceMarket.SPOT ? 2 : 10;
        String path = market.pathPrefix() + "/" + kind.endpoint();
        String endpoint = "GET " + path;
        Json json = new Json(VENUE, endpoint);
        String key = kind == KlineKind.INDEX ? "pair" : "symbol";
        long step = interval.millis();
        long cursor = Gaps.align(from.toEpochMilli(), step);
        long end = to.toEpochMilli();
        List<Candle> out = new ArrayList<>();
        while (cursor < end) {
            // COIN-M accepts at most 200 days between startTime and endTime.
            long pageEnd = Math.min(end, cursor + Math.min(limit * step, market == BinanceMarket.COINM
                    ? Duration.ofDays(200).toMillis() : Long.MAX_VALUE / 4));
            URI uri = uri(endpoints.rest(market), path, key + "=" + symbol + "&interval=" + interval.code()
                    + "&startTime=" + cursor + "&endTime=" + (pageEnd - 1) + "&limit=" + limit);
            JsonNode body = get(market, endpoint, uri, weight, json, symbol);
            if (body == null) {
                return out;
            }
            json.array(body, "(body)");
            long last = Long.MIN_VALUE;
            for (int i = 0; i < body.size(); i++) {
                Candle c = candle(json, body.get(i), "[" + i + "]", step);
                out.add(c);
                last = c.openTime().toEpochMilli();
            }
            if (last == Long.MIN_VALUE || body.size() < limit) {
                cursor = pageEnd;   // the page's window is exhausted
            } else {
                cursor = Math.max(last + step, cursor + step);
            }
        }
        return out;
    }

    private JsonNode get(BinanceMarket market, String endpoint, URI uri, int weight, Json json, String symbol) {
        try {
            return http.get(market).getJson(endpoint, uri, weight, json);
        } catch (VenueException e) {
            if (e.status() == 400 && e.getMessage().contains("-1121")) {
                // {"code":-1121,"msg":"Invalid symbol."}: the contract does not (or no longer) exist.
                return null;
            }
            throw e;
        }
    }

    /** One kline row: [openTime, open, high, low, close, volume, closeTime, ...] (documented order). */
    private static Candle candle(Json json, JsonNode row, String path, long step) {
        json.array(row, path);
        long open = json.integer(json.element(row, 0, path), path + "[0] (open time)");
        double o = json.decimal(json.element(row, 1, path), path + "[1] (open)");
        double h = json.decimal(json.element(row, 2, path), path + "[2] (high)");
        double l = json.decimal(json.element(row, 3, path), path + "[3] (low)");
        double c = json.decimal(json.element(row, 4, path), path + "[4] (close)");
        double v = json.decimal(json.element(row, 5, path), path + "[5] (volume)");
        if (v < 0) {
            throw json.fail(path + "[5] (volume)", "must not be negative but is " + v);
        }
        return new Candle(Instant.ofEpochMilli(open), Instant.ofEpochMilli(open + step), o, h, l, c, v);
    }

    /**
     * Fetches the funding settlements of a perpetual in {@code [from, to)}, each with its
     * interval: the time since the previous settlement when it is 1, 2, 4 or 8 hours, else (the
     * first row, or after a gap) the interval of the row before it, starting from the symbol's
     * {@code fundingIntervalHours} in "Get Funding Rate Info" or 8 hours when it is not listed.
     *
     * @param market {@code USDM} or {@code COINM}
     * @param symbol the perpetual, e.g. {@code BTCUSDT} or {@code BTCUSD_PERP}
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the settlements and the gaps between them
     * @throws IllegalArgumentException if an argument is invalid
     * @throws VenueException if the venue fails or answers off-schema
     */
    public Fetched<FundingObservation> fundingHistory(BinanceMarket market, String symbol, Instant from,
            Instant to) {
        List<FundingObservation> rows = fundingRows(market, symbol, from, to);
        return new Fetched<>(rows, Gaps.funding(rows));
    }

    /**
     * The settlements of {@link #fundingHistory} without gap detection.
     *
     * @param market {@code USDM} or {@code COINM}
     * @param symbol the perpetual
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the settlements in time order
     */
    public List<FundingObservation> fundingRows(BinanceMarket market, String symbol, Instant from, Instant to) {
        Args.notNull(market, "market");
        Args.isTrue(market != BinanceMarket.SPOT, "market", market, "be USDM or COINM");
        Args.symbol(symbol, "symbol");
        checkRange(from, to);
        Duration interval = Duration.ofHours(fundingIntervalHours(market, symbol));
        String path = market.pathPrefix() + "/fundingRate";
        String endpoint = "GET " + path;
        Json json = new Json(VENUE, endpoint);
        long cursor = from.toEpochMilli();
        long end = to.toEpochMilli();
        List<long[]> times = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        while (cursor < end) {
            URI uri = uri(endpoints.rest(market), path, "symbol=" + symbol + "&startTime=" + cursor + "&endTime="
                    + (end - 1) + "&limit=" + FUNDING_LIMIT);
            JsonNode body = json.array(fundingHttp.getJson(endpoint, uri, 1, json), "(body)");
            long last = Long.MIN_VALUE;
            for (int i = 0; i < body.size(); i++) {
                String p = "[" + i + "]";
                JsonNode row = body.get(i);
                long t = json.integer(json.field(row, "fundingTime", p), p + ".fundingTime");
                double r = json.decimal(json.field(row, "fundingRate", p), p + ".fundingRate");
                if (t >= cursor && t < end) {
                    times.add(new long[] {t});
                    rates.add(r);
                }
                last = Math.max(last, t);
            }
            if (body.size() < FUNDING_LIMIT || last == Long.MIN_VALUE) {
                break;
            }
            cursor = last + 1;
        }
        List<FundingObservation> out = new ArrayList<>();
        long prev = Long.MIN_VALUE;
        for (int i = 0; i < times.size(); i++) {
            long t = times.get(i)[0];
            if (prev != Long.MIN_VALUE) {
                long hours = Math.round((t - prev) / 3_600_000.0);
                if (hours == 1 || hours == 2 || hours == 4 || hours == 8) {
                    interval = Duration.ofHours(hours);
                }
            }
            out.add(new FundingObservation(Instant.ofEpochMilli(t), rates.get(i), interval));
            prev = t;
        }
        return Gaps.sortUnique(out, FundingObservation::time);
    }

    /**
     * The symbol's funding interval from "Get Funding Rate Info", or 8 when it is not listed there.
     *
     * @param market {@code USDM} or {@code COINM}
     * @param symbol the perpetual
     * @return the interval in hours
     */
    public int fundingIntervalHours(BinanceMarket market, String symbol) {
        String path = market.pathPrefix() + "/fundingInfo";
        String endpoint = "GET " + path;
        Json json = new Json(VENUE, endpoint);
        JsonNode body;
        try {
            body = json.array(fundingHttp.getJson(endpoint, uri(endpoints.rest(market), path, ""), 1, json),
                    "(body)");
        } catch (VenueException e) {
            if (e.status() == 404) {
                return 8;   // a market without the endpoint settles every 8 hours
            }
            throw e;
        }
        for (int i = 0; i < body.size(); i++) {
            String p = "[" + i + "]";
            if (symbol.equals(json.text(json.field(body.get(i), "symbol", p), p + ".symbol"))) {
                long h = json.integer(json.field(body.get(i), "fundingIntervalHours", p), p + ".fundingIntervalHours");
                if (!(h > 0 && h <= 24)) {
                    throw json.fail(p + ".fundingIntervalHours", "must be between 1 and 24 but is " + h);
                }
                return (int) h;
            }
        }
        return 8;
    }

    /**
     * The live perpetuals and dated futures of a futures market ("Exchange Information":
     * {@code contractType} {@code PERPETUAL} or {@code CURRENT_QUARTER}/{@code NEXT_QUARTER} and
     * the like, trading status {@code TRADING}), with expiry ({@code deliveryDate}) and contract
     * terms: USD-M linear with the {@code LOT_SIZE} step as contract size, COIN-M inverse with its
     * {@code contractSize} in USD.
     *
     * @param market {@code USDM} or {@code COINM}
     * @return the instruments
     * @throws VenueException if the venue fails or answers off-schema
     */
    public List<Instrument> instruments(BinanceMarket market) {
        Args.isTrue(market != BinanceMarket.SPOT, "market", market, "be USDM or COINM");
        String path = market.pathPrefix() + "/exchangeInfo";
        String endpoint = "GET " + path;
        Json json = new Json(VENUE, endpoint);
        JsonNode body = http.get(market).getJson(endpoint, uri(endpoints.rest(market), path, ""), 1, json);
        JsonNode symbols = json.array(json.field(body, "symbols", ""), "symbols");
        List<Instrument> out = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++) {
            String p = "symbols[" + i + "]";
            JsonNode s = symbols.get(i);
            String status = market == BinanceMarket.COINM
                    ? json.text(json.field(s, "contractStatus", p), p + ".contractStatus")
                    : json.text(json.field(s, "status", p), p + ".status");
            String type = json.text(json.field(s, "contractType", p), p + ".contractType");
            if (!"TRADING".equals(status) || type.isEmpty()) {
                continue;
            }
            String symbol = json.text(json.field(s, "symbol", p), p + ".symbol");
            String base = json.text(json.field(s, "baseAsset", p), p + ".baseAsset");
            String quote = json.text(json.field(s, "quoteAsset", p), p + ".quoteAsset");
            boolean perpetual = type.equals("PERPETUAL") || type.equals("TRADIFI_PERPETUAL");
            if (market == BinanceMarket.COINM) {
                double size = json.decimal(json.field(s, "contractSize", p), p + ".contractSize");
                if (perpetual) {
                    out.add(PerpetualSwap.inverse(symbol, base, quote, Venue.BINANCE, size,
                            FundingSchedule.binance8h()));
                } else {
                    out.add(DatedFuture.inverse(symbol, base, quote, Venue.BINANCE, size, Instant.ofEpochMilli(
                            json.integer(json.field(s, "deliveryDate", p), p + ".deliveryDate"))));
                }
            } else {
                double step = lotStep(json, s, p);
                if (perpetual) {
                    out.add(PerpetualSwap.linear(symbol, base, quote, Venue.BINANCE, step,
                            FundingSchedule.binance8h()));
                } else {
                    out.add(DatedFuture.linear(symbol, base, quote, Venue.BINANCE, step, Instant.ofEpochMilli(
                            json.integer(json.field(s, "deliveryDate", p), p + ".deliveryDate"))));
                }
            }
        }
        return out;
    }

    private static double lotStep(Json json, JsonNode s, String p) {
        JsonNode filters = json.array(json.field(s, "filters", p), p + ".filters");
        for (int j = 0; j < filters.size(); j++) {
            String fp = p + ".filters[" + j + "]";
            if ("LOT_SIZE".equals(json.text(json.field(filters.get(j), "filterType", fp), fp + ".filterType"))) {
                double step = json.decimal(json.field(filters.get(j), "stepSize", fp), fp + ".stepSize");
                if (!(step > 0)) {
                    throw json.fail(fp + ".stepSize", "must be positive but is " + step);
                }
                return step;
            }
        }
        throw json.fail(p + ".filters", "has no LOT_SIZE filter");
    }

    static URI uri(URI base, String path, String query) {
        String b = base.toString();
        if (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return URI.create(b + path + (query.isEmpty() ? "" : "?" + query));
    }

    static void checkRange(Instant from, Instant to) {
        Args.notNull(from, "from");
        Args.notNull(to, "to");
        Args.isTrue(to.isAfter(from), "to", to, "be after from " + from);
    }
}
