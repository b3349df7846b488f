package io.github.basisspread.venues.okx;

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

/**
 * OKX public market data (API v5, www.okx.com/docs-v5, checked 2026-12-05): "Get candlesticks
 * history" {@code GET /api/v5/market/history-candles} (newest first, at most 100 rows, paged
 * backwards with {@code after}; 20 requests per 2 s), "Get funding rate history"
 * {@code GET /api/v5/public/funding-rate-history} (newest first, at most 100 rows; 10 requests per
 * 2 s) and "Get instruments" {@code GET /api/v5/public/instruments} ({@code SWAP} and
 * {@code FUTURES}; 20 requests per 2 s). Every body is {@code {"code":"0","msg":"","data":[...]}};
 * a non-zero code is an error naming it. Instruments are {@code BTC-USDT} (spot),
 * {@code BTC-USDT-SWAP} (perpetual), {@code BTC-USD-241227} (dated). Daily bars use OKX's UTC
 * day ({@code 1Dutc}). Thread-safe.
 */
public final class OkxClient {

    static final String VENUE = "okx";

    private final URI base;
    private final Http candles;
    private final Http funding;
    private final Http reference;

    private OkxClient(URI base, ClientOptions options) {
        this.base = base;
        java.net.http.HttpClient shared = Http.newClient(options);
        this.candles = new Http(VENUE, options, new RateLimiter(20, Duration.ofSeconds(2)), null, shared);
        this.funding = new Http(VENUE, options, new RateLimiter(10, Duration.ofSeconds(2)), null, shared);
        this.reference = new Http(VENUE, options, new RateLimiter(20, Duration.ofSeconds(2)), null, shared);
    }

    /**
     * A client of the given base URL.
     *
     * @param base the REST base, {@code https://www.okx.com} in production
     * @param options timeout, retries and sleeper
     * @return the client
     */
    public static OkxClient of(URI base, ClientOptions options) {
        Args.notNull(base, "base");
        Args.notNull(options, "options");
        return new OkxClient(base, options);
    }

    /**
     * A client of {@code https://www.okx.com} with default options.
     *
     * @return the client
     */
    public static OkxClient production() {
        return of(URI.create("https://www.okx.com"), ClientOptions.defaults());
    }

    static String bar(BarInterval i) {
        return switch (i) {
            case M1 -> "1m";
            case M5 -> "5m";
            case M15 -> "15m";
            case H1 -> "1H";
            case H4 -> "4H";
            case D1 -> "1Dutc";
        };
    }

    /**
     * The candles of an instrument with open time in {@code [from, to)} and their gaps.
     *
     * @param instId the instrument, e.g. {@code BTC-USDT-SWAP}
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles and the gaps
     * @throws VenueException if the venue fails or answers off-schema
     */
    public Fetched<Candle> candles(String instId, BarInterval interval, Instant from, Instant to) {
        return Gaps.fetched(candleRows(instId, interval, from, to), interval, from, to);
    }

    /**
     * The candles of {@code [from, to)} as sent, without gap detection.
     *
     * @param instId the instrument
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the candles
     */
    public List<Candle> candleRows(String instId, BarInterval interval, Instant from, Instant to) {
        Args.symbol(instId, "instId");
        Args.notNull(interval, "interval");
        range(from, to);
        String endpoint = "GET /api/v5/market/history-candles";
        Json json = new Json(VENUE, endpoint);
        long step = interval.millis();
        return Paging.backwards(from, to, Candle::openTime, end -> {
            // after = return records earlier than this timestamp
            JsonNode data = data(candles, endpoint, json, "/api/v5/market/history-candles", "instId=" + instId + "&bar="
                    + bar(interval) + "&after=" + end.toEpochMilli() + "&limit=100");
            List<Candle> rows = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                String p = "data[" + i + "]";
                JsonNode r = json.array(data.get(i), p);
                long t = json.integer(json.element(r, 0, p), p + "[0] (ts)");
                double vol = json.decimal(json.element(r, 5, p), p + "[5] (vol)");
                if (vol < 0) {
                    throw json.fail(p + "[5] (vol)", "must not be negative but is " + vol);
                }
                rows.add(new Candle(Instant.ofEpochMilli(t), Instant.ofEpochMilli(t + step),
                        json.decimal(json.element(r, 1, p), p + "[1] (o)"), json.decimal(json.element(r, 2, p),
                                p + "[2] (h)"), json.decimal(json.element(r, 3, p), p + "[3] (l)"),
                        json.decimal(json.element(r, 4, p), p + "[4] (c)"), vol));
            }
            return rows;
        });
    }

    /**
     * The funding settlements of a perpetual in {@code [from, to)}, each with the interval implied
     * by the spacing of the settlements (8 h assumed for the first), and the gaps between them.
     *
     * @param instId the perpetual, e.g. {@code BTC-USDT-SWAP}
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the settlements and the gaps
     */
    public Fetched<FundingObservation> fundingHistory(String instId, Instant from, Instant to) {
        List<FundingObservation> rows = fundingRows(instId, from, to);
        return new Fetched<>(rows, Gaps.funding(rows));
    }

    /**
     * The settlements of {@link #fundingHistory} without gap detection.
     *
     * @param instId the perpetual
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the settlements in time order
     */
    public List<FundingObservation> fundingRows(String instId, Instant from, Instant to) {
        Args.symbol(instId, "instId");
        range(from, to);
        String endpoint = "GET /api/v5/public/funding-rate-history";
        Json json = new Json(VENUE, endpoint);
        List<Instant> times = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Object[]> rows = Paging.backwards(from, to, r -> (Instant) r[0], end -> {
            JsonNode data = data(funding, endpoint, json, "/api/v5/public/funding-rate-history", "instId=" + instId
                    + "&after=" + end.toEpochMilli() + "&limit=100");
            List<Object[]> page = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                String p = "data[" + i + "]";
                JsonNode r = data.get(i);
                long t = json.integer(json.field(r, "fundingTime", p), p + ".fundingTime");
                JsonNode realized = r.get("realizedRate");
                double rate = realized != null && realized.isTextual() && !realized.textValue().isEmpty()
                        ? json.decimal(realized, p + ".realizedRate")
                        : json.decimal(json.field(r, "fundingRate", p), p + ".fundingRate");
                page.add(new Object[] {Instant.ofEpochMilli(t), rate});
            }
            return page;
        });
        for (Object[] r : rows) {
            times.add((Instant) r[0]);
            rates.add((Double) r[1]);
        }
        return Gaps.settlements(times, rates, 8);
    }

    /**
     * The live perpetual swaps and dated futures: {@code instType} {@code SWAP} and
     * {@code FUTURES}, {@code state} {@code live}; linear ({@code ctType} {@code linear},
     * {@code ctVal} base units) or inverse ({@code ctVal} USD face value), expiry
     * {@code expTime}.
     *
     * @return the instruments
     */
    public List<Instrument> instruments() {
        List<Instrument> out = new ArrayList<>();
        for (String type : List.of("SWAP", "FUTURES")) {
            String endpoint = "GET /api/v5/public/instruments";
            Json json = new Json(VENUE, endpoint);
            JsonNode data = data(reference, endpoint, json, "/api/v5/public/instruments", "instType=" + type);
            for (int i = 0; i < data.size(); i++) {
                String p = "data[" + i + "]";
                JsonNode r = data.get(i);
                if (!"live".equals(json.text(json.field(r, "state", p), p + ".state"))) {
                    continue;
                }
                String id = json.text(json.field(r, "instId", p), p + ".instId");
                String ctType = json.text(json.field(r, "ctType", p), p + ".ctType");
                double ctVal = json.decimal(json.field(r, "ctVal", p), p + ".ctVal");
                String[] uly = json.text(json.field(r, "uly", p), p + ".uly").split("-");
                if (uly.length != 2) {
                    throw json.fail(p + ".uly", "must be BASE-QUOTE but is " + r.get("uly"));
                }
                boolean linear = "linear".equals(ctType);
                if (!linear && !"inverse".equals(ctType)) {
                    throw json.fail(p + ".ctType", "must be linear or inverse but is \"" + ctType + "\"");
                }
                if (type.equals("SWAP")) {
                    out.add(linear ? PerpetualSwap.linear(id, uly[0], uly[1], Venue.OKX, ctVal, FundingSchedule.okx8h())
                            : PerpetualSwap.inverse(id, uly[0], uly[1], Venue.OKX, ctVal, FundingSchedule.okx8h()));
                } else {
                    Instant exp = Instant.ofEpochMilli(json.integer(json.field(r, "expTime", p), p + ".expTime"));
                    out.add(linear ? DatedFuture.linear(id, uly[0], uly[1], Venue.OKX, ctVal, exp)
                            : DatedFuture.inverse(id, uly[0], uly[1], Venue.OKX, ctVal, exp));
                }
            }
        }
        return out;
    }

    private JsonNode data(Http http, String endpoint, Json json, String path, String query) {
        String b = base.toString().replaceAll("/+$", "");
        JsonNode body = http.getJson(endpoint, URI.create(b + path + "?" + query), 1, json);
        String code = json.text(json.field(body, "code", ""), "code");
        if (!"0".equals(code)) {
            JsonNode msg = body.get("msg");
            throw new VenueException(VENUE, endpoint, -1, "error code " + code + ": " + (msg == null ? "" : msg.asText()),
                    null);
        }
        return json.array(json.field(body, "data", ""), "data");
    }

    static void range(Instant from, Instant to) {
        Args.notNull(from, "from");
        Args.notNull(to, "to");
        Args.isTrue(to.isAfter(from), "to", to, "be after from " + from);
    }
}
