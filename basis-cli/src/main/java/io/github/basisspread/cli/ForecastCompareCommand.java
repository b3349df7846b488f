package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.evaluation.AccuracyMetrics;
import io.github.basisspread.models.evaluation.DieboldMariano;
import io.github.basisspread.models.evaluation.DieboldMarianoResult;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.Forecaster;
import io.github.basisspread.models.evaluation.Forecasters;
import io.github.basisspread.models.evaluation.WalkForward;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis forecast compare}: walk-forward accuracy of forecasters against the naive benchmarks. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Walk-forward (rolling-origin) comparison of forecasters of one column, out of sample: at "
                + "every origin from the end of the first --window rows to --horizon rows before the end, each "
                + "model forecasts --horizon steps ahead from the rows up to the origin only; its parameters are "
                + "re-estimated every --refit-every origins on the training window ending there.",
            "The naive benchmarks are always added: the random walk (the last value) and the rolling mean of the "
                    + "last --window values. Reported per model: RMSE, MAE, MASE (scaled by the in-sample naive MAE "
                    + "of the first window), directional accuracy (share of origins where the forecast moves in the "
                    + "realised direction; the random walk never scores) and the Diebold-Mariano test (squared loss, "
                    + "Harvey-Leybourne-Newbold correction) against the random walk: a negative statistic favours "
                    + "the model.",
            "The learners (ridge, lasso, elasticnet) forecast the h-step change of the column from its last "
                    + ForecastModels.LAGS + " values and its rolling mean, sd, z-score, min and max over 6, 24 and "
                    + "168 rows (those no longer than a quarter of --window), their penalty chosen on each training "
                    + "window by forward-chaining cross-validation at lambda.1se; they need --window of at least "
                    + ForecastModels.LEARNER_MIN_WINDOW + ".",
            "A model that fails on a training window is left out with a note (stderr with --format json).",
            "Writes a PNG chart of each model's RMSE relative to the random walk's (--chart, --no-chart)."})
final class ForecastCompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--column", required = true, paramLabel = "COLUMN", description = "The column forecast.")
    String column;

    @Option(names = "--models", defaultValue = "arima,ou,local-level,ridge,lasso,elasticnet", paramLabel = "A,B",
            description = "Models besides the benchmarks, comma-separated, from: arima, ou, local-level, ridge, lasso, "
                    + "elasticnet (default ${DEFAULT-VALUE}).")
    String models;

    @Option(names = "--horizon", defaultValue = "1", paramLabel = "H",
            description = "Steps ahead evaluated (default ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--window", defaultValue = "500", paramLabel = "N",
            description = "Rows of the training window (default ${DEFAULT-VALUE}).")
    int window;

    @Option(names = {"--refit-every", "--step"}, defaultValue = "24", paramLabel = "K",
            description = "Re-estimate every K origins; between refits a model forecasts from the newer rows with its "
                    + "last parameters (default ${DEFAULT-VALUE}; 1 refits at every origin).")
    int refitEvery;

    @Option(names = "--expanding",
            description = "Train on every row up to the origin instead of the last --window rows.")
    boolean expanding;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Threads for the blocks between refits (default ${DEFAULT-VALUE}); results do not depend on it.")
    int threads;

    @Option(names = "--chart", defaultValue = "forecast-compare.png", paramLabel = "FILE",
            description = "The PNG chart written (default ${DEFAULT-VALUE}).")
    Path chart;

    @Option(names = "--no-chart", description = "Write no chart.")
    boolean noChart;

    /** One row of the result. */
    record Row(String model, ForecastEvaluation evaluation, DieboldMarianoResult versusRandomWalk) {
    }

    @Override
    public Integer call() {
        if (horizon < 1) {
            throw new UserException("--horizon must be at least 1 but is " + horizon);
        }
        if (window < 10) {
            throw new UserException("--window must be at least 10 rows but is " + window);
        }
        if (refitEvery < 1) {
            throw new UserException("--refit-every must be at least 1 but is " + refitEvery);
        }
        if (threads < 1 || threads > 256) {
            throw new UserException("--threads must lie in [1, 256] but is " + threads);
        }
        List<ForecastModels.Model> chosen = parseModels();
        SeriesFrame frame = CsvInput.read(in, List.of(column));
        double[] values = frame.valuesArray(column);
        DataChecks.usable(in.input, "--column", column, values, "the walk-forward", true, true);
        int n = values.length;
        long origins = (long) n - window - horizon + 1;
        long needed = Math.max(3, horizon + 1L);
        if (origins < needed) {
            throw new UserException(in.input + ": " + n + " rows leave " + Math.max(0, origins) + " forecast origins "
                    + "after a --window of " + window + " at --horizon " + horizon + "; the Diebold-Mariano test needs "
                    + "at least " + needed + ": give a shorter --window or a longer file");
        }
        for (ForecastModels.Model m : chosen) {
            if (m.learner() && window < ForecastModels.LEARNER_MIN_WINDOW) {
                throw new UserException("--window must be at least " + ForecastModels.LEARNER_MIN_WINDOW + " rows for "
                        + m.name() + " (its features and cross-validation folds need rows) but is " + window);
            }
        }
        double[] first = java.util.Arrays.copyOf(values, window);
        if (!(AccuracyMetrics.naiveScale(first) > 0)) {
            throw new UserException(in.input + ": column '" + column + "' is constant over the first --window of "
                    + window + " rows, so MASE (scaled by its naive in-sample error) is undefined; give another window");
        }
        TimeSeries series = frame.column(column);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        WarningCounter warnings = WarningCounter.install();
        try {
            WalkForward wf = WalkForward.of(expanding ? WalkForward.Window.EXPANDING : WalkForward.Window.ROLLING, window)
                    .withHorizon(horizon).withRefitEvery(refitEvery);
            if (pool != null) {
                wf = wf.withExecutor(pool);
            }
            Map<String, Forecaster> all = new LinkedHashMap<>();
            all.put("random-walk", Forecasters.randomWalk());
            all.put("rolling-mean", Forecasters.rollingMean(window));
            ForecastModels.Settings settings = new ForecastModels.Settings(window, horizon);
            for (ForecastModels.Model m : chosen) {
                all.put(m.name(), m.forecaster().apply(settings));
            }
            ForecastEvaluation randomWalk = null;
            for (Map.Entry<String, Forecaster> e : all.entrySet()) {
                ForecastEvaluation ev;
                try {
                    ev = wf.evaluate(e.getKey(), e.getValue(), series);
                } catch (IllegalArgumentException | EstimationException | ArithmeticException ex) {
                    if (randomWalk == null) {
                        throw ex; // the benchmark every test refers to: its failure is the data's, not a model's
                    }
                    notes.add("Left out " + e.getKey() + ": it failed on a training window: " + ex.getMessage());
                    continue;
                }
                DieboldMarianoResult dm = null;
                if (randomWalk == null) {
                    randomWalk = ev;
                } else {
                    try {
                        dm = DieboldMariano.test(ev.errors(), randomWalk.errors(), horizon, 2);
                    } catch (IllegalArgumentException ex) {
                        notes.add("No Diebold-Mariano test for " + e.getKey() + ": its squared errors differ from the "
                                + "random walk's by a constant (the loss differential does not vary).");
                    }
                }
                rows.add(new Row(e.getKey(), ev, dm));
            }
        } finally {
            warnings.uninstall();
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        if (warnings.count() > 0) {
            notes.add(warnings.count() + " estimation warning" + (warnings.count() == 1 ? "" : "s")
                    + " of the models' fits (shown once here, not at every refit), the first: " + warnings.first());
        }
        StringWriter text = new StringWriter();
        PrintWriter t = new PrintWriter(text);
        ForecastEvaluation base = rows.get(0).evaluation();
        if (in.format == Format.json) {
            for (Row r : rows) {
                t.println(Json.write(json(r)));
            }
        } else {
            t.println("Walk-forward comparison of " + column + ": " + n + " rows, " + (expanding ? "expanding" : "rolling")
                    + " window of " + window + ", horizon " + horizon + ", " + base.metrics().count() + " origins, refit "
                    + "every " + refitEvery);
            printTable(t, rows);
            t.println("DM: Diebold-Mariano statistic against the random walk (squared loss; negative favours the model), "
                    + "p: its two-sided p-value.");
        }
        PrintWriter summary = in.format == Format.json ? spec.commandLine().getErr() : t;
        if (!noChart) {
            writeChart(rows);
            summary.println("Chart: " + chart);
        }
        for (String note : notes) {
            summary.println(note);
        }
        t.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        spec.commandLine().getErr().flush();
        return BasisCli.EXIT_OK;
    }

    private List<ForecastModels.Model> parseModels() {
        List<ForecastModels.Model> chosen = new ArrayList<>();
        for (String name : models.split(",", -1)) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                throw new UserException("--models needs model names separated by commas but is '" + Text.clip(models)
                        + "'; known: " + ForecastModels.names());
            }
            if (key.equals("random-walk") || key.equals("rolling-mean")) {
                continue; // always added
            }
            ForecastModels.Model m = ForecastModels.MODELS.get(key);
            if (m == null) {
                throw new UserException("--models: unknown model '" + Text.clip(name) + "'; known: "
                        + ForecastModels.names() + " (random-walk and rolling-mean are always added)");
            }
            if (chosen.contains(m)) {
                throw new UserException("--models names '" + key + "' twice");
            }
            chosen.add(m);
        }
        return chosen;
    }

    private static Map<String, Object> json(Row r) {
        AccuracyMetrics m = r.evaluation().metrics();
        Map<String, Object> o = Json.object();
        o.put("model", r.model());
        o.put("horizon", r.evaluation().horizon());
        o.put("origins", m.count());
        o.put("fits", r.evaluation().refits());
        o.put("rmse", m.rmse());
        o.put("mae", m.mae());
        o.put("mase", m.mase());
        o.put("directionalAccuracy", m.directionalAccuracy().isPresent() ? m.directionalAccuracy().getAsDouble() : null);
        o.put("dmStatistic", r.versusRandomWalk() == null ? null : r.versusRandomWalk().statistic());
        o.put("dmPValue", r.versusRandomWalk() == null ? null : r.versusRandomWalk().pValue());
        return o;
    }

    private static void printTable(PrintWriter out, List<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            AccuracyMetrics m = r.evaluation().metrics();
            DieboldMarianoResult dm = r.versusRandomWalk();
            cells.add(List.of(r.model(), Integer.toString(m.count()), Integer.toString(r.evaluation().refits()),
                    Text.num(m.rmse()), Text.num(m.mae()), String.format(Locale.ROOT, "%.4f", m.mase()),
                    m.directionalAccuracy().isPresent()
                            ? String.format(Locale.ROOT, "%.3f", m.directionalAccuracy().getAsDouble()) : "-",
                    dm == null ? "-" : String.format(Locale.ROOT, "%.3f", dm.statistic()),
                    dm == null ? "-" : pValue(dm.pValue())));
        }
        Text.table(out, List.of("model", "origins", "fits", "RMSE", "MAE", "MASE", "direction", "DM", "p"), cells);
    }

    /**
     * Collects the models' warnings (System.Logger, through java.util.logging) during a run instead
     * of printing one per refit; restores the logger afterwards.
     */
    static final class WarningCounter extends Handler {

        private static final String ROOT = "io.github.basisspread";

        private final Logger logger;
        private final boolean parentHandlers;
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        private volatile String first;

        private WarningCounter(Logger logger) {
            this.logger = logger;
            this.parentHandlers = logger.getUseParentHandlers();
        }

        static WarningCounter install() {
            WarningCounter c = new WarningCounter(Logger.getLogger(ROOT));
            c.logger.addHandler(c);
            c.logger.setUseParentHandlers(false);
            return c;
        }

        void uninstall() {
            logger.removeHandler(this);
            logger.setUseParentHandlers(parentHandlers);
        }

        int count() {
            return count.get();
        }

        String first() {
            return first;
        }

        @Override
        public void publish(LogRecord rec) {
            if (rec.getLevel().intValue() >= Level.WARNING.intValue()) {
                if (count.getAndIncrement() == 0) {
                    first = String.valueOf(rec.getMessage());
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    static String pValue(double p) {
        return p < 1e-4 ? "<1e-4" : String.format(Locale.ROOT, "%.4f", p);
    }

    private void writeChart(List<Row> rows) {
        System.setProperty("java.awt.headless", "true");
        double rw = rows.get(0).evaluation().metrics().rmse();
        List<String> names = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (Row r : rows) {
            names.add(r.model());
            ratios.add(rw > 0 ? r.evaluation().metrics().rmse() / rw : Double.NaN);
        }
        CategoryChart c = new CategoryChartBuilder().width(DemoCharts.WIDTH).height(DemoCharts.HEIGHT)
                .title("Out-of-sample RMSE relative to the random walk, " + column + ", horizon " + horizon)
                .xAxisTitle("model").yAxisTitle("RMSE / random walk RMSE").build();
        c.getStyler().setLegendVisible(false).setChartBackgroundColor(Color.WHITE).setAntiAlias(true);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.addSeries("RMSE ratio", names, ratios);
        try {
            Path parent = chart.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(chart, BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart " + chart + ": " + e.getMessage(), e);
        }
    }
}
