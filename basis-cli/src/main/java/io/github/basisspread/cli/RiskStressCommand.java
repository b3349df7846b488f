package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.funding.FundingFormula;
import io.github.basisspread.core.funding.FundingFormulas;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.models.risk.Position;
import io.github.basisspread.models.risk.StressResult;
import io.github.basisspread.models.risk.StressTests;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis risk stress}: the book's P&amp;L under stress scenarios, each by full revaluation. */
@Command(name = "stress", mixinStandardHelpOptions = true,
        description = {"The book's P&L in the quote currency under stress scenarios, each by full revaluation from "
                + "today's prices (the last history row):",
            "  basis collapse: every future and perpetual jumps to its underlying's spot, spot unchanged;",
            "  funding at the cap (longs pay) and at the floor (shorts pay) for --settlements settlements of every "
                + "perpetual, prices unchanged: the cap documented for the venue and symbol (Binance BTCUSDT and "
                + "ETHUSDT, Hyperliquid), else the venue's rule with --funding-cap;",
            "  backwardation: every dated future's simple annualized basis (ACT/365F) at --backwardation, spot and "
                + "perpetuals unchanged;",
            "  a venue halting: for each venue of the book, its legs frozen at today's price and written down by "
                + "--halt-haircut of their notional while spot moves by --halt-spot-move (the other legs follow it, basis "
                + "held);",
            "  the worst historical window: the worst move over --window rows of the history, replayed on today's "
                + "book;",
            "  your own scenarios with --scenarios FILE: a CSV scenario,type,target,value[,settlements], type spot "
                + "(target an underlying's spot column, value a relative move), basis (a derivative, additive to its "
                + "annualized or relative basis), price (a derivative, relative) or funding (a perpetual, a rate per "
                + "interval for settlements settlements)."})
final class RiskStressCommand implements Callable<Integer> {

    /** The most settlements of a funding scenario: a year of hourly funding. */
    static final int MAX_SETTLEMENTS = 8_784;

    @Spec
    CommandSpec spec;

    @Mixin
    RiskCommand.BookOptions in;

    @Option(names = "--settlements", defaultValue = "3", paramLabel = "N",
            description = "Funding settlements at the cap or floor (default ${DEFAULT-VALUE}: a day of 8-hour funding).")
    int settlements;

    @Option(names = "--funding-cap", paramLabel = "RATE",
            description = "The cap on the funding rate per interval, a decimal (0.0075 = 0.75%), for perpetuals whose "
                    + "cap is not documented here; the venue's rule (binance, bybit, deribit, hyperliquid, dydx) applies it.")
    Double fundingCap;

    @Option(names = "--window", defaultValue = "1", paramLabel = "ROWS",
            description = "Rows of the historical window replayed (default ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--backwardation", defaultValue = "-0.2", paramLabel = "RATE",
            description = "Annualized basis of every dated future in the backwardation scenario, a decimal a year "
                    + "(default ${DEFAULT-VALUE}: -20%).")
    double backwardation;

    @Option(names = "--halt-haircut", defaultValue = "0.5", paramLabel = "FRACTION",
            description = "Share of a halted venue's notional lost, in [0, 1] (default ${DEFAULT-VALUE}).")
    double haircut;

    @Option(names = "--halt-spot-move", defaultValue = "-0.2", paramLabel = "MOVE",
            description = "Relative spot move while a venue is halted, above -1 (default ${DEFAULT-VALUE}).")
    double haltMove;

    @Option(names = "--scenarios", paramLabel = "FILE",
            description = "A CSV of your own scenarios: scenario,type,target,value[,settlements].")
    java.nio.file.Path scenarios;

    /** One scenario's outcome: a P&amp;L, or why it was not computed. */
    record Outcome(String scenario, double pnl, String skipped, java.time.Instant from, java.time.Instant to) {
    }

    @Override
    public Integer call() {
        if (settlements < 1 || settlements > MAX_SETTLEMENTS) {
            throw new UserException("--settlements must be between 1 and " + MAX_SETTLEMENTS + " but is " + settlements);
        }
        if (fundingCap != null && !(fundingCap > 0 && fundingCap < 1)) {
            throw new UserException("--funding-cap must be a positive decimal rate below 1 (0.0075 = 0.75%) but is "
                    + fundingCap);
        }
        RiskVarCommand.checkHorizon(window);
        if (!(Math.abs(backwardation) < 10)) {
            throw new UserException("--backwardation must be an annualized basis as a decimal (-0.2 = -20% a year) but is "
                    + backwardation);
        }
        if (!(haircut >= 0 && haircut <= 1)) {
            throw new UserException("--halt-haircut must be a fraction in [0, 1] but is " + haircut);
        }
        if (!(haltMove > -1 && haltMove < 10)) {
            throw new UserException("--halt-spot-move must be a relative move above -1 (-0.2 = -20%) but is " + haltMove);
        }
        List<io.github.basisspread.models.risk.Scenario> own = List.of();
        if (scenarios != null) {
            if (!java.nio.file.Files.isRegularFile(scenarios)) {
                throw new UserException("input file not found: " + scenarios);
            }
            try {
                own = io.github.basisspread.models.risk.ScenarioTable.read(scenarios);
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                throw new UserException(e.getMessage());
            }
        }
        RiskBook rb = in.read();
        List<Outcome> outcomes = new ArrayList<>(outcomes(rb, settlements, fundingCap, window));
        outcomes.addAll(more(rb, backwardation, haircut, haltMove, own));
        PrintWriter out = spec.commandLine().getOut();
        if (in.format == Format.json) {
            for (Outcome o : outcomes) {
                Map<String, Object> x = Json.object();
                x.put("scenario", o.scenario());
                x.put("pnl", o.skipped() == null ? o.pnl() : null);
                if (o.skipped() != null) {
                    x.put("skipped", o.skipped());
                }
                if (o.from() != null) {
                    x.put("from", o.from().toString());
                    x.put("to", o.to().toString());
                }
                out.println(Json.write(x));
            }
            return BasisCli.EXIT_OK;
        }
        out.println(RiskVarCommand.describe(rb, in.book, in.history));
        List<List<String>> rows = new ArrayList<>();
        for (Outcome o : outcomes) {
            rows.add(List.of(o.scenario() + (o.from() == null ? "" : " (" + DemoFormat.time(o.from()) + " to "
                    + DemoFormat.time(o.to()) + " UTC)"),
                    o.skipped() == null ? Text.num(o.pnl()) : "skipped: " + o.skipped()));
        }
        Text.table(out, List.of("scenario", "P&L"), rows);
        return BasisCli.EXIT_OK;
    }

    /** The backwardation, venue-halt and user-defined scenarios on a book. */
    static List<Outcome> more(RiskBook rb, double backwardation, double haircut, double haltMove,
            List<io.github.basisspread.models.risk.Scenario> own) {
        List<Outcome> out = new ArrayList<>();
        boolean dated = rb.book().positions().stream()
                .anyMatch(p -> p.instrument() instanceof io.github.basisspread.core.instrument.DatedFuture);
        String name = String.format(java.util.Locale.ROOT, "backwardation: every expiry at %.2f%% a year",
                100 * backwardation);
        if (!dated) {
            out.add(new Outcome(name, Double.NaN, "the book holds no dated future", null, null));
        } else {
            try {
                StressResult r = StressTests.backwardation(rb.book(), rb.today(), backwardation);
                out.add(new Outcome(r.scenario(), r.pnl(), null, null, null));
            } catch (IllegalArgumentException e) {
                out.add(new Outcome(name, Double.NaN, e.getMessage(), null, null));
            }
        }
        java.util.SortedSet<io.github.basisspread.core.instrument.Venue> venues = new java.util.TreeSet<>();
        rb.book().positions().forEach(p -> venues.add(p.venue()));
        for (io.github.basisspread.core.instrument.Venue v : venues) {
            StressResult r = StressTests.venueHalt(rb.book(), rb.today(), v, haircut, haltMove);
            out.add(new Outcome(String.format(java.util.Locale.ROOT, "%s halted (haircut %s), spot %s meanwhile",
                    RiskExposuresCommand.venue(v), Text.pct(haircut), (haltMove >= 0 ? "+" : "") + Text.pct(haltMove)),
                    r.pnl(), null, null, null));
        }
        for (io.github.basisspread.models.risk.Scenario sc : own) {
            try {
                StressResult r = StressTests.userDefined(rb.book(), rb.today(), sc);
                out.add(new Outcome(r.scenario(), r.pnl(), null, null, null));
            } catch (IllegalArgumentException e) {
                throw new UserException("scenario '" + sc.name() + "': " + e.getMessage());
            }
        }
        return out;
    }

    /** Every scenario of the command on a book. */
    static List<Outcome> outcomes(RiskBook rb, int settlements, Double fundingCap, int window) {
        List<Outcome> out = new ArrayList<>();
        StressResult collapse = StressTests.basisCollapse(rb.book(), rb.today());
        out.add(new Outcome(collapse.scenario(), collapse.pnl(), null, null, null));
        Map<String, FundingFormula> formulas = new LinkedHashMap<>();
        String missing = null;
        for (Position p : rb.book().positions()) {
            if (p.instrument() instanceof PerpetualSwap perp) {
                Optional<FundingFormula> f = FundingFormulas.documented(perp.venue(), perp.symbol());
                if (f.isEmpty() && fundingCap != null) {
                    try {
                        f = Optional.of(FundingFormulas.withCap(perp.venue(), perp.fundingSchedule().interval(),
                                fundingCap));
                    } catch (IllegalArgumentException e) {
                        missing = "no funding rule for " + perp.symbol() + " on " + RiskExposuresCommand.venue(perp.venue())
                                + " (" + e.getMessage() + "); give the book a venue column";
                    }
                } else if (f.isEmpty()) {
                    missing = "the cap of " + perp.symbol() + " on " + RiskExposuresCommand.venue(perp.venue())
                            + " is not documented here; give --funding-cap RATE (and a venue)";
                }
                f.ifPresent(x -> formulas.put(perp.symbol(), x));
            }
        }
        boolean perps = rb.book().positions().stream().anyMatch(p -> p.instrument() instanceof PerpetualSwap);
        for (boolean longsPay : new boolean[] {true, false}) {
            String name = "funding at the venue " + (longsPay ? "cap (longs pay)" : "floor (shorts pay)") + " for "
                    + settlements + " settlements";
            if (!perps) {
                out.add(new Outcome(name, Double.NaN, "the book holds no perpetual", null, null));
            } else if (missing != null) {
                out.add(new Outcome(name, Double.NaN, missing, null, null));
            } else {
                StressResult r = StressTests.fundingAtCap(rb.book(), rb.today(), formulas, settlements, longsPay);
                out.add(new Outcome(r.scenario(), r.pnl(), null, null, null));
            }
        }
        double[] pnl = RiskVarCommand.scenarios(rb, window, "--window");
        int worst = 0;
        for (int k = 1; k < pnl.length; k++) {
            if (pnl[k] < pnl[worst]) {
                worst = k;
            }
        }
        out.add(new Outcome("worst historical window of " + window + (window == 1 ? " row" : " rows"), pnl[worst], null,
                rb.instant(worst), rb.instant(worst + window)));
        return out;
    }
}
