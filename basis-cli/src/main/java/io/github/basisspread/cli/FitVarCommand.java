package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.api.ConfidenceBand;
import io.github.basisspread.models.api.FittedModel;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.multivariate.LagCriterion;
import io.github.basisspread.models.multivariate.MultivariateForecast;
import io.github.basisspread.models.multivariate.VarFit;
import io.github.basisspread.models.multivariate.VarSpec;
import io.github.basisspread.models.multivariate.VarTrend;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis fit var}: a vector autoregression by least squares, order given or selected. */
@Command(name = "var", mixinStandardHelpOptions = true,
        description = {"Vector autoregression of the --columns by least squares, as statsmodels' VAR: --lags P, or "
                + "--select aic|bic|hq|fpe to choose the order up to --max-lags on a common sample "
                + "(statsmodels' select_order).", "Missing cells are rejected."})
final class FitVarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--columns", required = true, paramLabel = "A,B", description = "The series, comma-separated, at least two.")
    String columns;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Order order;

    /** --lags or --select, not both. */
    static final class Order {
        @Option(names = "--lags", paramLabel = "P", description = "The lag order (default 1).")
        Integer lags;

        @Option(names = "--select", paramLabel = "IC", description = "Choose the order by aic, bic, hq or fpe.")
        String select;
    }

    @Option(names = "--max-lags", defaultValue = "8", paramLabel = "M",
            description = "Largest order considered by --select (default ${DEFAULT-VALUE}).")
    int maxLags;

    @Option(names = "--trend", defaultValue = "c", paramLabel = "T",
            description = "Deterministic terms: n, c (constant) or ct (constant and trend) (default ${DEFAULT-VALUE}).")
    String trend;

    @Option(names = "--horizon", defaultValue = "0", paramLabel = "H",
            description = "Also forecast H steps ahead with 95% intervals (default ${DEFAULT-VALUE}: none).")
    int horizon;

    @Override
    public Integer call() {
        List<String> cols = CsvInput.names(columns, "--columns");
        if (cols.size() < 2) {
            throw new UserException("--columns must name at least two columns but names " + cols.size());
        }
        if (horizon < 0) {
            throw new UserException("--horizon must be zero or more but is " + horizon);
        }
        VarTrend t = VarTrend.parse(trend);
        VarSpec var = order != null && order.select != null
                ? VarSpec.selectedBy(LagCriterion.parse(order.select), maxLags)
                : VarSpec.of(order != null && order.lags != null ? order.lags : 1);
        SeriesFrame frame = CsvInput.read(in, cols);
        double[][] data = new double[cols.size()][];
        for (int j = 0; j < cols.size(); j++) {
            data[j] = frame.valuesArray(cols.get(j));
            DataChecks.usable(in.input, "--columns", cols.get(j), data[j], "the VAR", true, true);
        }
        VarFit fit = var.withTrend(t).withNames(cols).fit(data);
        PrintWriter out = spec.commandLine().getOut();
        if (in.format == Format.json) {
            out.println(Json.write(json(fit, horizon)));
        } else {
            fit.selection().ifPresent(out::print);
            out.print(fit.summary());
            if (horizon > 0) {
                out.print(fit.forecast(horizon));
            }
        }
        out.flush();
        return BasisCli.EXIT_OK;
    }

    static Map<String, Object> json(VarFit fit, int horizon) {
        Map<String, Object> o = Json.object();
        o.put("model", "VAR");
        o.put("columns", fit.names());
        o.put("lags", fit.lags());
        o.put("trend", fit.trend().code());
        putCommon(o, fit);
        o.put("sigma", FitVecmCommand.rows(fit.sigma()));
        fit.selection().ifPresent(s -> {
            Map<String, Object> sel = Json.object();
            for (LagCriterion c : LagCriterion.values()) {
                sel.put(c.name().toLowerCase(java.util.Locale.ROOT), s.selected(c));
            }
            o.put("selectedOrders", sel);
        });
        if (horizon > 0) {
            o.put("forecast", forecastJson(fit.forecast(horizon)));
        }
        return o;
    }

    /** logLikelihood, aic, bic, nobs, converged, parameters and standard errors by name. */
    static void putCommon(Map<String, Object> o, FittedModel fit) {
        o.put("logLikelihood", fit.logLikelihood());
        o.put("aic", fit.informationCriteria().aic());
        o.put("bic", fit.informationCriteria().bic());
        o.put("nobs", fit.nobs());
        o.put("converged", fit.convergence().converged());
        Map<String, Object> params = Json.object();
        Map<String, Object> errors = Json.object();
        List<String> names = fit.parameterNames();
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        for (int i = 0; i < names.size(); i++) {
            params.put(names.get(i), est[i]);
            errors.put(names.get(i), se[i]);
        }
        o.put("parameters", params);
        o.put("standardErrors", errors);
    }

    static Map<String, Object> forecastJson(MultivariateForecast f) {
        Map<String, Object> out = Json.object();
        for (int j = 0; j < f.dimension(); j++) {
            Forecast v = f.variable(j);
            ConfidenceBand band = v.interval(0.95);
            Map<String, Object> one = Json.object();
            one.put("mean", FitVecmCommand.list(v.mean()));
            one.put("standardErrors", FitVecmCommand.list(v.standardErrors()));
            one.put("lower95", FitVecmCommand.list(band.lower()));
            one.put("upper95", FitVecmCommand.list(band.upper()));
            out.put(f.names().get(j), one);
        }
        return out;
    }
}
