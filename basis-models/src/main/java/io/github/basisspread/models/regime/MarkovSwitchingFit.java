package io.github.basisspread.models.regime;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.Forecast;
import io.github.basisspread.models.api.ForecastingFit;
import io.github.basisspread.models.api.ModelSummary;
import io.github.basisspread.models.regime.Layout.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fitted Markov-switching regression or autoregression: the estimates in statsmodels' order and
 * names with their standard errors (the inverse of the numerical observed information in the
 * natural parameters, as statsmodels' {@code cov_type="approx"}; NaN for a transition probability
 * at 0 or 1, whose derivative is one-sided), the exact log-likelihood, the
 * transition matrix and expected durations, the filtered and smoothed regime probabilities, the
 * facts of the starts, forecasts and simulation.
 *
 * <p>Regimes are numbered in a canonical order: by the constant when it switches, else by the
 * variance, else by the first AR coefficient, ascending. The parameter count of the information
 * criteria is every estimated parameter, transition probabilities included (statsmodels'
 * convention). Immutable and thread-safe: arrays are copied out.
 */
public final class MarkovSwitchingFit implements ForecastingFit {


    private final MarkovSwitchingSpec spec;
    private final Layout layout;
    private final double[] y;
    private final double[][] design;
    private final double[] estimates;
    private final double[] standardErrors;
    private final double logLikelihood;
    private final ConvergenceInfo convergence;
    private final int nobs;
    private final double[][] filtered;
    private final double[][] smoothed;
    /** Filtered joint probabilities of (S_T, ..., S_{T-p}) at the last observation. */
    private final double[] lastJoint;
    private final double[] startLogLikelihoods;
    private final List<String> startNotes;
    private final int startsAtBest;

    MarkovSwitchingFit(MarkovSwitchingSpec spec, Layout layout, MarkovSwitchingData data, Estimation.Result r) {
        this.spec = spec;
        this.layout = layout;
        this.y = data.y();
        this.design = MarkovSwitchingSpec.designWithConstant(data.xShared());
        this.estimates = r.estimates().clone();
        this.standardErrors = r.standardErrors().clone();
        this.logLikelihood = r.logLikelihood();
        this.convergence = r.convergence();
        HamiltonFilter f = new HamiltonFilter(layout, y, design);
        this.nobs = f.nobs;
        this.filtered = f.marginal(r.output().filteredJoint);
        this.smoothed = f.marginal(r.output().smoothedJoint);
        int states = f.states;
        this.lastJoint = new double[states];
        System.arraycopy(r.output().filteredJoint, (nobs - 1) * states, lastJoint, 0, states);
        this.startLogLikelihoods = r.starts().stream().mapToDouble(Estimation.Start::logLikelihood).toArray();
        List<String> notes = new ArrayList<>();
        for (Estimation.Start s : r.starts()) {
            notes.add(s.note());
        }
        this.startNotes = List.copyOf(notes);
        this.startsAtBest = r.startsAtBest();
    }

    /** A fit moved on to a longer sample: the estimation's results with the filter of the longer data. */
    private MarkovSwitchingFit(MarkovSwitchingFit base, double[] y, double[][] design) {
        this.spec = base.spec;
        this.layout = base.layout;
        this.estimates = base.estimates;
        this.standardErrors = base.standardErrors;
        this.logLikelihood = base.logLikelihood;
        this.convergence = base.convergence;
        this.nobs = base.nobs;
        this.startLogLikelihoods = base.startLogLikelihoods;
        this.startNotes = base.startNotes;
        this.startsAtBest = base.startsAtBest;
        this.y = y;
        this.design = design;
        HamiltonFilter f = new HamiltonFilter(layout, y, design);
        HamiltonFilter.Output o = f.filterAndSmooth(layout.unpack(estimates));
        if (o == null) {
            throw new IllegalArgumentException("Argument 'newData' has zero likelihood under the fitted model");
        }
        this.filtered = f.marginal(o.filteredJoint);
        this.smoothed = f.marginal(o.smoothedJoint);
        this.lastJoint = new double[f.states];
        System.arraycopy(o.filteredJoint, (f.nobs - 1) * f.states, lastJoint, 0, f.states);
    }

    /**
     * Adds new observations after the sample without re-estimating: the Hamilton filter and Kim
     * smoother run over the longer sample with the estimated parameters. The estimates, standard
     * errors, log-likelihood, {@link #nobs()} and information criteria stay those of the
     * estimation sample; the filtered and smoothed probabilities cover the longer sample, and
     * forecasts and simulations continue from its end.
     *
     * @param newData the observations following the sample, with their regressors when the model
     *     has any (as many columns as at the fit)
     * @return a new fitted model
     * @throws IllegalArgumentException if newData is null, its regressors do not match the
     *     model's, or the longer sample has zero likelihood under the fitted model
     */
    public MarkovSwitchingFit append(MarkovSwitchingData newData) {
        if (newData == null) {
            throw new IllegalArgumentException("Argument 'newData' must not be null");
        }
        int m = newData.size();
        if (m > 0 && newData.regressorCount() != layout.columns - 1) {
            throw new IllegalArgumentException("Argument 'newData' must have the model's " + (layout.columns - 1)
                    + " regressors " + spec.regressors() + " but has " + newData.regressorCount());
        }
        int n = y.length;
        double[] ys = java.util.Arrays.copyOf(y, n + m);
        System.arraycopy(newData.yShared(), 0, ys, n, m);
        double[][] added = MarkovSwitchingSpec.designWithConstant(newData.xShared());
        double[][] ds = java.util.Arrays.copyOf(design, n + m);
        System.arraycopy(added, 0, ds, n, m);
        return new MarkovSwitchingFit(this, ys, ds);
    }

    /**
     * Adds new observations of a model without regressors; see {@link #append(MarkovSwitchingData)}.
     *
     * @param newObservations the observations following the sample, finite (not modified)
     * @return a new fitted model
     * @throws IllegalArgumentException if the model has regressors, a value is not finite, or the
     *     longer sample has zero likelihood under the fitted model
     */
    public MarkovSwitchingFit append(double... newObservations) {
        if (newObservations == null) {
            throw new IllegalArgumentException("Argument 'newObservations' must not be null");
        }
        if (layout.columns > 1 && newObservations != null && newObservations.length > 0) {
            throw new IllegalArgumentException("Argument 'newObservations' cannot be appended without the regressors "
                    + spec.regressors() + "; use append(MarkovSwitchingData)");
        }
        return append(MarkovSwitchingData.of(newObservations));
    }

    /** @return the specification that produced this fit */
    public MarkovSwitchingSpec spec() {
        return spec;
    }

    /** @return the number of regimes k */
    public int regimes() {
        return layout.k;
    }

    @Override
    public List<String> parameterNames() {
        return layout.names;
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    /**
     * Returns one estimate by name.
     *
     * @param name a name of {@link #parameterNames()}
     * @return the estimate
     * @throws IllegalArgumentException if there is no such parameter
     */
    public double estimate(String name) {
        int i = layout.names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("Argument 'name' must be one of " + layout.names + " but has value "
                    + name);
        }
        return estimates[i];
    }

    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    @Override
    public double logLikelihood() {
        return logLikelihood;
    }

    /** @return the observations modelled: all of them less the first p of an autoregression */
    @Override
    public int nobs() {
        return nobs;
    }

    /** @return every estimated parameter, transition probabilities included */
    @Override
    public int numberOfParameters() {
        return layout.size;
    }

    @Override
    public ConvergenceInfo convergence() {
        return convergence;
    }

    /**
     * Returns the transition matrix.
     *
     * @return a new k x k array, {@code [i][j] = P(S_t = j | S_{t-1} = i)}, rows summing to 1
     */
    public double[][] transitionMatrix() {
        return layout.unpack(estimates).transition;
    }

    /**
     * Returns the expected duration of each regime, {@code 1 / (1 - p[i->i])} (Hamilton 1989,
     * eq. 4.12 context; statsmodels' {@code expected_durations}); infinite for an absorbing regime.
     *
     * @return a new array, one duration per regime, in observations
     */
    public double[] expectedDurations() {
        double[][] p = transitionMatrix();
        double[] d = new double[p.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = p[i][i] >= 1 ? Double.POSITIVE_INFINITY : 1 / (1 - p[i][i]);
        }
        return d;
    }

    /**
     * Returns the ergodic (long-run) probability of each regime.
     *
     * @return a new array summing to 1
     */
    public double[] ergodicProbabilities() {
        return HamiltonFilter.ergodic(transitionMatrix());
    }

    /**
     * Returns the filtered probabilities {@code P(S_t = s | y_1..y_t)} of the modelled observations.
     *
     * @return a new {@code nobs x k} array; row 0 is observation p (the first p condition the AR)
     */
    public double[][] filteredProbabilities() {
        return copy(filtered);
    }

    /**
     * Returns the smoothed probabilities {@code P(S_t = s | y_1..y_T)} (Kim 1994).
     *
     * @return a new {@code nobs x k} array; row 0 is observation p
     */
    public double[][] smoothedProbabilities() {
        return copy(smoothed);
    }

    /** @return how many starts were run */
    public int startsRun() {
        return startLogLikelihoods.length;
    }

    /** @return how many starts reached the best log-likelihood (within 1e-4 + 1e-8 |l|) */
    public int startsAtBest() {
        return startsAtBest;
    }

    /**
     * Returns the log-likelihood each start reached (-infinity where it left the likelihood
     * undefined); collapsed starts are reported here but never chosen.
     *
     * @return a new array, in the order the starts ran
     */
    public double[] startLogLikelihoods() {
        return startLogLikelihoods.clone();
    }

    /** @return how each start ended ("converged", "not converged", or why it was discarded) */
    public List<String> startNotes() {
        return startNotes;
    }

    /**
     * Forecasts the next observations of a model without regressors: the mean and standard
     * deviation of the mixture over the regime paths, exact for any p (the first and second moments
     * of a Markov jump linear system, Costa, Fragoso and Marques 2005, ch. 3). The forecast
     * distribution is a mixture of normals, not a normal: {@link Forecast#interval} gives the
     * Gaussian interval with the mixture's standard deviation, an approximation; quantiles of the
     * mixture come from {@link #simulate}.
     *
     * @param horizon the number of steps, 1 to 100000
     * @return the forecast
     * @throws IllegalArgumentException if the horizon is out of range or the model has regressors
     *     (use {@link #forecast(int, double[][])})
     */
    @Override
    public Forecast forecast(int horizon) {
        return forecast(horizon, null);
    }

    /**
     * Forecasts the next observations given the future regressor values.
     *
     * @param horizon the number of steps, 1 to 100000
     * @param futureX one row of regressor values per step (null or empty when the model has none)
     * @return the forecast
     * @throws IllegalArgumentException if the horizon is out of range or futureX does not match
     */
    public Forecast forecast(int horizon, double[][] futureX) {
        checkHorizon(horizon);
        double[][] fx = futureDesign(horizon, futureX);
        return moments(layout.unpack(estimates), lastJoint, y, design, fx);
    }

    /**
     * Forecasts after another history, with the fitted parameters (no re-estimation): the
     * Hamilton filter runs over the history, then the mixture forecast. For models without
     * regressors (walk-forward evaluation).
     *
     * @param history the observations up to the forecast origin, more than p, finite
     * @param horizon the number of steps, 1 to 100000
     * @return the forecast
     * @throws IllegalArgumentException if the model has regressors, the history is too short or
     *     not finite, or the horizon is out of range
     */
    public Forecast forecastAfter(double[] history, int horizon) {
        checkHorizon(horizon);
        if (layout.columns > 1) {
            throw new IllegalArgumentException("Argument 'history' cannot be forecast without future regressors "
                    + spec.regressors());
        }
        double[] h = MarkovSwitchingData.of(history).yShared();
        if (h.length <= layout.order) {
            throw new IllegalArgumentException("Argument 'history' must hold more than " + layout.order
                    + " observations but has " + h.length);
        }
        double[][] d = MarkovSwitchingSpec.designWithConstant(new double[h.length][0]);
        HamiltonFilter f = new HamiltonFilter(layout, h, d);
        Params par = layout.unpack(estimates);
        double[] joint = new double[f.nobs * f.states];
        double ll = f.run(par, joint, new double[f.nobs * f.states], new double[f.nobs]);
        if (ll == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("Argument 'history' has zero likelihood under the fitted model");
        }
        double[] last = new double[f.states];
        System.arraycopy(joint, (f.nobs - 1) * f.states, last, 0, f.states);
        return moments(par, last, h, d, futureDesign(horizon, null));
    }

    private static void checkHorizon(int horizon) {
        if (horizon < 1 || horizon > 100_000) {
            throw new IllegalArgumentException("Argument 'horizon' must be in 1..100000 but has value " + horizon);
        }
    }

    private double[][] futureDesign(int horizon, double[][] futureX) {
        int m = layout.columns - 1;
        if (m == 0 && (futureX == null || futureX.length == 0)) {
            return MarkovSwitchingSpec.designWithConstant(new double[horizon][0]);
        }
        if (futureX == null || futureX.length != horizon) {
            throw new IllegalArgumentException("Argument 'futureX' must hold one row of the " + m + " regressors "
                    + spec.regressors() + " per step (" + horizon + ") but has "
                    + (futureX == null ? "null" : futureX.length + " rows"));
        }
        return MarkovSwitchingSpec.designWithConstant(MarkovSwitchingData.of(new double[horizon], futureX).xShared());
    }

    /** First and second moments of y_{T+h} through the Markov jump linear system of the deviations. */
    private Forecast moments(Params par, double[] joint, double[] series, double[][] x, double[][] fx) {
        int k = layout.k;
        int p = layout.order;
        HamiltonFilter f = new HamiltonFilter(layout, series, x);
        int end = series.length - 1;
        double[] pi = new double[k];
        double[][] q = new double[k][p];
        double[][][] qq = new double[k][p][p];
        double[] z = new double[p];
        for (int j = 0; j < joint.length; j++) {
            double w = joint[j];
            int s = f.currentRegime(j);
            pi[s] += w;
            for (int i = 0; i < p; i++) {
                z[i] = deviation(par, series, x, f.regimeAt(j, i), end - i);
            }
            for (int a = 0; a < p; a++) {
                q[s][a] += w * z[a];
                for (int b = 0; b < p; b++) {
                    qq[s][a][b] += w * z[a] * z[b];
                }
            }
        }
        int h = fx.length;
        double[] mean = new double[h];
        double[] se = new double[h];
        double[][] trans = par.transition;
        for (int step = 0; step < h; step++) {
            double[] npi = new double[k];
            double[][] nq = new double[k][p];
            double[][][] nqq = new double[k][p][p];
            for (int s = 0; s < k; s++) {
                double[] qbar = new double[p];
                double[][] qqbar = new double[p][p];
                for (int r = 0; r < k; r++) {
                    double pr = trans[r][s];
                    npi[s] += pr * pi[r];
                    for (int a = 0; a < p; a++) {
                        qbar[a] += pr * q[r][a];
                        for (int b = 0; b < p; b++) {
                            qqbar[a][b] += pr * qq[r][a][b];
                        }
                    }
                }
                if (p > 0) {
                    // z' = A_s z + e1 eps: A_s z = (phi_s' z, z_1, ..., z_{p-1}).
                    double[] phi = par.ar[s];
                    double[] az = new double[p];
                    double[][] aq = new double[p][p];
                    for (int a = 0; a < p; a++) {
                        az[a] = a == 0 ? dot(phi, qbar) : qbar[a - 1];
                        for (int b = 0; b < p; b++) {
                            aq[a][b] = a == 0 ? dotColumn(phi, qqbar, b) : qqbar[a - 1][b];
                        }
                    }
                    nq[s] = az;
                    for (int a = 0; a < p; a++) {
                        for (int b = 0; b < p; b++) {
                            nqq[s][a][b] = b == 0 ? dot(phi, aq[a]) : aq[a][b - 1];
                        }
                    }
                    nqq[s][0][0] += npi[s] * par.variance[s];
                }
            }
            pi = npi;
            q = nq;
            qq = nqq;
            double m1 = 0;
            double m2 = 0;
            for (int s = 0; s < k; s++) {
                double mu = 0;
                for (int c = 0; c < layout.columns; c++) {
                    mu += fx[step][c] * par.coefficients[s][c];
                }
                double d1 = p > 0 ? q[s][0] : 0;
                double d2 = p > 0 ? qq[s][0][0] : pi[s] * par.variance[s];
                m1 += pi[s] * mu + d1;
                m2 += pi[s] * mu * mu + 2 * mu * d1 + d2;
            }
            mean[step] = m1;
            se[step] = Math.sqrt(Math.max(m2 - m1 * m1, 0));
        }
        return Forecast.of(mean, se);
    }

    /** y_t - x_t' beta_s. */
    private static double deviation(Params par, double[] series, double[][] x, int regime, int t) {
        double mu = 0;
        for (int c = 0; c < x[t].length; c++) {
            mu += x[t][c] * par.coefficients[regime][c];
        }
        return series[t] - mu;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** sum_i a_i m[i][col]. */
    private static double dotColumn(double[] a, double[][] m, int col) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * m[i][col];
        }
        return s;
    }

    /**
     * A simulated continuation of the data, from the fitted model: the joint regime state at the
     * last observation drawn from its filtered probabilities, then regimes and observations drawn
     * forward. Seeded: the same seed gives the same path.
     *
     * @param length the number of steps, 1 to 10,000,000
     * @param seed the seed
     * @return the path
     * @throws IllegalArgumentException if the length is out of range or the model has regressors
     */
    public RegimePath simulate(int length, long seed) {
        if (length < 1 || length > 10_000_000) {
            throw new IllegalArgumentException("Argument 'length' must be in 1..10000000 but has value " + length);
        }
        if (layout.columns > 1) {
            throw new IllegalArgumentException("Argument 'length' cannot be simulated without future regressors "
                    + spec.regressors());
        }
        SplittableRandom rng = new SplittableRandom(seed);
        Params par = layout.unpack(estimates);
        HamiltonFilter f = new HamiltonFilter(layout, y, design);
        int p = layout.order;
        int k = layout.k;
        int j = draw(lastJoint, rng.nextDouble());
        int s = f.currentRegime(j);
        // Deviations d_{t}, d_{t-1}, ... of the last p observations in the drawn regimes.
        double[] lags = new double[p];
        for (int i = 0; i < p; i++) {
            lags[i] = deviation(par, y, design, f.regimeAt(j, i), y.length - 1 - i);
        }
        double[] values = new double[length];
        int[] regimesOut = new int[length];
        double[] sd = new double[k];
        for (int r = 0; r < k; r++) {
            sd[r] = Math.sqrt(par.variance[r]);
        }
        for (int t = 0; t < length; t++) {
            s = draw(par.transition[s], rng.nextDouble());
            double d = sd[s] * gaussian(rng);
            for (int i = 0; i < p; i++) {
                d += par.ar[s][i] * lags[i];
            }
            for (int i = p - 1; i > 0; i--) {
                lags[i] = lags[i - 1];
            }
            if (p > 0) {
                lags[0] = d;
            }
            values[t] = par.coefficients[s][0] + d;
            regimesOut[t] = s;
        }
        return new RegimePath(values, regimesOut);
    }

    private static int draw(double[] probabilities, double u) {
        double c = 0;
        for (int i = 0; i < probabilities.length; i++) {
            c += probabilities[i];
            if (u < c) {
                return i;
            }
        }
        return probabilities.length - 1;
    }

    /** Standard normal by Box-Muller. */
    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    /**
     * Returns the summary: the model, how many starts reached the best likelihood, the expected
     * durations, the coefficient table (the parameters of regime s end in {@code [s]}; the
     * transition probabilities {@code p[i->j]} come first, as in statsmodels), the log-likelihood
     * and criteria, and the transition matrix.
     *
     * @return the summary
     */
    @Override
    public ModelSummary summary() {
        double[] d = expectedDurations();
        StringBuilder durations = new StringBuilder();
        List<String> regimes = new ArrayList<>();
        for (int s = 0; s < d.length; s++) {
            durations.append(s == 0 ? "" : ", ").append("regime ").append(s).append(' ')
                    .append(ModelSummary.number(d[s]));
            regimes.add("to " + s);
        }
        List<String> from = new ArrayList<>();
        for (int s = 0; s < d.length; s++) {
            from.add("from " + s);
        }
        ModelSummary out = ModelSummary.of(spec.toString())
                .withConvergence(convergence)
                .withFact("starts at best", startsAtBest + " of " + startsRun())
                .withFact("expected durations", durations.toString());
        if (!hasStandardErrors()) {
            out = out.withFact("warning", "the observed information is not positive definite at the estimates;"
                    + " standard errors that do not exist are NaN");
        }
        return out.withCoefficients(layout.names, estimates, standardErrors)
                .withFitStatistics(this)
                .withStatistic("HQIC", informationCriteria().hqic())
                .withMatrix("Transition matrix", from, regimes, transitionMatrix());
    }

    /**
     * Returns the summary on one line: the specification, each estimate with its standard error
     * and the fit statistics.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return summary().oneLine();
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /**
     * A simulated path: the observations and the regime of each. Immutable: arrays copied out.
     */
    public static final class RegimePath {
        private final double[] values;
        private final int[] regimes;

        RegimePath(double[] values, int[] regimes) {
            this.values = values;
            this.regimes = regimes;
        }

        /** @return a copy of the simulated observations */
        public double[] values() {
            return values.clone();
        }

        /** @return a copy of the regime of each observation */
        public int[] regimes() {
            return regimes.clone();
        }

        /** @return the number of steps */
        public int length() {
            return values.length;
        }

        @Override
        public String toString() {
            return "RegimePath(" + values.length + " steps)";
        }
    }
}
