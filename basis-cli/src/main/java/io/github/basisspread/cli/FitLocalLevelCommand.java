package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.statespace.LocalLevel;
import io.github.basisspread.models.statespace.StateSpaceFit;
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

/** {@code basis fit local-level}: the local level model by exact diffuse maximum likelihood. */
@Command(name = "local-level", mixinStandardHelpOptions = true,
        description = "Local level model y = mu + eps, mu' = mu + eta (exact diffuse ML); one result per column.")
final class FitLocalLevelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The read of the input begun before the command line was parsed, or null (not an option). */
    private final CsvInput.Prefetch prefetch;

    FitLocalLevelCommand() {
        this(null);
    }

    FitLocalLevelCommand(CsvInput.Prefetch prefetch) {
        this.prefetch = prefetch;
    }

    @Mixin
    InputOptions in;

    @Option(names = "--column", required = true, paramLabel = "C[,D]", description = "The column(s) to fit.")
    String column;

    @Override
    public Integer call() {
        List<String> cols = CsvInput.names(column, "--column");
        SeriesFrame frame = CsvInput.read(in, cols, prefetch);
        // Every column is fitted before anything is printed: a failure on a later column prints nothing.
        List<StateSpaceFit> fits = new ArrayList<>();
        for (String c : cols) {
            double[] v = frame.valuesArray(c);
            // Missing values are fine (the filter skips them); a constant or overflowing column is not.
            DataChecks.usable(in.input, "--column", c, v, "the local level model", false, true);
            fits.add(LocalLevel.of().fit(v));
        }
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            String c = cols.get(i);
            StateSpaceFit fit = fits.get(i);
            if (in.format == Format.json) {
                out.println(Json.write(json(c, fit)));
            } else {
                rows.add(List.of(c, Text.num(irregular(fit)), Text.num(level(fit)), Text.num(fit.logLikelihood()),
                        String.valueOf(fit.nobs()), String.valueOf(fit.convergence().converged())));
            }
        }
        if (in.format == Format.text) {
            Text.table(out, List.of("column", "sigma2.irregular", "sigma2.level", "logLik", "nobs", "converged"),
                    rows);
        }
        return BasisCli.EXIT_OK;
    }

    // LocalLevel's parameters are (sigma2_epsilon, sigma2_eta): irregular then level.
    private static double irregular(StateSpaceFit fit) {
        return fit.estimates()[fit.parameterNames().indexOf("sigma2_epsilon")];
    }

    private static double level(StateSpaceFit fit) {
        return fit.estimates()[fit.parameterNames().indexOf("sigma2_eta")];
    }

    static Map<String, Object> json(String column, StateSpaceFit fit) {
        Map<String, Object> params = Json.object();
        params.put("sigma2.level", level(fit));
        params.put("sigma2.irregular", irregular(fit));
        Map<String, Object> o = Json.object();
        o.put("column", column);
        o.put("model", "LocalLevel");
        o.put("parameters", params);
        o.put("logLikelihood", fit.logLikelihood());
        o.put("nobs", fit.nobs());
        o.put("converged", fit.convergence().converged());
        return o;
    }
}
