package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.regime.MarkovSwitchingFit;
import io.github.basisspread.models.regime.MarkovSwitchingSpec;
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

/** {@code basis fit markov}: a Markov-switching regression or autoregression (Hamilton filter, EM then ML). */
@Command(name = "markov", mixinStandardHelpOptions = true,
        description = {"Markov-switching mean (and AR, variance) with k regimes: exact likelihood by the Hamilton"
                + " filter, EM then BFGS from several seeded starts (statsmodels' MarkovRegression /"
                + " MarkovAutoregression).",
                "Prints the estimates with standard errors, the transition matrix, the expected durations and"
                + " how many starts reached the best log-likelihood."})
final class FitMarkovCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--column", required = true, paramLabel = "C", description = "The column to fit.")
    String column;

    @Option(names = "--regimes", defaultValue = "2", paramLabel = "K",
            description = "The number of regimes, at least 2 (default: ${DEFAULT-VALUE}).")
    int regimes;

    @Option(names = "--ar", defaultValue = "0", paramLabel = "P",
            description = "AR order of Hamilton's switching autoregression (default: ${DEFAULT-VALUE}, a switching"
                    + " regression on a constant).")
    int ar;

    @Option(names = "--switching-variance", description = "Let the variance switch with the regime.")
    boolean switchingVariance;

    @Option(names = "--fixed-ar", description = "Keep the AR coefficients the same in every regime.")
    boolean fixedAr;

    @Option(names = "--starts", defaultValue = "5", paramLabel = "N",
            description = "Starts: the first deterministic, the others seeded random (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--seed", defaultValue = "17", paramLabel = "S",
            description = "Seed of the random starts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        List<String> cols = CsvInput.names(column, "--column");
        if (cols.size() != 1) {
            throw new UserException("--column takes one column for the Markov-switching model but has " + column);
        }
        if (regimes < 2) {
            throw new UserException("--regimes must be at least 2 but has " + regimes);
        }
        if (ar < 0) {
            throw new UserException("--ar must be zero or greater but has " + ar);
        }
        if (starts < 1 || starts > 1000) {
            throw new UserException("--starts must be in 1..1000 but has " + starts);
        }
        SeriesFrame frame = CsvInput.read(in, cols);
        String c = cols.get(0);
        double[] y = frame.valuesArray(c);
        DataChecks.usable(in.input, "--column", c, y, "the Markov-switching model", true, true);
        MarkovSwitchingSpec model = MarkovSwitchingSpec.of(regimes).withAr(ar).withSwitchingVariance(switchingVariance)
                .withSwitchingAr(!fixedAr).withStarts(starts).withSeed(seed);
        MarkovSwitchingFit fit = model.fit(y);
        PrintWriter out = spec.commandLine().getOut();
        if (in.format == Format.json) {
            out.println(Json.write(json(c, fit)));
        } else {
            out.println(c + ": " + model);
            out.print(fit.summary().toString());
        }
        return BasisCli.EXIT_OK;
    }

    static Map<String, Object> json(String column, MarkovSwitchingFit fit) {
        Map<String, Object> params = Json.object();
        Map<String, Object> errors = Json.object();
        List<String> names = fit.parameterNames();
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        for (int i = 0; i < names.size(); i++) {
            params.put(names.get(i), est[i]);
            errors.put(names.get(i), Double.isFinite(se[i]) ? se[i] : null);
        }
        List<Object> matrix = new ArrayList<>();
        for (double[] row : fit.transitionMatrix()) {
            List<Object> r = new ArrayList<>();
            for (double v : row) {
                r.add(v);
            }
            matrix.add(r);
        }
        List<Object> durations = new ArrayList<>();
        for (double d : fit.expectedDurations()) {
            durations.add(Double.isFinite(d) ? d : null);
        }
        Map<String, Object> o = Json.object();
        o.put("column", column);
        o.put("model", fit.spec().order() > 0 ? "MarkovAutoregression" : "MarkovRegression");
        o.put("regimes", fit.regimes());
        o.put("order", fit.spec().order());
        o.put("parameters", params);
        o.put("standardErrors", errors);
        o.put("transitionMatrix", matrix);
        o.put("expectedDurations", durations);
        o.put("logLikelihood", fit.logLikelihood());
        o.put("aic", fit.informationCriteria().aic());
        o.put("bic", fit.informationCriteria().bic());
        o.put("nobs", fit.nobs());
        o.put("converged", fit.convergence().converged());
        o.put("starts", fit.startsRun());
        o.put("startsAtBest", fit.startsAtBest());
        return o;
    }
}
