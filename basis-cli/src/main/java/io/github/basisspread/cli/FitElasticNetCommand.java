package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.learners.CrossValidation;
import io.github.basisspread.ml.learners.ElasticNet;
import io.github.basisspread.ml.learners.ElasticNetCv;
import io.github.basisspread.ml.learners.ElasticNetFit;
import io.github.basisspread.ml.learners.Folds;
import java.io.PrintWriter;
import java.io.StringWriter;
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

/** {@code basis fit elasticnet}: a Gaussian elastic net (ridge, lasso) of one column on others, as R's glmnet. */
@Command(name = "elasticnet", mixinStandardHelpOptions = true,
        description = {"Elastic net of --y on the --x columns with R glmnet's conventions: the predictors "
                + "standardised (divisor n), an unpenalised intercept, coefficients reported on the original scale; "
                + "it minimises RSS/(2n) + lambda [(1 - alpha)/2 ||b||^2 + alpha ||b||_1] (alpha 1 the lasso, 0 ridge).",
            "With --lambda: the fit at that lambda (glmnet's coef(fit, s = lambda, exact = TRUE)). Without it: "
                    + "cross-validation over glmnet's default path of lambdas (cv.glmnet with type.measure mse), "
                    + "reporting lambda.min, lambda.1se and the coefficients at the --rule lambda.",
            "Missing cells are rejected."})
final class FitElasticNetCommand implements Callable<Integer> {

    /**
     * The coordinate-descent tolerance (glmnet's {@code thresh}, on the squared change of a
     * standardised slope): far below glmnet's default 1e-7, which leaves coefficients up to 1e-4
     * relative short of the optimum; the command fits a handful of columns, where converging costs little.
     */
    static final double TOLERANCE = 1e-16;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--y", required = true, paramLabel = "COLUMN", description = "The response column.")
    String y;

    @Option(names = "--x", required = true, paramLabel = "A,B", description = "The predictor columns, comma-separated.")
    String x;

    @Option(names = "--alpha", defaultValue = "1", paramLabel = "A",
            description = "The mixing parameter in [0, 1]: 1 the lasso, 0 ridge (default ${DEFAULT-VALUE}, glmnet's).")
    double alpha;

    @Option(names = "--lambda", paramLabel = "L",
            description = "The penalty, zero or more; without it lambda is chosen by cross-validation.")
    Double lambda;

    @Option(names = "--folds", defaultValue = "10", paramLabel = "K",
            description = "Cross-validation: the number of folds (default ${DEFAULT-VALUE}, cv.glmnet's nfolds).")
    int folds;

    @Option(names = "--cv", defaultValue = "kfold", paramLabel = "KIND",
            description = "Cross-validation splits: kfold (row i in fold i mod K, cv.glmnet with foldid = "
                    + "(i - 1) %% K + 1; rows are exchangeable) or forward (time order: K test blocks, each after "
                    + "every row its model was trained on); default ${DEFAULT-VALUE}.")
    String cv;

    @Option(names = "--rule", defaultValue = "1se", paramLabel = "RULE",
            description = "Cross-validation: the coefficients reported, at lambda.1se (the largest lambda within "
                    + "one standard error of the least error, coef.cv.glmnet's default) or lambda.min; "
                    + "default ${DEFAULT-VALUE}.")
    String rule;

    @Override
    public Integer call() {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new UserException("--alpha must lie in [0, 1] (1 the lasso, 0 ridge) but is " + alpha);
        }
        if (lambda != null && !(lambda >= 0 && Double.isFinite(lambda))) {
            throw new UserException("--lambda must be zero or positive and finite but is " + lambda);
        }
        boolean min = switch (rule.strip().toLowerCase(Locale.ROOT)) {
            case "1se" -> false;
            case "min" -> true;
            default -> throw new UserException("--rule must be 1se or min but is '" + rule + "'");
        };
        boolean forward = switch (cv.strip().toLowerCase(Locale.ROOT)) {
            case "kfold" -> false;
            case "forward" -> true;
            default -> throw new UserException("--cv must be kfold or forward but is '" + cv + "'");
        };
        if (lambda == null && (forward ? folds < 2 : folds < 3)) {
            throw new UserException("--folds must be at least " + (forward ? "2 with --cv forward" : "3 (cv.glmnet's "
                    + "minimum)") + " but is " + folds);
        }
        List<String> xs = CsvInput.names(x, "--x");
        if (xs.contains(y)) {
            throw new UserException("--x must not contain the response column '" + y + "'");
        }
        List<String> cols = new ArrayList<>();
        cols.add(y);
        cols.addAll(xs);
        SeriesFrame frame = CsvInput.read(in, cols);
        double[] response = frame.valuesArray(y);
        DataChecks.usable(in.input, "--y", y, response, "the elastic net", true, true);
        double[][] columns = new double[xs.size()][];
        for (int j = 0; j < xs.size(); j++) {
            columns[j] = frame.valuesArray(xs.get(j));
            DataChecks.usable(in.input, "--x", xs.get(j), columns[j], "the elastic net", true, false);
        }
        int n = response.length;
        if (n < 2) {
            throw new UserException(in.input + ": the elastic net needs at least 2 rows but the file has " + n);
        }
        if (lambda == null && n < folds + (forward ? 1 : 0)) {
            throw new UserException(in.input + ": " + n + " rows are too few for " + folds + " folds (--folds); "
                    + "give fewer folds, more rows, or a --lambda");
        }
        StringWriter text = new StringWriter();
        PrintWriter t = new PrintWriter(text);
        // The learners' classes are loaded here, not when the command tree is built (start-up).
        Map<String, Object> o = Fitter.fit(this, xs, columns, response, min, forward, t);
        t.flush();
        // Everything is computed before the first line is printed: a failure prints nothing.
        PrintWriter out = spec.commandLine().getOut();
        if (in.format == Format.json) {
            out.println(Json.write(o));
        } else {
            out.print(text);
            out.flush();
        }
        return BasisCli.EXIT_OK;
    }

    /**
     * The fit itself, apart so that the command tree (built at every start) does not load the
     * learners' classes when it verifies the command's class.
     */
    private static final class Fitter {

        private Fitter() {
        }

        static Map<String, Object> fit(FitElasticNetCommand c, List<String> xs, double[][] columns, double[] response,
                boolean min, boolean forward, PrintWriter t) {
            double alpha = c.alpha;
            Double lambda = c.lambda;
            int folds = c.folds;
            String y = c.y;
            int n = response.length;
            Dataset data = Dataset.ofColumns(xs, columns, response, List.of());
            ElasticNet net = ElasticNet.of(alpha).withTolerance(TOLERANCE);
            Map<String, Object> o;
            if (lambda != null) {
                ElasticNetFit fit = net.withLambda(lambda).fit(data);
                checkFinite(fit, y, c.x);
                o = json(fit, lambda);
                t.println("Elastic net of " + y + " on " + String.join(", ", xs) + ", " + n + " observations, alpha "
                        + Text.num(alpha) + ", lambda " + Text.num(lambda));
                coefficientTable(t, fit);
                t.println("fraction of deviance explained " + Text.num(fit.devRatio()) + ", nonzero slopes " + fit.df());
            } else {
                CrossValidation result = ElasticNetCv.of(net, forward ? Folds.forwardChaining(folds) : Folds.kFold(folds))
                        .crossValidate(data);
                ElasticNetFit fit = min ? result.fitMin() : result.fit1se();
                checkFinite(fit, y, c.x);
                o = json(fit, fit.lambda());
                o.put("rule", min ? "lambda.min" : "lambda.1se");
                o.put("lambdaMin", result.lambdaMin());
                o.put("lambda1se", result.lambda1se());
                o.put("folds", folds);
                o.put("cv", forward ? "forward" : "kfold");
                double[] lambdas = result.lambdas();
                double[] cvm = result.cvm();
                double[] cvsd = result.cvsd();
                int iMin = indexOf(lambdas, result.lambdaMin());
                int i1se = indexOf(lambdas, result.lambda1se());
                o.put("cvmMin", cvm[iMin]);
                o.put("cvm1se", cvm[i1se]);
                t.println("Elastic net of " + y + " on " + String.join(", ", xs) + ", " + n + " observations, alpha "
                        + Text.num(alpha) + ", lambda by " + folds + "-fold " + (forward ? "forward-chaining " : "")
                        + "cross-validation over " + lambdas.length + " lambdas");
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("lambda.min", Text.num(lambdas[iMin]), Text.num(cvm[iMin]), Text.num(cvsd[iMin])));
                rows.add(List.of("lambda.1se", Text.num(lambdas[i1se]), Text.num(cvm[i1se]), Text.num(cvsd[i1se])));
                Text.table(t, List.of("", "lambda", "cv mse", "cv s.e."), rows);
                t.println("Coefficients at " + (min ? "lambda.min" : "lambda.1se") + " (--rule):");
                coefficientTable(t, fit);
                t.println("fraction of deviance explained " + Text.num(fit.devRatio()) + ", nonzero slopes " + fit.df());
            }
            return o;
        }

        private static void checkFinite(ElasticNetFit fit, String y, String x) {
            boolean finite = Double.isFinite(fit.intercept());
            for (double b : fit.slopes()) {
                finite &= Double.isFinite(b);
            }
            if (!finite) {
                throw new UserException("--y column '" + y + "' on " + x + " gives coefficients that are not finite: the "
                        + "values are too large or too far apart in scale for double precision; rescale the columns");
            }
        }

        private static int indexOf(double[] lambdas, double value) {
            for (int l = 0; l < lambdas.length; l++) {
                if (lambdas[l] == value) {
                    return l;
                }
            }
            throw new IllegalStateException("lambda " + value + " is not on the path");
        }

        private static Map<String, Object> json(ElasticNetFit fit, double lambda) {
            Map<String, Object> coefficients = Json.object();
            coefficients.put("intercept", fit.intercept());
            double[] slopes = fit.slopes();
            List<String> names = fit.featureNames();
            for (int j = 0; j < names.size(); j++) {
                coefficients.put(names.get(j), slopes[j]);
            }
            Map<String, Object> o = Json.object();
            o.put("model", "ElasticNet");
            o.put("alpha", fit.alpha());
            o.put("lambda", lambda);
            o.put("coefficients", coefficients);
            o.put("devRatio", fit.devRatio());
            o.put("df", fit.df());
            o.put("nobs", fit.nobs());
            return o;
        }

        private static void coefficientTable(PrintWriter out, ElasticNetFit fit) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("intercept", Text.num(fit.intercept())));
            double[] slopes = fit.slopes();
            List<String> names = fit.featureNames();
            for (int j = 0; j < names.size(); j++) {
                rows.add(List.of(names.get(j), slopes[j] == 0 ? "." : Text.num(slopes[j])));
            }
            Text.table(out, List.of("term", "coef"), rows);
        }
    }
}
