package io.github.basisspread.venues.binance;

import io.github.basisspread.data.exchange.BinanceDumpReader;
import io.github.basisspread.data.exchange.FundingRateHistory;
import io.github.basisspread.data.exchange.Klines;
import io.github.basisspread.venues.BarInterval;
import io.github.basisspread.venues.Candle;
import io.github.basisspread.venues.ClientOptions;
import io.github.basisspread.venues.Fetched;
import io.github.basisspread.venues.FundingObservation;
import io.github.basisspread.venues.VenueException;
import io.github.basisspread.venues.internal.Args;
import io.github.basisspread.venues.internal.Gaps;
import io.github.basisspread.venues.internal.Http;
import io.github.basisspread.venues.internal.RateLimiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Binance public data dumps (data.binance.vision): the daily and monthly {@code .zip} files of
 * klines, mark, index and premium-index klines and funding rates, each checked against the
 * SHA-256 in its {@code .CHECKSUM} file, kept in a cache folder and read through basis-data's
 * {@link BinanceDumpReader}.
 *
 * <p>Layout, as published by Binance ("binance-public-data" README, github.com/binance, checked
 * 2026-12-05): {@code /data/{spot|futures/um|futures/cm}/{monthly|daily}/{klines|markPriceKlines|
 * indexPriceKlines|premiumIndexKlines}/SYMBOL/INTERVAL/SYMBOL-INTERVAL-YYYY-MM[-DD].zip}, funding
 * rates monthly only as {@code .../monthly/fundingRate/SYMBOL/SYMBOL-fundingRate-YYYY-MM.zip};
 * beside every file {@code FILE.CHECKSUM} holding {@code "<sha256 hex>  FILE"}. A month is taken
 * as one monthly file when the whole month is in the range and over; otherwise day by day.
 *
 * <p>Downloads resume: a broken transfer leaves {@code FILE.part}, continued with an HTTP range
 * request on the next attempt or the next run; a verified file is never fetched again. A file
 * that does not exist (404: before the listing, or not published yet) leaves its bars missing,
 * reported as gaps. A checksum mismatch deletes the download and fails. Thread-safe.
 */
public final class BinanceDumps {

    private final BinanceEndpoints endpoints;
    private final Http http;
    private final Path cache;
    private final java.util.function.Supplier<Instant> clock;

    private BinanceDumps(BinanceEndpoints endpoints, ClientOptions options, Path cache) {
        this.endpoints = endpoints;
        // data.binance.vision publishes no limit; stay polite at 10 files a second.
        this.http = new Http(BinanceClient.VENUE, options, new RateLimiter(10, Duration.ofSeconds(1)), null);
        this.cache = cache;
        this.clock = options.sleeper()::now;
    }

    /**
     * A dump reader downloading into {@code cacheDir}.
     *
     * @param endpoints the base URLs (only {@code dumps} is used), not null
     * @param options timeout, retries and sleeper, not null
     * @param cacheDir the cache folder, created if absent, not null
     * @return the dump reader
     * @throws IllegalArgumentException if an argument is null
     */
    public static BinanceDumps of(BinanceEndpoints endpoints, ClientOptions options, Path cacheDir) {
        Args.notNull(endpoints, "endpoints");
        Args.notNull(options, "options");
        Args.notNull(cacheDir, "cacheDir");
        return new BinanceDumps(endpoints, options, cacheDir);
    }

    /**
     * The dump files (paths under the base URL) covering the kline bars of {@code [from, to)}.
     *
     * @param market the market
     * @param kind the kind of prices
     * @param symbol the symbol (the pair for {@code INDEX})
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the paths, in time order
     */
    public List<String> klineFiles(BinanceMarket market, KlineKind kind, String symbol, BarInterval interval,
            Instant from, Instant to) {
        Args.notNull(market, "market");
        Args.notNull(kind, "kind");
        Args.symbol(symbol, "symbol");
        Args.notNull(interval, "interval");
        BinanceClient.checkRange(from, to);
        LocalDate today = LocalDate.ofInstant(clock.get(), ZoneOffset.UTC);
        String folder = "data/" + market.dumpFolder() + "/%s/" + kind.dumpName() + "/" + symbol + "/" + interval.code()
                + "/" + symbol + "-" + interval.code() + "-%s.zip";
        List<String> files = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(to.minusNanos(1), ZoneOffset.UTC);
        YearMonth m = YearMonth.from(first);
        while (!m.isAfter(YearMonth.from(last))) {
            Instant ms = m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant me = m.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            if (!ms.isBefore(from) && !me.isAfter(to) && m.isBefore(YearMonth.from(today))) {
                files.add(String.format(Locale.ROOT, folder, "monthly", m));
            } else {
                for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
                    Instant ds = d.atStartOfDay().toInstant(ZoneOffset.UTC);
                    if (!d.isBefore(today) || !ds.plus(Duration.ofDays(1)).isAfter(from) || !ds.isBefore(to)) {
                        continue;
                    }
                    files.add(String.format(Locale.ROOT, folder, "daily", d));
                }
            }
            m = m.plusMonths(1);
        }
        return files;
    }

    /**
     * Downloads (or finds in the cache) the dumps of {@code [from, to)}, verifies them, and reads
     * the klines whose open time lies in the range; missing files and bars are reported as gaps.
     *
     * @param market the market
     * @param kind the kind of prices
     * @param symbol the symbol (the pair for {@code INDEX})
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @param onFile called after each file (for a progress bar), not null
     * @return the candles and the gaps
     * @throws VenueException if a download fails or a checksum does not match
     */
    public Fetched<Candle> klines(BinanceMarket market, KlineKind kind, String symbol, BarInterval interval,
            Instant from, Instant to, Runnable onFile) {
        List<Candle> rows = new ArrayList<>();
        long step = interval.millis();
        for (String file : klineFiles(market, kind, symbol, interval, from, to)) {
            Path zip = fetch(file);
            if (zip != null) {
                Klines k = read(zip, r -> r.readKlines(zip).data());
                double[] o = k.open().valuesArray();
                double[] h = k.high().valuesArray();
                double[] l = k.low().valuesArray();
                double[] c = k.close().valuesArray();
                double[] v = k.volume().valuesArray();
                for (int i = 0; i < k.size(); i++) {
                    Instant open = k.openTime(i);
                    rows.add(new Candle(open, open.plusMillis(step), o[i], h[i], l[i], c[i], Math.max(0, v[i])));
                }
            }
            onFile.run();
        }
        List<Candle> clean = Gaps.clean(rows, from, to);
        return new Fetched<>(clean, Gaps.candles(clean, interval.duration(), from, to));
    }

    /**
     * Downloads (or finds in the cache) the monthly funding-rate dumps of the months overlapping
     * {@code [from, to)} and reads the settlements in the range, each with its interval as the
     * file states it ({@code funding_interval_hours}).
     *
     * @param market {@code USDM} or {@code COINM}
     * @param symbol the perpetual
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @param onFile called after each file, not null
     * @return the settlements and the gaps between them
     */
    public Fetched<FundingObservation> funding(BinanceMarket market, String symbol, Instant from, Instant to,
            Runnable onFile) {
        List<FundingObservation> rows = new ArrayList<>();
        for (String file : fundingFiles(market, symbol, from, to)) {
            Path zip = fetch(file);
            if (zip != null) {
                FundingRateHistory h = read(zip, r -> r.readFundingRates(zip).data());
                for (int i = 0; i < h.size(); i++) {
                    Instant t = h.time(i);
                    if (!t.isBefore(from) && t.isBefore(to)) {
                        rows.add(new FundingObservation(t, h.rate(i), Duration.ofHours(h.intervalHours(i))));
                    }
                }
            }
            onFile.run();
        }
        List<FundingObservation> sorted = Gaps.sortUnique(rows, FundingObservation::time);
        return new Fetched<>(sorted, Gaps.funding(sorted));
    }

    /**
     * The monthly funding-rate files of the months overlapping {@code [from, to)} that are over.
     *
     * @param market {@code USDM} or {@code COINM}
     * @param symbol the perpetual
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @return the paths under the base URL
     */
    public List<String> fundingFiles(BinanceMarket market, String symbol, Instant from, Instant to) {
        Args.isTrue(market != null && market != BinanceMarket.SPOT, "market", market, "be USDM or COINM");
        Args.symbol(symbol, "symbol");
        BinanceClient.checkRange(from, to);
        YearMonth now = YearMonth.from(LocalDate.ofInstant(clock.get(), ZoneOffset.UTC));
        List<String> files = new ArrayList<>();
        YearMonth last = YearMonth.from(LocalDate.ofInstant(to.minusNanos(1), ZoneOffset.UTC));
        for (YearMonth m = YearMonth.from(LocalDate.ofInstant(from, ZoneOffset.UTC)); !m.isAfter(last)
                && m.isBefore(now); m = m.plusMonths(1)) {
            files.add("data/" + market.dumpFolder() + "/monthly/fundingRate/" + symbol + "/" + symbol + "-fundingRate-"
                    + m + ".zip");
        }
        return files;
    }

    /**
     * Returns the verified local copy of a dump file, downloading what is missing.
     *
     * @param file the path under the base URL, e.g.
     *     {@code data/spot/monthly/klines/BTCUSDT/1h/BTCUSDT-1h-2024-01.zip}
     * @return the verified zip in the cache, or null if the venue has no such file (404)
     * @throws VenueException if the download fails or the checksum does not match
     */
    public Path fetch(String file) {
        Args.isTrue(file != null && file.matches("[A-Za-z0-9_./\\-]+") && !file.contains(".."), "file", file,
                "be a relative path of letters, digits, '_', '-', '.' and '/'");
        Path zip = cache.resolve(file);
        Path sum = cache.resolve(file + ".CHECKSUM");
        Path part = cache.resolve(file + ".part");
        String endpoint = "GET /" + file;
        try {
            Files.createDirectories(zip.getParent());
            if (Files.exists(zip) && Files.exists(sum)) {
                String expected = expectedSha256(sum, zip, endpoint);
                if (expected.equals(sha256(zip))) {
                    return zip;
                }
                Files.delete(zip);   // corrupted in the cache: fetch again
            }
            URI base = endpoints.dumps();
            if (!Files.exists(sum)) {
                Http.Response r;
                try {
                    r = http.send(endpoint + ".CHECKSUM", HttpRequest.newBuilder(BinanceClient.uri(base, "/" + file
                            + ".CHECKSUM", "")).GET(), 1);
                } catch (VenueException e) {
                    if (e.status() == 404) {
                        return null;
                    }
                    throw e;
                }
                Path tmp = sum.resolveSibling(sum.getFileName() + ".tmp");
                Files.write(tmp, r.body());
                Files.move(tmp, sum, StandardCopyOption.REPLACE_EXISTING);
            }
            String expected = expectedSha256(sum, zip, endpoint + ".CHECKSUM");
            int status = http.download(endpoint, BinanceClient.uri(base, "/" + file, ""), part);
            if (status == 404) {
                return null;
            }
            String actual = sha256(part);
            if (!expected.equals(actual)) {
                Files.deleteIfExists(part);
                throw new VenueException(BinanceClient.VENUE, endpoint, -1, "checksum mismatch: the .CHECKSUM file"
                        + " says SHA-256 " + expected + " but the download has " + actual
                        + " (the download was deleted; run again to fetch it anew)", null);
            }
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return zip;
        } catch (IOException e) {
            throw new VenueException(BinanceClient.VENUE, endpoint, -1, "cache " + cache + ": " + e.getMessage(), e);
        }
    }

    private static String expectedSha256(Path sum, Path zip, String endpoint) throws IOException {
        String text = Files.readString(sum, StandardCharsets.UTF_8).strip();
        String[] parts = text.split("\\s+");
        String name = zip.getFileName().toString();
        if (parts.length < 1 || !parts[0].matches("[0-9a-fA-F]{64}")
                || (parts.length > 1 && !parts[1].replaceFirst("^\\*", "").equals(name))) {
            Files.deleteIfExists(sum);
            throw new VenueException(BinanceClient.VENUE, endpoint, -1, "malformed checksum file: expected"
                    + " '<64 hex digits>  " + name + "' but got '" + (text.length() > 100 ? text.substring(0, 100)
                    : text) + "'", null);
        }
        return parts[0].toLowerCase(Locale.ROOT);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private interface Reading<T> {
        T read(BinanceDumpReader reader);
    }

    private static <T> T read(Path zip, Reading<T> reading) {
        try {
            return reading.read(BinanceDumpReader.of());
        } catch (UncheckedIOException e) {
            throw new VenueException(BinanceClient.VENUE, "read " + zip, -1, e.getMessage(), e);
        }
    }
}
