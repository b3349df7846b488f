package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.models.risk.EwmaVolatility;
import io.github.basisspread.models.risk.GarchVolatility;
import io.github.basisspread.models.risk.HistoricalSimulation;
import io.github.basisspread.models.risk.RiskEstimate;
import io.github.basisspread.models.risk.ValueAtRisk;
import io.github.basisspread.models.risk.VolatilityScaler;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis risk var}: value at risk and expected shortfall of a book by full revaluation on its history. */
@Command(name = "var", mixinStandardHelpOptions = true,
        description = {"Value at risk and expected shortfall of a book. Every window of --horizon history rows is a "
                + "scenario: its relative spot move, its move of each future's annualized basis and each perpetual's "
                + "relative basis (and funding rate, with a funding column) applied to today's prices, the book fully "
                + "revalued. VaR and ES are positive losses in the quote currency.",
            "Methods: hs (historical simulation: the scenario P&Ls as they are), fhs (filtered: scenario P&Ls "
                + "standardized by their EWMA or GARCH volatility and rescaled to its forecast), normal, t (Student-t with the "
                + "degrees of freedom matching the kurtosis), cf (Cornish-Fisher: normal corrected for skewness and "
                + "kurtosis); the parametric ones fit the scenario P&Ls. Quantiles are R's type 7."})
final class RiskVarCommand implements Callable<Integer> {

    /** The longest horizon, in rows. */
    static final int MAX_HORIZON = 100_000;

    @Spec
    CommandSpec spec;

    @Mixin
    RiskCommand.BookOptions in;

    @Option(names = "--level", defaultValue = "0.99", paramLabel = "P",
            description = "Confidence level in (0, 1) (default ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--horizon", defaultValue = "1", paramLabel = "ROWS",
            description = "Rows of history per scenario (default ${DEFAULT-VALUE}); windows overlap when above 1.")
    int horizon;

    @Option(names = "--method", defaultValue = "hs", paramLabel = "M[,M]",
            description = "hs, fhs, normal, t or cf, or several separated by commas, or all (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--lambda", defaultValue = "0.94", paramLabel = "L",
            description = "EWMA decay of fhs in (0, 1) (default ${DEFAULT-VALUE}, RiskMetrics).")
    double lambda;

    @Option(names = "--scaler", defaultValue = "ewma", paramLabel = "S",
            description = "Volatility of fhs: ewma (RiskMetrics, --lambda) or garch (a zero-mean GARCH(1,1) fitted to "
                    + "the scenario P&Ls by maximum likelihood as fGarch's garchFit; at least "
                    + io.github.basisspread.models.volatility.GarchSpec.MIN_OBSERVATIONS + " scenarios) (default "
                    + "${DEFAULT-VALUE}).")
    String scaler;

    /** The method names, in the order of --method all. */
    static final List<String> METHODS = List.of("hs", "fhs", "normal", "t", "cf");

    @Override
    public Integer call() {
        List<String> methods = methods(method);
        checkLevel(level);
        if (!(lambda > 0 && lambda < 1)) {
            throw new UserException("--lambda must be in (0, 1) but is " + lambda);
        }
        checkHorizon(horizon);
        VolatilityScaler vol = scaler(scaler, lambda);
        RiskBook rb = in.read();
        double[] pnl = scenarios(rb, horizon, "--horizon");
        List<RiskEstimate> estimates = new ArrayList<>();
        for (String m : methods) {
            estimates.add(estimate(m, pnl, level, vol));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (RiskEstimate e : estimates) {
            if (!e.usable()) {
                spec.commandLine().getErr().println("basis risk var: warning: Cornish-Fisher is "
                        + ValueAtRisk.CORNISH_FISHER_INVALID + " (" + e.note().substring(0, e.note().indexOf(';'))
                        + "); use hs, fhs or t");
            }
        }
        if (in.format == Format.json) {
            for (int k = 0; k < methods.size(); k++) {
                out.println(Json.write(json(methods.get(k), estimates.get(k), horizon)));
            }
            return BasisCli.EXIT_OK;
        }
        out.println(describe(rb, in.book, in.history));
        out.println("Scenarios: " + pnl.length + " moves over " + horizon + (horizon == 1 ? " row" : " rows")
                + " of history applied to today's prices, the book fully revalued; VaR and ES are losses in the quote "
                + "currency.");
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < methods.size(); k++) {
            RiskEstimate e = estimates.get(k);
            rows.add(List.of(methods.get(k), Text.num(level), String.valueOf(horizon), Text.num(e.valueAtRisk()),
                    Text.num(e.expectedShortfall()), String.valueOf(e.nobs()), e.method().label() + ": " + e.note()));
        }
        Text.table(out, List.of("method", "level", "horizon", "VaR", "ES", "scenarios", "model"), rows);
        return BasisCli.EXIT_OK;
    }

    static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new UserException("--level must be a confidence level in (0, 1), e.g. 0.99, but is " + level);
        }
    }

    static void checkHorizon(int horizon) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new UserException("--horizon must be between 1 and " + MAX_HORIZON + " rows but is " + horizon);
        }
    }

    /** The scenario P&amp;Ls of the book over windows of {@code horizon} rows. */
    static double[] scenarios(RiskBook rb, int horizon, String option) {
        int n = rb.history().size();
        if (horizon + 2 > n) {
            throw new UserException(option + " " + horizon + " needs at least " + (horizon + 2) + " history rows "
                    + "(two scenarios) but the history has " + n);
        }
        try {
            return HistoricalSimulation.of(horizon).scenarioPnl(rb.book(), rb.today(), rb.history());
        } catch (IllegalArgumentException e) {
            throw new UserException("the history cannot be applied to the book: " + e.getMessage());
        }
    }

    /** The methods of a --method value, in order, without repeats. */
    static List<String> methods(String value) {
        if (value.strip().equalsIgnoreCase("all")) {
            return METHODS;
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String s : value.split(",")) {
            String m = s.strip().toLowerCase(Locale.ROOT);
            if (!METHODS.contains(m)) {
                throw new UserException("--method must be hs, fhs, normal, t, cf or all (or a comma list) but has '"
                        + Text.clip(s.strip()) + "'");
            }
            out.add(m);
        }
        return List.copyOf(out);
    }

    /** The volatility scaler of a --scaler value. */
    static VolatilityScaler scaler(String name, double lambda) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "ewma" -> EwmaVolatility.of(lambda);
            case "garch" -> GarchVolatility.garch11();
            default -> throw new UserException("--scaler must be ewma or garch but is '" + Text.clip(name) + "'");
        };
    }

    /** One method's estimate on the scenario P&amp;Ls, fhs with EWMA of decay {@code lambda}. */
    static RiskEstimate estimate(String method, double[] pnl, double level, double lambda) {
        return estimate(method, pnl, level, EwmaVolatility.of(lambda));
    }

    /** One method's estimate on the scenario P&amp;Ls. */
    static RiskEstimate estimate(String method, double[] pnl, double level, VolatilityScaler scaler) {
        try {
            return switch (method) {
                case "hs" -> ValueAtRisk.historical(pnl, level);
                case "fhs" -> ValueAtRisk.filteredHistorical(pnl, level, scaler);
                case "normal" -> ValueAtRisk.normal(pnl, level);
                case "t" -> ValueAtRisk.studentT(pnl, level);
                default -> ValueAtRisk.cornishFisher(pnl, level);
            };
        } catch (IllegalArgumentException e) {
            throw new UserException("method " + method + " on the " + pnl.length + " scenario P&Ls of the book: "
                    + e.getMessage());
        } catch (io.github.basisspread.models.api.EstimationException e) {
            throw new UserException("method " + method + ": the GARCH fit to the " + pnl.length + " scenario P&Ls "
                    + "failed: " + e.getMessage() + "; use --scaler ewma");
        }
    }

    static Map<String, Object> json(String method, RiskEstimate e, int horizon) {
        Map<String, Object> o = Json.object();
        o.put("method", method);
        o.put("level", e.level());
        o.put("horizon", horizon);
        o.put("var", e.valueAtRisk());
        o.put("es", e.expectedShortfall());
        o.put("scenarios", e.nobs());
        if (!e.usable()) {
            o.put("warning", "Cornish-Fisher " + ValueAtRisk.CORNISH_FISHER_INVALID);
        }
        return o;
    }

    /** The first line of a text report: the book and the history it is valued on. */
    static String describe(RiskBook rb, java.nio.file.Path book, java.nio.file.Path history) {
        int n = rb.history().size();
        return "Book " + book + ": " + rb.book().positions().size() + " positions; history " + history + ": " + n
                + " rows from " + rb.time(0) + " to " + rb.time(n - 1) + " UTC (today).";
    }
}
