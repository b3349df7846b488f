package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.basis.Basis;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.data.csv.SeriesFrame;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
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
            "Annualizing needs --time-column: each row's time is its valuation time."})
final class BasisCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

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
        if (spot.equals(derivative)) {
            throw new UserException("--spot and --derivative must be different columns but both are '" + spot + "'");
        }
        SeriesFrame frame = CsvInput.read(in, List.of(spot, derivative));
        double[] s = frame.valuesArray(spot);
        double[] f = frame.valuesArray(derivative);
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < frame.size(); i++) {
            Basis b;
            Double annualized;
            try {
                b = Basis.of(s[i], f[i], frame.time(i));
                annualized = expiry == null ? null : b.annualized(expiry, comp);
            } catch (IllegalArgumentException e) {
                throw new UserException("data row " + (i + 1) + ": " + e.getMessage());
            }
            if (in.format == Format.json) {
                Map<String, Object> o = Json.object();
                if (in.timeColumn != null) {
                    o.put("time", frame.time(i).toString());
                } else {
                    o.put("row", i + 1);
                }
                o.put("spot", s[i]);
                o.put("derivative", f[i]);
                o.put("basis", b.absolute());
                o.put("relative", b.relative());
                o.put("bps", b.inBasisPoints());
                if (annualized != null) {
                    o.put("annualized", annualized);
                }
                out.println(Json.write(o));
            } else {
                List<String> row = new ArrayList<>(List.of(
                        in.timeColumn != null ? frame.time(i).toString() : String.valueOf(i + 1),
                        Text.num(s[i]), Text.num(f[i]), Text.num(b.absolute()), Text.num(b.inBasisPoints())));
                if (annualized != null) {
                    row.add(Text.pct(annualized));
                }
                rows.add(row);
            }
        }
        if (in.format == Format.text) {
            List<String> header = new ArrayList<>(List.of(in.timeColumn != null ? "time" : "row", spot, derivative,
                    "basis", "bps"));
            if (expiry != null) {
                header.add("annualized");
            }
            Text.table(out, header, rows);
        }
        return BasisCli.EXIT_OK;
    }
}
