package io.github.basisspread.examples;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.data.csv.TimestampFormat;
import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.features.Feature;
import io.github.basisspread.ml.features.FeatureFrame;
import io.github.basisspread.ml.features.FeatureInputs;
import io.github.basisspread.ml.features.FeaturePipeline;
import io.github.basisspread.ml.features.Features;
import io.github.basisspread.ml.features.Target;
import io.github.basisspread.ml.learners.BoostedTrees;
import io.github.basisspread.ml.learners.ElasticNet;
import io.github.basisspread.ml.learners.ElasticNetCv;
import io.github.basisspread.ml.learners.Folds;
import io.github.basisspread.ml.learners.PredictiveFit;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.evaluation.DieboldMariano;
import io.github.basisspread.models.evaluation.DieboldMarianoResult;
import io.github.basisspread.models.evaluation.ForecastEvaluation;
import io.github.basisspread.models.evaluation.Forecaster;
import io.github.basisspread.models.evaluation.ForecastingModel;
import io.github.basisspread.models.evaluation.Forecasters;
import io.github.basisspread.models.evaluation.WalkForward;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The machine-learning study of issue 19: do learners on a feature pipeline forecast the hourly
 * Binance BTCUSDT perpetual-spot basis better than the statistical models and the naive
 * benchmarks, out of sample?
 *
 * <p>Data ({@code ../shared/data/binance-btcusdt-spot-perp-hourly-2024-2026}, not shipped): the
 * hourly closes of BTCUSDT spot and perpetual, 12,000 hours from 2024-10-17; the basis is
 * {@code 10^4 (perp / spot - 1)} in basis points. Features of the learners at hour t read only rows
 * at or before t: 4 lags of the basis and its rolling mean, sd, z-score, min and max over 24 and
 * 168 hours; the spot's 1- and 24-hour log returns and 24-hour realised volatility; the Binance
 * COIN-M BTCUSD perpetual's funding rate (the only Binance funding history in the folder, a proxy
 * for the USDT-margined one) and its 24-hour mean; dYdX v4's hourly BTC-USD funding rate and its
 * 24-hour mean; the hour of day and the hours to the next 8-hourly settlement. Every file labels
 * an hour by its opening time and gives the close of that hour, so all of them are known at the
 * same instant.
 *
 * <p>Design: walk-forward with a rolling training window (default 2,000 hours), origins every hour
 * to the end, parameters re-estimated every {@code refitEvery} origins (default 168, weekly); at
 * horizons 1, 8 and 24 hours: auto-ARIMA (Hyndman and Khandakar 2008), Ornstein-Uhlenbeck (exact
 * likelihood), the local level (Kalman filter), the random walk, the rolling mean of the window,
 * and ridge, lasso and elastic net (alpha 0.5) fitted directly to the h-hour change of the basis,
 * their lambda by forward-chaining cross-validation (5 blocks) at lambda.1se, and gradient-boosted
 * trees (XGBoost; depth 3, eta 0.05, up to 300 rounds stopped early on the last fifth of each
 * training window, after an embargo of h rows) on the same features. Accuracy: RMSE, MAE,
 * MASE, directional accuracy; Diebold-Mariano tests (squared loss, Harvey-Leybourne-Newbold) of
 * every model against the random walk and against the rolling mean.
 *
 * <p>Run it with {@code ./basis example ml-study [DATA_DIR] [window] [refitEvery] [threads]}. When
 * the data folder is absent it prints why and stops.
 */
public final class MlForecastStudy {

    /** The folder of the data, relative to the repository's parent ({@code ../shared/data/...}). */
    public static final String DATA_FOLDER = "shared/data/binance-btcusdt-spot-perp-hourly-2024-2026";

    /** The horizons of the study, in hours. */
    public static final List<Integer> HORIZONS = List.of(1, 8, 24);

    /** Significance level of the statements printed under the tables. */
    public static final double LEVEL = 0.05;

    private MlForecastStudy() {
    }

    /**
     * The hourly inputs on common hours.
     *
     * @param basis the basis in basis points
     * @param spot the spot close
     * @param binanceFunding Binance's COIN-M BTCUSD perpetual funding rate per 8 hours
     * @param dydxFunding dYdX's hourly BTC-USD funding rate
     */
    public record Inputs(TimeSeries basis, TimeSeries spot, TimeSeries binanceFunding, TimeSeries dydxFunding) {
    }

    /**
     * How the study runs.
     *
     * @param window the rolling training window, hours
     * @param refitEvery origins between re-estimations
     * @param horizons the horizons, hours
     * @param threads threads of the walk-forward blocks (results do not depend on it)
     * @param arima whether auto-ARIMA runs (the slowest model)
     */
    public record Config(int window, int refitEvery, List<Integer> horizons, int threads, boolean arima) {
        /**
         * The study's settings.
         *
         * @return 2,000 hours, weekly refits, horizons 1, 8, 24, one thread, with auto-ARIMA
         */
        public static Config standard() {
            return new Config(2000, 168, HORIZONS, 1, true);
        }
    }

    /**
     * One model at one horizon.
     *
     * @param evaluation its walk-forward forecasts and accuracy
     * @param versusRandomWalk Diebold-Mariano against the random walk, null for the random walk
     * @param versusRollingMean Diebold-Mariano against the rolling mean, null for the rolling mean
     */
    public record Row(ForecastEvaluation evaluation, DieboldMarianoResult versusRandomWalk,
            DieboldMarianoResult versusRollingMean) {
    }

    /**
     * Finds the data folder: {@code ../shared/data/...} from the working directory or any of its parents.
     *
     * @return the folder, if present
     */
    public static Optional<Path> findData() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            for (Path p : List.of(dir.resolve(DATA_FOLDER), dir.resolve("..").resolve(DATA_FOLDER))) {
                if (Files.isDirectory(p)) {
                    return Optional.of(p.normalize());
                }
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * Reads the four files and puts them on the hours they share.
     *
     * @param dir the data folder
     * @return the inputs
     */
    public static Inputs load(Path dir) {
        TimeSeries spot = close(dir.resolve("binance_btcusdt_spot_1h.csv"));
        TimeSeries perp = close(dir.resolve("binance_btcusdt_perp_1h.csv"));
        TimeSeries binance = close(dir.resolve("binance_btcusd_perp_coinm_funding_1h.csv"));
        TimeSeries dydx = close(dir.resolve("dydxv4_btcusd_funding_1h.csv"));
        Map<Long, double[]> byHour = new LinkedHashMap<>();
        put(byHour, spot, 0);
        put(byHour, perp, 1);
        put(byHour, binance, 2);
        put(byHour, dydx, 3);
        long[] t = byHour.entrySet().stream().filter(e -> Arrays.stream(e.getValue()).noneMatch(Double::isNaN))
                .mapToLong(Map.Entry::getKey).sorted().toArray();
        double[][] v = new double[4][t.length];
        for (int i = 0; i < t.length; i++) {
            double[] row = byHour.get(t[i]);
            for (int j = 0; j < 4; j++) {
                v[j][i] = row[j];
            }
        }
        double[] basis = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            basis[i] = 1e4 * (v[1][i] / v[0][i] - 1);
        }
        return new Inputs(TimeSeries.ofEpochNanos(t, basis), TimeSeries.ofEpochNanos(t, v[0]),
                TimeSeries.ofEpochNanos(t, v[2]), TimeSeries.ofEpochNanos(t, v[3]));
    }

    private static TimeSeries close(Path file) {
        SeriesFrame frame = CsvSeriesReader.of("TIMESTAMP").withColumns("CLOSE")
                .withTimestampFormat(TimestampFormat.detected(ZoneOffset.UTC)).read(file).data();
        return frame.column("CLOSE");
    }

    private static void put(Map<Long, double[]> byHour, TimeSeries s, int j) {
        for (int i = 0; i < s.size(); i++) {
            double[] row = byHour.get(s.epochNanos(i));
            if (row == null) {
                if (j > 0) {
                    continue; // hours without a spot price are not used
                }
                row = new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
                byHour.put(s.epochNanos(i), row);
            }
            row[j] = s.value(i);
        }
    }

    /**
     * The learners' features (see the class comment), the dYdX ones reading {@code in.dydxFunding()}
     * by time.
     *
     * @param in the inputs
     * @return the pipeline
     */
    public static FeaturePipeline features(Inputs in) {
        ByTime dydx = new ByTime(in.dydxFunding());
        return FeaturePipeline.basisOnly(4, 24, 168)
                .with(Features.spotReturn(1)).with(Features.spotReturn(24)).with(Features.realisedVolatility(24))
                .with(Features.fundingRate()).with(Features.fundingRateMean(24))
                .with(dydx.feature("dydx_funding", 1)).with(dydx.feature("dydx_funding_mean24", 24))
                .with(Features.hourOfDay()).with(Features.hoursToNextFunding());
    }

    /**
     * The feature inputs of a history of the basis (a piece of {@code in.basis()}): spot and Binance
     * funding cut to the same hours, so that nothing after the history's last hour is read.
     */
    static FeatureInputs inputsOf(Inputs in, TimeSeries history) {
        int from = Arrays.binarySearch(in.basis().epochNanosArray(), history.epochNanos(0));
        if (from < 0 || in.basis().epochNanos(from + history.size() - 1) != history.epochNanos(history.size() - 1)) {
            throw new IllegalArgumentException("Argument 'history' must be a piece of the study's basis but starts at "
                    + history.firstTime());
        }
        int to = from + history.size();
        return FeatureInputs.of(history).withSpot(in.spot().subSeries(from, to))
                .withFundingRate(in.binanceFunding().subSeries(from, to))
                .withFundingSchedule(FundingSchedule.standard8h());
    }

    /** A series read by time: the mean of its values at the last w hours of the basis rows. */
    private record ByTime(TimeSeries series) {
        Feature feature(String name, int w) {
            long[] times = series.epochNanosArray();
            double[] values = series.valuesArray();
            return new Feature() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public double[] compute(FeatureInputs inputs) {
                    TimeSeries b = inputs.basis();
                    double[] x = new double[b.size()];
                    int k = b.isEmpty() ? 0 : Arrays.binarySearch(times, b.epochNanos(0));
                    for (int t = 0; t < x.length; t++) {
                        // The value at the basis's hour t itself (same hours, no look-ahead); NaN where absent.
                        x[t] = k >= 0 && k + t < times.length && times[k + t] == b.epochNanos(t) ? values[k + t] : Double.NaN;
                    }
                    if (w == 1) {
                        return x;
                    }
                    double[] out = new double[x.length];
                    for (int t = 0; t < x.length; t++) {
                        if (t + 1 < w) {
                            out[t] = Double.NaN;
                            continue;
                        }
                        double s = 0;
                        for (int i = t - w + 1; i <= t; i++) {
                            s += x[i];
                        }
                        out[t] = s / w;
                    }
                    return out;
                }

                @Override
                public int lookback() {
                    return w - 1;
                }
            };
        }
    }

    /**
     * A learner fitted directly to the h-hour change of the basis, for one horizon only: the
     * walk-forward of horizon h asks for step h alone, so the steps before it are not estimated (NaN).
     */
    record DirectLearner(Estimator<Dataset, ? extends PredictiveFit> learner, FeaturePipeline pipeline, int horizon,
            Function<TimeSeries, FeatureInputs> inputs) implements Forecaster {

        @Override
        public ForecastingModel fit(TimeSeries training) {
            FeatureFrame frame = pipeline.transform(inputs.apply(training));
            Target target = Target.change(horizon);
            // Rows whose target lies after the window are incomplete and left out: no look-ahead.
            PredictiveFit fit = learner.fit(frame.dataset(target, 0, frame.rows()));
            int keep = pipeline.lookback() + 1;
            return (history, h) -> {
                if (h != horizon) {
                    throw new IllegalArgumentException("Argument 'horizon' must be " + horizon + " but has value " + h);
                }
                int n = history.size();
                double[] row = pipeline.lastRow(inputs.apply(history.subSeries(Math.max(0, n - keep), n)));
                double[] f = new double[h];
                Arrays.fill(f, Double.NaN);
                f[h - 1] = target.toLevel(fit.predict(row), history.value(n - 1));
                return f;
            };
        }
    }

    /**
     * The forecasters of one horizon, by name, the benchmarks first.
     *
     * @param in the inputs
     * @param config the settings
     * @param horizon the horizon
     * @return the forecasters in table order
     */
    public static Map<String, Forecaster> forecasters(Inputs in, Config config, int horizon) {
        Map<String, Forecaster> m = new LinkedHashMap<>();
        m.put("random walk", Forecasters.randomWalk());
        m.put("rolling mean", Forecasters.rollingMean(config.window()));
        if (config.arima()) {
            m.put("auto-ARIMA", Forecasters.autoArima());
        }
        m.put("Ornstein-Uhlenbeck", Forecasters.ornsteinUhlenbeck(OrnsteinUhlenbeckFitter.of()));
        m.put("local level", Forecasters.localLevel());
        FeaturePipeline pipeline = features(in);
        Function<TimeSeries, FeatureInputs> inputs = h -> inputsOf(in, h);
        for (Map.Entry<String, Double> e : Map.of("ridge", 0.0, "lasso", 1.0, "elastic net", 0.5).entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).toList()) {
            ElasticNetCv cv = ElasticNetCv.of(ElasticNet.of(e.getValue()), Folds.forwardChaining(5))
                    .withRule(ElasticNetCv.Rule.LAMBDA_1SE);
            m.put(e.getKey(), new DirectLearner(cv, pipeline, horizon, inputs));
        }
        // Gradient-boosted trees: the number of rounds chosen on each training window by early
        // stopping on its last fifth, an embargo of the horizon between the rows trained on and
        // those, so that no training target reaches into the validation rows; one thread and a
        // fixed seed, so the table does not depend on the machine.
        BoostedTrees trees = BoostedTrees.of().withRounds(300).withMaxDepth(3).withLearningRate(0.05)
                .withThreads(1).withSeed(1).withEarlyStopping(Math.max(1, config.window() / 5), 20)
                .withEmbargo(horizon);
        m.put("xgboost", new DirectLearner(trees, pipeline, horizon, inputs));
        return m;
    }

    /**
     * Runs the study.
     *
     * @param in the inputs
     * @param config the settings
     * @return the rows of each horizon, in table order
     */
    public static Map<Integer, List<Row>> run(Inputs in, Config config) {
        ExecutorService pool = config.threads() > 1 ? Executors.newFixedThreadPool(config.threads()) : null;
        try {
            Map<Integer, List<Row>> out = new LinkedHashMap<>();
            for (int h : config.horizons()) {
                WalkForward wf = WalkForward.of(WalkForward.Window.ROLLING, config.window()).withHorizon(h)
                        .withRefitEvery(config.refitEvery());
                if (pool != null) {
                    wf = wf.withExecutor(pool);
                }
                List<ForecastEvaluation> evaluations = new ArrayList<>();
                for (Map.Entry<String, Forecaster> e : forecasters(in, config, h).entrySet()) {
                    evaluations.add(wf.evaluate(e.getKey(), e.getValue(), in.basis()));
                }
                ForecastEvaluation rw = evaluations.get(0);
                ForecastEvaluation rm = evaluations.get(1);
                List<Row> rows = new ArrayList<>();
                for (ForecastEvaluation e : evaluations) {
                    rows.add(new Row(e, e == rw ? null : DieboldMariano.test(e.errors(), rw.errors(), h, 2),
                            e == rm ? null : DieboldMariano.test(e.errors(), rm.errors(), h, 2)));
                }
                out.put(h, rows);
            }
            return out;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Prints one table per horizon and what it says.
     *
     * @param in the inputs
     * @param config the settings
     * @param result the result of {@link #run}
     * @param out where to print
     */
    public static void print(Inputs in, Config config, Map<Integer, List<Row>> result, PrintStream out) {
        out.printf(Locale.ROOT, "Basis of BTCUSDT perp vs spot (Binance, hourly, bp): %d hours, %s to %s; rolling "
                + "window %d h, refit every %d origins%n", in.basis().size(), in.basis().firstTime(), in.basis().lastTime(),
                config.window(), config.refitEvery());
        for (Map.Entry<Integer, List<Row>> e : result.entrySet()) {
            int h = e.getKey();
            List<Row> rows = e.getValue();
            out.printf(Locale.ROOT, "%nHorizon %d h, %d origins%n", h, rows.get(0).evaluation().metrics().count());
            out.printf(Locale.ROOT, "| %-18s | %8s | %8s | %7s | %9s | %8s | %8s | %8s | %8s |%n", "model", "RMSE",
                    "MAE", "MASE", "direction", "DM vs RW", "p", "DM vs RM", "p");
            out.println("|--------------------|---------:|---------:|--------:|----------:|---------:|---------:|"
                    + "---------:|---------:|");
            for (Row r : rows) {
                var m = r.evaluation().metrics();
                out.printf(Locale.ROOT, "| %-18s | %8.4f | %8.4f | %7.4f | %9s | %8s | %8s | %8s | %8s |%n",
                        r.evaluation().name(), m.rmse(), m.mae(), m.mase(),
                        m.directionalAccuracy().isPresent()
                                ? String.format(Locale.ROOT, "%.3f", m.directionalAccuracy().getAsDouble()) : "-",
                        stat(r.versusRandomWalk()), p(r.versusRandomWalk()), stat(r.versusRollingMean()),
                        p(r.versusRollingMean()));
            }
            List<String> beatRw = new ArrayList<>();
            List<String> beatRm = new ArrayList<>();
            for (Row r : rows) {
                if (better(r.versusRandomWalk())) {
                    beatRw.add(r.evaluation().name());
                }
                if (better(r.versusRollingMean())) {
                    beatRm.add(r.evaluation().name());
                }
            }
            out.printf(Locale.ROOT, "Significantly more accurate than the random walk (DM < 0, p < %.2f): %s%n", LEVEL,
                    beatRw.isEmpty() ? "none: nothing beats the random walk" : String.join(", ", beatRw));
            out.printf(Locale.ROOT, "Significantly more accurate than the rolling mean (DM < 0, p < %.2f): %s%n", LEVEL,
                    beatRm.isEmpty() ? "none" : String.join(", ", beatRm));
        }
    }

    private static boolean better(DieboldMarianoResult t) {
        return t != null && t.statistic() < 0 && t.pValue() < LEVEL;
    }

    private static String stat(DieboldMarianoResult t) {
        return t == null ? "-" : String.format(Locale.ROOT, "%.2f", t.statistic());
    }

    private static String p(DieboldMarianoResult t) {
        if (t == null) {
            return "-";
        }
        return t.pValue() < 1e-4 ? "<1e-4" : String.format(Locale.ROOT, "%.4f", t.pValue());
    }

    /**
     * Runs the study on the data folder and prints the tables, or says why it cannot.
     *
     * @param args optional: the data folder, the window, the refit interval, the threads
     */
    public static void main(String[] args) {
        Optional<Path> dir = args.length > 0 ? Optional.of(Path.of(args[0])).filter(Files::isDirectory) : findData();
        if (dir.isEmpty()) {
            System.out.println("ml-study skipped: the data folder " + (args.length > 0 ? args[0] : "../" + DATA_FOLDER)
                    + " is absent (the Binance files are not shipped with Basis)");
            return;
        }
        Config standard = Config.standard();
        Config config = new Config(args.length > 1 ? Integer.parseInt(args[1]) : standard.window(),
                args.length > 2 ? Integer.parseInt(args[2]) : standard.refitEvery(), standard.horizons(),
                args.length > 3 ? Integer.parseInt(args[3]) : standard.threads(), true);
        Inputs in = load(dir.get());
        long start = System.nanoTime();
        Map<Integer, List<Row>> result = run(in, config);
        print(in, config, result, System.out);
        System.out.printf(Locale.ROOT, "%nRan in %.0f s.%n", (System.nanoTime() - start) / 1e9);
    }
}
