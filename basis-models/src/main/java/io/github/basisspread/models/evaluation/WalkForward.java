package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Walk-forward (rolling-origin) evaluation of forecasters: an immutable configuration.
 *
 * <p>The first origin is the last observation of the first training window, of {@code window}
 * observations; origins then advance one observation at a time until h steps before the end.
 * With {@link Window#EXPANDING} each origin sees every observation from the start; with
 * {@link Window#ROLLING} only the last {@code window}. The parameters are re-estimated every
 * {@code refitEvery} origins on the window ending at that origin; between refits the fitted
 * {@link ForecastingModel} is conditioned on the newer history without re-estimation. At every
 * origin only the history up to it is passed in: there is no look-ahead.
 *
 * <p>The blocks of origins between refits are independent, so they run as tasks on the supplied
 * {@link Executor} (sequentially in the calling thread by default); results are assembled in
 * origin order, so they are identical however many threads run them. The MASE scale is the
 * in-sample naive MAE of the first training window (Hyndman and Koehler 2006).
 *
 * <p>Immutable and thread-safe (as far as the executor is).
 */
public final class WalkForward {

    /** How the training window moves. */
    public enum Window {
        /** Every origin sees all observations from the start of the series. */
        EXPANDING,
        /** Every origin sees its last {@code window} observations. */
        ROLLING
    }

    private final Window type;
    private final int window;
    private final int horizon;
    private final int refitEvery;
    private final Executor executor;

    private WalkForward(Window type, int window, int horizon, int refitEvery, Executor executor) {
        this.type = type;
        this.window = window;
        this.horizon = horizon;
        this.refitEvery = refitEvery;
        this.executor = executor;
    }

    /**
     * A walk-forward with one-step forecasts, a refit at every origin, run sequentially.
     *
     * @param type expanding or rolling
     * @param window the length of the (first) training window, at least 2
     * @return the configuration
     * @throws IllegalArgumentException if the type is null or the window below 2
     */
    public static WalkForward of(Window type, int window) {
        ArgChecker.notNull(type, "type");
        ArgChecker.isTrue(window >= 2, "window", window, "be at least 2");
        return new WalkForward(type, window, 1, 1, Runnable::run);
    }

    /**
     * Returns a copy with another forecast horizon.
     *
     * @param h the horizon evaluated, at least 1
     * @return the copy
     * @throws IllegalArgumentException if h is below 1
     */
    public WalkForward withHorizon(int h) {
        return new WalkForward(type, window, ArgChecker.positive(h, "horizon"), refitEvery, executor);
    }

    /**
     * Returns a copy that re-estimates every k origins.
     *
     * @param k the number of origins between refits, at least 1
     * @return the copy
     * @throws IllegalArgumentException if k is below 1
     */
    public WalkForward withRefitEvery(int k) {
        return new WalkForward(type, window, horizon, ArgChecker.positive(k, "refitEvery"), executor);
    }

    /**
     * Returns a copy that runs the blocks between refits on an executor (a ForkJoinPool, a fixed
     * thread pool); results do not depend on it.
     *
     * @param exec the executor
     * @return the copy
     * @throws IllegalArgumentException if the executor is null
     */
    public WalkForward withExecutor(Executor exec) {
        return new WalkForward(type, window, horizon, refitEvery, ArgChecker.notNull(exec, "executor"));
    }

    /**
     * Returns the horizon evaluated.
     *
     * @return h
     */
    public int horizon() {
        return horizon;
    }

    /**
     * Evaluates one forecaster.
     *
     * @param name the forecaster's name
     * @param forecaster the forecaster
     * @param series the series, regular and without missing values
     * @return the evaluation
     * @throws IllegalArgumentException if the series is too short for the window and horizon,
     *     holds a missing value, or is constant over the first window (MASE undefined)
     */
    public ForecastEvaluation evaluate(String name, Forecaster forecaster, TimeSeries series) {
        ArgChecker.notBlank(name, "name");
        ArgChecker.notNull(forecaster, "forecaster");
        check(series);
        int n = series.size();
        int first = window - 1;
        int last = n - 1 - horizon;
        int count = last - first + 1;
        int blocks = (count + refitEvery - 1) / refitEvery;
        List<CompletableFuture<double[]>> tasks = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            int from = first + b * refitEvery;
            int to = Math.min(last, from + refitEvery - 1);
            tasks.add(CompletableFuture.supplyAsync(() -> block(forecaster, series, from, to), executor));
        }
        double[] forecasts = new double[count];
        int k = 0;
        for (CompletableFuture<double[]> task : tasks) {
            double[] part = join(task);
            System.arraycopy(part, 0, forecasts, k, part.length);
            k += part.length;
        }
        double[] actuals = new double[count];
        double[] origins = new double[count];
        List<Instant> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int t = first + i;
            origins[i] = series.value(t);
            actuals[i] = series.value(t + horizon);
            times.add(series.time(t));
            ArgChecker.isTrue(Double.isFinite(forecasts[i]), "forecaster", name,
                    "give finite forecasts but gave " + forecasts[i] + " at origin " + series.time(t));
        }
        double scale = AccuracyMetrics.naiveScale(series.subSeries(0, window).valuesArray());
        ArgChecker.isTrue(scale > 0, "series", "constant over its first " + window + " observations",
                "vary over the first training window (the MASE scale, the in-sample naive MAE, is zero)");
        return new ForecastEvaluation(name, horizon, times, origins, forecasts, actuals, blocks, scale);
    }

    /**
     * Evaluates a model beside the naive benchmarks (the random walk, and the rolling mean over
     * the window, or the extra benchmarks given), with a Diebold-Mariano test (squared loss) of
     * the model against each.
     *
     * @param name the model's name
     * @param model the model's forecaster
     * @param series the series, regular and without missing values
     * @param extraBenchmarks further benchmarks by name (the carry convergence of a dated future),
     *     evaluated after the random walk and the rolling mean, in iteration order
     * @return the report
     * @throws IllegalArgumentException as {@link #evaluate(String, Forecaster, TimeSeries)}, or if
     *     the model's losses equal a benchmark's
     */
    public WalkForwardReport compare(String name, Forecaster model, TimeSeries series,
            Map<String, Forecaster> extraBenchmarks) {
        ArgChecker.notNull(extraBenchmarks, "extraBenchmarks");
        Map<String, Forecaster> benchmarks = new LinkedHashMap<>();
        benchmarks.put("random walk", Forecasters.randomWalk());
        benchmarks.put("rolling mean(" + window + ")", Forecasters.rollingMean(window));
        benchmarks.putAll(extraBenchmarks);
        ForecastEvaluation evaluated = evaluate(name, model, series);
        List<ForecastEvaluation> results = new ArrayList<>();
        List<DieboldMarianoResult> tests = new ArrayList<>();
        for (Map.Entry<String, Forecaster> e : benchmarks.entrySet()) {
            ForecastEvaluation bench = evaluate(e.getKey(), e.getValue(), series);
            results.add(bench);
            tests.add(DieboldMariano.test(evaluated.errors(), bench.errors(), horizon, 2));
        }
        return new WalkForwardReport(evaluated, results, tests);
    }

    private double[] block(Forecaster forecaster, TimeSeries series, int from, int to) {
        ForecastingModel fitted = forecaster.fit(history(series, from));
        double[] out = new double[to - from + 1];
        for (int t = from; t <= to; t++) {
            out[t - from] = fitted.forecast(history(series, t), horizon)[horizon - 1];
        }
        return out;
    }

    private TimeSeries history(TimeSeries series, int origin) {
        int start = type == Window.EXPANDING ? 0 : origin + 1 - window;
        return series.subSeries(start, origin + 1);
    }

    private void check(TimeSeries series) {
        ArgChecker.notNull(series, "series");
        int n = series.size();
        ArgChecker.isTrue(n >= window + horizon, "series", n + " observations",
                "hold at least window + horizon = " + window + " + " + horizon + " observations");
        for (int i = 0; i < n; i++) {
            if (series.isMissing(i)) {
                throw new IllegalArgumentException("Argument 'series' must have no missing values but has value NaN at index "
                        + i + " (" + series.time(i) + ")");
            }
        }
    }

    private static double[] join(CompletableFuture<double[]> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
