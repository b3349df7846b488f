package io.github.basisspread.cli;

import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.MalformedDataException;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.data.csv.TimestampFormat;
import io.github.basisspread.data.exchange.BinanceDumpReader;
import io.github.basisspread.data.exchange.FundingRateHistory;
import io.github.basisspread.models.backtest.BacktestData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    /** What the user states about the files: the bar label convention and the costs assumed. */
    record Options(String timeLabel, ZoneId zone, TradingCosts costs, double halfSpread) {
        static final Options DEFAULTS = new Options("auto", ZoneOffset.UTC, DemoMarket.DEFAULT_COSTS,
                DemoMarket.DEFAULT_HALF_SPREAD);
    }

    static DemoMarket read(Path dir) {
        return read(dir, Options.DEFAULTS);
    }

    static DemoMarket read(Path dir, Options options) {
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
        List<String> notes = new ArrayList<>();
        // One source of each kind: the files named like the first one but for their digits (the
        // monthly dumps of one symbol), so that two venues' funding or two coins are never mixed.
        spotFiles = sameSeries(spotFiles, "spot", notes);
        perpFiles = sameSeries(perpFiles, "perpetual", notes);
        fundingFiles = sameSeries(fundingFiles, "funding", notes);
        TimeSeries spotRaw = join(spotFiles, f -> readPrices(f, options, notes));
        TimeSeries perpRaw = join(perpFiles, f -> readPrices(f, options, notes));
        long[] common = intersect(spotRaw.epochNanosArray(), perpRaw.epochNanosArray());
        if (common.length < MIN_OBSERVATIONS) {
            throw new UserException(dir + ": spot and perpetual share " + common.length
                    + " timestamps; the demo needs at least " + MIN_OBSERVATIONS);
        }
        TimeSeries spot = on(spotRaw, common);
        TimeSeries perp = on(perpRaw, common);
        TimeSeries funding = TimeSeries.empty();
        Duration interval = Duration.ofHours(8);
        notes.add(0, "Spot: " + names(spotFiles) + "; perpetual: " + names(perpFiles) + ".");
        if (spotRaw.size() > common.length || perpRaw.size() > common.length) {
            notes.add("Paired on equal timestamps: " + common.length + " observations; left out "
                    + (spotRaw.size() - common.length) + " spot and " + (perpRaw.size() - common.length)
                    + " perpetual prices at times the other lacks.");
        }
        if (!fundingFiles.isEmpty()) {
            List<Duration> intervals = new ArrayList<>();
            TimeSeries rates = join(fundingFiles, file -> {
                Funding f = readFunding(file, options, notes);
                intervals.add(f.interval());
                return f.rates();
            });
            interval = intervals.get(0);
            for (Duration d : intervals) {
                if (!d.equals(interval)) {
                    throw new UserException(dir + ": the funding files have different intervals (" + intervals
                            + "); the demo takes one funding interval");
                }
            }
            long[] onPrices = intersect(rates.epochNanosArray(), common);
            funding = on(rates, onPrices);
            int outside = 0;
            for (int i = 0; i < rates.size(); i++) {
                long t = rates.epochNanos(i);
                if (t < common[0] || t > common[common.length - 1]) {
                    outside++;
                }
            }
            int left = rates.size() - funding.size();
            notes.add("Funding: " + names(fundingFiles) + ", " + funding.size() + " settlements on price timestamps, every "
                    + DemoFormat.duration(interval) + " (the file's funding is used as given, even if it is another "
                    + "contract's)" + (left > 0 ? "; left out " + left + " settlements at times without both prices ("
                    + outside + " of them outside the price period)" : "") + ".");
        } else {
            notes.add("Funding: no file whose name contains 'funding': funding sections are skipped.");
        }
        List<DemoMarket.Future> futures = new ArrayList<>();
        futureFiles.forEach((symbol, paths) -> {
            Instant expiry = expiry(symbol, paths.get(0));
            TimeSeries raw = join(paths, f -> readPrices(f, options, notes));
            TimeSeries prices = on(raw, intersect(raw.epochNanosArray(), common));
            int all = prices.size();
            if (prices.size() >= 1) {
                prices = prices.slice(prices.firstTime(), expiry.plusNanos(1));
            }
            if (prices.size() < all) {
                notes.add(symbol + " expires " + DemoFormat.time(expiry) + " UTC, inside the data: its " + prices.size()
                        + " prices up to the expiry are used; left out " + (all - prices.size()) + " rows after it.");
            }
            if (prices.size() >= 2) {
                futures.add(new DemoMarket.Future(symbol, expiry, prices));
            } else {
                notes.add(symbol + " left out: " + prices.size() + " prices at common timestamps up to its expiry "
                        + "(at least 2 are needed).");
            }
        });
        notes.add(futures.isEmpty() ? "Dated futures: none (no file named like BTCUSDT_250328...)."
                : "Dated futures: " + futures.size() + " (" + String.join(", ", futures.stream()
                        .map(DemoMarket.Future::name).toList()) + "), expiring at 08:00 UTC.");
        TradingCosts c = options.costs();
        notes.add("Costs assumed (--spot-fee-bps, --derivative-fee-bps, --half-spread-bps, --cash-rate, "
                + "--coin-borrow-rate): taker fees " + DemoFormat.bp(c.spotFeeRate()) + " spot, "
                + DemoFormat.bp(c.derivativeFeeRate()) + " derivatives, half-spread " + DemoFormat.bp(options.halfSpread())
                + ", cash at " + DemoFormat.pct(c.cashBorrowRate()) + " a year, coin borrowed at "
                + DemoFormat.pct(c.coinBorrowRate()) + ".");
        return new DemoMarket("Market data from " + dir.toAbsolutePath().normalize() + " (user files, not simulated)",
                notes, spot, perp, funding, interval, futures, c, options.halfSpread());
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

    /**
     * The files whose directory and name without digits are those of the first file; the others
     * (another venue or coin) are left out, and a note says which.
     */
    private static List<Path> sameSeries(List<Path> files, String kind, List<String> notes) {
        if (files.isEmpty()) {
            return files;
        }
        String key = seriesKey(files.get(0));
        List<Path> same = files.stream().filter(f -> seriesKey(f).equals(key)).toList();
        List<String> others = files.stream().filter(f -> !seriesKey(f).equals(key))
                .map(f -> f.getFileName().toString()).toList();
        if (!others.isEmpty()) {
            notes.add("Left out " + others.size() + " other " + kind + " file" + (others.size() == 1 ? "" : "s") + " "
                    + others + ": one " + kind + " series at a time (the first by name is used).");
        }
        return same;
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
        return readPrices(file, Options.DEFAULTS, new ArrayList<>());
    }

    /**
     * A file's close prices, each at the end of its bar when the rows are bars labelled by their
     * opening time (klines; a CSV whose price column is named {@code close}) unless
     * {@code --time-label close} says the times are those of the values. Missing prices are left
     * out and counted in the notes.
     */
    static TimeSeries readPrices(Path file, Options options, List<String> notes) {
        String timeLabel = options.timeLabel();
        RuntimeException dumpError;
        TimeSeries close;
        boolean bars;
        try {
            close = BinanceDumpReader.of().readKlines(file).data().close();
            bars = true;
        } catch (MalformedDataException | IllegalArgumentException | UncheckedIOException e) {
            dumpError = e;
            List<String> header = header(file);
            String time = pick(header, TIME_COLUMNS);
            String price = pick(header, PRICE_COLUMNS);
            if (time == null || price == null) {
                throw new UserException(file + ": neither a Binance klines dump (" + oneLine(dumpError) + ") nor a CSV "
                        + "with a time column " + TIME_COLUMNS + " and a price column " + PRICE_COLUMNS);
            }
            SeriesFrame frame = CsvSeriesReader.of(time).withColumns(price)
                    .withTimestampFormat(TimestampFormat.detected(options.zone())).read(file).data();
            close = frame.column(price);
            bars = price.equalsIgnoreCase("close");
        }
        return labelled(file, close, bars, timeLabel, notes);
    }

    /** The series with missing values left out (counted) and moved to the bar ends when labelled by opening time. */
    private static TimeSeries labelled(Path file, TimeSeries raw, boolean bars, String timeLabel, List<String> notes) {
        TimeSeries present = raw.withoutMissing();
        if (present.size() < raw.size()) {
            notes.add(file.getFileName() + ": left out " + (raw.size() - present.size()) + " of " + raw.size()
                    + " rows with a missing value.");
        }
        Duration shift = barShift(file, present, bars, timeLabel, notes);
        return shift.isZero() ? present : RowConventions.shifted(present, shift);
    }

    /** How far a file's values move: a bar when rows are bars labelled by their opening time, else zero. */
    private static Duration barShift(Path file, TimeSeries present, boolean bars, String timeLabel, List<String> notes) {
        String label = timeLabel.strip().toLowerCase(Locale.ROOT);
        boolean open = label.equals("open") || (label.equals("auto") && bars);
        if (!open || present.size() < 2) {
            return Duration.ZERO;
        }
        Duration bar = RowConventions.barLength(present.epochNanosArray(), null, file.toString());
        notes.add(file.getFileName() + ": rows are bars labelled by their opening time (--time-label "
                + (label.equals("auto") ? "auto" : "open") + "): each close is used at the bar's end, + "
                + DemoFormat.duration(bar) + ".");
        return bar;
    }

    /** Funding settlements and their interval. */
    record Funding(TimeSeries rates, Duration interval) {
    }

    static Funding readFunding(Path file) {
        return readFunding(file, Options.DEFAULTS, new ArrayList<>());
    }

    static Funding readFunding(Path file, Options options, List<String> notes) {
        String timeLabel = options.timeLabel();
        RuntimeException dumpError;
        try {
            FundingRateHistory h = BinanceDumpReader.of().readFundingRates(file).data();
            int[] hours = h.intervalHoursArray();
            TimeSeries dumped = h.rates();
            for (int i = 0; i < dumped.size(); i++) {
                DataChecks.requirePlausibleFunding(file + ", the row at " + dumped.time(i), dumped.value(i),
                        Duration.ofHours(hours[i]));
            }
            // Settlement rows stamped at the settlement: the most common interval of the rows.
            return new Funding(h.rates(), hours.length == 0 ? Duration.ofHours(8) : Duration.ofHours(mode(hours)));
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
        CsvSeriesReader reader = CsvSeriesReader.of(time).withTimestampFormat(TimestampFormat.detected(options.zone()));
        SeriesFrame frame = (intervalColumn == null ? reader.withColumns(rate) : reader.withColumns(rate, intervalColumn))
                .read(file).data();
        // A rate column named close is a bar of the rate: its close is the last rate before the bar's end.
        TimeSeries rates = labelled(file, frame.column(rate), rate.equalsIgnoreCase("close"), timeLabel, notes);
        if (intervalColumn == null) {
            // No interval given: the rows are the settlements, spaced by the most common gap.
            long[] t = rates.epochNanosArray();
            Duration step = rates.size() > 1 ? RowConventions.barLength(t, null, file.toString()) : Duration.ofHours(8);
            TimeSeries written = frame.column(rate);
            for (int i = 0; i < written.size(); i++) {
                DataChecks.requirePlausibleFunding(file + ", the row at " + written.time(i), written.value(i), step);
            }
            boolean vary = false;
            for (int i = 1; i < t.length; i++) {
                vary |= t[i] - t[i - 1] != step.toNanos();
            }
            if (vary) {
                notes.add(file.getFileName() + ": gaps between funding rows vary; the most common, "
                        + DemoFormat.duration(step) + ", is taken as the interval.");
            }
            return new Funding(rates, step);
        }
        // The interval of each kept rate: the column's value on that rate's (unshifted) row.
        TimeSeries rawRates = frame.column(rate);
        double[] iv = frame.valuesArray(intervalColumn);
        double[] keptIv = new double[rates.size()];
        int k = 0;
        for (int i = 0; i < rawRates.size(); i++) {
            if (!rawRates.isMissing(i)) {
                if (!(iv[i] > 0)) {
                    throw new UserException(file + ": data row " + (i + 1) + " has no positive " + intervalColumn);
                }
                keptIv[k++] = ms != null ? iv[i] : iv[i] * 3_600_000.0;
                DataChecks.requirePlausibleFunding(file + ", the row at " + rawRates.time(i), rawRates.value(i),
                        Duration.ofNanos(Math.round(keptIv[k - 1] * 1e6)));
            }
        }
        TimeSeries millis = TimeSeries.ofEpochNanos(rates.epochNanosArray(), keptIv);
        TimeSeries settled = BacktestData.settlements(rates, millis).withoutMissing();
        int[] all = new int[millis.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = (int) Math.round(millis.value(i) / 60_000.0);
        }
        Duration interval = all.length == 0 ? Duration.ofHours(8) : Duration.ofMinutes(mode(all));
        if (settled.size() < rates.size()) {
            notes.add(file.getFileName() + ": kept the " + settled.size() + " rates at settlement times (whole multiples "
                    + "of the interval since the epoch, UTC); left out " + (rates.size() - settled.size())
                    + " snapshots between them.");
        }
        return new Funding(settled, interval);
    }

    /** The most common value (the smallest of equally common ones). */
    private static int mode(int[] values) {
        java.util.Map<Integer, Integer> counts = new TreeMap<>();
        for (int v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        int best = values[0];
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
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
