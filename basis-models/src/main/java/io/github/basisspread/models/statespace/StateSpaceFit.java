package io.github.basisspread.models.statespace;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.ConfidenceBand;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.api.ForecastingFit;
import io.github.basisspread.models.api.ModelSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A fitted canned state-space model: estimates with standard errors, the exact log-likelihood,
 * convergence facts, the model at the estimates, and its filtered and smoothed states with
 * confidence bands, and its forecasts: {@link #forecast(int)} of the (univariate) observation
 * in the one {@link Forecast} shape of the module, {@link #stateForecast(int)} of the states with
 * their covariances. Immutable and thread-safe.
 */
public final class StateSpaceFit implements ForecastingFit {

    private final List<String> names;
    private final double[] estimates;
    private final double[] standardErrors;
    private final double logLikelihood;
    private final ConvergenceInfo convergence;
    private final StateSpaceModel model;
    private final double[] data;
    private final int nobs;
    /** The model's name, for the summary. */
    private final String title;
    /** The epoch nanoseconds of the last observation and the step to the next, or null without times. */
    private final long[] lastTimeAndStep;
    // Filtered and smoothed states are computed on first use (an estimation run rarely needs
    // them); the cache is published safely, so the object stays thread-safe.
    private volatile SmootherResult smoother;

    StateSpaceFit(List<String> names, double[] estimates, double[] standardErrors, double logLikelihood,
            ConvergenceInfo convergence, StateSpaceModel model, double[] data, int nobs, String title) {
        this(names, estimates, standardErrors, logLikelihood, convergence, model, data, nobs, title, null);
    }

    private StateSpaceFit(List<String> names, double[] estimates, double[] standardErrors, double logLikelihood,
            ConvergenceInfo convergence, StateSpaceModel model, double[] data, int nobs, String title,
            long[] lastTimeAndStep) {
        this.title = title;
        this.lastTimeAndStep = lastTimeAndStep;
        this.names = List.copyOf(names);
        this.estimates = estimates.clone();
        this.standardErrors = standardErrors.clone();
        this.logLikelihood = logLikelihood;
        this.convergence = convergence;
        this.model = model;
        this.data = data.clone();
        this.nobs = nobs;
    }

    /**
     * The same fit with the times of the series it was fitted on (two or more observations), so
     * that its forecasts give the time of each step, at the spacing of the last two observations.
     */
    StateSpaceFit withTimesOf(TimeSeries series) {
        int n = series.size();
        if (n < 2 || n != data.length) {
            return this;
        }
        long last = series.epochNanos(n - 1);
        StateSpaceFit out = new StateSpaceFit(names, estimates, standardErrors, logLikelihood, convergence, model, data,
                nobs, title, new long[] {last, Math.subtractExact(last, series.epochNanos(n - 2))});
        out.smoother = smoother;
        return out;
    }

    private SmootherResult smoother() {
        SmootherResult s = smoother;
        if (s == null) {
            synchronized (this) {
                s = smoother;
                if (s == null) {
                    s = KalmanSmoother.smooth(model, data);
                    smoother = s;
                }
            }
        }
        return s;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    /**
     * {@inheritDoc}
     *
     * <p>From the inverse numerical Hessian of the log-likelihood at the estimates; NaN for a
     * parameter when the observed information is not positive definite (an estimate on the
     * boundary, e.g. a variance of zero) — {@link #hasStandardErrors()} tells.
     */
    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return true if every standard error is finite */
    @Override
    public boolean hasStandardErrors() {
        for (double s : standardErrors) {
            if (!Double.isFinite(s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The exact diffuse log-likelihood, diffuse observations excluded (R's convention).
     */
    @Override
    public double logLikelihood() {
        return logLikelihood;
    }

    /** {@inheritDoc} <p>Observed values that carry likelihood (not missing, not diffuse). */
    @Override
    public int nobs() {
        return nobs;
    }

    @Override
    public int numberOfParameters() {
        return estimates.length;
    }

    @Override
    public ConvergenceInfo convergence() {
        return convergence;
    }

    /** @return the model at the estimates */
    public StateSpaceModel model() {
        return model;
    }

    /** @return the observations the states are filtered over (a copy; NaN = missing) */
    public double[] observations() {
        return data.clone();
    }

    /**
     * The fit extended by new observations without re-estimating: the same parameters, standard
     * errors and convergence facts (those of the original estimation sample), with the filter and
     * smoother run over the old and new data together, so the states, the log-likelihood and the
     * forecasts are those of the fixed-parameter model from the new end of the data.
     *
     * @param newObservations the observations after the last one, NaN = missing (not modified)
     * @return the new fit
     * @throws IllegalArgumentException if null, empty, holding an infinite value, or if the model
     *     is time-varying (a dynamic regression needs its new regressors: use
     *     {@link DynamicRegression#append(StateSpaceFit, DynamicRegression.Data)})
     */
    public StateSpaceFit append(double[] newObservations) {
        if (!model.isTimeInvariant()) {
            throw new IllegalArgumentException("Argument 'newObservations' cannot extend a time-varying model over "
                    + model.timeVaryingLength() + " periods without its new system matrices");
        }
        return refilter(model, concat(newObservations));
    }

    /** The old data followed by the new, checked. */
    double[] concat(double[] newObservations) {
        if (newObservations == null || newObservations.length == 0) {
            throw new IllegalArgumentException("Argument 'newObservations' must hold at least one value but has "
                    + (newObservations == null ? "null" : "0 values"));
        }
        double[] all = new double[data.length + newObservations.length];
        System.arraycopy(data, 0, all, 0, data.length);
        for (int i = 0; i < newObservations.length; i++) {
            double v = newObservations[i];
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("Argument 'newObservations' must hold finite values or NaN (missing)"
                        + " but element " + i + " is " + v);
            }
            all[data.length + i] = v;
        }
        return all;
    }

    /** The same estimates on another model (same parameters) and data. */
    StateSpaceFit refilter(StateSpaceModel newModel, double[] all) {
        FilterResult f = KalmanFilter.run(newModel, all, all.length, KalmanEngine.Storage.LIKELIHOOD);
        return new StateSpaceFit(names, estimates, standardErrors, f.logLikelihood(), convergence, newModel, all,
                f.likelihoodObservationCount(), title);
    }

    /** @return the filter output at the estimates */
    public FilterResult filterResult() {
        return smoother().filter();
    }

    /** @return the smoother output at the estimates */
    public SmootherResult smootherResult() {
        return smoother();
    }

    /**
     * The filtered path of one state with a pointwise band (finite covariance part during the
     * diffuse periods).
     *
     * @param state the state index
     * @param level the coverage, e.g. 0.95
     * @return the band
     * @throws IllegalArgumentException if the index or level is out of range
     */
    public ConfidenceBand filteredState(int state, double level) {
        FilterResult f = smoother().filter();
        checkState(state);
        int n = f.size();
        double[] est = new double[n];
        double[] se = new double[n];
        for (int t = 0; t < n; t++) {
            est[t] = f.filteredState(t)[state];
            se[t] = Math.sqrt(Math.max(0, f.filteredStateCovariance(t)[state][state]));
        }
        return band(est, se, level);
    }

    /**
     * The smoothed path of one state with a pointwise band.
     *
     * @param state the state index
     * @param level the coverage, e.g. 0.95
     * @return the band
     * @throws IllegalArgumentException if the index or level is out of range
     */
    public ConfidenceBand smoothedState(int state, double level) {
        checkState(state);
        SmootherResult sm = smoother();
        int n = sm.size();
        double[] est = new double[n];
        double[] se = new double[n];
        for (int t = 0; t < n; t++) {
            est[t] = sm.smoothedState(t)[state];
            se[t] = Math.sqrt(Math.max(0, sm.smoothedStateCovariance(t)[state][state]));
        }
        return band(est, se, level);
    }

    /**
     * Forecasts the observation h = 1..H periods beyond the sample (Durbin and Koopman 2012,
     * sec. 4.11): the means {@code Z a} and standard errors {@code sqrt(Z P Z' + H)} from the
     * filtered state after the last observation, with the times of the steps when the fit came
     * from a {@link TimeSeries}. For the states and covariances see {@link #stateForecast(int)}.
     *
     * @param horizon h, at least 1
     * @return the forecast
     * @throws IllegalArgumentException if h is below 1 or a time-varying model does not cover it
     */
    @Override
    public Forecast forecast(int horizon) {
        Forecast out = stateForecast(horizon).observation(0);
        if (lastTimeAndStep == null) {
            return out;
        }
        List<Instant> times = new ArrayList<>(horizon);
        for (int h = 1; h <= horizon; h++) {
            long t = Math.addExact(lastTimeAndStep[0], Math.multiplyExact(lastTimeAndStep[1], (long) h));
            times.add(Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L), Math.floorMod(t, 1_000_000_000L)));
        }
        return out.withTimes(times);
    }

    /**
     * Forecasts the states and observations h = 1..H periods beyond the sample, with their
     * covariances.
     *
     * @param horizon h, at least 1
     * @return the forecast of the states and observations
     * @throws IllegalArgumentException if h is below 1 or a time-varying model does not cover it
     */
    public StateSpaceForecast stateForecast(int horizon) {
        return smoother().filter().forecast(horizon);
    }

    private void checkState(int state) {
        int m = model().stateDimension();
        if (state < 0 || state >= m) {
            throw new IllegalArgumentException("Argument 'state' must be in [0, " + m + ") but has value " + state);
        }
    }

    private static ConfidenceBand band(double[] est, double[] se, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Argument 'level' must be in (0, 1) but has value " + level);
        }
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double[] lo = new double[est.length];
        double[] hi = new double[est.length];
        for (int t = 0; t < est.length; t++) {
            lo[t] = est[t] - z * se[t];
            hi[t] = est[t] + z * se[t];
        }
        return new ConfidenceBand(lo, est, hi, level);
    }

    /**
     * The summary: the model, the convergence, the estimated variances (and other parameters)
     * with standard errors and z statistics, the exact diffuse log-likelihood, AIC, BIC and nobs.
     *
     * @return the summary
     */
    @Override
    public ModelSummary summary() {
        return ModelSummary.of(title + " (state space, exact diffuse likelihood)")
                .withConvergence(convergence)
                .withCoefficients(names, estimates, standardErrors)
                .withFitStatistics(this);
    }

    /** @return the summary on one line */
    @Override
    public String toString() {
        return summary().oneLine();
    }
}
