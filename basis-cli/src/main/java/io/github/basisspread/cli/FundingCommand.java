package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.data.csv.SeriesFrame;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis funding}: the APR and APY of perpetual funding rates. */
@Command(name = "funding", mixinStandardHelpOptions = true,
        description = {"Funding APR (rate x intervals per 365 days) and APY ((1 + rate)^n - 1) of each row's rate.",
            "Rates are decimals per interval (0.0001 = 1 bp); the interval is --interval for every row, or "
                    + "--interval-column in hours per row. A last line (text) gives the mean APR."})
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
            description = "A column giving each row's funding interval in hours.")
    String intervalColumn;

    @Override
    public Integer call() {
        if ((interval == null) == (intervalColumn == null)) {
            throw new UserException("give exactly one of --interval and --interval-column");
        }
        List<String> cols = intervalColumn == null ? List.of(column) : List.of(column, intervalColumn);
        SeriesFrame frame = CsvInput.read(in, cols);
        double[] rates = frame.valuesArray(column);
        double[] hours = intervalColumn == null ? null : frame.valuesArray(intervalColumn);
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> rows = new ArrayList<>();
        double sumApr = 0;
        for (int i = 0; i < rates.length; i++) {
            FundingRate r;
            try {
                Duration d = interval;
                if (hours != null) {
                    if (!(hours[i] > 0) || Double.isInfinite(hours[i])) {
                        throw new IllegalArgumentException("interval must be a positive number of hours but is "
                                + hours[i]);
                    }
                    d = Duration.ofNanos(Math.round(hours[i] * 3.6e12));
                }
                r = FundingRate.of(rates[i], d, frame.time(i));
            } catch (IllegalArgumentException e) {
                throw new UserException("data row " + (i + 1) + ": " + e.getMessage());
            }
            double apr = r.apr();
            double apy = r.apy();
            sumApr += apr;
            double intervalHours = r.interval().toNanos() / 3.6e12;
            if (in.format == Format.json) {
                Map<String, Object> o = Json.object();
                if (in.timeColumn != null) {
                    o.put("time", r.time().toString());
                } else {
                    o.put("row", i + 1);
                }
                o.put("rate", r.rate());
                o.put("intervalHours", intervalHours);
                o.put("bps", r.toBasisPoints());
                o.put("apr", apr);
                o.put("apy", apy);
                out.println(Json.write(o));
            } else {
                rows.add(List.of(in.timeColumn != null ? r.time().toString() : String.valueOf(i + 1),
                        Text.num(r.rate()), Text.num(intervalHours), Text.num(r.toBasisPoints()), Text.pct(apr),
                        Text.pct(apy)));
            }
        }
        if (in.format == Format.text) {
            Text.table(out, List.of(in.timeColumn != null ? "time" : "row", "rate", "hours", "bps", "APR", "APY"),
                    rows);
            out.println("mean APR " + Text.pct(sumApr / rates.length) + " over " + rates.length + " rows");
        }
        return BasisCli.EXIT_OK;
    }
}
