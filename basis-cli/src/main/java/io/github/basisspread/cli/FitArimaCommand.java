package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.arima.ArimaData;
import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.arima.AutoArima;
import io.github.basisspread.models.api.ConfidenceBand;
import io.github.basisspread.models.api.Forecast;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code basis fit arima}: regression with (seasonal) ARIMA errors, a given order or auto-ARIMA. */
@Command(name = "arima", mixinStandardHelpOptions = true,
        description = {"Regression with (seasonal) ARIMA errors, as R's arima: a given --order, or the "
                + "Hyndman-Khandakar automatic search (--auto, as forecast::auto.arima); one result per column, "
                + "columns fitted in parallel and printed in input order. Missing cells are missing values.",
            "With --order the model has an intercept (the mean) when d + D = 0, as R's arima; --no-constant "
                    + "drops it, --drift adds a linear drift (d + D <= 1). Coefficients are named as R names "
                    + "them: ar1.., ma1.., sar1.., sma1.., intercept, drift, then the --xreg columns.",
            "sigma2 is the maximum-likelihood estimate of R's arima (residual sum of squares over the observations "
                    + "used); forecast::auto.arima and Arima print a degrees-of-freedom adjusted one, "
                    + "RSS / (nobs - npar + 1), so theirs is slightly larger.",
            "A progress bar is drawn on stderr when it is a terminal."})
final class FitArimaCommand implements Callable<Integer> {

    /** The coverage of the forecast intervals. */
    static final double LEVEL = 0.95;

    /** The longest --forecast, in steps: about 0.7 MB of JSON per column. */
    static final int MAX_FORECAST = 10_000;

    @Spec
    CommandSpec spec;

    /** The read of the input begun before the command line was parsed, or null (not an option). */
    private final CsvInput.Prefetch prefetch;

    FitArimaCommand() {
        this(null);
    }

    FitArimaCommand(CsvInput.Prefetch prefetch) {
        this.prefetch = prefetch;
    }

    @Mixin
    InputOptions in;

    @Option(names = "--column", paramLabel = "C[,D]",
            description = "The column(s) to fit; repeatable, or comma-separated.")
    List<String> columns;

    @Option(names = "--all-columns",
            description = "Fit every numeric column except the --time-column and --xreg ones (numeric: the first "
                    + "data row holds a number or nothing there).")
    boolean allColumns;

    @Option(names = "--order", paramLabel = "p,d,q", description = "The ARIMA order, e.g. 1,1,1.")
    String order;

    @Option(names = "--seasonal", paramLabel = "P,D,Q,s", description = "A seasonal part of period s, e.g. 0,1,1,12.")
    String seasonal;

    @Option(names = "--auto", description = "Choose the order automatically (stepwise search on AICc).")
    boolean auto;

    @Option(names = "--period", paramLabel = "s", description = "With --auto: the seasonal period, 1 (none, the "
            + "default) to " + AutoArima.MAX_PERIOD + "; the series needs more than two full periods.")
    Integer period;

    @Option(names = "--xreg", paramLabel = "A,B", description = "Regressor columns: regression with ARIMA errors "
            + "(with --auto, d and D are chosen on the residuals of the regression, as forecast::auto.arima(xreg = ...)).")
    String xreg;

    @Option(names = "--exhaustive", description = "With --auto: search every order up to p + q + P + Q = 5 "
            + "(auto.arima's stepwise = FALSE), in parallel, instead of the stepwise search.")
    boolean exhaustive;

    @Option(names = "--approximation", arity = "1", paramLabel = "true|false",
            description = "With --auto: search with CSS fits, then refit the best by CSS-ML (auto.arima's "
                    + "approximation); default R's: true when the series has more than 150 rows or --period is above 12.")
    Boolean approximation;

    @Option(names = "--truncate", paramLabel = "N",
            description = "With --auto and the approximation: choose and fit the model on the last N rows only, the "
                    + "orders of differencing on all of them (auto.arima's truncate; default: all rows).")
    Integer truncate;

    @Option(names = "--no-constant", description = "With --order: no intercept when d + D = 0.")
    boolean noConstant;

    @Option(names = "--drift", description = "With --order: add a linear drift 1..n (d + D <= 1).")
    boolean drift;

    @Option(names = "--method", converter = MethodConverter.class, paramLabel = "METHOD",
            description = "With --order: ml, css or css-ml (default css-ml, R's default).")
    ArimaSpec.Method method;

    @Option(names = "--forecast", paramLabel = "H",
            description = "Forecast H steps ahead with 95%% intervals (standard errors exclude coefficient uncertainty, "
                    + "as R's predict); H from 1 to " + MAX_FORECAST + ".")
    Integer horizon;

    @Option(names = "--future-xreg", paramLabel = "FILE",
            description = "With --xreg and --forecast: a CSV of the regressors' future values, the same column names, "
                    + "exactly H data rows (read with the same --time-column).")
    Path futureXreg;

    /** One column's outcome: the fit and forecast, or the failure to report. */
    record Outcome(String column, ArimaFit fit, Forecast forecast, RuntimeException error) {
    }

    @Override
    public Integer call() {
        checkOptions();
        List<String> xregs = xreg == null ? List.of() : CsvInput.names(xreg, "--xreg");
        List<String> targets = targets(xregs);
        for (String c : targets) {
            if (xregs.contains(c)) {
                throw new UserException("--xreg must not contain the fitted column '" + c + "'");
            }
        }
        ArimaSpec arima = auto ? null : spec(xregs);
        List<String> cols = new ArrayList<>(targets);
        cols.addAll(xregs);
        SeriesFrame frame = CsvInput.read(in, cols, prefetch);
        for (String c : targets) {
            DataChecks.usable(in.input, "--column", c, frame.valuesArray(c), "ARIMA", false, false);
        }
        double[][] design = xregs.isEmpty() ? null : rows(frame, xregs, in.input);
        double[][] future = futureRegressors(xregs);
        List<Outcome> outcomes;
        PrintWriter err = spec.commandLine().getErr();
        try (Progress progress = Progress.onConsole(err, "fitting", "columns", targets.size())) {
            // Each column is an independent fit: in parallel, collected in the input's order. A failure is kept
            // as a value and reported from this thread, so its message is not rewrapped by the fork-join pool.
            outcomes = IntStream.range(0, targets.size()).parallel()
                    .mapToObj(i -> fitOne(targets.get(i), frame, arima, design, future, progress)).toList();
        }
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                throw o.error();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (in.format == Format.json) {
                out.println(Json.write(json(o.column(), o.fit(), o.forecast())));
            } else {
                if (i > 0) {
                    out.println();
                }
                printText(out, o.column(), o.fit(), o.forecast());
            }
        }
        return BasisCli.EXIT_OK;
    }

    private Outcome fitOne(String column, SeriesFrame frame, ArimaSpec arima, double[][] design, double[][] future,
                           Progress progress) {
        try {
            double[] y = frame.valuesArray(column);
            ArimaData data = design == null ? ArimaData.of(y) : ArimaData.of(y, design);
            ArimaFit fit = arima == null ? autoArima(design == null ? List.of() : xregNames()).fit(data) : arima.fit(data);
            Forecast fc = null;
            if (horizon != null) {
                fc = future == null ? fit.forecast(horizon) : fit.forecast(horizon, future);
            }
            return new Outcome(column, fit, fc, null);
        } catch (UserException | IllegalArgumentException | EstimationException e) {
            return new Outcome(column, null, null, new UserException("column '" + column + "': " + e.getMessage()));
        } catch (RuntimeException e) {
            return new Outcome(column, null, null, e);
        } finally {
            progress.step();
        }
    }

    private AutoArima autoArima(List<String> regressors) {
        AutoArima a = AutoArima.of().withPeriod(period == null ? 1 : period).withStepwise(!exhaustive);
        if (approximation != null) {
            a = a.withApproximation(approximation);
        }
        if (truncate != null) {
            a = a.withTruncation(truncate);
        }
        return regressors.isEmpty() ? a : a.withRegressors(regressors.toArray(new String[0]));
    }

    private List<String> xregNames() {
        return CsvInput.names(xreg, "--xreg");
    }

    private void checkOptions() {
        if (columns == null && !allColumns) {
            throw new UserException("give --column C (repeatable) or --all-columns");
        }
        if (columns != null && allColumns) {
            throw new UserException("--column and --all-columns cannot be used together");
        }
        if (order != null && auto) {
            throw new UserException("--order and --auto cannot be used together");
        }
        if (order == null && !auto) {
            throw new UserException("give --order p,d,q or --auto");
        }
        if (auto) {
            refuseWithAuto(seasonal != null, "--seasonal", "use --period s");
            refuseWithAuto(noConstant || drift, "--no-constant/--drift", "the search chooses the constant itself");
            refuseWithAuto(method != null, "--method", "the search uses CSS-ML (CSS on long series)");
            if (truncate != null && truncate < 10) {
                throw new UserException("--truncate must be at least 10 but is " + truncate);
            }
        } else if (exhaustive) {
            throw new UserException("--exhaustive applies to --auto");
        } else if (approximation != null || truncate != null) {
            throw new UserException((approximation != null ? "--approximation" : "--truncate") + " applies to --auto");
        } else if (period != null) {
            throw new UserException("--period applies to --auto; with --order give --seasonal P,D,Q,s");
        }
        if (horizon != null && (horizon < 1 || horizon > MAX_FORECAST)) {
            throw new UserException("--forecast must be between 1 and " + MAX_FORECAST + " steps but is " + horizon);
        }
        if (period != null && (period < 1 || period > AutoArima.MAX_PERIOD)) {
            throw new UserException("--period must be between 1 and " + AutoArima.MAX_PERIOD
                    + " (the longest seasonal lag R's arima supports) but is " + period);
        }
        if (futureXreg != null && (xreg == null || horizon == null)) {
            throw new UserException("--future-xreg needs --xreg and --forecast");
        }
        if (xreg != null && horizon != null && futureXreg == null) {
            throw new UserException("--forecast with --xreg needs the regressors' future values: give --future-xreg "
                    + "FILE with the --xreg columns and " + horizon + " data rows");
        }
    }

    private static void refuseWithAuto(boolean given, String option, String why) {
        if (given) {
            throw new UserException(option + " cannot be used with --auto: " + why);
        }
    }

    private List<String> targets(List<String> xregs) {
        if (!allColumns) {
            List<String> list = new ArrayList<>();
            for (String c : columns) {
                list.addAll(CsvInput.names(c, "--column"));
            }
            return List.copyOf(new LinkedHashSet<>(list));
        }
        Set<String> exclude = new LinkedHashSet<>(xregs);
        if (in.timeColumn != null) {
            exclude.add(in.timeColumn);
        }
        return CsvInput.numericColumns(in.input, exclude);
    }

    private ArimaSpec spec(List<String> xregs) {
        int[] o = integers(order, "--order", "p,d,q", 3);
        ArimaSpec s;
        try {
            s = ArimaSpec.of(o[0], o[1], o[2]);
            if (seasonal != null) {
                int[] so = integers(seasonal, "--seasonal", "P,D,Q,s", 4);
                s = s.withSeasonal(so[0], so[1], so[2], so[3]);
            }
            if (noConstant) {
                s = s.withoutConstant();
            }
            if (drift) {
                s = s.withDrift();
            }
            if (!xregs.isEmpty()) {
                s = s.withRegressors(xregs.toArray(new String[0]));
            }
        } catch (IllegalArgumentException e) {
            throw new UserException("--order " + order + (seasonal == null ? "" : " --seasonal " + seasonal) + ": "
                    + e.getMessage());
        }
        return method == null ? s : s.withMethod(method);
    }

    static int[] integers(String text, String option, String shape, int count) {
        String[] parts = text.split(",", -1);
        int[] out = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                out[i] = Integer.parseInt(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            out = null;
        }
        if (out == null || out.length != count) {
            throw new UserException(option + " must be " + shape + " (" + count + " integers) but is '" + text + "'");
        }
        return out;
    }

    private static double[][] rows(SeriesFrame frame, List<String> names, Path file) {
        double[][] x = new double[frame.size()][names.size()];
        for (int j = 0; j < names.size(); j++) {
            double[] v = frame.valuesArray(names.get(j));
            for (int t = 0; t < v.length; t++) {
                if (Double.isNaN(v[t])) {
                    throw new UserException(DataChecks.where(file, t, names.get(j))
                            + ": missing value in an --xreg column: regressors must be complete");
                }
                x[t][j] = v[t];
            }
        }
        return x;
    }

    private double[][] futureRegressors(List<String> xregs) {
        if (futureXreg == null) {
            return null;
        }
        SeriesFrame f = CsvInput.read(futureXreg, in.timeColumn, xregs);
        if (f.size() != horizon) {
            throw new UserException("--future-xreg " + futureXreg + " has " + f.size() + " data rows but --forecast is "
                    + horizon + ": give exactly one row per step");
        }
        return rows(f, xregs, futureXreg);
    }

    static Map<String, Object> json(String column, ArimaFit fit, Forecast forecast) {
        ArimaSpec s = fit.spec();
        Map<String, Object> coefficients = Json.object();
        Map<String, Object> errors = Json.object();
        List<String> names = fit.parameterNames();
        double[] est = fit.estimates();
        double[] se = fit.hasStandardErrors() ? fit.standardErrors() : null;
        for (int j = 0; j < names.size(); j++) {
            coefficients.put(names.get(j), est[j]);
            // JSON null where the observed information is not positive definite: no standard errors exist.
            errors.put(names.get(j), se == null ? null : se[j]);
        }
        // R reports no information criteria for a CSS fit: its likelihood is conditional.
        boolean css = fit.method() == ArimaSpec.Method.CSS;
        Map<String, Object> o = Json.object();
        o.put("column", column);
        o.put("model", s.toString());
        o.put("order", List.of(s.p(), s.d(), s.q()));
        o.put("seasonalOrder", List.of(s.seasonalP(), s.seasonalD(), s.seasonalQ(), s.period()));
        o.put("coefficients", coefficients);
        o.put("standardErrors", errors);
        o.put("sigma2", fit.sigma2());
        o.put("logLikelihood", fit.logLikelihood());
        o.put("aic", css ? null : fit.aic());
        o.put("aicc", css ? null : fit.aicc());
        o.put("bic", css ? null : fit.bic());
        o.put("nobs", fit.nobs());
        o.put("converged", fit.convergence().converged());
        if (forecast != null) {
            ConfidenceBand band = forecast.interval(LEVEL);
            Map<String, Object> f = Json.object();
            f.put("mean", list(forecast.mean()));
            f.put("standardError", list(forecast.standardErrors()));
            f.put("lower95", list(band.lower()));
            f.put("upper95", list(band.upper()));
            o.put("forecast", f);
        }
        return o;
    }

    private static List<Double> list(double[] x) {
        return Arrays.stream(x).boxed().toList();
    }

    private static void printText(PrintWriter out, String column, ArimaFit fit, Forecast forecast) {
        out.println(fit.spec() + " of " + column + ", " + fit.nobs() + " observations used, method "
                + fit.method().name().replace('_', '-') + (fit.convergence().converged() ? ", converged"
                        : ", NOT converged"));
        List<String> names = fit.parameterNames();
        double[] est = fit.estimates();
        double[] se = fit.hasStandardErrors() ? fit.standardErrors() : null;
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            rows.add(List.of(names.get(j), Text.num(est[j]), se == null ? "-" : Text.num(se[j])));
        }
        if (!rows.isEmpty()) {
            Text.table(out, List.of("term", "coef", "std err"), rows);
        }
        boolean css = fit.method() == ArimaSpec.Method.CSS;
        out.println("sigma2 " + Text.num(fit.sigma2()) + "  log-likelihood " + Text.num(fit.logLikelihood())
                + (css ? "" : "  AIC " + Text.num(fit.aic()) + "  AICc " + Text.num(fit.aicc()) + "  BIC "
                        + Text.num(fit.bic())));
        if (forecast != null) {
            ConfidenceBand band = forecast.interval(LEVEL);
            double[] mean = forecast.mean();
            double[] fse = forecast.standardErrors();
            double[] lower = band.lower();
            double[] upper = band.upper();
            List<List<String>> fc = new ArrayList<>();
            for (int h = 0; h < mean.length; h++) {
                fc.add(List.of(String.valueOf(h + 1), Text.num(mean[h]), Text.num(fse[h]), Text.num(lower[h]),
                        Text.num(upper[h])));
            }
            Text.table(out, List.of("step", "forecast", "std err", "lower 95%", "upper 95%"), fc);
        }
    }

    /** Parses {@code --method}: ml, css or css-ml, any case. */
    static final class MethodConverter implements ITypeConverter<ArimaSpec.Method> {
        @Override
        public ArimaSpec.Method convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "ml" -> ArimaSpec.Method.ML;
                case "css" -> ArimaSpec.Method.CSS;
                case "css-ml", "css_ml" -> ArimaSpec.Method.CSS_ML;
                default -> throw new TypeConversionException("'" + value + "' is not one of ml, css, css-ml");
            };
        }
    }
}
