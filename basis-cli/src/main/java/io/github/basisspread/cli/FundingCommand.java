package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.data.csv.SeriesFrame;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis funding}: the APR and APY of perpetual funding rates. */
@Command(name = "funding", mixinStandardHelpOptions = true,
        description = {"Funding APR (rate x intervals per 365 days) and APY ((1 + rate)^n - 1) of each settlement.",
            "Rates are decimals per interval (0.0001 = 1 bp); the interval is --interval for every row, or "
                    + "--interval-column per row in --interval-unit (detected: values up to 168 are hours, multiples "
                    + "of 60000 milliseconds, multiples of 60 seconds). Intervals outside 1 minute .. 7 days are "
                    + "refused with the row named.",
            "Rows more frequent than the interval (hourly snapshots of an 8 h rate) are not settlements: with "
                    + "--time-column only the rows at settlement times (whole multiples of the interval since the "
                    + "epoch: 00:00, 08:00, 16:00 UTC for 8 h) are kept, and the output says how many were left out. "
                    + "--rows settlements keeps every row.",
            "Last lines (text; on stderr with --format json): mean APR, mean APY and the realised compounded APY "
                    + "((prod (1 + rate))^(365 d / covered time) - 1), and every row left out."})
final class FundingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--column", required = true, paramLabel = "COLUMN",
            description = "The funding rate column (decimal per interval).")
    String column;

    @Option(names = "--interval", converter = Parsing.DurationConverter.class, paramLabel = "DURATION",
            description = "The funding interval of every row: 8h, 4h, 1h, PT8H...")
    Duration interval;

    @Option(names = "--interval-column", paramLabel = "COLUMN",
            description = "A column giving each row's funding interval: numbers in --interval-unit, or durations "
                    + "with a unit (8h, 480m, 28800s, 28800000ms).")
    String intervalColumn;

    @Option(names = "--interval-unit", defaultValue = "auto", paramLabel = "UNIT",
            description = "Unit of --interval-column: hours, minutes, seconds, ms or auto (default ${DEFAULT-VALUE}).")
    String intervalUnit;

    @Option(names = "--rows", defaultValue = "auto", paramLabel = "KIND",
            description = "settlements (every row is a payment), snapshots (keep the rows at settlement times) or "
                    + "auto: snapshots when rows are closer than 3/4 of the interval (default ${DEFAULT-VALUE}).")
    String rowsKind;

    @Option(names = "--time-label", defaultValue = "auto", paramLabel = "LABEL",
            description = "open: row times are bar opening times (klines), a close is known one bar later; close: "
                    + "row times are the times of the values; auto: open when the rate column is named like a bar's "
                    + "close (CLOSE) (default ${DEFAULT-VALUE}).")
    String timeLabel;

    @Option(names = "--bar", converter = Parsing.DurationConverter.class, paramLabel = "DURATION",
            description = "Bar length for --time-label open (default: the most common gap between rows).")
    Duration bar;

    @Override
    public Integer call() {
        if ((interval == null) == (intervalColumn == null)) {
            throw new UserException("give exactly one of --interval and --interval-column");
        }
        String kind = RowConventions.rowsKind(rowsKind);
        if (kind.equals("snapshots") && in.timeColumn == null) {
            throw new UserException("--rows snapshots needs --time-column: settlements are found by their times");
        }
        List<String> cols = intervalColumn == null ? List.of(column) : List.of(column, intervalColumn);
        CsvInput.DurationRead read = intervalColumn == null ? new CsvInput.DurationRead(CsvInput.read(in, cols), false)
                : CsvInput.readWithDurations(in.input, in.timeColumn, cols, in.zone, intervalColumn);
        SeriesFrame frame = read.frame();
        int n = frame.size();
        double[] rates = frame.valuesArray(column);
        long[] times = frame.epochNanosArray();
        List<String> notes = new ArrayList<>();

        if (in.timeColumn != null) {
            RowConventions.TimeLabel label = RowConventions.timeLabel(timeLabel, List.of(column));
            Duration shift = label == RowConventions.TimeLabel.OPEN && !RowConventions.isOpenColumn(column)
                    ? RowConventions.barLength(times, bar, in.input.toString()) : Duration.ZERO;
            for (int i = 0; i < n; i++) {
                times[i] += shift.toNanos();
            }
            if (label == RowConventions.TimeLabel.OPEN || !timeLabel.strip().equalsIgnoreCase("auto")) {
                notes.add(RowConventions.describeLabel(label, shift, timeLabel.strip().toLowerCase(Locale.ROOT)));
            }
        }

        Duration[] intervals = new Duration[n];
        if (intervalColumn != null) {
            double[] raw = frame.valuesArray(intervalColumn);
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(raw[i]) && !(raw[i] > 0 && raw[i] < Double.POSITIVE_INFINITY)) {
                    throw new UserException(rowName(frame, i) + ": --interval-column " + intervalColumn + " is "
                            + Text.num(raw[i]) + ", not a positive interval (hours, minutes, seconds or ms)");
                }
            }
            RowConventions.IntervalUnit unit = read.durations() ? RowConventions.IntervalUnit.MILLISECONDS
                    : RowConventions.intervalUnit(intervalUnit, raw, intervalColumn);
            if (read.durations()) {
                notes.add("--interval-column " + intervalColumn + " read as durations with their units (8h, 480m, "
                        + "28800s, 28800000ms).");
            } else if (intervalUnit.strip().equalsIgnoreCase("auto")) {
                notes.add("--interval-column " + intervalColumn + " read in " + unit.name().toLowerCase(Locale.ROOT)
                        + " (detected; state --interval-unit otherwise).");
            }
            for (int i = 0; i < n; i++) {
                intervals[i] = RowConventions.interval(raw[i], unit, intervalColumn, rowName(frame, i));
            }
        } else {
            Arrays.fill(intervals, interval);
        }

        // Settlements or snapshots.
        boolean snapshots = kind.equals("snapshots");
        if (kind.equals("auto")) {
            if (in.timeColumn == null) {
                notes.add("Every row is taken as a settlement (no --time-column to check the spacing of rows).");
            } else {
                Duration gap = RowConventions.typicalGap(times);
                Duration typical = intervals[n / 2];
                snapshots = RowConventions.areSnapshots(gap, typical);
                if (snapshots) {
                    notes.add("Rows are " + DemoFormat.duration(gap) + " apart but the funding interval is "
                            + DemoFormat.duration(typical) + ": they are snapshots, not settlements (--rows "
                            + "settlements to take every row as a payment).");
                }
            }
        }
        int[] kept = new int[n];
        int k = 0;
        int missing = 0;
        for (int i = 0; i < n; i++) {
            if (snapshots && !RowConventions.isSettlement(times[i], intervals[i])) {
                continue;
            }
            if (Double.isNaN(rates[i])) {
                missing++;
                continue;
            }
            kept[k++] = i;
        }
        if (snapshots) {
            notes.add("Kept the " + k + " rows at settlement times (whole multiples of the interval since the epoch, "
                    + "UTC); left out " + (n - k - missing) + " snapshots between settlements.");
            if (k == 0) {
                throw new UserException(in.input + ": no row with a rate falls on a settlement time (a whole multiple "
                        + "of the interval since the epoch, UTC); are the times in another zone (--zone) or bar "
                        + "opening times (--time-label)?");
            }
        }
        if (!snapshots && in.timeColumn != null) {
            int off = 0;
            for (int j = 0; j < k; j++) {
                if (!RowConventions.isSettlement(times[kept[j]], intervals[kept[j]])) {
                    off++;
                }
            }
            if (off > 0) {
                notes.add(off + " of " + k + " settlements are not at whole multiples of their interval since the epoch "
                        + "(00:00, 08:00, 16:00 UTC for 8 h): are the times in another zone (--zone), or the venue "
                        + "on another schedule?");
            }
        }
        if (missing > 0) {
            notes.add("Left out " + missing + " row" + (missing == 1 ? "" : "s") + " with a missing rate.");
        }
        if (k == 0) {
            throw new UserException(in.input + ": no row has a rate in column " + column);
        }

        // Validate every kept row before printing any: a bad row fails the command with no output.
        // Primitive arrays, not a million FundingRate objects: the output is streamed from these.
        double[] bps = new double[k];
        double[] aprs = new double[k];
        double[] apys = new double[k];
        for (int j = 0; j < k; j++) {
            int i = kept[j];
            if (Double.isFinite(rates[i]) && !FundingRate.isPlausible(rates[i], intervals[i])) {
                throw new UserException(rowName(frame, i) + ": funding rate " + Text.num(rates[i]) + " per "
                        + DemoFormat.duration(intervals[i]) + " is above " + Text.num(100 * FundingRate.MAX_PLAUSIBLE_HOURLY_RATE)
                        + "% an hour, beyond every venue's cap: rates are decimals (0.0001 = 0.01%); is the column "
                        + "in percent or basis points?");
            }
            try {
                FundingRate r = FundingRate.of(rates[i], intervals[i], Instant.ofEpochSecond(0, times[i]));
                bps[j] = r.toBasisPoints();
                aprs[j] = r.apr();
                apys[j] = r.apy();
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new UserException(rowName(frame, i) + ": " + e.getMessage());
            }
        }

        PrintWriter w = spec.commandLine().getOut();
        boolean timed = in.timeColumn != null;
        double sumApr = 0;
        double sumApy = 0;
        double sumLog = 0;
        double years = 0;
        List<String> header = List.of(timed ? "time" : "row", "rate", "hours", "bps", "APR", "APY");
        int[] width = Text.streamingWidths(header, timed ? 20 : 6);
        if (in.format == Format.text) {
            w.println(Text.row(header, width));
        }
        for (int j = 0; j < k; j++) {
            int i = kept[j];
            double apr = aprs[j];
            double apy = apys[j];
            sumApr += apr;
            sumApy += apy;
            sumLog += Math.log1p(rates[i]);
            years += intervals[i].toNanos() / (365.0 * 86_400e9);
            double intervalHours = intervals[i].toNanos() / 3.6e12;
            String time = timed ? Instant.ofEpochSecond(0, times[i]).toString() : null;
            if (in.format == Format.json) {
                Map<String, Object> o = Json.object();
                if (timed) {
                    o.put("time", time);
                } else {
                    o.put("row", i + 1);
                }
                o.put("rate", rates[i]);
                o.put("intervalHours", intervalHours);
                o.put("bps", bps[j]);
                o.put("apr", apr);
                o.put("apy", apy);
                w.println(Json.write(o));
            } else {
                w.println(Text.row(List.of(timed ? time : String.valueOf(i + 1), Text.num(rates[i]),
                        Text.num(intervalHours), Text.num(bps[j]), Text.pct(apr), Text.pct(apy)), width));
            }
        }
        // Realised: the payments compounded over the time they cover, per 365 days.
        double realised = Math.expm1(sumLog / years);
        PrintWriter summary = in.format == Format.json ? spec.commandLine().getErr() : w;
        summary.println("mean APR " + Text.pct(sumApr / k) + ", mean APY " + Text.pct(sumApy / k)
                + ", realised compounded APY " + Text.pct(realised) + " over " + k + " settlement"
                + (k == 1 ? "" : "s") + (k == n ? "" : " (of " + n + " rows)"));
        for (String note : notes) {
            summary.println(note);
        }
        return BasisCli.EXIT_OK;
    }

    /**
     * Where row {@code i} is in the input: the file and line without a time column (rows keep the
     * file's order), the file and the row's time with one (the reader orders rows by time).
     */
    private String rowName(SeriesFrame frame, int i) {
        if (in.timeColumn != null) {
            return in.input + ", the row at " + frame.time(i);
        }
        long line = DataChecks.lineOf(in.input, i);
        return in.input + (line > 0 ? ", line " + line : ", data row " + (i + 1));
    }
}
