package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.multivariate.PriceDiscovery;
import io.github.basisspread.models.multivariate.VecmFit;
import io.github.basisspread.models.multivariate.VecmSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis fit vecm}: the vector error correction model by Johansen's maximum likelihood. */
@Command(name = "vecm", mixinStandardHelpOptions = true,
        description = {"Vector error correction model of the --columns (in levels, e.g. log future and log spot) by "
                + "Johansen's maximum likelihood, as statsmodels' VECM: alpha, beta (first element 1), Gamma, "
                + "Sigma, log-likelihood, the half-life of a deviation and, with rank K - 1, price-discovery "
                + "shares (Gonzalo-Granger, Hasbrouck bounds).",
            "Missing cells are rejected."})
final class FitVecmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--columns", required = true, paramLabel = "A,B", description = "The series, comma-separated, at least two.")
    String columns;

    @Option(names = "--lags", defaultValue = "1", paramLabel = "K",
            description = "Lagged differences in the VECM (statsmodels' k_ar_diff; default ${DEFAULT-VALUE}).")
    int lags;

    @Option(names = "--rank", defaultValue = "1", paramLabel = "R",
            description = "Cointegrating rank, 1 to (number of columns - 1) (default ${DEFAULT-VALUE}).")
    int rank;

    @Option(names = "--deterministic", defaultValue = "n", paramLabel = "D",
            description = "Deterministic terms, statsmodels' names: n (none), co (constant outside the relation), "
                    + "ci (constant inside), lo (trend outside), li (trend inside), or a combination such as coli "
                    + "(default ${DEFAULT-VALUE}).")
    String deterministic;

    @Option(names = "--horizon", defaultValue = "0", paramLabel = "H",
            description = "Also forecast the levels H steps ahead with 95% intervals (default ${DEFAULT-VALUE}: none).")
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
        SeriesFrame frame = CsvInput.read(in, cols);
        double[][] data = new double[cols.size()][];
        for (int j = 0; j < cols.size(); j++) {
            data[j] = frame.valuesArray(cols.get(j));
            DataChecks.usable(in.input, "--columns", cols.get(j), data[j], "the VECM", true, true);
        }
        VecmFit fit = VecmSpec.of(lags, rank).withDeterministic(deterministic).withNames(cols).fit(data);
        PrintWriter out = spec.commandLine().getOut();
        if (in.format == Format.json) {
            out.println(Json.write(json(fit, horizon)));
        } else {
            out.print(fit.summary());
            if (horizon > 0) {
                out.print(fit.forecast(horizon));
            }
        }
        out.flush();
        return BasisCli.EXIT_OK;
    }

    static Map<String, Object> json(VecmFit fit, int horizon) {
        Map<String, Object> o = Json.object();
        o.put("model", "VECM");
        o.put("columns", fit.names());
        o.put("lags", fit.spec().lagDifferences());
        o.put("rank", fit.rank());
        o.put("deterministic", fit.spec().deterministic().code());
        FitVarCommand.putCommon(o, fit);
        o.put("alpha", rows(fit.alpha()));
        o.put("beta", rows(fit.beta()));
        if (fit.betaDeterministic().length > 0) {
            o.put("betaDeterministic", rows(fit.betaDeterministic()));
        }
        o.put("gamma", rows(fit.gamma()));
        o.put("sigma", rows(fit.sigma()));
        o.put("eigenvalues", list(fit.eigenvalues()));
        fit.halfLife().ifPresent(h -> o.put("halfLife", h));
        if (fit.rank() == fit.names().size() - 1 && fit.names().size() <= 8) {
            PriceDiscovery pd = fit.priceDiscovery();
            Map<String, Object> p = Json.object();
            p.put("componentShares", list(pd.componentShares()));
            p.put("informationShareLower", list(pd.informationShareLower()));
            p.put("informationShareUpper", list(pd.informationShareUpper()));
            o.put("priceDiscovery", p);
        }
        if (horizon > 0) {
            o.put("forecast", FitVarCommand.forecastJson(fit.forecast(horizon)));
        }
        return o;
    }

    static List<Object> rows(double[][] m) {
        List<Object> out = new ArrayList<>();
        for (double[] row : m) {
            out.add(list(row));
        }
        return out;
    }

    static List<Object> list(double[] v) {
        List<Object> out = new ArrayList<>();
        for (double x : v) {
            out.add(x);
        }
        return out;
    }
}
