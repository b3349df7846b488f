package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.time.ExpiryRule;
import io.github.basisspread.venues.ClientOptions;
import io.github.basisspread.venues.live.LiveFeed;
import io.github.basisspread.venues.live.StreamSpec;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code basis watch VENUES}: a live basis monitor over public WebSocket streams. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch the basis live over the venues' public WebSocket streams (no key): spot-perpetual and "
                + "spot-future basis, its streaming Kalman latent level, the funding APR of each perpetual and the best "
                + "net carry, printed as they change (text, or JSON lines with --format json).",
            "Venues: binance (spot, USD-M perpetual, the current quarterly; funding from the mark-price stream), okx "
                + "(spot, USDT swap; funding channel). Connections that drop or stay silent longer than --stale-after "
                + "are reopened with exponential backoff; connection events go to stderr."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VENUES", split = ",", description = "binance, okx or both (comma-separated).")
    List<String> venues;

    @Option(names = "--symbol", defaultValue = "BTC", paramLabel = "COIN",
            description = "The coin, quoted in USDT (default ${DEFAULT-VALUE}).")
    String coin;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--every", defaultValue = "1s", converter = Parsing.DurationConverter.class, paramLabel = "DURATION",
            description = "At most one line per instrument per DURATION (default ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--stale-after", defaultValue = "30s", converter = Parsing.DurationConverter.class,
            paramLabel = "DURATION", description = "Reconnect a stream silent this long (default ${DEFAULT-VALUE}).")
    Duration staleAfter;

    @Option(names = "--duration", converter = Parsing.DurationConverter.class, paramLabel = "DURATION",
            description = "Stop after DURATION (default: run until interrupted).")
    Duration duration;

    @Option(names = "--max-lines", paramLabel = "N", description = "Stop after printing N lines.")
    Integer maxLines;

    @Option(names = "--fee-bps", defaultValue = "5", paramLabel = "BP",
            description = "Taker fee per leg and side in basis points, for the net carry (default ${DEFAULT-VALUE}).")
    double feeBps;

    @Option(names = "--horizon", defaultValue = "30d", converter = Parsing.DurationConverter.class,
            paramLabel = "DURATION", description = "Holding period of a perpetual carry (default ${DEFAULT-VALUE}).")
    Duration horizon;

    @Option(names = "--binance-spot-ws", defaultValue = "wss://stream.binance.com:9443", paramLabel = "URL",
            description = "Binance spot stream base (default ${DEFAULT-VALUE}).")
    URI binanceSpotWs;

    @Option(names = "--binance-futures-ws", defaultValue = "wss://fstream.binance.com", paramLabel = "URL",
            description = "Binance USD-M stream base (default ${DEFAULT-VALUE}).")
    URI binanceFuturesWs;

    @Option(names = "--okx-ws", defaultValue = "wss://ws.okx.com:8443/ws/v5/public", paramLabel = "URL",
            description = "OKX public WebSocket (default ${DEFAULT-VALUE}).")
    URI okxWs;

    @Override
    public Integer call() throws InterruptedException {
        String c = coin.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9]{2,12}")) {
            throw new UserException("--symbol: '" + coin + "' is not a coin such as BTC");
        }
        List<String> venueNames = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        List<Integer> spotOf = new ArrayList<>();
        List<Long> expiries = new ArrayList<>();
        List<StreamSpec> specs = new ArrayList<>();
        long eightHours = Duration.ofHours(8).toMillis();
        for (String v : venues) {
            switch (v.strip().toLowerCase(Locale.ROOT)) {
                case "binance" -> {
                    String pair = c + "USDT";
                    int spot = add(venueNames, symbols, kinds, spotOf, expiries, "binance", pair, BasisMonitor.SPOT, -1, 0);
                    int perp = add(venueNames, symbols, kinds, spotOf, expiries, "binance", pair, BasisMonitor.PERP, spot,
                            0);
                    Instant expiry = ExpiryRule.cryptoQuarterly().nextExpiry(Instant.now().plus(Duration.ofDays(7)));
                    String quarterly = pair + "_" + DateTimeFormatter.ofPattern("yyMMdd").format(LocalDate.ofInstant(
                            expiry, ZoneOffset.UTC));
                    int fut = add(venueNames, symbols, kinds, spotOf, expiries, "binance", quarterly, BasisMonitor.FUTURE,
                            spot, expiry.toEpochMilli());
                    specs.add(StreamSpec.binance(binanceSpotWs, Map.of(pair, spot), Map.of(), eightHours));
                    Map<String, Integer> book = new LinkedHashMap<>();
                    book.put(pair, perp);
                    book.put(quarterly, fut);
                    specs.add(StreamSpec.binance(binanceFuturesWs, book, Map.of(pair, perp), eightHours));
                }
                case "okx" -> {
                    String spotId = c + "-USDT";
                    String swapId = c + "-USDT-SWAP";
                    int spot = add(venueNames, symbols, kinds, spotOf, expiries, "okx", spotId, BasisMonitor.SPOT, -1, 0);
                    int swap = add(venueNames, symbols, kinds, spotOf, expiries, "okx", swapId, BasisMonitor.PERP, spot, 0);
                    Map<String, Integer> tickers = new LinkedHashMap<>();
                    tickers.put(spotId, spot);
                    tickers.put(swapId, swap);
                    specs.add(StreamSpec.okx(okxWs, tickers, Map.of(swapId, swap), eightHours));
                }
                default -> throw new UserException("watch: '" + v + "' is not binance or okx");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger lines = new AtomicInteger();
        BasisMonitor.Printer printer = (m, i, t) -> {
            String line = format == Format.json ? json(m, i, t) : text(m, i, t);
            synchronized (out) {
                if (maxLines == null || lines.get() < maxLines) {
                    out.println(line);
                    out.flush();
                    lines.incrementAndGet();
                }
            }
        };
        BasisMonitor monitor = new BasisMonitor(venueNames.toArray(String[]::new), symbols.toArray(String[]::new),
                kinds.stream().mapToInt(Integer::intValue).toArray(), spotOf.stream().mapToInt(Integer::intValue).toArray(),
                expiries.stream().mapToLong(Long::longValue).toArray(), every.toMillis(), feeBps / 1e4,
                horizon.toMillis() / 86_400_000.0, printer, (venueName, event) -> {
                    synchronized (err) {
                        err.println("basis watch: " + venueName + ": " + event);
                        err.flush();
                    }
                });
        long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        try (LiveFeed feed = LiveFeed.start(specs, monitor, staleAfter, ClientOptions.defaults())) {
            while (System.nanoTime() < deadline && (maxLines == null || lines.get() < maxLines)) {
                Thread.sleep(20);
            }
            out.flush();
            synchronized (err) {
                err.println("basis watch: stopped after " + lines.get() + " lines (" + feed.connects(0)
                        + " connects of the first stream)");
                err.flush();
            }
            return 0;
        }
    }

    private static int add(List<String> venues, List<String> symbols, List<Integer> kinds, List<Integer> spotOf,
            List<Long> expiries, String venue, String symbol, int kind, int spot, long expiry) {
        venues.add(venue);
        symbols.add(symbol);
        kinds.add(kind);
        spotOf.add(spot);
        expiries.add(expiry);
        return symbols.size() - 1;
    }

    private static String text(BasisMonitor m, int i, long t) {
        StringBuilder s = new StringBuilder();
        s.append(Instant.ofEpochMilli(t)).append("  ").append(m.venue[i]).append(' ').append(m.symbol[i]).append(' ')
                .append(m.kind[i] == BasisMonitor.FUTURE ? "future" : "perp")
                .append(String.format(Locale.ROOT, "  basis %.2f bp  kalman %.2f bp", m.basis[i] * 1e4,
                        m.kalmanBasisBps(i)));
        if (m.kind[i] == BasisMonitor.FUTURE) {
            s.append(String.format(Locale.ROOT, "  annualized %.2f%%", m.annualized[i] * 100));
        } else if (m.annualized[i] == m.annualized[i]) {
            s.append(String.format(Locale.ROOT, "  funding APR %.2f%%", m.annualized[i] * 100));
        }
        int b = m.best();
        if (b >= 0) {
            s.append(String.format(Locale.ROOT, "  | best carry: %s %s net %.2f%%/yr", m.venue[b], m.symbol[b],
                    m.net[b] * 100));
        }
        return s.toString();
    }

    private static String json(BasisMonitor m, int i, long t) {
        Map<String, Object> o = Json.object();
        o.put("time", Instant.ofEpochMilli(t).toString());
        o.put("venue", m.venue[i]);
        o.put("instrument", m.symbol[i]);
        o.put("kind", m.kind[i] == BasisMonitor.FUTURE ? "future" : "perpetual");
        o.put("basisBps", m.basis[i] * 1e4);
        o.put("kalmanBasisBps", m.kalmanBasisBps(i));
        if (m.kind[i] == BasisMonitor.FUTURE) {
            o.put("annualizedBasis", m.annualized[i]);
        } else {
            o.put("fundingApr", m.annualized[i] == m.annualized[i] ? m.annualized[i] : null);
        }
        int b = m.best();
        if (b >= 0) {
            Map<String, Object> best = Json.object();
            best.put("venue", m.venue[b]);
            best.put("instrument", m.symbol[b]);
            best.put("netAnnualReturn", m.net[b]);
            o.put("best", best);
        }
        return Json.write(o);
    }
}
