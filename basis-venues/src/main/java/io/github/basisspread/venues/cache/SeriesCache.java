package io.github.basisspread.venues.cache;

import io.github.basisspread.venues.BarInterval;
import io.github.basisspread.venues.Candle;
import io.github.basisspread.venues.Fetched;
import io.github.basisspread.venues.FundingObservation;
import io.github.basisspread.venues.internal.Args;
import io.github.basisspread.venues.internal.Gaps;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of fetched chunks, one file per series and calendar month (UTC; per day for bars
 * shorter than an hour). A chunk is fetched whole from its source, written to a temporary file
 * and moved into place, so a run that fails half-way leaves only complete chunks; the next run
 * reads them from disk and fetches the rest. Only chunks that ended before "now" are kept: the
 * current month is fetched again on every run.
 *
 * <p>A chunk stores exactly the rows the venue sent for it (possibly none); gaps are computed
 * from the rows when the range is assembled, so they are reported again on every run, never
 * filled. Files are plain CSV: {@code open_time_ms,open,high,low,close,volume} for candles and
 * {@code time_ms,rate,interval_ms} for funding, with Java's shortest round-trip decimal text.
 *
 * <p>Thread-safe for distinct series; two processes filling the same chunk at once both write a
 * complete file and the last move wins.
 */
public final class SeriesCache {

    /** Fetches the candles of one chunk. */
    @FunctionalInterface
    public interface CandleSource {
        /**
         * Returns the candles whose open time is in {@code [from, to)}.
         *
         * @param from the chunk start, inclusive
         * @param to the chunk end, exclusive
         * @return the candles, any order
         */
        List<Candle> fetch(Instant from, Instant to);
    }

    /** Fetches the funding settlements of one chunk. */
    @FunctionalInterface
    public interface FundingSource {
        /**
         * Returns the settlements in {@code [from, to)}.
         *
         * @param from the chunk start, inclusive
         * @param to the chunk end, exclusive
         * @return the settlements, any order
         */
        List<FundingObservation> fetch(Instant from, Instant to);
    }

    private final Path dir;

    private SeriesCache(Path dir) {
        this.dir = dir;
    }

    /**
     * A cache in {@code dir} (created when the first chunk is written).
     *
     * @param dir the folder, not null
     * @return the cache
     */
    public static SeriesCache in(Path dir) {
        Args.notNull(dir, "dir");
        return new SeriesCache(dir);
    }

    /**
     * Returns the chunks {@code [start, end)} covering {@code [from, to)}.
     *
     * @param daily true for day chunks, false for month chunks
     * @param from the start
     * @param to the end, after {@code from}
     * @return the chunk bounds, each {@code {start, end}}
     */
    public static List<Instant[]> chunks(boolean daily, Instant from, Instant to) {
        Args.isTrue(to.isAfter(from), "to", to, "be after from " + from);
        List<Instant[]> out = new ArrayList<>();
        LocalDate d = LocalDate.ofInstant(from, ZoneOffset.UTC);
        Instant start = daily ? d.atStartOfDay().toInstant(ZoneOffset.UTC)
                : YearMonth.from(d).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        while (start.isBefore(to)) {
            LocalDate sd = LocalDate.ofInstant(start, ZoneOffset.UTC);
            Instant end = (daily ? sd.plusDays(1) : sd.plusMonths(1)).atStartOfDay().toInstant(ZoneOffset.UTC);
            out.add(new Instant[] {start, end});
            start = end;
        }
        return out;
    }

    /**
     * Tells whether the chunks of a candle series are days (bars under an hour) or months.
     *
     * @param interval the bar length
     * @return true for day chunks
     */
    public static boolean dailyChunks(BarInterval interval) {
        return interval.duration().compareTo(Duration.ofHours(1)) < 0;
    }

    /**
     * The candles of {@code [from, to)}, from the cache where complete chunks are kept and from
     * the source for the rest, with the gaps on the grid {@code from + k * interval}.
     *
     * @param series the series key, e.g. {@code binance/usdm/klines/BTCUSDT/1h}: letters, digits,
     *     {@code _ - .} and {@code /}
     * @param interval the bar length
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @param now the current instant: chunks ending after it are not kept
     * @param source the fetcher of missing chunks
     * @param onChunk called after each chunk (for a progress bar)
     * @return the candles and the gaps
     * @throws UncheckedIOException if the cache cannot be read or written
     */
    public Fetched<Candle> candles(String series, BarInterval interval, Instant from, Instant to, Instant now,
            CandleSource source, Runnable onChunk) {
        Path folder = folder(series);
        boolean daily = dailyChunks(interval);
        List<Candle> all = new ArrayList<>();
        for (Instant[] c : chunks(daily, from, to)) {
            Path file = folder.resolve(name(daily, c[0]));
            List<Candle> rows;
            if (Files.exists(file)) {
                rows = readCandles(file, interval);
            } else {
                rows = source.fetch(c[0], c[1]);
                if (!c[1].isAfter(now)) {
                    writeCandles(file, rows);
                }
            }
            all.addAll(rows);
            onChunk.run();
        }
        List<Candle> clean = Gaps.clean(all, from, to);
        return new Fetched<>(clean, Gaps.candles(clean, interval.duration(), from, to));
    }

    /**
     * The funding settlements of {@code [from, to)}, from the cache where complete months are
     * kept and from the source for the rest, with the gaps between them.
     *
     * @param series the series key, e.g. {@code binance/usdm/funding/BTCUSDT}
     * @param from the start, inclusive
     * @param to the end, exclusive
     * @param now the current instant: months ending after it are not kept
     * @param source the fetcher of missing months
     * @param onChunk called after each month
     * @return the settlements and the gaps
     * @throws UncheckedIOException if the cache cannot be read or written
     */
    public Fetched<FundingObservation> funding(String series, Instant from, Instant to, Instant now,
            FundingSource source, Runnable onChunk) {
        Path folder = folder(series);
        List<FundingObservation> all = new ArrayList<>();
        for (Instant[] c : chunks(false, from, to)) {
            Path file = folder.resolve(name(false, c[0]));
            List<FundingObservation> rows;
            if (Files.exists(file)) {
                rows = readFunding(file);
            } else {
                rows = source.fetch(c[0], c[1]);
                if (!c[1].isAfter(now)) {
                    writeFunding(file, rows);
                }
            }
            for (FundingObservation f : rows) {
                if (!f.time().isBefore(from) && f.time().isBefore(to)) {
                    all.add(f);
                }
            }
            onChunk.run();
        }
        List<FundingObservation> sorted = Gaps.sortUnique(all, FundingObservation::time);
        return new Fetched<>(sorted, Gaps.funding(sorted));
    }

    private Path folder(String series) {
        Args.isTrue(series != null && series.matches("[A-Za-z0-9_.\\-/]+") && !series.contains(".."), "series", series,
                "be a relative path of letters, digits, '_', '-', '.' and '/'");
        return dir.resolve(series);
    }

    private static String name(boolean daily, Instant start) {
        LocalDate d = LocalDate.ofInstant(start, ZoneOffset.UTC);
        return (daily ? d.toString() : YearMonth.from(d).toString()) + ".csv";
    }

    private static void writeCandles(Path file, List<Candle> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("open_time_ms,open,high,low,close,volume");
        for (Candle c : rows) {
            lines.add(c.openTime().toEpochMilli() + "," + c.open() + "," + c.high() + "," + c.low() + "," + c.close()
                    + "," + c.volume());
        }
        atomicWrite(file, lines);
    }

    private static void writeFunding(Path file, List<FundingObservation> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("time_ms,rate,interval_ms");
        for (FundingObservation f : rows) {
            lines.add(f.time().toEpochMilli() + "," + f.rate() + "," + f.interval().toMillis());
        }
        atomicWrite(file, lines);
    }

    private static void atomicWrite(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String l : lines) {
                    w.write(l);
                    w.write('\n');
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Candle> readCandles(Path file, BarInterval interval) {
        List<Candle> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = fields(file, lines, i, 6);
            try {
                Instant open = Instant.ofEpochMilli(Long.parseLong(f[0]));
                out.add(new Candle(open, open.plus(interval.duration()), Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5])));
            } catch (IllegalArgumentException e) {
                throw bad(file, i, e.getMessage());
            }
        }
        return out;
    }

    private static List<FundingObservation> readFunding(Path file) {
        List<FundingObservation> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = fields(file, lines, i, 3);
            try {
                out.add(new FundingObservation(Instant.ofEpochMilli(Long.parseLong(f[0])), Double.parseDouble(f[1]),
                        Duration.ofMillis(Long.parseLong(f[2]))));
            } catch (IllegalArgumentException e) {
                throw bad(file, i, e.getMessage());
            }
        }
        return out;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cache file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String[] fields(Path file, List<String> lines, int i, int n) {
        String[] f = lines.get(i).split(",", -1);
        if (f.length != n) {
            throw bad(file, i, "expected " + n + " fields but found " + f.length);
        }
        return f;
    }

    private static IllegalArgumentException bad(Path file, int index, String why) {
        return new IllegalArgumentException("cache file " + file + " line " + (index + 1) + ": " + why
                + " (delete the file to fetch it again)");
    }
}
