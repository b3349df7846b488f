package io.github.basisspread.models.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import io.github.basisspread.core.series.TimeSeries;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The forecast of every model in the module: for steps {@code 1..h} after the end of the data,
 * the forecast means, their standard errors, pointwise intervals at any level and, when the data
 * had timestamps, the time of each step.
 *
 * <p>Intervals are Gaussian, {@code mean +/- z_{(1+level)/2} se}, the convention of R's
 * {@code predict.Arima} and statsmodels' {@code get_forecast}. The standard errors are those of
 * the model with its parameters at their estimates (they do not include the uncertainty of the
 * estimates), as in both references. A model whose forecast distribution is not Gaussian says so
 * in its own documentation and exposes its quantiles there.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class Forecast {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private final double[] mean;
    private final double[] standardErrors;
    /** Epoch nanoseconds of each step, or null when the data had no timestamps. */
    private final long[] times;

    private Forecast(double[] mean, double[] standardErrors, long[] times) {
        this.mean = mean;
        this.standardErrors = standardErrors;
        this.times = times;
    }

    /**
     * Creates a forecast from its means and standard errors, without timestamps.
     *
     * @param mean the forecast means, steps 1..h, at least one, finite (copied)
     * @param standardErrors the standard errors, as many as the means, each finite and
     *     non-negative, or NaN where the model gives none (copied)
     * @return the forecast
     * @throws IllegalArgumentException if the arrays are empty, differ in length, or hold a
     *     non-finite mean or a negative or infinite standard error
     */
    public static Forecast of(double[] mean, double[] standardErrors) {
        if (mean == null || mean.length == 0) {
            throw new IllegalArgumentException("Argument 'mean' must hold at least one step but has "
                    + (mean == null ? "null" : "length 0"));
        }
        if (standardErrors == null || standardErrors.length != mean.length) {
            throw new IllegalArgumentException("Argument 'standardErrors' must have the length of 'mean' ("
                    + mean.length + ") but has " + (standardErrors == null ? "null" : "length " + standardErrors.length));
        }
        for (int i = 0; i < mean.length; i++) {
            if (!Double.isFinite(mean[i])) {
                throw new IllegalArgumentException("Argument 'mean' must be finite but has value " + mean[i]
                        + " at step " + (i + 1));
            }
            double se = standardErrors[i];
            if (!(se >= 0) && !Double.isNaN(se) || Double.isInfinite(se)) {
                throw new IllegalArgumentException("Argument 'standardErrors' must be finite and non-negative (or NaN"
                        + " where none exists) but has value " + se + " at step " + (i + 1));
            }
        }
        return new Forecast(mean.clone(), standardErrors.clone(), null);
    }

    /**
     * Returns this forecast with a timestamp for each step.
     *
     * @param stepTimes the time of each step, as many as the horizon, strictly increasing
     * @return a new forecast with the timestamps
     * @throws IllegalArgumentException if the count differs from the horizon or the times do not
     *     increase
     */
    public Forecast withTimes(List<Instant> stepTimes) {
        if (stepTimes == null || stepTimes.size() != mean.length) {
            throw new IllegalArgumentException("Argument 'stepTimes' must hold one time per step (" + mean.length
                    + ") but has " + (stepTimes == null ? "null" : stepTimes.size()));
        }
        long[] nanos = new long[stepTimes.size()];
        for (int i = 0; i < nanos.length; i++) {
            Instant t = stepTimes.get(i);
            if (t == null) {
                throw new IllegalArgumentException("Argument 'stepTimes' must not hold null but has null at step "
                        + (i + 1));
            }
            nanos[i] = toNanos(t, i);
            if (i > 0 && nanos[i] <= nanos[i - 1]) {
                throw new IllegalArgumentException("Argument 'stepTimes' must be strictly increasing but has "
                        + t + " at step " + (i + 1) + " after " + stepTimes.get(i - 1));
            }
        }
        return new Forecast(mean, standardErrors, nanos);
    }

    /**
     * Returns this forecast with the steps placed after the end of a series, at the spacing of
     * its last two observations (the convention of walk-forward evaluation).
     *
     * @param history the series the forecast continues, at least two observations
     * @return a new forecast with the timestamps
     * @throws IllegalArgumentException if the series has fewer than two observations
     */
    public Forecast after(TimeSeries history) {
        if (history == null || history.size() < 2) {
            throw new IllegalArgumentException("Argument 'history' must hold at least two observations to give the"
                    + " step spacing but has " + (history == null ? "null" : history.size()));
        }
        int n = history.size();
        long last = history.epochNanos(n - 1);
        long step = Math.subtractExact(last, history.epochNanos(n - 2));
        List<Instant> out = new ArrayList<>(mean.length);
        for (int h = 1; h <= mean.length; h++) {
            long t = Math.addExact(last, Math.multiplyExact(step, (long) h));
            out.add(Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L), Math.floorMod(t, 1_000_000_000L)));
        }
        return withTimes(out);
    }

    private static long toNanos(Instant t, int step) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Argument 'stepTimes' must be within the epoch-nanosecond range"
                    + " (years 1677-2262) but has " + t + " at step " + (step + 1), e);
        }
    }

    /**
     * Returns the number of steps.
     *
     * @return the horizon h, at least 1
     */
    public int horizon() {
        return mean.length;
    }

    /**
     * Returns the forecast means.
     *
     * @return a copy of the means, element {@code h - 1} for step h
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * Returns the forecast mean of one step.
     *
     * @param step the step, 1 to {@link #horizon()}
     * @return the mean of that step
     * @throws IllegalArgumentException if the step is outside 1..h
     */
    public double mean(int step) {
        return mean[checkStep(step) - 1];
    }

    /**
     * Returns the standard errors of the forecasts.
     *
     * @return a copy of the standard errors, element {@code h - 1} for step h; NaN where the model
     *     gives none
     */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /**
     * Returns the standard error of one step.
     *
     * @param step the step, 1 to {@link #horizon()}
     * @return the standard error of that step, NaN where the model gives none
     * @throws IllegalArgumentException if the step is outside 1..h
     */
    public double standardError(int step) {
        return standardErrors[checkStep(step) - 1];
    }

    /**
     * Returns the pointwise Gaussian interval {@code mean +/- z_{(1+level)/2} se} of every step.
     *
     * @param level the coverage, in (0, 1), e.g. 0.95
     * @return the interval of each step (NaN bounds where a standard error is NaN)
     * @throws IllegalArgumentException if the level is outside (0, 1)
     */
    public ConfidenceBand interval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Argument 'level' must be in (0, 1) but has value " + level);
        }
        double z = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 2);
        double[] lo = new double[mean.length];
        double[] hi = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            lo[i] = mean[i] - z * standardErrors[i];
            hi[i] = mean[i] + z * standardErrors[i];
        }
        return new ConfidenceBand(lo, mean, hi, level);
    }

    /**
     * Returns the time of each step, when the forecast has them.
     *
     * @return the times, an immutable list, or empty when the data had no timestamps
     */
    public Optional<List<Instant>> times() {
        if (times == null) {
            return Optional.empty();
        }
        List<Instant> out = new ArrayList<>(times.length);
        for (long t : times) {
            out.add(Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L), Math.floorMod(t, 1_000_000_000L)));
        }
        return Optional.of(Collections.unmodifiableList(out));
    }

    /**
     * Returns the forecast means as a series at the step times.
     *
     * @return the means as a time series
     * @throws IllegalStateException if the forecast has no timestamps (see {@link #withTimes})
     */
    public TimeSeries asTimeSeries() {
        if (times == null) {
            throw new IllegalStateException("This forecast has no timestamps; give them with withTimes(...) or"
                    + " after(history)");
        }
        return TimeSeries.ofEpochNanos(times.clone(), mean.clone());
    }

    /**
     * Returns the forecast means mapped through a function (for example {@code Math::exp} to
     * return from a log scale), with the step times kept. A non-linear map has no Gaussian
     * standard error, so the result's standard errors are NaN and its {@link #interval} bounds
     * NaN; for a band on the new scale, map the bounds of this forecast's interval with a
     * monotone increasing function instead.
     *
     * @param f the map, applied to each mean; its results must be finite
     * @return the mapped forecast, without standard errors
     * @throws IllegalArgumentException if a mapped mean is not finite
     */
    public Forecast mapMeans(DoubleUnaryOperator f) {
        double[] m = new double[mean.length];
        double[] se = new double[mean.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = f.applyAsDouble(mean[i]);
            se[i] = Double.NaN;
        }
        Forecast out = of(m, se);
        return times == null ? out : new Forecast(out.mean, out.standardErrors, times);
    }

    private int checkStep(int step) {
        if (step < 1 || step > mean.length) {
            throw new IllegalArgumentException("Argument 'step' must be in 1.." + mean.length + " but has value " + step);
        }
        return step;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Forecast)) {
            return false;
        }
        Forecast other = (Forecast) o;
        return Arrays.equals(mean, other.mean) && Arrays.equals(standardErrors, other.standardErrors)
                && Arrays.equals(times, other.times);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(mean) + Arrays.hashCode(standardErrors)) + Arrays.hashCode(times);
    }

    /**
     * Returns a table of the steps: time (when known), mean, standard error and the 95% interval.
     *
     * @return the forecast as text, one line per step
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Forecast, h = ").append(mean.length).append('\n');
        ConfidenceBand band = interval(0.95);
        double[] lo = band.lower();
        double[] hi = band.upper();
        List<Instant> t = times().orElse(null);
        sb.append(String.format("%6s %s%14s %14s %14s %14s%n", "step", t == null ? "" : String.format("%-30s ", "time"),
                "mean", "std.err", "lo 95", "hi 95"));
        for (int i = 0; i < mean.length; i++) {
            sb.append(String.format("%6d %s%14.6g %14.6g %14.6g %14.6g%n", i + 1,
                    t == null ? "" : String.format("%-30s ", t.get(i)), mean[i], standardErrors[i], lo[i], hi[i]));
        }
        return sb.toString();
    }
}
