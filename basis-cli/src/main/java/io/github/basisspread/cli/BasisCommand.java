package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.basis.Basis;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.core.series.AlignedPair;
import io.github.basisspread.core.series.Alignment;
import io.github.basisspread.core.series.TimeSeries;
import java.io.PrintWriter;
import java.nio.file.Path;
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

/** {@code basis basis}: the basis of each row's spot and derivative prices. */
@Command(name = "basis", mixinStandardHelpOptions = true,
        description = {"Basis F - S, relative F/S - 1, in basis points, and (with --expiry) annualized to the "
                + "expiry under ACT/365F, for every row of spot S and derivative F prices.",
            "Annualizing needs --time-column: each row's time is its valuation time.",
            "Spot and derivative may come from two files (--spot-input, --derivative-input, the same --time-column): "
                    + "each derivative row is paired with the last spot price at or before its time, no older than "
                    + "--max-staleness; rows without one are left out and counted.",
            "Kline files label each row by its bar's opening time: a CLOSE is known only at the bar's end, so "
                    + "with --time-column the rows are stamped (and annualized) at row time + bar length "
                    + "(--time-label, as in backtest).",
            "Last lines (text; on stderr with --format json): mean, sd, min and max of the basis in bps and, with "
                    + "--expiry, annualized."})
final class BasisCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--spot-input", paramLabel = "FILE",
            description = "A file of spot prices, instead of a column of --input (with --derivative-input).")
    Path spotInput;

    @Option(names = "--derivative-input", paramLabel = "FILE",
            description = "A file of derivative prices, instead of a column of --input (with --spot-input).")
    Path derivativeInput;

    @Option(names = "--max-staleness", defaultValue = "PT0S", converter = Parsing.StalenessConverter.class,
            paramLabel = "DURATION",
            description = "Two files: the oldest spot price paired with a derivative row (default 0: equal times).")
    Duration maxStaleness;

    @Option(names = "--spot", required = true, paramLabel = "COLUMN", description = "The spot price column.")
    String spot;

    @Option(names = "--derivative", required = true, paramLabel = "COLUMN",
            description = "The future, forward or perpetual price column.")
    String derivative;

    @Option(names = "--expiry", converter = Parsing.InstantConverter.class, paramLabel = "WHEN",
            description = "Expiry of a dated future: 2026-12-25 (08:00 UTC) or 2026-12-25T08:00:00Z.")
    Instant expiry;

    @Option(names = "--compounding", defaultValue = "simple", paramLabel = "KIND",
            description = "simple ((F/S - 1)/tau) or continuous (ln(F/S)/tau); default ${DEFAULT-VALUE}.")
    String compounding;

    @Option(names = "--time-label", defaultValue = "auto", paramLabel = "LABEL",
            description = "open: row times are bar opening times (klines), so a close, high or low is known one bar "
                    + "later and is stamped then; close: row times are the times of the values; auto (default): open "
                    + "when a chosen column is named like a bar's close (CLOSE), else close. Needs --time-column.")
    String timeLabel;

    @Option(names = "--bar", converter = Parsing.DurationConverter.class, paramLabel = "DURATION",
            description = "Bar length for --time-label open (default: the most common gap between rows).")
    Duration bar;

    @Override
    public Integer call() {
        Compounding comp = switch (compounding.toLowerCase(Locale.ROOT)) {
            case "simple" -> Compounding.SIMPLE;
            case "continuous" -> Compounding.CONTINUOUS;
            default -> throw new UserException("--compounding must be simple or continuous but is '"
                    + compounding + "'");
        };
        if (expiry != null && in.timeColumn == null) {
            throw new UserException("--expiry needs --time-column: the annualized basis depends on each row's time");
        }
        RowConventions.TimeLabel labelRule = RowConventions.timeLabel(timeLabel, List.of(spot, derivative));
        Prices p = prices(in, spot, derivative, spotInput, derivativeInput, maxStaleness);
        int n = p.spot().size();
        boolean timed = in.timeColumn != null;
        // Bar time labels: a close labelled by its bar's opening time is valued at the bar's end.
        Duration shift = Duration.ZERO;
        List<String> notes = new ArrayList<>(p.notes());
        if (timed) {
            boolean allOpen = RowConventions.isOpenColumn(spot) && RowConventions.isOpenColumn(derivative);
            shift = labelRule == RowConventions.TimeLabel.OPEN && !allOpen
                    ? RowConventions.barLength(p.fileTimes(), bar, p.file().toString()) : Duration.ZERO;
            if (labelRule == RowConventions.TimeLabel.OPEN || !"auto".equalsIgnoreCase(timeLabel.strip())) {
                notes.add(RowConventions.describeLabel(labelRule, shift, timeLabel.strip().toLowerCase(Locale.ROOT)));
            }
        } else if (!"auto".equalsIgnoreCase(timeLabel.strip())) {
            throw new UserException("--time-label " + timeLabel.strip() + " needs --time-column: without times there "
                    + "is nothing to label");
        }
        // Every row is computed and checked before any is printed: a bad row fails with no output.
        double[] abs = new double[n];
        double[] rel = new double[n];
        double[] bps = new double[n];
        double[] ann = expiry == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            try {
                Basis b = Basis.of(p.spot().value(i), p.derivative().value(i), p.spot().time(i).plus(shift));
                abs[i] = b.absolute();
                rel[i] = b.relative();
                bps[i] = b.inBasisPoints();
                if (ann != null) {
                    ann[i] = b.annualized(expiry, comp);
                }
            } catch (IllegalArgumentException e) {
                throw new UserException(p.rowName(i, timed) + ": " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> header = new ArrayList<>(List.of(timed ? "time" : "row", spot, derivative, "basis", "bps"));
        if (ann != null) {
            header.add("annualized");
        }
        int[] width = Text.streamingWidths(header, timed ? 20 : 6);
        if (in.format == Format.text) {
            out.println(Text.row(header, width));
        }
        for (int i = 0; i < n; i++) {
            String label = timed ? p.spot().time(i).plus(shift).toString() : String.valueOf(p.row(i));
            if (in.format == Format.json) {
                Map<String, Object> o = Json.object();
                if (timed) {
                    o.put("time", label);
                } else {
                    o.put("row", p.row(i));
                }
                o.put("spot", p.spot().value(i));
                o.put("derivative", p.derivative().value(i));
                o.put("basis", abs[i]);
                o.put("relative", rel[i]);
                o.put("bps", bps[i]);
                if (ann != null) {
                    o.put("annualized", ann[i]);
                }
                out.println(Json.write(o));
            } else {
                List<String> row = new ArrayList<>(6);
                row.add(label);
                row.add(Text.num(p.spot().value(i)));
                row.add(Text.num(p.derivative().value(i)));
                row.add(Text.num(abs[i]));
                row.add(Text.num(bps[i]));
                if (ann != null) {
                    row.add(Text.pct(ann[i]));
                }
                out.println(Text.row(row, width));
            }
        }
        PrintWriter summary = in.format == Format.json ? spec.commandLine().getErr() : out;
        summary.println("basis in bps over " + n + " rows: " + stats(bps, false));
        if (ann != null) {
            summary.println("annualized basis: " + stats(ann, true));
        }
        for (String note : notes) {
            summary.println(note);
        }
        return BasisCli.EXIT_OK;
    }

    /** Mean, sample standard deviation, minimum and maximum, as numbers or percentages. */
    static String stats(double[] x, boolean percent) {
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            // Welford's update: stable for long series of nearly equal values.
            mean += (x[i] - mean) / (i + 1);
            min = Math.min(min, x[i]);
            max = Math.max(max, x[i]);
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : Double.NaN;
        java.util.function.DoubleFunction<String> f = percent ? Text::pct : Text::num;
        return "mean " + f.apply(mean) + ", sd " + (x.length > 1 ? f.apply(sd) : "-") + ", min " + f.apply(min)
                + ", max " + f.apply(max);
    }

    /**
     * Spot and derivative on common times, their data-row numbers (1-based, in the file the rows
     * come from: the input, or the derivative file of two), what was left out, and every row time
     * of that file (its bar spacing).
     */
    record Prices(TimeSeries spot, TimeSeries derivative, int[] rows, List<String> notes, Path file, long[] fileTimes) {
        int row(int i) {
            return rows[i];
        }

        /**
         * Where row {@code i} is: the file and line without a time column (rows keep the file's
         * order), the file and the row's time with one (the reader orders rows by time).
         */
        String rowName(int i, boolean timed) {
            if (timed) {
                return file + ", the row at " + spot.time(i);
            }
            long line = DataChecks.lineOf(file, rows[i] - 1);
            return file + (line > 0 ? ", line " + line : ", data row " + rows[i]);
        }
    }

    /**
     * Reads spot and derivative prices from one file's two columns, or from two files aligned as
     * of each derivative time with a staleness limit (core's {@link Alignment}).
     */
    static Prices prices(InputOptions in, String spot, String derivative, Path spotInput, Path derivativeInput,
                         Duration maxStaleness) {
        if ((spotInput == null) != (derivativeInput == null)) {
            throw new UserException("give both --spot-input and --derivative-input, or neither (one --input)");
        }
        if (spotInput == null) {
            if (spot.equals(derivative)) {
                throw new UserException("--spot and --derivative must be different columns but both are '" + spot
                        + "'");
            }
            SeriesFrame frame = CsvInput.read(in, List.of(spot, derivative));
            double[] sv = frame.valuesArray(spot);
            double[] dv = frame.valuesArray(derivative);
            long[] t = frame.epochNanosArray();
            long[] fileTimes = t.clone();
            int n = 0;
            int[] rows = new int[t.length];
            for (int i = 0; i < t.length; i++) {
                if (!Double.isNaN(sv[i]) && !Double.isNaN(dv[i])) {
                    t[n] = t[i];
                    sv[n] = sv[i];
                    dv[n] = dv[i];
                    rows[n++] = i + 1;
                }
            }
            if (n == 0) {
                throw new UserException(in.input + ": no row has both a " + spot + " and a " + derivative + " price");
            }
            List<String> notes = n == t.length ? List.of() : List.of("Left out " + (t.length - n) + " of " + t.length
                    + " rows with a missing spot or derivative price (empty, NA, NaN or null).");
            return new Prices(TimeSeries.ofEpochNanos(Arrays.copyOf(t, n), Arrays.copyOf(sv, n)),
                    TimeSeries.ofEpochNanos(Arrays.copyOf(t, n), Arrays.copyOf(dv, n)), Arrays.copyOf(rows, n), notes, in.input,
                    fileTimes);
        }
        if (in.input != null) {
            throw new UserException("give --input, or --spot-input with --derivative-input, not both");
        }
        if (in.timeColumn == null) {
            throw new UserException("--spot-input and --derivative-input need --time-column: two files are paired by "
                    + "time");
        }
        TimeSeries s = CsvInput.read(spotInput, in.timeColumn, List.of(spot), in.zone).column(spot);
        TimeSeries d = CsvInput.read(derivativeInput, in.timeColumn, List.of(derivative), in.zone).column(derivative);
        AlignedPair pair = Alignment.asOf(maxStaleness).inner(d, s);
        int[] rows = new int[pair.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = pair.leftSourceIndex(i) + 1;
        }
        List<String> notes = new ArrayList<>();
        notes.add("Paired " + pair.size() + " of " + d.size() + " derivative rows (" + derivativeInput.getFileName()
                + ") with the last spot price (" + spotInput.getFileName() + ") at most "
                + (maxStaleness.isZero() ? "0 s (equal times)" : DemoFormat.duration(maxStaleness)) + " older; left out "
                + (d.size() - pair.size()) + " derivative rows without one, and " + (s.size() - usedSpot(pair))
                + " spot rows not used.");
        if (pair.size() == 0) {
            throw new UserException("no derivative row of " + derivativeInput + " has a spot price in " + spotInput
                    + " at most " + maxStaleness + " older (--max-staleness)");
        }
        return new Prices(pair.right(), pair.left(), rows, notes, derivativeInput, d.epochNanosArray());
    }

    private static int usedSpot(AlignedPair pair) {
        int used = 0;
        int last = -1;
        for (int i = 0; i < pair.size(); i++) {
            int k = pair.rightSourceIndex(i);
            if (k != last) {
                used++;
                last = k;
            }
        }
        return used;
    }
}
