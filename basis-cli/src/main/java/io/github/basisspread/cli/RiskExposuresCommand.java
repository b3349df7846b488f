package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.models.risk.BasisBucket;
import io.github.basisspread.models.risk.BookValuation;
import io.github.basisspread.models.risk.Exposures;
import io.github.basisspread.models.risk.PositionValuation;
import java.io.PrintWriter;
import java.time.Duration;
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

/** {@code basis risk exposures}: the book marked to today's prices and its first-order exposures. */
@Command(name = "exposures", mixinStandardHelpOptions = true,
        description = {"The book at today's prices (the last history row): each position's mark and notional, then "
                + "its exposures: net delta per underlying (coins and quote currency, bases held), basis DV01 per "
                + "expiry (the P&L of a +1 bp move of each future's simple annualized basis, ACT/365F; of each "
                + "perpetual's relative basis), funding exposure (the P&L over --funding-horizon of funding 1 bp "
                + "per 8 h higher) and gross notional per venue."})
final class RiskExposuresCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RiskCommand.BookOptions in;

    @Option(names = "--funding-horizon", defaultValue = "8h", converter = Parsing.DurationConverter.class,
            paramLabel = "DURATION", description = "Horizon of the funding exposure: 8h, 1d, ... (default "
                    + "${DEFAULT-VALUE}).")
    Duration fundingHorizon;

    @Override
    public Integer call() {
        RiskBook rb = in.read();
        BookValuation v = rb.book().markToMarket(rb.today());
        Exposures e;
        try {
            e = rb.book().exposures(rb.today(), fundingHorizon);
        } catch (IllegalArgumentException ex) {
            throw new UserException(ex.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (in.format == Format.json) {
            out.println(Json.write(json(rb, v, e)));
            return BasisCli.EXIT_OK;
        }
        out.println(RiskVarCommand.describe(rb, in.book, in.history));
        List<List<String>> rows = new ArrayList<>();
        for (PositionValuation p : v.positions()) {
            rows.add(List.of(p.position().instrument().symbol(), kind(p), venue(p.position().venue()),
                    Text.num(coins(p)), Text.num(p.markPrice()), Text.num(p.notional()),
                    Text.num(p.pnl())));
        }
        Text.table(out, List.of("instrument", "kind", "venue", "coins", "mark", "notional", "P&L since entry"), rows);
        out.println();
        rows = new ArrayList<>();
        for (String u : e.deltaInCoin().keySet()) {
            rows.add(List.of(u, Text.num(e.deltaInCoin().get(u)), Text.num(e.deltaInQuote().get(u))));
        }
        Text.table(out, List.of("net delta", "coins", "quote"), rows);
        out.println();
        rows = new ArrayList<>();
        for (Map.Entry<BasisBucket, Double> b : e.basisDv01().entrySet()) {
            rows.add(List.of(b.getKey().underlying(), b.getKey().expiry().map(DemoFormat::time).orElse("perpetual"),
                    Text.num(b.getValue())));
        }
        if (!rows.isEmpty()) {
            Text.table(out, List.of("basis DV01", "expiry (UTC)", "P&L per +1 bp"), rows);
            out.println();
        }
        rows = new ArrayList<>();
        for (Map.Entry<String, Double> f : e.fundingDv01().entrySet()) {
            rows.add(List.of(f.getKey(), Text.num(f.getValue())));
        }
        if (!rows.isEmpty()) {
            Text.table(out, List.of("funding +1 bp/8h", "P&L over " + DemoFormat.duration(fundingHorizon)), rows);
            out.println();
        }
        rows = new ArrayList<>();
        for (Map.Entry<Venue, Double> g : e.venueGrossNotional().entrySet()) {
            rows.add(List.of(venue(g.getKey()), Text.num(g.getValue())));
        }
        Text.table(out, List.of("venue", "gross notional"), rows);
        return BasisCli.EXIT_OK;
    }

    static String kind(PositionValuation p) {
        return switch (p.position().instrument().kind()) {
            case SPOT -> "spot";
            case DATED_FUTURE -> "future";
            default -> "perpetual";
        } + (p.position().settlement() == io.github.basisspread.core.instrument.Settlement.INVERSE ? " inverse" : "");
    }

    /** The position's size in coins as the book states it: inverse contracts of 1 unit face value over the entry. */
    static double coins(PositionValuation p) {
        return p.position().settlement() == io.github.basisspread.core.instrument.Settlement.INVERSE
                ? p.position().quantity() / p.position().entryPrice() : p.position().quantity();
    }

    static String venue(Venue v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    static Map<String, Object> json(RiskBook rb, BookValuation v, Exposures e) {
        Map<String, Object> o = Json.object();
        o.put("time", e.time().toString());
        List<Object> positions = new ArrayList<>();
        for (PositionValuation p : v.positions()) {
            Map<String, Object> x = Json.object();
            x.put("instrument", p.position().instrument().symbol());
            x.put("kind", kind(p));
            x.put("venue", venue(p.position().venue()));
            x.put("quantity", coins(p));
            x.put("mark", p.markPrice());
            x.put("notional", p.notional());
            x.put("pnl", p.pnl());
            positions.add(x);
        }
        o.put("positions", positions);
        List<Object> delta = new ArrayList<>();
        for (String u : e.deltaInCoin().keySet()) {
            Map<String, Object> x = Json.object();
            x.put("underlying", u);
            x.put("coins", e.deltaInCoin().get(u));
            x.put("quote", e.deltaInQuote().get(u));
            delta.add(x);
        }
        o.put("delta", delta);
        List<Object> dv01 = new ArrayList<>();
        for (Map.Entry<BasisBucket, Double> b : e.basisDv01().entrySet()) {
            Map<String, Object> x = Json.object();
            x.put("underlying", b.getKey().underlying());
            x.put("expiry", b.getKey().expiry().map(Object::toString).orElse(null));
            x.put("dv01", b.getValue());
            dv01.add(x);
        }
        o.put("basisDv01", dv01);
        o.put("fundingHorizon", e.fundingHorizon().toString());
        List<Object> funding = new ArrayList<>();
        for (Map.Entry<String, Double> f : e.fundingDv01().entrySet()) {
            Map<String, Object> x = Json.object();
            x.put("underlying", f.getKey());
            x.put("pnl", f.getValue());
            funding.add(x);
        }
        o.put("fundingDv01", funding);
        List<Object> venues = new ArrayList<>();
        for (Map.Entry<Venue, Double> g : e.venueGrossNotional().entrySet()) {
            Map<String, Object> x = Json.object();
            x.put("venue", venue(g.getKey()));
            x.put("grossNotional", g.getValue());
            venues.add(x);
        }
        o.put("venues", venues);
        return o;
    }
}
