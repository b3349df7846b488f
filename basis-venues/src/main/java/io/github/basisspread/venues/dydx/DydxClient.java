package io.github.basisspread.venues.dydx;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.basisspread.core.instrument.Instrument;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.venues.BarInterval;
import io.github.basisspread.venues.Candle;
import io.github.basisspread.venues.ClientOptions;
import io.github.basisspread.venues.Fetched;
import io.github.basisspread.venues.FundingObservation;
import io.github.basisspread.venues.internal.Args;
import io.github.basisspread.venues.internal.Gaps;
import io.github.basisspread.venues.internal.Http;
import io.github.basisspread.venues.internal.Json;
import io.github.basisspread.venues.internal.Paging;
import io.github.basisspread.venues.internal.RateLimiter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * dYdX v4 market data from the public indexer (docs.dydx.exchange, "Indexer API", checked
 * 2026-12-05): {@code GET /v4/candles/perpetualMarkets/{ticker}} ({@code candles} with
 * {@code startedAt} ISO time, {@code open, high, low, close, baseTokenVolume}; newest first, paged
 * backwards with {@code toISO}), {@code GET /v4/historicalFunding/{ticker}}
 * ({@code historicalFunding} with {@code effectiveAt, rate}; newest first, paged with
 * {@code effectiveBeforeOrAt}) and {@code GET /v4/perpetualMarkets} ({@code markets} keyed by
 * ticker with {@code status} and {@code stepSize}). Funding settles every hour. The indexer
 * publishes no numeric limit that this client could cite; it keeps to 10 requests a second and
 * backs off on 429. Thread-safe.
 */
public final class DydxClient {

    static final String VENUE = "dydx";

    private final URI base;
    private final Http http;

    private DydxClient(URI base, ClientOptions options) {
        this.base = base;
        this.http = new Http(VENUE, options, new RateLimiter(10, Duration.ofSeconds(1)), null);
    }

    /**
     * A client of the given indexer base URL.
     *
     * @param base the indexer base, {@code https://indexer.dydx.trade} in production
     * @param options timeout, retries and sleeper
     * @return the client
     */
    public static DydxClient of(URI base, ClientOptions options) {
        Args.notNull(base, "base");
        Args.notNull(options, "options");
        return new DydxClient(base, options);
    }

    /**
     * A client of {@code https://indexer.dydx.trade} with default options.
     *
     * @return the client
     */
    public static DydxClient production() {
        return of(URI.create("https://indexer.dydx.trade"), ClientOptions.defaults());
    }

    static String resolution(BarInterval i) {
        return switch (i) {
            case M1 -> "1MIN";
            case M5 -> "5MINS";
            case M15 -> "15MINS";
            case H1 -> "1HOUR";
            case H4 -> "4HOURS";
            case D1 -> "1DAY";
        };
    }

    /**
     * The candles of a market with open time in {@code [from, to)} and their gaps.
     *
     * @param ticker the market, e.g. {@code BTC-USD}
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles and the gaps
     */
    public Fetched<Candle> candles(String ticker, BarInterval interval, Instant from, Instant to) {
        return Gaps.fetched(candleRows(ticker, interval, from, to), interval, from, to);
    }

    /**
     * The candles of {@code [from, to)} as sent.
     *
     * @param ticker the market
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles
     */
    public List<Candle> candleRows(String ticker, BarInterval interval, Instant from, Instant to) {
        Args.symbol(ticker, "ticker");
        Args.notNull(interval, "interval");
        range(from, to);
        String endpoint = "GET /v4/candles/perpetualMarkets/{ticker}";
        Json json = new Json(VENUE, endpoint);
        long step = interval.millis();
        return Paging.backwards(from, to, Candle::openTime, end -> {
            JsonNode body = get(endpoint, json, "/v4/candles/perpetualMarkets/" + ticker, "resolution="
                    + resolution(interval) + "&fromISO=" + from + "&toISO=" + end.minusMillis(1) + "&limit=1000");
            JsonNode list = json.array(json.field(body, "candles", ""), "candles");
            List<Candle> rows = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String p = "candles[" + i + "]";
                JsonNode r = list.get(i);
                Instant t = iso(json, json.field(r, "startedAt", p), p + ".startedAt");
                double v = json.decimal(json.field(r, "baseTokenVolume", p), p + ".baseTokenVolume");
                if (v < 0) {
                    throw json.fail(p + ".baseTokenVolume", "must not be negative but is " + v);
                }
                rows.add(new Candle(t, t.plusMillis(step), json.decimal(json.field(r, "open", p), p + ".open"),
                        json.decimal(json.field(r, "high", p), p + ".high"), json.decimal(json.field(r, "low", p),
                                p + ".low"), json.decimal(json.field(r, "close", p), p + ".close"), v));
            }
            return rows;
        });
    }

    /**
     * The hourly funding of a market in {@code [from, to)} and the gaps between settlements.
     *
     * @param ticker the market, e.g. {@code BTC-USD}
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the settlements and the gaps
     */
    public Fetched<FundingObservation> fundingHistory(String ticker, Instant from, Instant to) {
        List<FundingObservation> rows = fundingRows(ticker, from, to);
        return new Fetched<>(rows, Gaps.funding(rows));
    }

    /**
     * The settlements of {@link #fundingHistory} without gap detection.
     *
     * @param ticker the market
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the settlements in time order
     */
    public List<FundingObservation> fundingRows(String ticker, Instant from, Instant to) {
        Args.symbol(ticker, "ticker");
        range(from, to);
        String endpoint = "GET /v4/historicalFunding/{ticker}";
        Json json = new Json(VENUE, endpoint);
        List<FundingObservation> rows = Paging.backwards(from, to, FundingObservation::time, end -> {
            JsonNode body = get(endpoint, json, "/v4/historicalFunding/" + ticker, "effectiveBeforeOrAt="
                    + end.minusMillis(1) + "&limit=1000");
            JsonNode list = json.array(json.field(body, "historicalFunding", ""), "historicalFunding");
            List<FundingObservation> page = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String p = "historicalFunding[" + i + "]";
                Instant t = iso(json, json.field(list.get(i), "effectiveAt", p), p + ".effectiveAt");
                page.add(new FundingObservation(t, json.decimal(json.field(list.get(i), "rate", p), p + ".rate"),
                        Duration.ofHours(1)));
            }
            return page;
        });
        return Gaps.sortUnique(rows, FundingObservation::time);
    }

    /**
     * The active perpetual markets ({@code status} {@code ACTIVE}): linear, contract size
     * {@code stepSize}, quoted and settled in USD (USDC collateral), funding every hour.
     *
     * @return the perpetuals
     */
    public List<Instrument> instruments() {
        String endpoint = "GET /v4/perpetualMarkets";
        Json json = new Json(VENUE, endpoint);
        JsonNode markets = json.field(get(endpoint, json, "/v4/perpetualMarkets", ""), "markets", "");
        if (!markets.isObject()) {
            throw json.fail("markets", "must be an object keyed by ticker");
        }
        List<Instrument> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : markets.properties()) {
            String p = "markets." + e.getKey();
            JsonNode m = e.getValue();
            if (!"ACTIVE".equals(json.text(json.field(m, "status", p), p + ".status"))) {
                continue;
            }
            String ticker = json.text(json.field(m, "ticker", p), p + ".ticker");
            String[] parts = ticker.split("-");
            if (parts.length != 2) {
                throw json.fail(p + ".ticker", "must be BASE-QUOTE but is \"" + ticker + "\"");
            }
            double step = json.decimal(json.field(m, "stepSize", p), p + ".stepSize");
            if (!(step > 0)) {
                throw json.fail(p + ".stepSize", "must be positive but is " + step);
            }
            out.add(PerpetualSwap.linear(ticker, parts[0], parts[1], Venue.DYDX, step, FundingSchedule.hourly()));
        }
        return out;
    }

    private JsonNode get(String endpoint, Json json, String path, String query) {
        String b = base.toString().replaceAll("/+$", "");
        return http.getJson(endpoint, URI.create(b + path + (query.isEmpty() ? "" : "?" + query)), 1, json);
    }

    private static Instant iso(Json json, JsonNode n, String path) {
        String s = json.text(n, path);
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw json.fail(path, "must be an ISO-8601 instant but is \"" + s + "\"");
        }
    }

    static void range(Instant from, Instant to) {
        Args.notNull(from, "from");
        Args.notNull(to, "to");
        Args.isTrue(to.isAfter(from), "to", to, "be after from " + from);
    }
}
