package io.github.basisspread.venues.hyperliquid;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Hyperliquid public market data: the info endpoint {@code POST /info} (Hyperliquid docs, "Info
 * endpoint" and "Rate limits and user limits", hyperliquid.gitbook.io, checked 2026-12-05) with
 * {@code candleSnapshot} (objects {@code t, T, o, h, l, c, v}, oldest first, capped per response
 * and only the latest 5000 bars kept by the venue), {@code fundingHistory} (hourly
 * {@code time, fundingRate, premium}, oldest first, capped per response) and {@code meta} (the
 * perpetual universe: {@code name}, {@code szDecimals}, {@code isDelisted}). Both histories are
 * paged forwards from the last row. Rate limit: 1200 weight a minute per IP; these requests
 * weigh 20 each. Perpetuals only (USDC-margined, quoted in USD), funding every hour. Thread-safe.
 */
public final class HyperliquidClient {

    static final String VENUE = "hyperliquid";

    private final URI info;
    private final Http http;

    private HyperliquidClient(URI base, ClientOptions options) {
        this.info = URI.create(base.toString().replaceAll("/+$", "") + "/info");
        this.http = new Http(VENUE, options, new RateLimiter(1200, Duration.ofMinutes(1)), null);
    }

    /**
     * A client of the given base URL.
     *
     * @param base the API base, {@code https://api.hyperliquid.xyz} in production
     * @param options timeout, retries and sleeper
     * @return the client
     */
    public static HyperliquidClient of(URI base, ClientOptions options) {
        Args.notNull(base, "base");
        Args.notNull(options, "options");
        return new HyperliquidClient(base, options);
    }

    /**
     * A client of {@code https://api.hyperliquid.xyz} with default options.
     *
     * @return the client
     */
    public static HyperliquidClient production() {
        return of(URI.create("https://api.hyperliquid.xyz"), ClientOptions.defaults());
    }

    /**
     * The candles of a perpetual with open time in {@code [from, to)} and their gaps.
     *
     * @param coin the coin, e.g. {@code BTC}
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles and the gaps
     */
    public Fetched<Candle> candles(String coin, BarInterval interval, Instant from, Instant to) {
        return Gaps.fetched(candleRows(coin, interval, from, to), interval, from, to);
    }

    /**
     * The candles of {@code [from, to)} as sent.
     *
     * @param coin the coin
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles
     */
    public List<Candle> candleRows(String coin, BarInterval interval, Instant from, Instant to) {
        Args.symbol(coin, "coin");
        Args.notNull(interval, "interval");
        range(from, to);
        String endpoint = "POST /info candleSnapshot";
        Json json = new Json(VENUE, endpoint);
        long step = interval.millis();
        return Paging.forwards(from, to, Candle::openTime, start -> {
            JsonNode body = json.array(http.postJson(endpoint, info, "{\"type\":\"candleSnapshot\",\"req\":{\"coin\":\""
                    + coin + "\",\"interval\":\"" + interval.code() + "\",\"startTime\":" + start.toEpochMilli()
                    + ",\"endTime\":" + (to.toEpochMilli() - 1) + "}}", 20, json), "(body)");
            List<Candle> rows = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                String p = "[" + i + "]";
                JsonNode r = body.get(i);
                long t = json.integer(json.field(r, "t", p), p + ".t");
                double v = json.decimal(json.field(r, "v", p), p + ".v");
                if (v < 0) {
                    throw json.fail(p + ".v", "must not be negative but is " + v);
                }
                rows.add(new Candle(Instant.ofEpochMilli(t), Instant.ofEpochMilli(t + step),
                        json.decimal(json.field(r, "o", p), p + ".o"), json.decimal(json.field(r, "h", p), p + ".h"),
                        json.decimal(json.field(r, "l", p), p + ".l"), json.decimal(json.field(r, "c", p), p + ".c"), v));
            }
            return rows;
        });
    }

    /**
     * The hourly funding of a perpetual in {@code [from, to)} and the gaps between settlements.
     *
     * @param coin the coin, e.g. {@code BTC}
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the settlements and the gaps
     */
    public Fetched<FundingObservation> fundingHistory(String coin, Instant from, Instant to) {
        List<FundingObservation> rows = fundingRows(coin, from, to);
        return new Fetched<>(rows, Gaps.funding(rows));
    }

    /**
     * The settlements of {@link #fundingHistory} without gap detection.
     *
     * @param coin the coin
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the settlements in time order
     */
    public List<FundingObservation> fundingRows(String coin, Instant from, Instant to) {
        Args.symbol(coin, "coin");
        range(from, to);
        String endpoint = "POST /info fundingHistory";
        Json json = new Json(VENUE, endpoint);
        List<FundingObservation> rows = Paging.forwards(from, to, FundingObservation::time, start -> {
            JsonNode body = json.array(http.postJson(endpoint, info, "{\"type\":\"fundingHistory\",\"coin\":\"" + coin
                    + "\",\"startTime\":" + start.toEpochMilli() + ",\"endTime\":" + (to.toEpochMilli() - 1) + "}", 20,
                    json), "(body)");
            List<FundingObservation> page = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                String p = "[" + i + "]";
                long t = json.integer(json.field(body.get(i), "time", p), p + ".time");
                double rate = json.decimal(json.field(body.get(i), "fundingRate", p), p + ".fundingRate");
                page.add(new FundingObservation(Instant.ofEpochMilli(t), rate, Duration.ofHours(1)));
            }
            return page;
        });
        return Gaps.sortUnique(rows, FundingObservation::time);
    }

    /**
     * The listed perpetuals ({@code meta} universe, delisted ones left out): linear, contract size
     * {@code 10^-szDecimals} of the coin, quoted and settled in USDC, funding every hour.
     *
     * @return the perpetuals
     */
    public List<Instrument> instruments() {
        String endpoint = "POST /info meta";
        Json json = new Json(VENUE, endpoint);
        JsonNode body = http.postJson(endpoint, info, "{\"type\":\"meta\"}", 20, json);
        JsonNode universe = json.array(json.field(body, "universe", ""), "universe");
        List<Instrument> out = new ArrayList<>();
        for (int i = 0; i < universe.size(); i++) {
            String p = "universe[" + i + "]";
            JsonNode u = universe.get(i);
            if (u.path("isDelisted").asBoolean(false)) {
                continue;
            }
            String name = json.text(json.field(u, "name", p), p + ".name");
            long dec = json.integer(json.field(u, "szDecimals", p), p + ".szDecimals");
            if (dec < 0 || dec > 12) {
                throw json.fail(p + ".szDecimals", "must be between 0 and 12 but is " + dec);
            }
            out.add(PerpetualSwap.linear(name, name, "USDC", Venue.HYPERLIQUID, Math.pow(10, -dec),
                    FundingSchedule.hourly()));
        }
        return out;
    }

    static void range(Instant from, Instant to) {
        Args.notNull(from, "from");
        Args.notNull(to, "to");
        Args.isTrue(to.isAfter(from), "to", to, "be after from " + from);
    }
}
