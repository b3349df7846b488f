package io.github.basisspread.cli;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.MalformedDataException;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.data.exchange.BinanceDumpReader;
import io.github.basisspread.data.exchange.FundingRateHistory;
import io.github.basisspread.models.validation.BacktestData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the user's market data for {@code basis demo --data DIR}.
 *
 * <p>The directory (and its immediate subdirectories) is searched for {@code .csv} and
 * {@code .zip} files, classified by name: {@code spot} (spot prices), {@code perp} or
 * {@code swap} (perpetual prices), {@code funding} (funding rates), and a Binance delivery symbol
 * such as {@code BTCUSDT_250328} (a dated future expiring on that date at 08:00 UTC). Several
 * files of one kind named alike but for their digits (monthly dumps of one symbol, in one
 * directory) are joined in time order; files of another name are left out, so that two venues or
 * two coins are never mixed. A price file is read as a Binance
 * klines dump (basis-data's {@link BinanceDumpReader}, close prices), or else as a CSV with a
 * header naming a time column ({@code timestamp}, {@code time}, {@code open_time}, {@code date})
 * and a close column ({@code close}, {@code price}); a funding file as a Binance
 * {@code fundingRate} dump, or else as a CSV with a time column, a rate column
 * ({@code last_funding_rate}, {@code funding_rate}, {@code rate}, {@code close}) and optionally
 * the interval ({@code interval_ms} or {@code funding_interval_hours}); hourly snapshots with an
 * interval column keep only the rows at a settlement. Prices are paired on equal timestamps.
 */
final class DemoFiles {

    private static final Pattern DELIVERY = Pattern.compile("([A-Za-z0-9]+)_(\\d{6})(?:[^0-9].*)?");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final List<String> TIME_COLUMNS = List.of("timestamp", "time", "open_time", "calc_time", "date",
            "datetime");
    private static final List<String> PRICE_COLUMNS = List.of("close", "price", "mark_price", "last");
    private static final List<String> RATE_COLUMNS = List.of("last_funding_rate", "funding_rate", "fundingrate", "rate",
            "close");
    /** Fewer paired observations than this leave too little for the models. */
    static final int MIN_OBSERVATIONS = 200;

    private DemoFiles() {
    }

    static DemoMarket read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserException("--data: directory not found or not readable: " + dir);
        }
        List<Path> files = list(dir);
        List<Path> spotFiles = new ArrayList<>();
        List<Path> perpFiles = new ArrayList<>();
        List<Path> fundingFiles = new ArrayList<>();
        TreeMap<String, List<Path>> futureFiles = new TreeMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            Matcher delivery = DELIVERY.matcher(name);
            if (lower.contains("funding")) {
                fundingFiles.add(f);
            } else if (lower.contains("spot")) {
                spotFiles.add(f);
            } else if (lower.contains("perp") || lower.contains("swap")) {
                perpFiles.add(f);
            } else if (delivery.matches()) {
                futureFiles.computeIfAbsent(delivery.group(1).toUpperCase(Locale.ROOT) + "_" + delivery.group(2),
                        k -> new ArrayList<>()).add(f);
            }
        }
        if (spotFiles.isEmpty()) {
            throw new UserException(dir + ": no spot price file (a .csv or .zip whose name contains 'spot')");
        }
        if (perpFiles.isEmpty()) {
            throw new UserException(dir + ": no perpetual price file (a .csv or .zip whose name contains 'perp')");
        }
        // One source of each kind: the files named like the first one but for their digits (the
        // monthly dumps of one symbol), so that two venues' funding or two coins are never mixed.
        spotFiles = sameSeries(spotFiles);
        perpFiles = sameSeries(perpFiles);
        fundingFiles = sameSeries(fundingFiles);
        TimeSeries spotRaw = join(spotFiles, DemoFiles::readPrices);
        TimeSeries perpRaw = join(perpFiles, DemoFiles::readPrices);
        long[] common = intersect(spotRaw.epochNanosArray(), perpRaw.epochNanosArray());
        if (common.length < MIN_OBSERVATIONS) {
            throw new UserException(dir + ": spot and perpetual share " + common.length
                    + " timestamps; the demo needs at least " + MIN_OBSERVATIONS);
        }
        TimeSeries spot = on(spotRaw, common);
        TimeSeries perp = on(perpRaw, common);
        TimeSeries funding = TimeSeries.empty();
        Duration interval = Duration.ofHours(8);
        List<String> notes = new ArrayList<>();
        notes.add("Spot: " + names(spotFiles) + "; perpetual: " + names(perpFiles) + ".");
        if (!fundingFiles.isEmpty()) {
            List<Duration> intervals = new ArrayList<>();
            TimeSeries rates = join(fundingFiles, file -> {
                Funding f = readFunding(file);
                intervals.add(f.interval());
                return f.rates();
            });
            interval = intervals.get(intervals.size() - 1);
            funding = on(rates, intersect(rates.epochNanosArray(), common));
            notes.add("Funding: " + names(fundingFiles) + ", " + funding.size() + " settlements on price timestamps, every "
                    + DemoFormat.duration(interval) + " (the file's funding is used as given, even if it is another "
                    + "contract's).");
        } else {
            notes.add("Funding: no file whose name contains 'funding': funding sections are skipped.");
        }
        List<DemoMarket.Future> futures = new ArrayList<>();
        futureFiles.forEach((symbol, paths) -> {
            Instant expiry = expiry(symbol, paths.get(0));
            TimeSeries raw = join(paths, DemoFiles::readPrices);
            TimeSeries prices = on(raw, intersect(raw.epochNanosArray(), common));
            if (prices.size() >= 2) {
                prices = prices.slice(prices.firstTime(), expiry.plusNanos(1));
            }
            if (prices.size() >= 2) {
                futures.add(new DemoMarket.Future(symbol, expiry, prices));
            }
        });
        notes.add(futures.isEmpty() ? "Dated futures: none (no file named like BTCUSDT_250328...)."
                : "Dated futures: " + futures.size() + " (" + String.join(", ", futures.stream()
                        .map(DemoMarket.Future::name).toList()) + "), expiring at 08:00 UTC.");
        notes.add("Costs assumed: taker fees " + DemoFormat.bp(DemoMarket.DEFAULT_COSTS.spotFeeRate()) + " spot, "
                + DemoFormat.bp(DemoMarket.DEFAULT_COSTS.derivativeFeeRate()) + " derivatives, half-spread "
                + DemoFormat.bp(DemoMarket.DEFAULT_HALF_SPREAD) + ", cash at "
                + DemoFormat.pct(DemoMarket.DEFAULT_COSTS.cashBorrowRate()) + " a year.");
        return new DemoMarket("Market data from " + dir.toAbsolutePath().normalize() + " (user files, not simulated)",
                notes, spot, perp, funding, interval, futures, DemoMarket.DEFAULT_COSTS, DemoMarket.DEFAULT_HALF_SPREAD);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".csv") || n.endsWith(".zip");
            }).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UserException("--data: cannot list " + dir + ": " + e.getMessage());
        }
    }

    /** The files whose directory and name without digits are those of the first file. */
    private static List<Path> sameSeries(List<Path> files) {
        if (files.isEmpty()) {
            return files;
        }
        String key = seriesKey(files.get(0));
        return files.stream().filter(f -> seriesKey(f).equals(key)).toList();
    }

    private static String seriesKey(Path file) {
        return file.toAbsolutePath().getParent() + "/" + file.getFileName().toString().replaceAll("[0-9]+", "#");
    }

    private static String names(List<Path> files) {
        return files.size() == 1 ? files.get(0).getFileName().toString()
                : files.size() + " files " + files.get(0).getFileName() + " .. " + files.get(files.size() - 1).getFileName();
    }

    private interface SeriesReader {
        TimeSeries read(Path file);
    }

    /** The files' series joined in time order; on equal timestamps the later file wins. */
    private static TimeSeries join(List<Path> files, SeriesReader reader) {
        if (files.size() == 1) {
            return reader.read(files.get(0));
        }
        TreeMap<Long, Double> all = new TreeMap<>();
        for (Path f : files) {
            TimeSeries s = reader.read(f);
            for (int i = 0; i < s.size(); i++) {
                all.put(s.epochNanos(i), s.value(i));
            }
        }
        long[] t = new long[all.size()];
        double[] v = new double[all.size()];
        int k = 0;
        for (var e : all.entrySet()) {
            t[k] = e.getKey();
            v[k++] = e.getValue();
        }
        return TimeSeries.ofEpochNanos(t, v);
    }

    static TimeSeries readPrices(Path file) {
        RuntimeException dumpError;
        try {
            return BinanceDumpReader.of().readKlines(file).data().close().withoutMissing();
        } catch (MalformedDataException | IllegalArgumentException | UncheckedIOException e) {
            dumpError = e;
        }
        List<String> header = header(file);
        String time = pick(header, TIME_COLUMNS);
        String price = pick(header, PRICE_COLUMNS);
        if (time == null || price == null) {
            throw new UserException(file + ": neither a Binance klines dump (" + oneLine(dumpError) + ") nor a CSV "
                    + "with a time column " + TIME_COLUMNS + " and a price column " + PRICE_COLUMNS);
        }
        SeriesFrame frame = CsvSeriesReader.of(time).withColumns(price).read(file).data();
        return frame.column(price).withoutMissing();
    }

    /** Funding settlements and their interval. */
    record Funding(TimeSeries rates, Duration interval) {
    }

    static Funding readFunding(Path file) {
        RuntimeException dumpError;
        try {
            FundingRateHistory h = BinanceDumpReader.of().readFundingRates(file).data();
            int[] hours = h.intervalHoursArray();
            return new Funding(h.rates(), Duration.ofHours(hours.length == 0 ? 8 : hours[hours.length - 1]));
        } catch (MalformedDataException | IllegalArgumentException | UncheckedIOException e) {
            dumpError = e;
        }
        List<String> header = header(file);
        String time = pick(header, TIME_COLUMNS);
        String rate = pick(header, RATE_COLUMNS);
        if (time == null || rate == null) {
            throw new UserException(file + ": neither a Binance fundingRate dump (" + oneLine(dumpError) + ") nor a CSV "
                    + "with a time column " + TIME_COLUMNS + " and a rate column " + RATE_COLUMNS);
        }
        String ms = pick(header, List.of("interval_ms"));
        String hours = pick(header, List.of("funding_interval_hours"));
        String intervalColumn = ms != null ? ms : hours;
        CsvSeriesReader reader = CsvSeriesReader.of(time);
        SeriesFrame frame = (intervalColumn == null ? reader.withColumns(rate) : reader.withColumns(rate, intervalColumn))
                .read(file).data();
        TimeSeries rates = frame.column(rate);
        if (intervalColumn == null) {
            // No interval given: the rows are the settlements, spaced by the interval.
            long[] t = rates.epochNanosArray();
            long step = t.length > 1 ? t[t.length - 1] - t[t.length - 2] : Duration.ofHours(8).toNanos();
            return new Funding(rates.withoutMissing(), Duration.ofNanos(step));
        }
        TimeSeries millis = frame.column(intervalColumn).mapValues(v -> ms != null ? v : v * 3_600_000.0);
        TimeSeries settled = BacktestData.settlements(rates, millis).withoutMissing();
        double lastMillis = millis.withoutMissing().isEmpty() ? 28_800_000 : millis.withoutMissing().lastValue();
        return new Funding(settled, Duration.ofMillis((long) lastMillis));
    }

    private static List<String> header(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return List.of();
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null) {
                throw new UserException(file + ": empty file");
            }
            return Arrays.stream(line.replace("\uFEFF", "").split(",")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The header name matching the first candidate, ignoring case; null if none. */
    private static String pick(List<String> header, List<String> candidates) {
        for (String c : candidates) {
            for (String h : header) {
                if (h.equalsIgnoreCase(c)) {
                    return h;
                }
            }
        }
        return null;
    }

    private static Instant expiry(String symbol, Path file) {
        String date = symbol.substring(symbol.length() - 6);
        try {
            return LocalDate.parse(date, YYMMDD).atTime(8, 0).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UserException(file + ": the delivery date '" + date + "' in the name is not a yyMMdd date");
        }
    }

    private static long[] intersect(long[] a, long[] b) {
        long[] out = new long[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[k++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** The series' values at the given timestamps, all of which it holds. */
    private static TimeSeries on(TimeSeries s, long[] times) {
        double[] v = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            v[i] = s.value(s.indexAtOrBeforeNanos(times[i]));
        }
        return TimeSeries.ofEpochNanos(times, v);
    }

    private static String oneLine(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        return m.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
    }
}
