package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.time.ExpiryRule;
import io.github.basisspread.venues.BarInterval;
import io.github.basisspread.venues.Candle;
import io.github.basisspread.venues.ClientOptions;
import io.github.basisspread.venues.Fetched;
import io.github.basisspread.venues.FundingObservation;
import io.github.basisspread.venues.Gap;
import io.github.basisspread.venues.VenueException;
import io.github.basisspread.venues.binance.BinanceClient;
import io.github.basisspread.venues.binance.BinanceDumps;
import io.github.basisspread.venues.binance.BinanceEndpoints;
import io.github.basisspread.venues.binance.BinanceMarket;
import io.github.basisspread.venues.binance.KlineKind;
import io.github.basisspread.venues.bybit.BybitClient;
import io.github.basisspread.venues.cache.BasisCsv;
import io.github.basisspread.venues.deribit.DeribitClient;
import io.github.basisspread.venues.dydx.DydxClient;
import io.github.basisspread.venues.hyperliquid.HyperliquidClient;
import io.github.basisspread.venues.okx.OkxClient;
import io.github.basisspread.venues.cache.SeriesCache;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code basis fetch VENUE}: download history from a venue's public API into CSV files. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Download candles and funding history from a venue's public market-data API (no key) into "
                + "CSV files that 'basis demo --data DIR' and the other commands read.",
            "Venues: binance, okx, bybit, deribit, hyperliquid, dydx. Kinds (--what): spot, perp, funding, premium (premium index), mark, "
                + "index, futures (the quarterly contracts live during the range). Files in --out: "
                + "VENUE_SYMBOL_spot_1h.csv, VENUE_SYMBOL_perp_1h.csv, VENUE_SYMBOL_funding.csv, "
                + "VENUE_SYMBOL_premium-index_1h.csv, VENUE_SYMBOL_mark_1h.csv, VENUE_SYMBOL_index_1h.csv and "
                + "SYMBOL_yyMMdd_1h.csv per dated future. Candle rows are labelled by their close time "
                + "(timestamp) with open_time beside it; funding rows by the settlement time, with the rate per "
                + "interval and the interval in hours.",
            "Months already fetched are kept in the cache (--cache, default OUT/.basis-cache): a broken run resumes "
                + "and a re-run fetches only what is missing. Bars the venue does not have are reported as gaps, "
                + "never filled. Requests follow the venue's published rate limits and are retried with "
                + "backoff on 429/5xx/timeouts (Retry-After honoured). A progress bar is drawn on stderr when it is "
                + "a terminal."})
final class FetchCommand implements Callable<Integer> {

    /** The venues whose history can be fetched. */
    enum VenueName {
        binance, okx, bybit, deribit, hyperliquid, dydx
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VENUE", description = "The venue: ${COMPLETION-CANDIDATES}.")
    VenueName venue;

    @Option(names = "--symbol", required = true, paramLabel = "SYMBOL",
            description = "The venue's symbol: BTCUSDT (binance, bybit), BTC-USDT (okx: spot BTC-USDT, perpetual "
                    + "BTC-USDT-SWAP), BTC (deribit: BTC-PERPETUAL and the BTC futures; hyperliquid), BTC-USD (dydx).")
    String symbol;

    @Option(names = "--what", defaultValue = "spot,perp,funding", split = ",", paramLabel = "KIND",
            description = "What to fetch, comma-separated (default ${DEFAULT-VALUE}).")
    List<String> what;

    @Option(names = "--from", required = true, converter = DayConverter.class, paramLabel = "DATE",
            description = "Start, inclusive: a date (00:00 UTC) or an ISO instant.")
    Instant from;

    @Option(names = "--to", required = true, converter = DayConverter.class, paramLabel = "DATE",
            description = "End, exclusive: a date (00:00 UTC) or an ISO instant.")
    Instant to;

    @Option(names = "--interval", defaultValue = "1h", paramLabel = "INTERVAL",
            description = "Candle interval: 1m, 5m, 15m, 1h, 4h, 1d (default ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--out", defaultValue = "data", paramLabel = "DIR",
            description = "Output directory (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", description = "Cache directory (default OUT/.basis-cache).")
    Path cache;

    @Option(names = "--source", defaultValue = "api", paramLabel = "SOURCE",
            description = "binance only: 'api' (REST) or 'dumps' (data.binance.vision zip files, SHA-256 checked; "
                    + "no funding before the month is over) (default ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Send every request to URL instead of the venue (a mirror or a test server).")
    URI baseUrl;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Summary format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    /** One series to fetch: its chunks of work and how to fetch it. */
    private interface Task {
        Result run(Runnable onChunk);
    }

    private record Job(String kind, String symbol, Path file, int chunks, Task task) {
    }

    private record Result(List<?> rows, List<Gap> gaps) {
    }

    @Override
    public Integer call() {
        BarInterval bars;
        try {
            bars = BarInterval.parse(interval);
        } catch (IllegalArgumentException e) {
            throw new UserException("--interval: '" + interval + "' is not one of 1m, 5m, 15m, 1h, 4h, 1d");
        }
        if (!to.isAfter(from)) {
            throw new UserException("--to " + to + " must be after --from " + from);
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String w : what) {
            String k = w.strip().toLowerCase(Locale.ROOT);
            if (!List.of("spot", "perp", "funding", "premium", "mark", "index", "futures").contains(k)) {
                throw new UserException("--what: '" + w + "' is not one of spot, perp, funding, premium, mark, index, "
                        + "futures");
            }
            kinds.add(k);
        }
        if (!symbol.matches("[A-Za-z0-9_.:\\-]+")) {
            throw new UserException("--symbol: '" + symbol + "' must hold only letters, digits, '_', '-', '.', ':'");
        }
        if (venue != VenueName.binance && !source.equals("api")) {
            throw new UserException("--source " + source + ": only binance publishes data dumps; " + venue
                    + " is fetched from its API");
        }
        Path cacheDir = cache != null ? cache : out.resolve(".basis-cache");
        ClientOptions options = ClientOptions.defaults();
        Instant now = options.sleeper().now();
        List<Job> jobs = switch (venue) {
            case binance -> binance(kinds, bars, cacheDir, options, now);
            case okx, bybit, deribit, hyperliquid, dydx -> others(kinds, bars, cacheDir, options, now);
        };
        int total = jobs.stream().mapToInt(Job::chunks).sum();
        PrintWriter w = spec.commandLine().getOut();
        try (Progress progress = Progress.onConsole(spec.commandLine().getErr(), "fetching", "chunks", total)) {
            for (Job j : jobs) {
                Result r = j.task().run(progress::step);
                if (r.rows().isEmpty()) {
                    report(w, j, r, null);
                    continue;
                }
                write(j.file(), r.rows());
                report(w, j, r, j.file());
            }
        } catch (VenueException e) {
            throw new UserException(e.getMessage() + " (months fetched so far are kept in " + cacheDir
                    + "; run again to resume)");
        } catch (UncheckedIOException e) {
            throw new UserException(e.getMessage());
        }
        w.flush();
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static void write(Path file, List<?> rows) {
        if (rows.get(0) instanceof Candle) {
            BasisCsv.writeCandles(file, (List<Candle>) rows);
        } else {
            BasisCsv.writeFunding(file, (List<FundingObservation>) rows);
        }
    }

    private void report(PrintWriter w, Job j, Result r, Path file) {
        long missing = r.gaps().stream().mapToLong(Gap::missing).sum();
        if (format == Format.json) {
            Map<String, Object> o = Json.object();
            o.put("venue", venue.name());
            o.put("kind", j.kind());
            o.put("symbol", j.symbol());
            o.put("file", file == null ? null : file.toString());
            o.put("rows", r.rows().size());
            o.put("missing", missing);
            List<Object> gaps = new ArrayList<>();
            for (Gap g : r.gaps()) {
                Map<String, Object> go = Json.object();
                go.put("from", g.from().toString());
                go.put("to", g.to().toString());
                go.put("missing", g.missing());
                gaps.add(go);
            }
            o.put("gaps", gaps);
            w.println(Json.write(o));
            return;
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-8s %-16s %7d rows", j.kind(), j.symbol(),
                r.rows().size()));
        s.append(file == null ? "  (no data: nothing written)" : "  -> " + file);
        if (r.gaps().isEmpty()) {
            s.append("; no gaps");
        } else {
            s.append("; ").append(r.gaps().size()).append(r.gaps().size() == 1 ? " gap, " : " gaps, ").append(missing)
                    .append(" missing:");
            int shown = 0;
            for (Gap g : r.gaps()) {
                if (shown++ == 3) {
                    s.append(" ...");
                    break;
                }
                s.append(' ').append(g.from()).append("..").append(g.to()).append(" (").append(g.missing()).append(')');
            }
        }
        w.println(s);
    }

    private List<Job> binance(Set<String> kinds, BarInterval bars, Path cacheDir, ClientOptions options, Instant now) {
        BinanceEndpoints endpoints = baseUrl != null ? BinanceEndpoints.allAt(baseUrl) : BinanceEndpoints.production();
        BinanceClient client = BinanceClient.of(endpoints, options);
        boolean dumps;
        switch (source) {
            case "api" -> dumps = false;
            case "dumps" -> dumps = true;
            default -> throw new UserException("--source: '" + source + "' is not 'api' or 'dumps'");
        }
        BinanceDumps dumpReader = BinanceDumps.of(endpoints, options, cacheDir.resolve("binance-dumps"));
        SeriesCache rest = SeriesCache.in(cacheDir.resolve("rest"));
        String sym = symbol.toUpperCase(Locale.ROOT);
        List<Job> jobs = new ArrayList<>();
        for (String k : kinds) {
            switch (k) {
                case "spot" -> jobs.add(binanceKlines(client, dumpReader, rest, dumps, "spot", BinanceMarket.SPOT,
                        KlineKind.TRADES, sym, bars, from, to, now, "binance_" + sym + "_spot_" + bars.code()));
                case "perp" -> jobs.add(binanceKlines(client, dumpReader, rest, dumps, "perp", BinanceMarket.USDM,
                        KlineKind.TRADES, sym, bars, from, to, now, "binance_" + sym + "_perp_" + bars.code()));
                case "premium" -> jobs.add(binanceKlines(client, dumpReader, rest, dumps, "premium", BinanceMarket.USDM,
                        KlineKind.PREMIUM_INDEX, sym, bars, from, to, now, "binance_" + sym + "_premium-index_"
                                + bars.code()));
                case "mark" -> jobs.add(binanceKlines(client, dumpReader, rest, dumps, "mark", BinanceMarket.USDM,
                        KlineKind.MARK, sym, bars, from, to, now, "binance_" + sym + "_mark_" + bars.code()));
                case "index" -> jobs.add(binanceKlines(client, dumpReader, rest, dumps, "index", BinanceMarket.USDM,
                        KlineKind.INDEX, sym, bars, from, to, now, "binance_" + sym + "_index_" + bars.code()));
                case "funding" -> {
                    Path file = out.resolve("binance_" + sym + "_funding.csv");
                    if (dumps) {
                        int n = dumpReader.fundingFiles(BinanceMarket.USDM, sym, from, to).size();
                        jobs.add(new Job(k, sym, file, n, p -> result(dumpReader.funding(BinanceMarket.USDM, sym, from,
                                to, p))));
                    } else {
                        int n = SeriesCache.chunks(false, from, to).size();
                        jobs.add(new Job(k, sym, file, n, p -> result(rest.funding("binance/usdm/funding/" + sym, from,
                                to, now, (a, b) -> client.fundingRows(BinanceMarket.USDM, sym, a, b), p))));
                    }
                }
                case "futures" -> {
                    // The quarterlies (last Friday of Mar/Jun/Sep/Dec, 08:00 UTC) listed during the range:
                    // Binance lists a quarterly about two quarters before it expires.
                    DateTimeFormatter yymmdd = DateTimeFormatter.ofPattern("yyMMdd");
                    int quarters = (int) (Duration.between(from, to).toDays() / 91) + 3;
                    for (Instant e : ExpiryRule.cryptoQuarterly().nextQuarterlyExpiries(from, quarters)) {
                        Instant start = from.isAfter(e.minus(Duration.ofDays(190))) ? from : e.minus(Duration.ofDays(190));
                        Instant end = to.isBefore(e) ? to : e;
                        if (!end.isAfter(start)) {
                            continue;
                        }
                        String fut = sym + "_" + yymmdd.format(LocalDate.ofInstant(e, ZoneOffset.UTC));
                        jobs.add(binanceKlines(client, dumpReader, rest, dumps, "future", BinanceMarket.USDM,
                                KlineKind.TRADES, fut, bars, start, end, now, fut + "_" + bars.code()));
                    }
                }
                default -> throw new IllegalStateException(k);
            }
        }
        return jobs;
    }

    private Job binanceKlines(BinanceClient client, BinanceDumps dumpReader, SeriesCache rest, boolean dumps,
            String kind, BinanceMarket market, KlineKind klineKind, String sym, BarInterval bars, Instant start,
            Instant end, Instant now, String name) {
        Path file = out.resolve(name + ".csv");
        if (dumps) {
            int n = dumpReader.klineFiles(market, klineKind, sym, bars, start, end).size();
            return new Job(kind, sym, file, n, p -> result(dumpReader.klines(market, klineKind, sym, bars, start, end,
                    p)));
        }
        int n = SeriesCache.chunks(SeriesCache.dailyChunks(bars), start, end).size();
        String key = "binance/" + market.name().toLowerCase(Locale.ROOT) + "/" + klineKind.endpoint() + "/" + sym + "/"
                + bars.code();
        return new Job(kind, sym, file, n, p -> result(rest.candles(key, bars, start, end, now,
                (a, b) -> client.klineRows(market, klineKind, sym, bars, a, b), p)));
    }

    /** The REST source of one candle series of the other venues. */
    private interface Candles {
        List<Candle> rows(Instant a, Instant b);
    }

    /** The REST source of one funding series of the other venues. */
    private interface Funding {
        List<FundingObservation> rows(Instant a, Instant b);
    }

    private List<Job> others(Set<String> kinds, BarInterval bars, Path cacheDir, ClientOptions options, Instant now) {
        SeriesCache rest = SeriesCache.in(cacheDir.resolve("rest"));
        String v = venue.name();
        String sym = symbol;
        Map<String, Candles> candles = new java.util.LinkedHashMap<>();
        Map<String, String> symbols = new java.util.LinkedHashMap<>();
        Funding funding;
        String fundingSymbol;
        List<DatedFutureSource> futures = new ArrayList<>();
        switch (venue) {
            case okx -> {
                OkxClient c = OkxClient.of(baseUrl != null ? baseUrl : URI.create("https://www.okx.com"), options);
                String swap = sym + "-SWAP";
                candles.put("spot", (a, b) -> c.candleRows(sym, bars, a, b));
                symbols.put("spot", sym);
                candles.put("perp", (a, b) -> c.candleRows(swap, bars, a, b));
                symbols.put("perp", swap);
                funding = (a, b) -> c.fundingRows(swap, a, b);
                fundingSymbol = swap;
                if (kinds.contains("futures")) {
                    String uly = sym.replace("-USDT", "-USD");
                    for (var i : c.instruments()) {
                        if (i instanceof io.github.basisspread.core.instrument.DatedFuture f
                                && (f.symbol().startsWith(sym + "-") || f.symbol().startsWith(uly + "-"))) {
                            futures.add(new DatedFutureSource(f.symbol(), f.expiry(), (a, b) -> c.candleRows(f.symbol(),
                                    bars, a, b)));
                        }
                    }
                }
            }
            case bybit -> {
                BybitClient c = BybitClient.of(baseUrl != null ? baseUrl : URI.create("https://api.bybit.com"), options);
                BybitClient.Category lin = BybitClient.Category.LINEAR;
                candles.put("spot", (a, b) -> c.candleRows(BybitClient.Category.SPOT, BybitClient.Prices.TRADES, sym,
                        bars, a, b));
                candles.put("perp", (a, b) -> c.candleRows(lin, BybitClient.Prices.TRADES, sym, bars, a, b));
                candles.put("premium", (a, b) -> c.candleRows(lin, BybitClient.Prices.PREMIUM_INDEX, sym, bars, a, b));
                candles.put("mark", (a, b) -> c.candleRows(lin, BybitClient.Prices.MARK, sym, bars, a, b));
                candles.put("index", (a, b) -> c.candleRows(lin, BybitClient.Prices.INDEX, sym, bars, a, b));
                funding = (a, b) -> c.fundingRows(lin, sym, a, b);
                fundingSymbol = sym;
                if (kinds.contains("futures")) {
                    String coin = sym.replaceAll("(USDT|USDC|USD)$", "");
                    for (var i : c.instruments(lin)) {
                        if (i instanceof io.github.basisspread.core.instrument.DatedFuture f
                                && f.baseAsset().equals(coin)) {
                            futures.add(new DatedFutureSource(f.symbol(), f.expiry(), (a, b) -> c.candleRows(lin,
                                    BybitClient.Prices.TRADES, f.symbol(), bars, a, b)));
                        }
                    }
                }
            }
            case deribit -> {
                DeribitClient c = DeribitClient.of(baseUrl != null ? baseUrl : URI.create("https://www.deribit.com"),
                        options);
                String perp = sym + "-PERPETUAL";
                candles.put("perp", (a, b) -> c.candleRows(perp, bars, a, b));
                symbols.put("perp", perp);
                funding = (a, b) -> c.fundingRows(perp, a, b);
                fundingSymbol = perp;
                if (kinds.contains("futures")) {
                    for (var i : c.instruments(sym)) {
                        if (i instanceof io.github.basisspread.core.instrument.DatedFuture f) {
                            futures.add(new DatedFutureSource(f.symbol(), f.expiry(), (a, b) -> c.candleRows(f.symbol(),
                                    bars, a, b)));
                        }
                    }
                }
            }
            case hyperliquid -> {
                HyperliquidClient c = HyperliquidClient.of(baseUrl != null ? baseUrl
                        : URI.create("https://api.hyperliquid.xyz"), options);
                candles.put("perp", (a, b) -> c.candleRows(sym, bars, a, b));
                funding = (a, b) -> c.fundingRows(sym, a, b);
                fundingSymbol = sym;
            }
            case dydx -> {
                DydxClient c = DydxClient.of(baseUrl != null ? baseUrl : URI.create("https://indexer.dydx.trade"),
                        options);
                candles.put("perp", (a, b) -> c.candleRows(sym, bars, a, b));
                funding = (a, b) -> c.fundingRows(sym, a, b);
                fundingSymbol = sym;
            }
            default -> throw new IllegalStateException(v);
        }
        List<String> supported = new ArrayList<>(candles.keySet());
        supported.add("funding");
        if (venue == VenueName.okx || venue == VenueName.bybit || venue == VenueName.deribit) {
            supported.add("futures");
        }
        List<Job> jobs = new ArrayList<>();
        String safe = sym.replaceAll("[^A-Za-z0-9_.-]", "_");
        for (String k : kinds) {
            if (!supported.contains(k)) {
                throw new UserException("--what: " + v + " offers " + String.join(", ", supported) + ", not '" + k + "'");
            }
            if (k.equals("funding")) {
                int n = SeriesCache.chunks(false, from, to).size();
                jobs.add(new Job(k, fundingSymbol, out.resolve(v + "_" + safe + "_funding.csv"), n, p -> result(
                        rest.funding(v + "/funding/" + fundingSymbol, from, to, now, funding::rows, p))));
            } else if (k.equals("futures")) {
                DateTimeFormatter yymmdd = DateTimeFormatter.ofPattern("yyMMdd");
                for (DatedFutureSource f : futures) {
                    Instant end = to.isBefore(f.expiry()) ? to : f.expiry();
                    if (!end.isAfter(from)) {
                        continue;
                    }
                    String name = safe.replaceAll("[^A-Za-z0-9]", "") + "_" + yymmdd.format(LocalDate.ofInstant(
                            f.expiry(), ZoneOffset.UTC)) + "_" + v + "_" + bars.code();
                    jobs.add(candleJob(rest, "future", f.symbol(), name, v + "/klines/" + f.symbol() + "/" + bars.code(),
                            bars, from, end, now, f.rows()));
                }
            } else {
                String s = symbols.getOrDefault(k, sym);
                String name = v + "_" + safe + "_" + (k.equals("premium") ? "premium-index" : k) + "_" + bars.code();
                jobs.add(candleJob(rest, k, s, name, v + "/" + k + "/" + s + "/" + bars.code(), bars, from, to, now,
                        candles.get(k)));
            }
        }
        return jobs;
    }

    /** A dated future found in a venue's instrument list. */
    private record DatedFutureSource(String symbol, Instant expiry, Candles rows) {
    }

    private Job candleJob(SeriesCache rest, String kind, String sym, String name, String key, BarInterval bars,
            Instant start, Instant end, Instant now, Candles source) {
        int n = SeriesCache.chunks(SeriesCache.dailyChunks(bars), start, end).size();
        return new Job(kind, sym, out.resolve(name + ".csv"), n, p -> result(rest.candles(key.replaceAll(
                "[^A-Za-z0-9_./-]", "_"), bars, start, end, now, source::rows, p)));
    }

    private static Result result(Fetched<?> f) {
        return new Result(f.rows(), f.gaps());
    }

    /** A date (00:00 UTC) or an ISO-8601 instant. */
    static final class DayConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                if (value.length() == 10) {
                    return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                }
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (2024-01-01) or an instant "
                        + "(2024-01-01T00:00:00Z)");
            }
        }
    }
}
