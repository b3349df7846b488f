package io.github.basisspread.venues.bybit;

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
import io.github.basisspread.venues.internal.Paging;
import io.github.basisspread.venues.internal.RateLimiter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bybit public market data (API v5, bybit-exchange.github.io/docs/v5, checked 2026-12-05): "Get
 * Kline" {@code GET /v5/market/kline} and its mark-, index- and premium-index-price variants
 * (newest first, at most 1000 rows, paged backwards with {@code end}), "Get Funding Rate History"
 * {@code GET /v5/market/funding/history} (newest first, at most 200 rows) and "Get Instruments
 * Info" {@code GET /v5/market/instruments-info} (paged with {@code cursor}). Bodies are
 * {@code {"retCode":0,"retMsg":"OK","result":{...}}}. "Rate Limit": 600 requests per 5 s per IP;
 * responses carry {@code X-Bapi-Limit-Status} (remaining) and {@code X-Bapi-Limit-Reset-Timestamp}
 * (ms), and the client pauses until the reset when nothing remains. Thread-safe.
 */
public final class BybitClient {

    static final String VENUE = "bybit";

    /** Bybit's product categories. */
    public enum Category {
        /** Spot pairs. */
        SPOT,
        /** USDT/USDC perpetuals and futures. */
        LINEAR,
        /** Coin-margined perpetuals and futures. */
        INVERSE
    }

    /** Which prices a kline carries. */
    public enum Prices {
        /** Traded prices ({@code /v5/market/kline}). */
        TRADES("kline"),
        /** Mark price ({@code /v5/market/mark-price-kline}). */
        MARK("mark-price-kline"),
        /** Index price ({@code /v5/market/index-price-kline}). */
        INDEX("index-price-kline"),
        /** Premium index ({@code /v5/market/premium-index-price-kline}). */
        PREMIUM_INDEX("premium-index-price-kline");

        private final String path;

        Prices(String path) {
            this.path = path;
        }
    }

    private final URI base;
    private final Http http;

    private BybitClient(URI base, ClientOptions options) {
        this.base = base;
        RateLimiter limiter = new RateLimiter(600, Duration.ofSeconds(5));
        this.http = new Http(VENUE, options, limiter, (headers, now) -> {
            String remaining = headers.firstValue("X-Bapi-Limit-Status").orElse(null);
            String reset = headers.firstValue("X-Bapi-Limit-Reset-Timestamp").orElse(null);
            if (remaining != null && reset != null && remaining.strip().equals("0")) {
                try {
                    return Instant.ofEpochMilli(Long.parseLong(reset.strip()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        });
    }

    /**
     * A client of the given base URL.
     *
     * @param base the REST base, {@code https://api.bybit.com} in production
     * @param options timeout, retries and sleeper
     * @return the client
     */
    public static BybitClient of(URI base, ClientOptions options) {
        Args.notNull(base, "base");
        Args.notNull(options, "options");
        return new BybitClient(base, options);
    }

    /**
     * A client of {@code https://api.bybit.com} with default options.
     *
     * @return the client
     */
    public static BybitClient production() {
        return of(URI.create("https://api.bybit.com"), ClientOptions.defaults());
    }

    static String interval(BarInterval i) {
        return switch (i) {
            case M1 -> "1";
            case M5 -> "5";
            case M15 -> "15";
            case H1 -> "60";
            case H4 -> "240";
            case D1 -> "D";
        };
    }

    /**
     * The candles with open time in {@code [from, to)} and their gaps.
     *
     * @param category the category
     * @param prices which prices (other than {@code TRADES} only for linear and inverse)
     * @param symbol the symbol, e.g. {@code BTCUSDT}
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles and the gaps
     */
    public Fetched<Candle> candles(Category category, Prices prices, String symbol, BarInterval interval,
            Instant from, Instant to) {
        return Gaps.fetched(candleRows(category, prices, symbol, interval, from, to), interval, from, to);
    }

    /**
     * The candles of {@code [from, to)} as sent.
     *
     * @param category the category
     * @param prices which prices
     * @param symbol the symbol
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles
     */
    public List<Candle> candleRows(Category category, Prices prices, String symbol, BarInterval interval,
            Instant from, Instant to) {
        Args.notNull(category, "category");
        Args.notNull(prices, "prices");
        Args.isTrue(category != Category.SPOT || prices == Prices.TRADES, "prices", prices, "be TRADES for SPOT");
        Args.symbol(symbol, "symbol");
        Args.notNull(interval, "interval");
        range(from, to);
        String path = "/v5/market/" + prices.path;
        String endpoint = "GET " + path;
        Json json = new Json(VENUE, endpoint);
        long step = interval.millis();
        return Paging.backwards(from, to, Candle::openTime, end -> {
            JsonNode list = list(endpoint, json, path, "category=" + category.name().toLowerCase(Locale.ROOT)
                    + "&symbol=" + symbol + "&interval=" + interval(interval) + "&start=" + from.toEpochMilli()
                    + "&end=" + (end.toEpochMilli() - 1) + "&limit=1000");
            List<Candle> rows = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String p = "result.list[" + i + "]";
                JsonNode r = json.array(list.get(i), p);
                long t = json.integer(json.element(r, 0, p), p + "[0] (startTime)");
                double vol = prices == Prices.TRADES ? json.decimal(json.element(r, 5, p), p + "[5] (volume)") : 0;
                if (vol < 0) {
                    throw json.fail(p + "[5] (volume)", "must not be negative but is " + vol);
                }
                rows.add(new Candle(Instant.ofEpochMilli(t), Instant.ofEpochMilli(t + step),
                        json.decimal(json.element(r, 1, p), p + "[1] (openPrice)"),
                        json.decimal(json.element(r, 2, p), p + "[2] (highPrice)"),
                        json.decimal(json.element(r, 3, p), p + "[3] (lowPrice)"),
                        json.decimal(json.element(r, 4, p), p + "[4] (closePrice)"), vol));
            }
            return rows;
        });
    }

    /**
     * The funding settlements of a perpetual in {@code [from, to)}, each with the interval implied
     * by their spacing (8 h assumed for the first), and the gaps between them.
     *
     * @param category {@code LINEAR} or {@code INVERSE}
     * @param symbol the perpetual
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the settlements and the gaps
     */
    public Fetched<FundingObservation> fundingHistory(Category category, String symbol, Instant from, Instant to) {
        List<FundingObservation> rows = fundingRows(category, symbol, from, to);
        return new Fetched<>(rows, Gaps.funding(rows));
    }

    /**
     * The settlements of {@link #fundingHistory} without gap detection.
     *
     * @param category {@code LINEAR} or {@code INVERSE}
     * @param symbol the perpetual
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the settlements in time order
     */
    public List<FundingObservation> fundingRows(Category category, String symbol, Instant from, Instant to) {
        Args.isTrue(category == Category.LINEAR || category == Category.INVERSE, "category", category,
                "be LINEAR or INVERSE");
        Args.symbol(symbol, "symbol");
        range(from, to);
        String path = "/v5/market/funding/history";
        String endpoint = "GET " + path;
        Json json = new Json(VENUE, endpoint);
        List<Object[]> rows = Paging.backwards(from, to, r -> (Instant) r[0], end -> {
            JsonNode list = list(endpoint, json, path, "category=" + category.name().toLowerCase(Locale.ROOT)
                    + "&symbol=" + symbol + "&startTime=" + from.toEpochMilli() + "&endTime=" + (end.toEpochMilli() - 1)
                    + "&limit=200");
            List<Object[]> page = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String p = "result.list[" + i + "]";
                long t = json.integer(json.field(list.get(i), "fundingRateTimestamp", p), p + ".fundingRateTimestamp");
                double rate = json.decimal(json.field(list.get(i), "fundingRate", p), p + ".fundingRate");
                page.add(new Object[] {Instant.ofEpochMilli(t), rate});
            }
            return page;
        });
        List<Instant> times = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (Object[] r : rows) {
            times.add((Instant) r[0]);
            rates.add((Double) r[1]);
        }
        return Gaps.settlements(times, rates, 8);
    }

    /**
     * The trading perpetuals and dated futures of a category ({@code status} {@code Trading};
     * {@code contractType} {@code LinearPerpetual}, {@code LinearFutures},
     * {@code InversePerpetual}, {@code InverseFutures}); linear contracts sized by their
     * {@code lotSizeFilter.qtyStep}, inverse ones at 1 USD face value; funding schedule from
     * {@code fundingInterval} (minutes); expiry {@code deliveryTime}.
     *
     * @param category {@code LINEAR} or {@code INVERSE}
     * @return the instruments
     */
    public List<Instrument> instruments(Category category) {
        Args.isTrue(category == Category.LINEAR || category == Category.INVERSE, "category", category,
                "be LINEAR or INVERSE");
        String path = "/v5/market/instruments-info";
        String endpoint = "GET " + path;
        Json json = new Json(VENUE, endpoint);
        List<Instrument> out = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode result = result(endpoint, json, path, "category=" + category.name().toLowerCase(Locale.ROOT)
                    + "&limit=1000" + (cursor.isEmpty() ? "" : "&cursor=" + cursor(cursor)));
            JsonNode list = json.array(json.field(result, "list", "result"), "result.list");
            for (int i = 0; i < list.size(); i++) {
                String p = "result.list[" + i + "]";
                JsonNode r = list.get(i);
                if (!"Trading".equals(json.text(json.field(r, "status", p), p + ".status"))) {
                    continue;
                }
                String symbol = json.text(json.field(r, "symbol", p), p + ".symbol");
                String type = json.text(json.field(r, "contractType", p), p + ".contractType");
                String baseCoin = json.text(json.field(r, "baseCoin", p), p + ".baseCoin");
                String quote = json.text(json.field(r, "quoteCoin", p), p + ".quoteCoin");
                switch (type) {
                    case "LinearPerpetual", "InversePerpetual" -> {
                        long minutes = json.integer(json.field(r, "fundingInterval", p), p + ".fundingInterval");
                        if (!(minutes >= 60 && minutes % 60 == 0 && 24 % (minutes / 60) == 0)) {
                            throw json.fail(p + ".fundingInterval", "must be whole hours dividing 24 but is " + minutes);
                        }
                        FundingSchedule s = minutes == 480 ? FundingSchedule.bybit8h()
                                : FundingSchedule.everyHours((int) (minutes / 60));
                        out.add(type.startsWith("Linear")
                                ? PerpetualSwap.linear(symbol, baseCoin, quote, Venue.BYBIT, step(json, r, p), s)
                                : PerpetualSwap.inverse(symbol, baseCoin, quote, Venue.BYBIT, 1, s));
                    }
                    case "LinearFutures", "InverseFutures" -> {
                        Instant exp = Instant.ofEpochMilli(json.integer(json.field(r, "deliveryTime", p),
                                p + ".deliveryTime"));
                        out.add(type.startsWith("Linear")
                                ? DatedFuture.linear(symbol, baseCoin, quote, Venue.BYBIT, step(json, r, p), exp)
                                : DatedFuture.inverse(symbol, baseCoin, quote, Venue.BYBIT, 1, exp));
                    }
                    default -> {
                        // other contract types (e.g. options in another category) are not futures
                    }
                }
            }
            JsonNode next = result.get("nextPageCursor");
            cursor = next == null || next.isNull() ? "" : next.asText();
        } while (!cursor.isEmpty());
        return out;
    }

    /** Bybit sends the cursor already percent-encoded; it goes back as sent, anything else is encoded. */
    private static String cursor(String c) {
        return c.matches("[A-Za-z0-9%._~-]+") ? c : java.net.URLEncoder.encode(c, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static double step(Json json, JsonNode r, String p) {
        JsonNode lot = json.field(r, "lotSizeFilter", p);
        double s = json.decimal(json.field(lot, "qtyStep", p + ".lotSizeFilter"), p + ".lotSizeFilter.qtyStep");
        if (!(s > 0)) {
            throw json.fail(p + ".lotSizeFilter.qtyStep", "must be positive but is " + s);
        }
        return s;
    }

    private JsonNode result(String endpoint, Json json, String path, String query) {
        String b = base.toString().replaceAll("/+$", "");
        JsonNode body = http.getJson(endpoint, URI.create(b + path + "?" + query), 1, json);
        long code = json.integer(json.field(body, "retCode", ""), "retCode");
        if (code != 0) {
            JsonNode msg = body.get("retMsg");
            throw new VenueException(VENUE, endpoint, -1, "retCode " + code + ": " + (msg == null ? "" : msg.asText()),
                    null);
        }
        return json.field(body, "result", "");
    }

    private JsonNode list(String endpoint, Json json, String path, String query) {
        return json.array(json.field(result(endpoint, json, path, query), "list", "result"), "result.list");
    }

    static void range(Instant from, Instant to) {
        Args.notNull(from, "from");
        Args.notNull(to, "to");
        Args.isTrue(to.isAfter(from), "to", to, "be after from " + from);
    }
}
