package io.github.basisspread.venues.deribit;

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
import java.util.List;

/**
 * Deribit public market data (API v2 over HTTP GET, docs.deribit.com, checked 2026-12-05):
 * {@code public/get_tradingview_chart_data} (parallel arrays {@code ticks, open, high, low,
 * close, volume}; fetched in windows of 1000 bars), {@code public/get_funding_rate_history}
 * (hourly records with {@code interest_1h}, the rate accrued over that hour; fetched a month at a
 * time) and {@code public/get_instruments} ({@code kind=future}: perpetuals and dated futures,
 * inverse or linear). Bodies are JSON-RPC {@code {"jsonrpc":"2.0","result":...}}, or
 * {@code {"error":{"code":..,"message":..}}}. Rate limit: public requests are charged from a
 * credit pool refilled at 20 requests a second, which the client keeps to. Deribit's funding
 * accrues continuously; the hourly record is reported as a settlement every hour. Thread-safe.
 */
public final class DeribitClient {

    static final String VENUE = "deribit";

    private final URI base;
    private final Http http;

    private DeribitClient(URI base, ClientOptions options) {
        this.base = base;
        this.http = new Http(VENUE, options, new RateLimiter(20, Duration.ofSeconds(1)), null);
    }

    /**
     * A client of the given base URL.
     *
     * @param base the REST base, {@code https://www.deribit.com} in production
     * @param options timeout, retries and sleeper
     * @return the client
     */
    public static DeribitClient of(URI base, ClientOptions options) {
        Args.notNull(base, "base");
        Args.notNull(options, "options");
        return new DeribitClient(base, options);
    }

    /**
     * A client of {@code https://www.deribit.com} with default options.
     *
     * @return the client
     */
    public static DeribitClient production() {
        return of(URI.create("https://www.deribit.com"), ClientOptions.defaults());
    }

    static String resolution(BarInterval i) {
        return switch (i) {
            case M1 -> "1";
            case M5 -> "5";
            case M15 -> "15";
            case H1 -> "60";
            case H4 -> "240";
            case D1 -> "1D";
        };
    }

    /**
     * The candles of an instrument with open time in {@code [from, to)} and their gaps.
     *
     * @param instrument the instrument, e.g. {@code BTC-PERPETUAL} or {@code BTC-27DEC24}
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles and the gaps
     */
    public Fetched<Candle> candles(String instrument, BarInterval interval, Instant from, Instant to) {
        return Gaps.fetched(candleRows(instrument, interval, from, to), interval, from, to);
    }

    /**
     * The candles of {@code [from, to)} as sent.
     *
     * @param instrument the instrument
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles
     */
    public List<Candle> candleRows(String instrument, BarInterval interval, Instant from, Instant to) {
        Args.symbol(instrument, "instrument");
        Args.notNull(interval, "interval");
        range(from, to);
        String endpoint = "GET /api/v2/public/get_tradingview_chart_data";
        Json json = new Json(VENUE, endpoint);
        long step = interval.millis();
        List<Candle> rows = new ArrayList<>();
        for (long s = Gaps.align(from.toEpochMilli(), step); s < to.toEpochMilli(); s += 1000 * step) {
            long e = Math.min(to.toEpochMilli(), s + 1000 * step) - 1;
            JsonNode r = result(endpoint, json, "/api/v2/public/get_tradingview_chart_data", "instrument_name="
                    + instrument + "&start_timestamp=" + s + "&end_timestamp=" + e + "&resolution=" + resolution(interval));
            String status = r.has("status") ? r.get("status").asText() : "ok";
            if ("no_data".equals(status)) {
                continue;
            }
            JsonNode ticks = json.array(json.field(r, "ticks", "result"), "result.ticks");
            String[] names = {"open", "high", "low", "close", "volume"};
            JsonNode[] cols = new JsonNode[names.length];
            for (int k = 0; k < names.length; k++) {
                cols[k] = json.array(json.field(r, names[k], "result"), "result." + names[k]);
                if (cols[k].size() != ticks.size()) {
                    throw json.fail("result." + names[k], "must have " + ticks.size() + " elements like result.ticks"
                            + " but has " + cols[k].size());
                }
            }
            for (int i = 0; i < ticks.size(); i++) {
                long t = json.integer(ticks.get(i), "result.ticks[" + i + "]");
                double v = json.decimal(cols[4].get(i), "result.volume[" + i + "]");
                if (v < 0) {
                    throw json.fail("result.volume[" + i + "]", "must not be negative but is " + v);
                }
                rows.add(new Candle(Instant.ofEpochMilli(t), Instant.ofEpochMilli(t + step),
                        json.decimal(cols[0].get(i), "result.open[" + i + "]"),
                        json.decimal(cols[1].get(i), "result.high[" + i + "]"),
                        json.decimal(cols[2].get(i), "result.low[" + i + "]"),
                        json.decimal(cols[3].get(i), "result.close[" + i + "]"), v));
            }
        }
        return rows;
    }

    /**
     * The hourly funding of a perpetual in {@code [from, to)}: each record's {@code interest_1h}
     * as the rate of a 1-hour interval, and the gaps between records.
     *
     * @param instrument the perpetual, e.g. {@code BTC-PERPETUAL}
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the hourly rates and the gaps
     */
    public Fetched<FundingObservation> fundingHistory(String instrument, Instant from, Instant to) {
        List<FundingObservation> rows = fundingRows(instrument, from, to);
        return new Fetched<>(rows, Gaps.funding(rows));
    }

    /**
     * The records of {@link #fundingHistory} without gap detection.
     *
     * @param instrument the perpetual
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the hourly rates in time order
     */
    public List<FundingObservation> fundingRows(String instrument, Instant from, Instant to) {
        Args.symbol(instrument, "instrument");
        range(from, to);
        String endpoint = "GET /api/v2/public/get_funding_rate_history";
        Json json = new Json(VENUE, endpoint);
        List<FundingObservation> out = new ArrayList<>();
        long month = Duration.ofDays(30).toMillis();
        for (long s = from.toEpochMilli(); s < to.toEpochMilli(); s += month) {
            long e = Math.min(to.toEpochMilli(), s + month) - 1;
            JsonNode r = json.array(result(endpoint, json, "/api/v2/public/get_funding_rate_history", "instrument_name="
                    + instrument + "&start_timestamp=" + s + "&end_timestamp=" + e), "result");
            for (int i = 0; i < r.size(); i++) {
                String p = "result[" + i + "]";
                long t = json.integer(json.field(r.get(i), "timestamp", p), p + ".timestamp");
                double rate = json.decimal(json.field(r.get(i), "interest_1h", p), p + ".interest_1h");
                if (t >= s && t <= e) {
                    out.add(new FundingObservation(Instant.ofEpochMilli(t), rate, Duration.ofHours(1)));
                }
            }
        }
        return Gaps.sortUnique(out, FundingObservation::time);
    }

    /**
     * The active perpetuals and dated futures of a currency ({@code kind=future},
     * {@code is_active}): {@code settlement_period} {@code perpetual} or a dated contract with
     * {@code expiration_timestamp}; {@code instrument_type} {@code reversed} (inverse, face value
     * {@code contract_size} USD) or {@code linear} ({@code contract_size} base units).
     *
     * @param currency the currency, e.g. {@code BTC}
     * @return the instruments
     */
    public List<Instrument> instruments(String currency) {
        Args.symbol(currency, "currency");
        String endpoint = "GET /api/v2/public/get_instruments";
        Json json = new Json(VENUE, endpoint);
        JsonNode r = json.array(result(endpoint, json, "/api/v2/public/get_instruments", "currency=" + currency
                + "&kind=future&expired=false"), "result");
        List<Instrument> out = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            String p = "result[" + i + "]";
            JsonNode x = r.get(i);
            if (!json.field(x, "is_active", p).asBoolean()) {
                continue;
            }
            String name = json.text(json.field(x, "instrument_name", p), p + ".instrument_name");
            String baseCcy = json.text(json.field(x, "base_currency", p), p + ".base_currency");
            String quote = json.text(json.field(x, "quote_currency", p), p + ".quote_currency");
            String type = json.text(json.field(x, "instrument_type", p), p + ".instrument_type");
            double size = json.decimal(json.field(x, "contract_size", p), p + ".contract_size");
            boolean linear = "linear".equals(type);
            if (!linear && !"reversed".equals(type)) {
                throw json.fail(p + ".instrument_type", "must be linear or reversed but is \"" + type + "\"");
            }
            if ("perpetual".equals(json.text(json.field(x, "settlement_period", p), p + ".settlement_period"))) {
                out.add(linear ? PerpetualSwap.linear(name, baseCcy, quote, Venue.DERIBIT, size,
                        FundingSchedule.deribit8h()) : PerpetualSwap.inverse(name, baseCcy, quote, Venue.DERIBIT, size,
                                FundingSchedule.deribit8h()));
            } else {
                Instant exp = Instant.ofEpochMilli(json.integer(json.field(x, "expiration_timestamp", p),
                        p + ".expiration_timestamp"));
                out.add(linear ? DatedFuture.linear(name, baseCcy, quote, Venue.DERIBIT, size, exp)
                        : DatedFuture.inverse(name, baseCcy, quote, Venue.DERIBIT, size, exp));
            }
        }
        return out;
    }

    private JsonNode result(String endpoint, Json json, String path, String query) {
        String b = base.toString().replaceAll("/+$", "");
        JsonNode body = http.getJson(endpoint, URI.create(b + path + "?" + query), 1, json);
        JsonNode error = body.get("error");
        if (error != null && !error.isNull()) {
            throw new VenueException(VENUE, endpoint, -1, "error " + error.path("code").asText() + ": "
                    + error.path("message").asText(), null);
        }
        return json.field(body, "result", "");
    }

    static void range(Instant from, Instant to) {
        Args.notNull(from, "from");
        Args.notNull(to, "to");
        Args.isTrue(to.isAfter(from), "to", to, "be after from " + from);
    }
}
