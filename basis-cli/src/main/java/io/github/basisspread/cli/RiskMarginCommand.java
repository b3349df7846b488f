package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.instrument.Derivative;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.margin.BinanceMargin;
import io.github.basisspread.core.margin.MarginMode;
import io.github.basisspread.core.margin.MarginTiers;
import io.github.basisspread.models.risk.LegMargin;
import io.github.basisspread.models.risk.MarginPlan;
import io.github.basisspread.models.risk.MarginReport;
import io.github.basisspread.models.risk.MarginTerms;
import io.github.basisspread.models.risk.Position;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis risk margin}: initial and maintenance margin of each derivative leg and its distance to liquidation. */
@Command(name = "margin", mixinStandardHelpOptions = true,
        description = {"Initial and maintenance margin of each derivative leg of the book at today's prices and the "
                + "spot move that liquidates it: every spot and every derivative mark moving by the same factor (basis "
                + "held), a leg is liquidated when its account's balance (collateral plus unrealized P&L) falls to its "
                + "maintenance margin. Spot legs are fully paid and never liquidated, which is how a delta-neutral carry "
                + "trade dies: its short derivative is liquidated on a rally while the spot gain sits elsewhere.",
            "Maintenance brackets: Binance's published BTCUSDT perpetual table for a binance perpetual whose "
                + "instrument is BTCUSDT, else one rate, --mmr. Isolated legs hold their initial margin at entry as "
                + "collateral; cross legs share their venue's account per settlement currency, funded with --wallet."})
final class RiskMarginCommand implements Callable<Integer> {

    /** The highest leverage accepted, Binance's largest. */
    static final double MAX_LEVERAGE = 125;

    @Spec
    CommandSpec spec;

    @Mixin
    RiskCommand.BookOptions in;

    @Option(names = "--leverage", defaultValue = "5", paramLabel = "L",
            description = "Leverage of every derivative leg, 1 to 125 (default ${DEFAULT-VALUE}).")
    double leverage;

    @Option(names = "--mode", defaultValue = "isolated", paramLabel = "MODE",
            description = "isolated (each leg its own collateral) or cross (legs share an account) (default "
                    + "${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--mmr", defaultValue = "0.005", paramLabel = "RATE",
            description = "Maintenance margin rate of contracts without a published table, in (0, 1) (default "
                    + "${DEFAULT-VALUE}).")
    double mmr;

    @Option(names = "--wallet", paramLabel = "AMOUNT",
            description = "With --mode cross: the wallet balance of every cross account, in its settlement currency "
                    + "(default: the initial margin of its legs at entry).")
    Double wallet;

    @Override
    public Integer call() {
        if (!(leverage >= 1 && leverage <= MAX_LEVERAGE)) {
            throw new UserException("--leverage must be between 1 and 125 but is " + leverage);
        }
        if (!(mmr > 0 && mmr < 1)) {
            throw new UserException("--mmr must be a maintenance margin rate in (0, 1) (0.005 = 0.5%) but is " + mmr);
        }
        String m = mode.strip().toLowerCase(Locale.ROOT);
        if (!m.equals("isolated") && !m.equals("cross")) {
            throw new UserException("--mode must be isolated or cross but is '" + Text.clip(mode) + "'");
        }
        boolean cross = m.equals("cross");
        if (wallet != null && (!cross || !(wallet >= 0) || Double.isInfinite(wallet))) {
            throw new UserException(cross ? "--wallet must be a balance of zero or more but is " + wallet
                    : "--wallet is for --mode cross (isolated legs hold their initial margin)");
        }
        RiskBook rb = in.read();
        MarginReport report = report(rb, leverage, cross, mmr, wallet);
        PrintWriter out = spec.commandLine().getOut();
        if (in.format == Format.json) {
            out.println(Json.write(json(report)));
            return BasisCli.EXIT_OK;
        }
        out.println(RiskVarCommand.describe(rb, in.book, in.history));
        List<List<String>> rows = new ArrayList<>();
        for (LegMargin l : report.legs()) {
            rows.add(List.of(l.position().instrument().symbol(), RiskExposuresCommand.venue(l.position().venue()),
                    l.mode().name().toLowerCase(Locale.ROOT), l.account(), Text.num(l.notional()),
                    Text.num(l.initialMargin()), Text.num(l.maintenanceMargin()), Text.num(l.marginBalance()),
                    move(l.liquidationMoveUp()), move(l.liquidationMoveDown()),
                    l.liquidationPrice().isPresent() ? Text.num(l.liquidationPrice().getAsDouble()) : "none"));
        }
        Text.table(out, List.of("leg", "venue", "mode", "account", "notional", "initial", "maintenance", "balance",
                "liq. rally", "liq. fall", "liq. price"), rows);
        out.println("Amounts in each leg's settlement currency. First liquidation on a rally: "
                + first(report, report.firstLiquidationOnRally(), true) + "; on a fall: "
                + first(report, report.firstLiquidationOnFall(), false) + ".");
        return BasisCli.EXIT_OK;
    }

    private static String first(MarginReport r, OptionalDouble move, boolean up) {
        if (move.isEmpty()) {
            return "none (within " + (up ? "+9900%" : "-99.99%") + ")";
        }
        StringBuilder legs = new StringBuilder();
        for (LegMargin l : r.legs()) {
            OptionalDouble x = up ? l.liquidationMoveUp() : l.liquidationMoveDown();
            if (x.isPresent() && x.getAsDouble() == move.getAsDouble()) {
                legs.append(legs.length() == 0 ? "" : ", ").append(l.position().instrument().symbol());
            }
        }
        return "spot " + move(move) + " (" + legs + ")";
    }

    private static String move(OptionalDouble x) {
        return x.isPresent() ? (x.getAsDouble() > 0 ? "+" : "") + Text.pct(x.getAsDouble()) : "none";
    }

    /** The margin report of a book's derivative legs. */
    static MarginReport report(RiskBook rb, double leverage, boolean cross, double mmr, Double wallet) {
        MarginTiers flat = MarginTiers.flat(MAX_LEVERAGE, mmr);
        MarginPlan.Builder plan = MarginPlan.builder()
                .defaults(cross ? MarginTerms.cross(flat, leverage) : MarginTerms.isolated(flat, leverage));
        Set<String> accounts = new LinkedHashSet<>();
        java.util.Map<String, Double> initial = new java.util.HashMap<>();
        boolean any = false;
        for (Position p : rb.book().positions()) {
            if (!(p.instrument() instanceof Derivative d)) {
                continue;
            }
            any = true;
            if (d instanceof PerpetualSwap && d.venue() == Venue.BINANCE && d.symbol().equals("BTCUSDT")) {
                MarginTiers t = BinanceMargin.btcUsdtPerpetual();
                plan.terms(d.symbol(), cross ? MarginTerms.cross(t, leverage) : MarginTerms.isolated(t, leverage));
            }
            String account = MarginPlan.crossAccount(d.venue(), d.settlementCurrency());
            accounts.add(account);
            double atEntry = Math.abs(d.contract().notional(p.entryPrice(), p.quantity()));
            // In the settlement currency: coin for an inverse contract (face value over the entry price).
            double notional = d.contract().settlement() == io.github.basisspread.core.instrument.Settlement.INVERSE
                    ? atEntry / p.entryPrice() : atEntry;
            initial.merge(account, notional / leverage, Double::sum);
            if (cross) {
                plan.wallet(d.venue(), d.settlementCurrency(), wallet != null ? wallet : initial.get(account));
            }
        }
        if (!any) {
            throw new UserException("the book holds no future or perpetual: spot legs are fully paid and never "
                    + "liquidated");
        }
        try {
            return plan.build().analyse(rb.book(), rb.today());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    static Map<String, Object> json(MarginReport r) {
        Map<String, Object> o = Json.object();
        o.put("time", r.time().toString());
        List<Object> legs = new ArrayList<>();
        for (LegMargin l : r.legs()) {
            Map<String, Object> x = Json.object();
            x.put("instrument", l.position().instrument().symbol());
            x.put("venue", RiskExposuresCommand.venue(l.position().venue()));
            x.put("mode", l.mode() == MarginMode.CROSS ? "cross" : "isolated");
            x.put("account", l.account());
            x.put("currency", l.marginCurrency());
            x.put("notional", l.notional());
            x.put("initialMargin", l.initialMargin());
            x.put("maintenanceMargin", l.maintenanceMargin());
            x.put("marginBalance", l.marginBalance());
            x.put("liquidationMoveUp", orNull(l.liquidationMoveUp()));
            x.put("liquidationMoveDown", orNull(l.liquidationMoveDown()));
            x.put("liquidationPrice", orNull(l.liquidationPrice()));
            legs.add(x);
        }
        o.put("legs", legs);
        o.put("firstLiquidationOnRally", orNull(r.firstLiquidationOnRally()));
        o.put("firstLiquidationOnFall", orNull(r.firstLiquidationOnFall()));
        return o;
    }

    private static Object orNull(OptionalDouble x) {
        return x.isPresent() ? x.getAsDouble() : null;
    }
}
