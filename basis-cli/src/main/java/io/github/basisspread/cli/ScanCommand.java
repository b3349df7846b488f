package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.arbitrage.CashAndCarry;
import io.github.basisspread.core.arbitrage.FundingAssumption;
import io.github.basisspread.core.arbitrage.FundingCarry;
import io.github.basisspread.core.arbitrage.OpportunityEvaluation;
import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.TradingCosts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code basis scan}: rank cash-and-carry and funding-carry trades by annualized net return. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Evaluate a long-spot / short-derivative carry for every quote row, net of spreads, fees "
                + "and financing, and list them by annualized net return on capital, best first.",
            "Quotes CSV (plain, no quoted fields), one row per derivative, columns by header name: "
                    + "name, kind (future|perpetual), spot_bid, spot_ask, bid, ask; futures add expiry "
                    + "(2026-12-25 = 08:00 UTC, or an ISO instant); perpetuals add funding_rate (decimal per "
                    + "interval) and funding_interval (8h, 1h...). Futures are held to expiry from --as-of; "
                    + "perpetuals for --horizon at their current funding rate."})
final class ScanCommand implements Callable<Integer> {

    private static final List<String> REQUIRED = List.of("name", "kind", "spot_bid", "spot_ask", "bid", "ask");

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The quotes CSV.")
    Path input;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--spot-fee-bps", defaultValue = "10", paramLabel = "BP",
            description = "Spot taker fee in basis points (default ${DEFAULT-VALUE}).")
    double spotFeeBps;

    @Option(names = "--derivative-fee-bps", defaultValue = "5", paramLabel = "BP",
            description = "Derivative taker fee in basis points (default ${DEFAULT-VALUE}).")
    double derivativeFeeBps;

    @Option(names = "--cash-rate", defaultValue = "0", paramLabel = "RATE",
            description = "Annual rate to borrow cash for the spot leg, decimal (default ${DEFAULT-VALUE}).")
    double cashRate;

    @Option(names = "--coin-yield", defaultValue = "0", paramLabel = "RATE",
            description = "Annual staking or lending yield of the spot coin, decimal (default ${DEFAULT-VALUE}).")
    double coinYield;

    @Option(names = "--margin", defaultValue = "0.1", paramLabel = "FRACTION",
            description = "Initial margin on the derivative as a fraction of notional (default ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--notional", defaultValue = "10000", paramLabel = "AMOUNT",
            description = "Position size in quote currency (default ${DEFAULT-VALUE}).")
    double notional;

    @Option(names = "--horizon", defaultValue = "30d", converter = Parsing.DurationConverter.class,
            paramLabel = "DURATION", description = "Holding period of funding carries (default ${DEFAULT-VALUE}).")
    Duration horizon;

    @Option(names = "--as-of", converter = Parsing.InstantConverter.class, paramLabel = "WHEN",
            description = "Entry time of cash-and-carries (default: now).")
    Instant asOf;

    /** One evaluated row. */
    record Opportunity(String name, String kind, OpportunityEvaluation evaluation) {
    }

    @Override
    public Integer call() {
        TradingCosts costs;
        try {
            costs = TradingCosts.builder().spotFees(FeeSchedule.ofBasisPoints(spotFeeBps, spotFeeBps))
                    .derivativeFees(FeeSchedule.ofBasisPoints(derivativeFeeBps, derivativeFeeBps))
                    .cashRate(cashRate).coinYield(coinYield).build();
        } catch (IllegalArgumentException e) {
            throw new UserException("costs: " + e.getMessage());
        }
        Instant entry = asOf != null ? asOf : Instant.now();
        List<Opportunity> found = new ArrayList<>();
        List<String> lines = lines(input);
        List<String> header = split(lines.get(0));
        for (String col : REQUIRED) {
            if (!header.contains(col)) {
                throw new UserException(input + ", line 1: missing column '" + col + "' (needed: "
                        + String.join(", ", REQUIRED) + ")");
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Row row = new Row(input, i + 1, header, split(lines.get(i)));
            found.add(evaluate(row, costs, entry));
        }
        if (found.isEmpty()) {
            throw new UserException(input + ": no quote rows after the header");
        }
        // Best first: the annualized net return on capital is what the trades compete on.
        found.sort(Comparator.comparingDouble((Opportunity o) -> o.evaluation().annualizedReturnOnCapital())
                .reversed());
        print(spec.commandLine().getOut(), found);
        return BasisCli.EXIT_OK;
    }

    private Opportunity evaluate(Row row, TradingCosts costs, Instant entry) {
        String name = row.text("name");
        String kind = row.text("kind").toLowerCase(Locale.ROOT);
        BidAsk spot = row.quote("spot_bid", "spot_ask");
        BidAsk derivative = row.quote("bid", "ask");
        try {
            OpportunityEvaluation ev = switch (kind) {
                case "future" -> CashAndCarry.builder().spot(spot).future(derivative).costs(costs).notional(notional)
                        .initialMarginFraction(margin).valuationTime(entry).expiry(row.instant("expiry")).build()
                        .holdToExpiry();
                case "perpetual" -> FundingCarry.builder().spot(spot).perpetual(derivative).costs(costs)
                        .funding(FundingAssumption.perInterval(row.number("funding_rate"), row.duration("funding_interval")))
                        .notional(notional).initialMarginFraction(margin).horizon(horizon).build().evaluate();
                default -> throw row.error("kind", "must be future or perpetual", kind);
            };
            return new Opportunity(name, kind, ev);
        } catch (IllegalArgumentException e) {
            throw new UserException(row.where() + " (" + name + "): " + e.getMessage());
        }
    }

    private void print(PrintWriter out, List<Opportunity> found) {
        if (format == Format.json) {
            for (Opportunity o : found) {
                OpportunityEvaluation e = o.evaluation();
                Map<String, Object> m = Json.object();
                m.put("name", o.name());
                m.put("kind", o.kind());
                m.put("strategy", e.strategy().name());
                m.put("yearFraction", e.yearFraction());
                m.put("grossPnl", e.grossPnl());
                m.put("fundingIncome", e.fundingIncome());
                m.put("totalCosts", e.totalCosts());
                m.put("netPnl", e.netPnl());
                m.put("capital", e.capital());
                m.put("annualizedNetReturn", e.annualizedReturnOnCapital());
                out.println(Json.write(m));
            }
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Opportunity o : found) {
            OpportunityEvaluation e = o.evaluation();
            rows.add(List.of(o.name(), o.kind(), Text.num(e.yearFraction() * 365), Text.num(e.grossPnl()),
                    Text.num(e.fundingIncome()), Text.num(e.totalCosts()), Text.num(e.netPnl()),
                    Text.num(e.capital()), Text.pct(e.annualizedReturnOnCapital())));
        }
        Text.table(out, List.of("name", "kind", "days", "gross", "funding", "costs", "net", "capital", "net/yr"),
                rows);
    }

    private static List<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("input file not found: " + file);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage());
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new UserException(file + ": empty file: no header and no rows");
        }
        if (lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        for (String s : line.split(",", -1)) {
            out.add(s.strip());
        }
        return out;
    }

    /** One data row, with errors that name file, line, column and text like basis-data's reader. */
    private record Row(Path file, int line, List<String> header, List<String> cells) {

        Row {
            if (cells.size() != header.size()) {
                throw new UserException(file + ", line " + line + ": has " + cells.size() + " fields but the header has "
                        + header.size() + " (quoted fields are not supported)");
            }
        }

        String where() {
            return file + ", line " + line;
        }

        UserException error(String column, String reason, String text) {
            return new UserException(where() + ", column '" + column + "': " + reason + ": '" + text + "'");
        }

        String text(String column) {
            int j = header.indexOf(column);
            if (j < 0) {
                throw new UserException(where() + ": missing column '" + column + "'");
            }
            return cells.get(j);
        }

        double number(String column) {
            String t = text(column);
            try {
                double v = Double.parseDouble(t);
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(column, "not a finite number", t);
        }

        BidAsk quote(String bidColumn, String askColumn) {
            double bid = number(bidColumn);
            double ask = number(askColumn);
            try {
                return BidAsk.of(bid, ask);
            } catch (IllegalArgumentException e) {
                throw new UserException(where() + ", columns '" + bidColumn + "', '" + askColumn + "': "
                        + e.getMessage());
            }
        }

        Instant instant(String column) {
            String t = text(column);
            try {
                return new Parsing.InstantConverter().convert(t);
            } catch (TypeConversionException e) {
                throw error(column, "not a date or instant", t);
            }
        }

        Duration duration(String column) {
            String t = text(column);
            try {
                return new Parsing.DurationConverter().convert(t);
            } catch (TypeConversionException e) {
                throw error(column, "not a duration such as 8h", t);
            }
        }
    }
}
