package io.github.basisspread.models.regime;

import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.evaluation.Forecaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The specification of a Markov-switching regression or autoregression with k regimes
 * (Hamilton 1989; statsmodels 0.13 {@code MarkovRegression} and {@code MarkovAutoregression}):
 *
 * <pre>
 *   y_t - mu_t(S_t) = phi_1(S_t) (y_{t-1} - mu_{t-1}(S_{t-1})) + ... + phi_p(S_t) (y_{t-p} - mu_{t-p}(S_{t-p})) + e_t,
 *   mu_t(s) = c_s + x_t' beta_s,   e_t ~ N(0, sigma2(S_t)),   P(S_t = j | S_{t-1} = i) = p[i->j],
 * </pre>
 *
 * where each of the mean (the constant {@code c}), the regressor coefficients {@code beta}, the AR
 * coefficients {@code phi} and the variance switches with the regime or not. With {@code p = 0}
 * it is a switching regression (statsmodels' {@code MarkovRegression}).
 *
 * <p>The likelihood is exact (the Hamilton filter over the joint state of the current and last p
 * regimes), conditioned on the first p observations, with the regimes started from the ergodic
 * distribution of the chain, as in statsmodels. Each start is refined by EM iterations (Hamilton
 * 1990) then by BFGS on the likelihood, the transition probabilities through a multinomial
 * logistic transform, the AR coefficients of each regime kept stationary; the first start is
 * deterministic, the others are drawn from a seeded generator; the best is kept and the fit
 * reports how many starts reached it. Starts that collapse a regime (a variance falling to zero,
 * where the likelihood is unbounded, or a regime left with no observations) are discarded.
 *
 * <pre>{@code
 * MarkovSwitchingFit fit = MarkovSwitchingSpec.of(2).withAr(4).withSwitchingAr(false).fit(gnpGrowth);
 * fit.transitionMatrix(); fit.expectedDurations(); fit.smoothedProbabilities(); fit.forecast(8);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #fit} leaves nothing behind.
 */
public final class MarkovSwitchingSpec implements Estimator<MarkovSwitchingData, MarkovSwitchingFit> {

    /** The largest number of joint states (k^(p+1)) the filter accepts. */
    static final int MAX_JOINT_STATES = 4096;

    private final int regimes;
    private final int order;
    private final List<String> regressors;
    private final boolean switchingMean;
    private final boolean switchingRegressors;
    private final boolean switchingAr;
    private final boolean switchingVariance;
    private final int starts;
    private final long seed;
    private final int emIterations;
    private final int maxIterations;

    private MarkovSwitchingSpec(int regimes, int order, List<String> regressors, boolean switchingMean,
            boolean switchingRegressors, boolean switchingAr, boolean switchingVariance, int starts, long seed,
            int emIterations, int maxIterations) {
        this.regimes = regimes;
        this.order = order;
        this.regressors = regressors;
        this.switchingMean = switchingMean;
        this.switchingRegressors = switchingRegressors;
        this.switchingAr = switchingAr;
        this.switchingVariance = switchingVariance;
        this.starts = starts;
        this.seed = seed;
        this.emIterations = emIterations;
        this.maxIterations = maxIterations;
        long states = regimes;
        for (int i = 0; i < order; i++) {
            states *= regimes;
            if (states > MAX_JOINT_STATES) {
                throw new IllegalArgumentException("Argument 'order' must keep regimes^(order + 1) at most "
                        + MAX_JOINT_STATES + " joint states but has value " + order + " with " + regimes + " regimes");
            }
        }
    }

    /**
     * A switching regression on a constant: {@code y_t = c(S_t) + e_t}, the constant switching,
     * the variance not, 5 starts, seed 17, 20 EM iterations per start (statsmodels'
     * {@code MarkovRegression(y, k_regimes)} defaults, with more starts).
     *
     * @param regimes the number of regimes k, at least 2
     * @return the specification
     * @throws IllegalArgumentException if regimes is below 2
     */
    public static MarkovSwitchingSpec of(int regimes) {
        if (regimes < 2) {
            throw new IllegalArgumentException("Argument 'regimes' must be at least 2 but has value " + regimes);
        }
        return new MarkovSwitchingSpec(regimes, 0, List.of(), true, true, true, false, 5, 17L, 20, 1000);
    }

    /**
     * Returns this specification as an autoregression of order p in Hamilton's (1989) form: the
     * AR acts on the deviations from each period's regime mean (statsmodels'
     * {@code MarkovAutoregression}); p = 0 is the switching regression.
     *
     * @param p the order, zero or more, with {@code k^(p+1)} at most 4096
     * @return the new specification
     * @throws IllegalArgumentException if p is negative or too large
     */
    public MarkovSwitchingSpec withAr(int p) {
        if (p < 0) {
            throw new IllegalArgumentException("Argument 'p' must be zero or greater but has value " + p);
        }
        return new MarkovSwitchingSpec(regimes, p, regressors, switchingMean, switchingRegressors, switchingAr,
                switchingVariance, starts, seed, emIterations, maxIterations);
    }

    /**
     * Returns this specification with regressors in the mean; the data must carry one column per
     * name, in this order.
     *
     * @param names the regressor names, distinct, not blank, not "const"
     * @return the new specification
     * @throws IllegalArgumentException if a name is null, blank, repeated or "const"
     */
    public MarkovSwitchingSpec withX(String... names) {
        if (names == null) {
            throw new IllegalArgumentException("Argument 'names' must not be null");
        }
        List<String> list = new ArrayList<>();
        for (String n : names) {
            if (n == null || n.isBlank() || n.equals("const") || list.contains(n)) {
                throw new IllegalArgumentException("Argument 'names' must hold distinct, non-blank names other than"
                        + " 'const' but has " + Arrays.toString(names));
            }
            list.add(n);
        }
        return new MarkovSwitchingSpec(regimes, order, List.copyOf(list), switchingMean, switchingRegressors,
                switchingAr, switchingVariance, starts, seed, emIterations, maxIterations);
    }

    /**
     * Returns this specification with the constant (the mean) switching or not (default: switching).
     *
     * @param switching whether the constant switches
     * @return the new specification
     */
    public MarkovSwitchingSpec withSwitchingMean(boolean switching) {
        return new MarkovSwitchingSpec(regimes, order, regressors, switching, switchingRegressors, switchingAr,
                switchingVariance, starts, seed, emIterations, maxIterations);
    }

    /**
     * Returns this specification with the regressor coefficients switching or not (default: switching).
     *
     * @param switching whether the regressor coefficients switch
     * @return the new specification
     */
    public MarkovSwitchingSpec withSwitchingX(boolean switching) {
        return new MarkovSwitchingSpec(regimes, order, regressors, switchingMean, switching, switchingAr,
                switchingVariance, starts, seed, emIterations, maxIterations);
    }

    /**
     * Returns this specification with the AR coefficients switching or not (default: switching,
     * as statsmodels' {@code switching_ar=True}).
     *
     * @param switching whether the AR coefficients switch
     * @return the new specification
     */
    public MarkovSwitchingSpec withSwitchingAr(boolean switching) {
        return new MarkovSwitchingSpec(regimes, order, regressors, switchingMean, switchingRegressors, switching,
                switchingVariance, starts, seed, emIterations, maxIterations);
    }

    /**
     * Returns this specification with the variance switching or not (default: not switching).
     *
     * @param switching whether the variance switches
     * @return the new specification
     */
    public MarkovSwitchingSpec withSwitchingVariance(boolean switching) {
        return new MarkovSwitchingSpec(regimes, order, regressors, switchingMean, switchingRegressors, switchingAr,
                switching, starts, seed, emIterations, maxIterations);
    }

    /**
     * Returns this specification with another number of starts: the first deterministic, the
     * others drawn from the seeded generator.
     *
     * @param count the number of starts, 1 to 1000
     * @return the new specification
     * @throws IllegalArgumentException if count is outside 1..1000
     */
    public MarkovSwitchingSpec withStarts(int count) {
        if (count < 1 || count > 1000) {
            throw new IllegalArgumentException("Argument 'count' must be in 1..1000 but has value " + count);
        }
        return new MarkovSwitchingSpec(regimes, order, regressors, switchingMean, switchingRegressors, switchingAr,
                switchingVariance, count, seed, emIterations, maxIterations);
    }

    /**
     * Returns this specification with another seed for the random starts.
     *
     * @param value the seed
     * @return the new specification
     */
    public MarkovSwitchingSpec withSeed(long value) {
        return new MarkovSwitchingSpec(regimes, order, regressors, switchingMean, switchingRegressors, switchingAr,
                switchingVariance, starts, value, emIterations, maxIterations);
    }

    /**
     * Returns this specification with another number of EM iterations per start.
     *
     * @param iterations the EM iterations, 0 to 10000
     * @return the new specification
     * @throws IllegalArgumentException if outside 0..10000
     */
    public MarkovSwitchingSpec withEmIterations(int iterations) {
        if (iterations < 0 || iterations > 10_000) {
            throw new IllegalArgumentException("Argument 'iterations' must be in 0..10000 but has value " + iterations);
        }
        return new MarkovSwitchingSpec(regimes, order, regressors, switchingMean, switchingRegressors, switchingAr,
                switchingVariance, starts, seed, iterations, maxIterations);
    }

    /** @return the number of regimes k */
    public int regimes() {
        return regimes;
    }

    /** @return the AR order p (0 for a switching regression) */
    public int order() {
        return order;
    }

    /** @return the regressor names, an immutable list */
    public List<String> regressors() {
        return regressors;
    }

    /** @return whether the constant switches */
    public boolean switchingMean() {
        return switchingMean;
    }

    /** @return whether the regressor coefficients switch */
    public boolean switchingX() {
        return switchingRegressors;
    }

    /** @return whether the AR coefficients switch */
    public boolean switchingAr() {
        return switchingAr;
    }

    /** @return whether the variance switches */
    public boolean switchingVariance() {
        return switchingVariance;
    }

    /** @return the number of starts */
    public int starts() {
        return starts;
    }

    /** @return the seed of the random starts */
    public long seed() {
        return seed;
    }

    /** @return the EM iterations per start */
    public int emIterations() {
        return emIterations;
    }

    int maxIterations() {
        return maxIterations;
    }

    boolean hasConstant() {
        return true;
    }

    /**
     * Returns the parameter names of the fit, in statsmodels' order: {@code p[i->j]} (j below
     * k - 1, i fastest), {@code const[s]} or {@code const}, each regressor, {@code sigma2[s]} or
     * {@code sigma2}, {@code ar.L1[s]} ... or {@code ar.L1} ....
     *
     * @return the names, an immutable list
     */
    public List<String> parameterNames() {
        return layout().names;
    }

    Layout layout() {
        List<String> columns = new ArrayList<>();
        columns.add("const");
        columns.addAll(regressors);
        boolean[] switching = new boolean[columns.size()];
        switching[0] = switchingMean;
        for (int i = 1; i < switching.length; i++) {
            switching[i] = switchingRegressors;
        }
        return new Layout(regimes, order, columns, switching, switchingAr && order > 0, switchingVariance);
    }

    /**
     * Fits a series without regressors.
     *
     * @param y the series, finite values, oldest first
     * @return the fit
     * @throws IllegalArgumentException if the specification has regressors, or y is too short or
     *     not finite
     * @throws io.github.basisspread.models.api.EstimationException if no start reaches a proper maximum
     */
    public MarkovSwitchingFit fit(double[] y) {
        return fit(MarkovSwitchingData.of(y));
    }

    /**
     * Fits the model.
     *
     * @param data the series and, when the specification has them, the regressors
     * @return the fit
     * @throws IllegalArgumentException if data is null, has another number of regressor columns
     *     than the specification, or has fewer than {@code p + 2 * (number of parameters)}
     *     observations
     * @throws io.github.basisspread.models.api.EstimationException if no start reaches a proper
     *     maximum (every one collapses a regime)
     */
    @Override
    public MarkovSwitchingFit fit(MarkovSwitchingData data) {
        if (data == null) {
            throw new IllegalArgumentException("Argument 'data' must not be null");
        }
        if (data.regressorCount() != regressors.size()) {
            throw new IllegalArgumentException("Argument 'data' must have " + regressors.size()
                    + " regressor columns " + regressors + " but has " + data.regressorCount());
        }
        Layout layout = layout();
        int needed = order + Math.max(2 * layout.size, 10);
        if (data.size() < needed) {
            throw new IllegalArgumentException("Argument 'y' must hold at least " + needed + " observations for "
                    + layout.size + " parameters" + (order > 0 ? " after the first " + order : "") + " but has "
                    + data.size());
        }
        double[][] design = designWithConstant(data.xShared());
        HamiltonFilter filter = new HamiltonFilter(layout, data.yShared(), design);
        Estimation.Result r = new Estimation(this, layout, filter).run();
        return new MarkovSwitchingFit(this, layout, data, r);
    }

    /** The exact log-likelihood at a parameter vector in {@link #parameterNames()} order (tests). */
    double logLikelihoodAt(MarkovSwitchingData data, double[] parameters) {
        Layout layout = layout();
        HamiltonFilter filter = new HamiltonFilter(layout, data.yShared(), designWithConstant(data.xShared()));
        return filter.logLikelihood(layout.unpack(parameters));
    }

    static double[][] designWithConstant(double[][] x) {
        double[][] out = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            out[t] = new double[x[t].length + 1];
            out[t][0] = 1;
            System.arraycopy(x[t], 0, out[t], 1, x[t].length);
        }
        return out;
    }

    /**
     * Returns this specification as a walk-forward {@link Forecaster}: each training window is
     * fitted, and forecasts from a later history run the Hamilton filter over it with the fitted
     * parameters (no re-estimation) and take the mixture mean. Needs a specification without
     * regressors.
     *
     * @return the forecaster
     * @throws IllegalArgumentException if the specification has regressors
     */
    public Forecaster forecaster() {
        if (!regressors.isEmpty()) {
            throw new IllegalArgumentException("Argument 'regressors' must be empty for a forecaster (future values of "
                    + regressors + " are unknown) but has " + regressors);
        }
        return training -> {
            MarkovSwitchingFit fit = fit(training.valuesArray());
            return (history, horizon) -> fit.forecastAfter(history.valuesArray(), horizon).mean();
        };
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MarkovSwitchingSpec)) {
            return false;
        }
        MarkovSwitchingSpec s = (MarkovSwitchingSpec) o;
        return regimes == s.regimes && order == s.order && regressors.equals(s.regressors)
                && switchingMean == s.switchingMean && switchingRegressors == s.switchingRegressors
                && switchingAr == s.switchingAr && switchingVariance == s.switchingVariance && starts == s.starts
                && seed == s.seed && emIterations == s.emIterations && maxIterations == s.maxIterations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(regimes, order, regressors, switchingMean, switchingRegressors, switchingAr,
                switchingVariance, starts, seed, emIterations, maxIterations);
    }

    /**
     * Returns the model in words, e.g. {@code MarkovAutoregression(k=2, p=4, switching: const)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        List<String> sw = new ArrayList<>();
        if (switchingMean) {
            sw.add("const");
        }
        if (switchingRegressors && !regressors.isEmpty()) {
            sw.addAll(regressors);
        }
        if (switchingAr && order > 0) {
            sw.add("ar");
        }
        if (switchingVariance) {
            sw.add("sigma2");
        }
        return (order > 0 ? "MarkovAutoregression(k=" + regimes + ", p=" + order : "MarkovRegression(k=" + regimes)
                + (regressors.isEmpty() ? "" : ", x=" + regressors) + ", switching: "
                + (sw.isEmpty() ? "none" : String.join(", ", sw)) + ")";
    }
}
