package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.diagnostics.AdfResult;
import io.github.basisspread.models.diagnostics.AugmentedDickeyFuller;
import io.github.basisspread.models.diagnostics.Deterministic;
import io.github.basisspread.models.diagnostics.EngleGranger;
import io.github.basisspread.models.diagnostics.EngleGrangerResult;
import io.github.basisspread.models.diagnostics.Kpss;
import io.github.basisspread.models.diagnostics.KpssResult;
import io.github.basisspread.models.diagnostics.LagSelection;
import io.github.basisspread.models.diagnostics.Portmanteau;
import io.github.basisspread.models.diagnostics.PortmanteauResult;
import io.github.basisspread.models.diagnostics.PValueBound;
import io.github.basisspread.models.diagnostics.CriticalValues;
import io.github.basisspread.models.diagnostics.HypothesisTestResult;
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

/** {@code basis test}: unit-root, stationarity, autocorrelation and cointegration tests. */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Run a statistical test on CSV columns.",
        subcommands = {TestCommand.Adf.class, TestCommand.KpssTest.class, TestCommand.LjungBox.class,
            TestCommand.EngleGrangerTest.class})
final class TestCommand {

    /**
     * {@code test} with only the one test a run names ({@link BasisCli#commandLine}): same name, options
     * and help as {@link TestCommand}, whose full tree answers {@code test --help} and unknown names.
     */
    @Command(name = "test", mixinStandardHelpOptions = true, description = "Run a statistical test on CSV columns.")
    static final class Lean {
    }

    /** The command of one test by its name, or null. */
    static Object test(String name) {
        return switch (name) {
            case "adf" -> new Adf();
            case "kpss" -> new KpssTest();
            case "ljung-box" -> new LjungBox();
            case "engle-granger" -> new EngleGrangerTest();
            default -> null;
        };
    }

    /** The significance levels every result reports, with their JSON keys. */
    private static final double[] LEVELS = {0.01, 0.05, 0.10};
    private static final String[] LEVEL_KEYS = {"1%", "5%", "10%"};

    /** Deterministic terms: none, constant, constant and trend. */
    enum Regression { n, c, ct }

    /** Lag selection by information criterion. */
    enum AutoLag { aic, bic }

    static Map<String, Object> json(String column, String test, HypothesisTestResult r) {
        Map<String, Object> crit = Json.object();
        CriticalValues cv = r.criticalValues();
        for (int i = 0; i < LEVELS.length; i++) {
            // JSON null where the test has no table value at this level (e.g. Engle-Granger without a constant).
            crit.put(LEVEL_KEYS[i], cv.contains(LEVELS[i]) ? cv.at(LEVELS[i]) : null);
        }
        Map<String, Object> o = Json.object();
        o.put("column", column);
        o.put("test", test);
        o.put("statistic", r.statistic());
        o.put("pValue", r.pValue());
        if (r instanceof KpssResult) {
            // The table of Kwiatkowski et al. (1992) stops at 0.01 and 0.10: beyond it, only a bound is known.
            o.put("pValueBound", switch (r.pValueBound()) {
                case POINT -> "within table";
                case UPPER_BOUND -> "below " + r.pValueText().substring(2) + " (the reported "
                        + r.pValueText().substring(2) + " is an upper bound)";
                case LOWER_BOUND -> "above " + r.pValueText().substring(2) + " (the reported "
                        + r.pValueText().substring(2) + " is a lower bound)";
            });
        }
        o.put("lags", r.lagsUsed());
        o.put("nobs", r.nobs());
        o.put("criticalValues", crit);
        return o;
    }

    static List<String> row(String column, HypothesisTestResult r) {
        List<String> row = new ArrayList<>(List.of(column, Text.num(r.statistic()), pValueText(r),
                String.valueOf(r.lagsUsed()), String.valueOf(r.nobs())));
        CriticalValues cv = r.criticalValues();
        for (double level : LEVELS) {
            row.add(cv.contains(level) ? Text.num(cv.at(level)) : "-");
        }
        return row;
    }

    /** The p-value, or the bound a table gives when the statistic lies off it ({@code < 0.01}, {@code > 0.10}). */
    static String pValueText(HypothesisTestResult r) {
        return r.pValueBound() == PValueBound.POINT ? Text.num(r.pValue()) : r.pValueText();
    }

    static void print(PrintWriter out, String title, Format format, String test, List<String> columns,
                      List<? extends HypothesisTestResult> results) {
        if (format == Format.json) {
            for (int i = 0; i < columns.size(); i++) {
                out.println(Json.write(json(columns.get(i), test, results.get(i))));
            }
            return;
        }
        out.println(title + "; null hypothesis: " + results.get(0).nullHypothesis());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            rows.add(row(columns.get(i), results.get(i)));
        }
        Text.table(out, List.of("column", "statistic", "p-value", "lags", "nobs", "1%", "5%", "10%"), rows);
    }

    static void exclusive(Object lags, Object autolag) {
        if (lags != null && autolag != null) {
            throw new UserException("--lags and --autolag cannot be used together");
        }
    }

    /** {@code basis test adf}. */
    @Command(name = "adf", mixinStandardHelpOptions = true,
            description = "Augmented Dickey-Fuller unit-root test (MacKinnon p-values); one result per column.")
    static final class Adf implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        InputOptions in;

        @Option(names = "--column", required = true, paramLabel = "C[,D]", description = "The column(s) to test.")
        String column;

        @Option(names = "--regression", defaultValue = "c", paramLabel = "TERMS",
                description = "Deterministic terms: n (none), c (constant), ct (constant and trend); "
                        + "default ${DEFAULT-VALUE}.")
        Regression regression;

        @Option(names = "--lags", paramLabel = "L", description = "Use exactly L lagged differences.")
        Integer lags;

        @Option(names = "--autolag", paramLabel = "IC",
                description = "Choose the lag by ${COMPLETION-CANDIDATES} up to Schwert's maximum (default aic).")
        AutoLag autolag;

        @Override
        public Integer call() {
            exclusive(lags, autolag);
            List<String> cols = CsvInput.names(column, "--column");
            SeriesFrame frame = CsvInput.read(in, cols);
            AugmentedDickeyFuller adf = AugmentedDickeyFuller.of(deterministic(regression));
            if (lags != null) {
                adf = adf.withFixedLags(lags);
            } else if (autolag == AutoLag.bic) {
                adf = adf.withLagSelection(LagSelection.BIC);
            }
            List<AdfResult> results = new ArrayList<>();
            try (Progress progress = Progress.onConsole(spec.commandLine().getErr(), "testing", "columns",
                    cols.size())) {
                for (String c : cols) {
                    double[] v = frame.valuesArray(c);
                    DataChecks.usable(in.input, "--column", c, v, "the ADF test", true, true);
                    // The bar counts columns: a long column shows what runs and for how long.
                    progress.phase(c + ": " + v.length + " rows, " + (lags != null ? lags + " lags"
                            : "lag search by " + (autolag == null ? "aic" : autolag)));
                    results.add(adf.test(v));
                    progress.step();
                }
            }
            print(spec.commandLine().getOut(), "ADF, regression " + regression, in.format, "ADF", cols, results);
            return BasisCli.EXIT_OK;
        }
    }

    /** {@code basis test kpss}. */
    @Command(name = "kpss", mixinStandardHelpOptions = true,
            description = "KPSS stationarity test (Kwiatkowski et al. 1992 table); one result per column.")
    static final class KpssTest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        InputOptions in;

        @Option(names = "--column", required = true, paramLabel = "C[,D]", description = "The column(s) to test.")
        String column;

        @Option(names = "--regression", defaultValue = "c", paramLabel = "TERMS",
                description = "c (level stationarity) or ct (trend stationarity); default ${DEFAULT-VALUE}.")
        Regression regression;

        @Option(names = "--lags", paramLabel = "L",
                description = "Bartlett lags of the long-run variance (default: Hobijn-Franses-Ooms automatic).")
        Integer lags;

        @Override
        public Integer call() {
            Kpss kpss = switch (regression) {
                case c -> Kpss.level();
                case ct -> Kpss.trend();
                case n -> throw new UserException("--regression n is not defined for KPSS; use c or ct");
            };
            if (lags != null) {
                kpss = kpss.withFixedLags(lags);
            }
            List<String> cols = CsvInput.names(column, "--column");
            SeriesFrame frame = CsvInput.read(in, cols);
            List<KpssResult> results = new ArrayList<>();
            for (String c : cols) {
                double[] v = frame.valuesArray(c);
                DataChecks.usable(in.input, "--column", c, v, "the KPSS test", true, true);
                results.add(kpss.test(v));
            }
            print(spec.commandLine().getOut(), "KPSS, regression " + regression, in.format, "KPSS", cols, results);
            return BasisCli.EXIT_OK;
        }
    }

    /** {@code basis test ljung-box}. */
    @Command(name = "ljung-box", mixinStandardHelpOptions = true,
            description = "Ljung-Box portmanteau test of no autocorrelation up to a lag; one result per column.")
    static final class LjungBox implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        InputOptions in;

        @Option(names = "--column", required = true, paramLabel = "C[,D]", description = "The column(s) to test.")
        String column;

        @Option(names = "--lags", paramLabel = "H", description = "The lag h (default min(n/5, 10)).")
        Integer lags;

        @Override
        public Integer call() {
            List<String> cols = CsvInput.names(column, "--column");
            SeriesFrame frame = CsvInput.read(in, cols);
            List<PortmanteauResult> results = new ArrayList<>();
            for (String c : cols) {
                double[] x = frame.valuesArray(c);
                DataChecks.usable(in.input, "--column", c, x, "the Ljung-Box test", true, true);
                int h = lags != null ? lags : Math.min(x.length / 5, 10);
                if (h < 1) {
                    throw new UserException("--lags must be at least 1 but is " + h
                            + (lags == null ? " (the default min(n/5, 10) for " + x.length + " rows)" : ""));
                }
                results.add(Portmanteau.ljungBox().withLags(h).test(x));
            }
            print(spec.commandLine().getOut(), "Ljung-Box", in.format, "Ljung-Box", cols, results);
            return BasisCli.EXIT_OK;
        }
    }

    /** {@code basis test engle-granger}. */
    @Command(name = "engle-granger", mixinStandardHelpOptions = true,
            description = "Engle-Granger two-step cointegration test of --y on the --x columns.")
    static final class EngleGrangerTest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        InputOptions in;

        @Option(names = "--y", required = true, paramLabel = "COLUMN", description = "The dependent column.")
        String y;

        @Option(names = "--x", required = true, paramLabel = "A[,B]", description = "The other column(s), 1 to 5.")
        String x;

        @Option(names = "--regression", defaultValue = "c", paramLabel = "TERMS",
                description = "Terms of the cointegrating regression: n, c, ct; default ${DEFAULT-VALUE}.")
        Regression regression;

        @Option(names = "--autolag", paramLabel = "IC", defaultValue = "aic",
                description = "Lag selection of the residual ADF: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        AutoLag autolag;

        @Option(names = "--max-lag", paramLabel = "L", description = "Largest lag considered (default Schwert's).")
        Integer maxLag;

        @Override
        public Integer call() {
            List<String> xs = CsvInput.names(x, "--x");
            if (xs.contains(y)) {
                throw new UserException("--x must not contain the --y column '" + y + "'");
            }
            List<String> cols = new ArrayList<>();
            cols.add(y);
            cols.addAll(xs);
            SeriesFrame frame = CsvInput.read(in, cols);
            EngleGranger eg = EngleGranger.of(deterministic(regression))
                    .withLagSelection(autolag == AutoLag.bic ? LagSelection.BIC : LagSelection.AIC);
            if (maxLag != null) {
                eg = eg.withMaxLag(maxLag);
            }
            double[][] regressors = new double[xs.size()][];
            for (int j = 0; j < xs.size(); j++) {
                regressors[j] = frame.valuesArray(xs.get(j));
                DataChecks.usable(in.input, "--x", xs.get(j), regressors[j], "the Engle-Granger test", true, true);
            }
            double[] response = frame.valuesArray(y);
            DataChecks.usable(in.input, "--y", y, response, "the Engle-Granger test", true, true);
            EngleGrangerResult r = eg.test(response, regressors);
            print(spec.commandLine().getOut(), "Engle-Granger of " + y + " on " + String.join(", ", xs)
                    + ", regression " + regression, in.format, "Engle-Granger", List.of(y), List.of(r));
            return BasisCli.EXIT_OK;
        }
    }

    static Deterministic deterministic(Regression r) {
        return switch (r) {
            case n -> Deterministic.NONE;
            case c -> Deterministic.CONSTANT;
            case ct -> Deterministic.CONSTANT_TREND;
        };
    }
}
