package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.regression.CovarianceEstimator;
import io.github.basisspread.models.regression.OlsFit;
import io.github.basisspread.models.regression.OlsSpec;
import io.github.basisspread.models.regression.RegressionData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis fit ols}: ordinary least squares of one column on others. */
@Command(name = "ols", mixinStandardHelpOptions = true,
        description = "Ordinary least squares of --y on the --x columns (missing cells are rejected).")
final class FitOlsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--y", required = true, paramLabel = "COLUMN", description = "The response column.")
    String y;

    @Option(names = "--x", required = true, paramLabel = "A,B", description = "The regressor columns, comma-separated.")
    String x;

    @Option(names = "--no-intercept", description = "Fit without a constant.")
    boolean noIntercept;

    @Option(names = "--cov", defaultValue = "classical", converter = CovarianceOption.class, paramLabel = "KIND",
            description = "Coefficient covariance: " + CovarianceOption.CHOICES + " (default ${DEFAULT-VALUE}); "
                    + "hac is Newey-West (Bartlett) with lag floor(4 (n/100)^(2/9)), hac:L with lag L, "
                    + "both without the small-sample correction.")
    CovarianceEstimator cov;

    @Override
    public Integer call() {
        List<String> xs = CsvInput.names(x, "--x");
        if (xs.contains(y)) {
            throw new UserException("--x must not contain the response column '" + y + "'");
        }
        List<String> cols = new ArrayList<>();
        cols.add(y);
        cols.addAll(xs);
        SeriesFrame frame = CsvInput.read(in, cols);
        double[] response = frame.valuesArray(y);
        DataChecks.usable(in.input, "--y", y, response, "least squares", true, false);
        // Say what is wrong with the data before the fit reports it in its own terms (issue 15: a constant
        // response printed t = Infinity, then an internal error).
        double only = constantValue(response);
        if (!Double.isNaN(only)) {
            throw new UserException("--y column '" + y + "' is constant (every value is " + Text.num(only)
                    + "): there is no variation to explain; choose a column that varies");
        }
        RegressionData.Builder b = RegressionData.builder().response(y, response);
        for (String name : xs) {
            double[] v = frame.valuesArray(name);
            DataChecks.usable(in.input, "--x", name, v, "least squares", true, false);
            double c = constantValue(v);
            if (!noIntercept && !Double.isNaN(c)) {
                throw new UserException("--x column '" + name + "' is constant (every value is " + Text.num(c)
                        + "): it duplicates the intercept; drop it, or fit with --no-intercept");
            }
            b.regressor(name, v);
        }
        OlsSpec ols = (noIntercept ? OlsSpec.of().withoutIntercept() : OlsSpec.of()).withCovariance(cov);
        OlsFit fit = ols.fit(b.build());
        // An exact fit (zero residuals) is printed with a warning, as R's summary.lm does: its
        // coefficients are right, its standard errors zero and its tests meaningless. Standard errors
        // that are not finite for any other reason are refused.
        if (fit.sumOfSquaredResiduals() > 0 && !allFinite(fit.standardErrors())) {
            throw new UserException("--y column '" + y + "' on " + String.join(", ", xs)
                    + " gives standard errors that are not finite: the values are too large or too close to "
                    + "collinear to be fitted in double precision");
        }
        // Everything is computed before the first line is printed: a failure prints nothing.
        PrintWriter out = spec.commandLine().getOut();
        if (in.format == Format.json) {
            out.println(Json.write(json(fit)));
        } else {
            StringWriter text = new StringWriter();
            printText(new PrintWriter(text), fit);
            out.print(text);
            out.flush();
        }
        return BasisCli.EXIT_OK;
    }

    /** The one value of a column whose observed values are all equal, NaN if they vary or none is observed. */
    static double constantValue(double[] v) {
        double first = Double.NaN;
        for (double x : v) {
            if (Double.isNaN(x)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = x;
            } else if (x != first) {
                return Double.NaN;
            }
        }
        return first;
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    static Map<String, Object> json(OlsFit fit) {
        Map<String, Object> coefficients = Json.object();
        Map<String, Object> errors = Json.object();
        List<String> names = fit.parameterNames();
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        for (int j = 0; j < names.size(); j++) {
            coefficients.put(names.get(j), est[j]);
            errors.put(names.get(j), se[j]);
        }
        Map<String, Object> o = Json.object();
        o.put("model", "OLS");
        o.put("response", fit.responseName());
        o.put("covariance", fit.covarianceEstimator().name());
        Integer lag = hacLag(fit);
        if (lag != null) {
            o.put("hacLags", lag);
        }
        if (isPerfectFit(fit)) {
            o.put("warning", PERFECT_FIT);
        }
        o.put("coefficients", coefficients);
        o.put("standardErrors", errors);
        o.put("rSquared", fit.rSquared());
        o.put("adjRSquared", fit.adjustedRSquared());
        o.put("residualStandardError", fit.residualStandardError());
        o.put("logLikelihood", fit.logLikelihood());
        o.put("nobs", fit.nobs());
        return o;
    }

    private static void printText(PrintWriter out, OlsFit fit) {
        Integer lag = hacLag(fit);
        out.println("OLS of " + fit.responseName() + ", " + fit.nobs() + " observations, covariance "
                + fit.covarianceEstimator().name() + (lag == null ? "" : ", " + lag + " lag" + (lag == 1 ? "" : "s")
                + " used"));
        List<String> names = fit.parameterNames();
        double[] est = fit.estimates();
        double[] se = fit.standardErrors();
        double[] t = fit.tValues();
        double[] p = fit.pValues();
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            rows.add(List.of(names.get(j), Text.num(est[j]), Text.num(se[j]), Text.num(t[j]), Text.num(p[j])));
        }
        Text.table(out, List.of("term", "coef", "std err", "t", "p"), rows);
        out.println("R^2 " + Text.num(fit.rSquared()) + "  adj R^2 " + Text.num(fit.adjustedRSquared())
                + "  residual s.e. " + Text.num(fit.residualStandardError()) + "  log-likelihood "
                + Text.num(fit.logLikelihood()));
        if (isPerfectFit(fit)) {
            out.println("warning: " + PERFECT_FIT);
        }
    }

    static final String PERFECT_FIT = "the fit is exact (zero residuals): the standard errors, t statistics and "
            + "p-values are meaningless (0 and 1 by arithmetic, not evidence)";

    /** Whether the residuals are zero to rounding: every standard error is then 0 and its p-value noise. */
    static boolean isPerfectFit(OlsFit fit) {
        return fit.residualStandardError() == 0 || fit.rSquared() == 1;
    }

    /**
     * The lag a Newey-West covariance used: L for {@code hac:L}, and for the automatic {@code hac}
     * floor(4 (n/100)^(2/9)) (Newey and West 1994, statsmodels' default), at most n - 1; null for
     * other estimators.
     */
    static Integer hacLag(OlsFit fit) {
        String name = fit.covarianceEstimator().name();
        if (!name.startsWith("HAC(")) {
            return null;
        }
        String arg = name.substring(4, name.indexOf(','));
        int lag = arg.equals("auto") ? (int) Math.floor(4 * Math.pow(fit.nobs() / 100.0, 2.0 / 9.0))
                : Integer.parseInt(arg);
        return Math.min(lag, fit.nobs() - 1);
    }
}
