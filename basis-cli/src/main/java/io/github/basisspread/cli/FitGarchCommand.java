package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.api.InformationCriteria;
import io.github.basisspread.models.volatility.GarchFit;
import io.github.basisspread.models.volatility.GarchSpec;
import io.github.basisspread.models.volatility.Innovation;
import io.github.basisspread.models.volatility.MeanModel;
import io.github.basisspread.models.volatility.RecursionStart;
import io.github.basisspread.models.volatility.VarianceModel;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis fit garch}: GARCH, GJR-GARCH or EGARCH by maximum likelihood, as R's fGarch::garchFit. */
@Command(name = "garch", mixinStandardHelpOptions = true,
        description = {"GARCH(p,q), GJR-GARCH or EGARCH of returns with normal or Student-t innovations on a zero, "
                + "constant, AR(1) or ARMA(u,v) mean (estimated jointly), by maximum likelihood as R's fGarch::garchFit (same recursion start, "
                + "constraints and log-likelihood); one result per column.",
            "Standard errors from the Hessian and robust (Bollerslev-Wooldridge); the persistence, and whether the "
                + "variance is stationary, is reported, not imposed."})
final class FitGarchCommand implements Callable<Integer> {

    /** The longest --forecast, in steps. */
    static final int MAX_FORECAST = 100_000;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--column", required = true, paramLabel = "C[,D]",
            description = "The column(s) of returns to fit (no missing values).")
    String column;

    @Option(names = "--p", defaultValue = "1", paramLabel = "P",
            description = "ARCH order: terms in past squared residuals, 1 to 10 (default ${DEFAULT-VALUE}).")
    int p;

    @Option(names = "--q", defaultValue = "1", paramLabel = "Q",
            description = "GARCH order: terms in past variances, 0 to 10 (default ${DEFAULT-VALUE}).")
    int q;

    @Option(names = "--dist", defaultValue = "normal", paramLabel = "DIST",
            description = "Innovations: normal or t (Student-t with unit variance) (default ${DEFAULT-VALUE}).")
    String dist;

    @Option(names = "--mean", defaultValue = "constant", paramLabel = "MEAN",
            description = "Mean equation: constant, zero or ar1 (AR(1) with intercept) (default ${DEFAULT-VALUE}).")
    String mean;

    @Option(names = "--arma", paramLabel = "U,V",
            description = "ARMA(U,V) mean with intercept, estimated jointly with the variance (fGarch's"
                    + " ~arma(U,V) + garch(P,Q)); replaces --mean. 0,0 is the constant and 1,0 the ar1 mean.")
    String arma;

    @Option(names = "--model", defaultValue = "garch", paramLabel = "MODEL",
            description = "Variance equation: garch, gjr (Glosten-Jagannathan-Runkle) or egarch (Nelson) "
                    + "(default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--start", defaultValue = "fgarch", paramLabel = "START",
            description = "Start of the variance recursion and likelihood: fgarch (fGarch's garchFit) or tseries"
                    + " (tseries's garch: mean(x^2) for the first max(p,q) steps, not counted; needs --mean zero)"
                    + " (default ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--forecast", paramLabel = "H",
            description = "Also forecast H steps: the mean, its standard error and the conditional variance.")
    Integer horizon;

    @Override
    public Integer call() {
        GarchSpec garch;
        try {
            garch = GarchSpec.of(p, q).withModel(VarianceModel.parse(model)).withInnovation(Innovation.parse(dist))
                    .withMean(MeanModel.parse(mean));
            if (arma != null) {
                int[] uv = armaOrders(arma, spec.commandLine().getParseResult().hasMatchedOption("--mean"));
                garch = garch.withArma(uv[0], uv[1]);
            }
            garch = switch (start) {
                case "fgarch" -> garch;
                case "tseries" -> garch.withRecursionStart(RecursionStart.TSERIES);
                default -> throw new UserException("--start must be fgarch or tseries but is '" + start + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage().replace("Argument 'p'", "--p").replace("Argument 'q'", "--q")
                    .replace("Argument 'model'", "--model").replace("Argument 'dist'", "--dist")
                    .replace("Argument 'mean'", "--mean")
                    .replace("Argument 'ar' and 'ma' must be 0", "--arma must be 0,0")
                    .replace("Argument 'ar'", "--arma U").replace("Argument 'ma'", "--arma V").replace("Argument 'recursionStart' TSERIES", "--start tseries"));
        }
        if (horizon != null && (horizon < 1 || horizon > MAX_FORECAST)) {
            throw new UserException("--forecast must be in 1.." + MAX_FORECAST + " but is " + horizon);
        }
        List<String> cols = CsvInput.names(column, "--column");
        SeriesFrame frame = CsvInput.read(in, cols);
        // Every column is fitted before anything is printed: a failure on a later column prints nothing.
        List<GarchFit> fits = new ArrayList<>();
        for (String c : cols) {
            double[] v = frame.valuesArray(c);
            DataChecks.usable(in.input, "--column", c, v, "a GARCH model", true, true);
            if (v.length < GarchSpec.MIN_OBSERVATIONS) {
                throw new UserException(in.input + ": column " + c + " has " + v.length + " values, but a GARCH model"
                        + " needs at least " + GarchSpec.MIN_OBSERVATIONS);
            }
            fits.add(garch.fit(v));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < cols.size(); i++) {
            GarchFit fit = fits.get(i);
            Forecast f = horizon == null ? null : fit.forecast(horizon);
            double[] variance = horizon == null ? null : fit.varianceForecast(horizon);
            if (in.format == Format.json) {
                out.println(Json.write(json(cols.get(i), fit, f, variance)));
            } else {
                printText(out, cols.get(i), fit, f, variance);
            }
        }
        return BasisCli.EXIT_OK;
    }

    /** The orders of --arma U,V. */
    private static int[] armaOrders(String value, boolean meanGiven) {
        if (meanGiven) {
            throw new UserException("--arma and --mean cannot both be given: --arma U,V is the mean equation");
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 2) {
            throw new UserException("--arma must be two orders U,V (for example 1,1) but is '" + value + "'");
        }
        int[] uv = new int[2];
        for (int i = 0; i < 2; i++) {
            try {
                uv[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UserException("--arma must be two orders U,V (for example 1,1) but is '" + value + "'");
            }
        }
        return uv;
    }

    static Map<String, Object> json(String column, GarchFit fit, Forecast forecast, double[] variance) {
        Map<String, Object> parameters = Json.object();
        Map<String, Object> errors = Json.object();
        Map<String, Object> robust = Json.object();
        List<String> names = fit.parameterNames();
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        double[] rse = fit.robustStandardErrors();
        for (int j = 0; j < names.size(); j++) {
            parameters.put(names.get(j), est[j]);
            // JSON null where the observed information is not positive definite: no standard errors exist.
            errors.put(names.get(j), finiteOrNull(se[j]));
            robust.put(names.get(j), finiteOrNull(rse[j]));
        }
        InformationCriteria ic = fit.informationCriteria();
        Map<String, Object> o = Json.object();
        o.put("column", column);
        o.put("model", fit.spec().toString());
        o.put("parameters", parameters);
        o.put("standardErrors", errors);
        o.put("robustStandardErrors", robust);
        o.put("logLikelihood", fit.logLikelihood());
        o.put("aic", ic.aic());
        o.put("bic", ic.bic());
        o.put("nobs", fit.nobs());
        o.put("converged", fit.convergence().converged());
        o.put("persistence", fit.persistence());
        o.put("stationary", fit.isStationary());
        o.put("unconditionalVariance", finiteOrNull(fit.unconditionalVariance()));
        o.put("halfLife", finiteOrNull(fit.halfLife()));
        if (forecast != null) {
            Map<String, Object> f = Json.object();
            f.put("mean", list(forecast.mean()));
            f.put("standardError", list(forecast.standardErrors()));
            f.put("variance", list(variance));
            o.put("forecast", f);
        }
        return o;
    }

    private static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static List<Double> list(double[] x) {
        return Arrays.stream(x).boxed().toList();
    }

    private static void printText(PrintWriter out, String column, GarchFit fit, Forecast forecast,
            double[] variance) {
        out.println("column " + column + ": " + fit.summary().toString().stripTrailing());
        if (forecast != null) {
            List<List<String>> rows = new ArrayList<>();
            for (int k = 1; k <= forecast.horizon(); k++) {
                rows.add(List.of(String.valueOf(k), Text.num(forecast.mean(k)), Text.num(forecast.standardError(k)),
                        Text.num(variance[k - 1]), Text.num(Math.sqrt(variance[k - 1]))));
            }
            Text.table(out, List.of("step", "mean", "std.err", "variance", "volatility"), rows);
        }
    }
}
