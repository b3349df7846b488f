package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.risk.LikelihoodRatioTest;
import io.github.basisspread.models.risk.VarBacktest;
import java.io.PrintWriter;
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

/** {@code basis risk backtest}: a VaR series against the realized P&amp;L. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Backtest of a VaR series against the realized P&L, row by row: an exception is a loss above "
                + "the row's VaR (-pnl > var, the VaR a positive loss). Kupiec's proportion-of-failures test (1995), "
                + "Christoffersen's independence and conditional-coverage tests (1998) and the Basel traffic-light "
                + "zone (1996: green below 95% cumulative binomial probability of the exceptions, red from 99.99%)."})
final class RiskBacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--pnl", required = true, paramLabel = "COLUMN",
            description = "The column of realized P&L (gains positive).")
    String pnl;

    @Option(names = "--var", required = true, paramLabel = "COLUMN",
            description = "The column of VaR forecasts for the same rows, positive losses.")
    String var;

    @Option(names = "--level", defaultValue = "0.99", paramLabel = "P",
            description = "Confidence level of the VaR in (0, 1) (default ${DEFAULT-VALUE}).")
    double level;

    @Override
    public Integer call() {
        RiskVarCommand.checkLevel(level);
        if (pnl.equals(var)) {
            throw new UserException("--pnl and --var name the same column '" + pnl + "'");
        }
        SeriesFrame frame = CsvInput.read(in, List.of(pnl, var));
        double[] p = frame.valuesArray(pnl);
        double[] v = frame.valuesArray(var);
        DataChecks.usable(in.input, "--pnl", pnl, p, "the VaR backtest", true, false);
        DataChecks.usable(in.input, "--var", var, v, "the VaR backtest", true, false);
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                throw new UserException(DataChecks.where(in.input, i, var) + ": VaR " + Text.num(v[i]) + " is negative;"
                        + " a VaR is a positive loss (write 5 for a loss of 5)");
            }
        }
        if (p.length < 2) {
            throw new UserException(in.input + ": " + p.length + " row, but a backtest needs at least 2");
        }
        VarBacktest b = VarBacktest.of(p, v, level);
        PrintWriter out = spec.commandLine().getOut();
        if (in.format == Format.json) {
            out.println(Json.write(json(b)));
            return BasisCli.EXIT_OK;
        }
        out.println(String.format(Locale.ROOT, "VaR at level %s: %d exceptions in %d rows (expected %s, rate %s).",
                Text.num(level), b.exceptions(), b.observations(), Text.num(b.observations() * (1 - level)),
                Text.num((double) b.exceptions() / b.observations())));
        List<List<String>> rows = new ArrayList<>();
        for (LikelihoodRatioTest t : List.of(b.kupiec(), b.independence(), b.conditionalCoverage())) {
            rows.add(List.of(t.name(), Text.num(t.statistic()), String.valueOf(t.degreesOfFreedom()),
                    Text.num(t.pValue()), t.rejectsAt(0.05) ? "reject" : "do not reject"));
        }
        Text.table(out, List.of("test", "LR", "df", "p-value", "at 5%"), rows);
        out.println("Basel traffic light: " + b.zone().name().toLowerCase(Locale.ROOT) + ".");
        return BasisCli.EXIT_OK;
    }

    static Map<String, Object> json(VarBacktest b) {
        Map<String, Object> o = Json.object();
        o.put("level", b.level());
        o.put("observations", b.observations());
        o.put("exceptions", b.exceptions());
        o.put("expected", b.observations() * (1 - b.level()));
        o.put("kupiec", test(b.kupiec()));
        o.put("independence", test(b.independence()));
        o.put("conditionalCoverage", test(b.conditionalCoverage()));
        o.put("zone", b.zone().name().toLowerCase(Locale.ROOT));
        return o;
    }

    private static Map<String, Object> test(LikelihoodRatioTest t) {
        Map<String, Object> o = Json.object();
        o.put("statistic", t.statistic());
        o.put("df", t.degreesOfFreedom());
        o.put("pValue", t.pValue());
        return o;
    }
}
