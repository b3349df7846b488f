package io.github.basisspread.models.volatility;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.optim.MaximumLikelihood;
import io.github.basisspread.models.optim.MleResult;
import io.github.basisspread.models.optim.NumericalDerivatives;
import io.github.basisspread.models.optim.Optimizer;
import io.github.basisspread.models.optim.ParameterBlock;
import io.github.basisspread.models.optim.ParameterTransform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The specification of a GARCH-family model of returns: a mean equation ({@link MeanModel}), a
 * variance equation ({@link VarianceModel}) of orders (p, q) and an innovation distribution
 * ({@link Innovation}), estimated by exact maximum likelihood (conditional on fGarch's start of the
 * variance recursion, see {@link GarchFit}) as R's {@code fGarch::garchFit}.
 *
 * <p>{@code GarchSpec.of(1, 1).fit(returns)} fits a GARCH(1,1) with a constant mean and normal
 * innovations, fGarch's default; {@code .withModel(VarianceModel.GJR).withInnovation(Innovation.STUDENT_T)}
 * a GJR-GARCH with Student-t innovations. p counts the ARCH terms (alpha, on past squared
 * residuals), q the GARCH terms (beta, on past variances): fGarch's {@code garch(p, q)}.
 *
 * <p>Constraints, as fGarch's defaults: {@code omega} within {@code [1e-6, 100]} times the sample
 * variance, each {@code alpha} and {@code beta} in (0, 1), the GJR {@code gamma} in (-1, 1) with
 * {@code alpha + gamma >= 0} wherever a variance would otherwise turn negative, the AR coefficient in
 * (-1, 1); the t's {@code shape} in (2, 100) (fGarch stops at 10). The stationarity condition
 * {@code persistence < 1} is not imposed: heavy-tailed hourly crypto returns can land beyond it, and
 * the fit then reports it ({@link GarchFit#isStationary()}) rather than refusing the optimum. The
 * EGARCH coefficients are free, except {@code beta} in (-1, 1).
 *
 * <p>The search runs, as fGarch's, on the series divided by its sample standard deviation, so that
 * every parameter has a scale near one; estimates, standard errors and the log-likelihood are then
 * carried back to the units of the data.
 *
 * <p>{@code GarchSpec.of(1, 1).withMean(MeanModel.ZERO).withRecursionStart(RecursionStart.TSERIES)}
 * reproduces R's {@code tseries::garch(x)} instead (its {@code order = c(1, 1)}, GARCH first):
 * tseries's start of the recursion and its count of the likelihood, see {@link RecursionStart}.
 *
 * <p>Immutable and thread-safe: one specification fits many series, from many threads at once.
 */
public final class GarchSpec implements Estimator<double[], GarchFit> {

    /** The highest order p or q accepted, 10. */
    public static final int MAX_ORDER = 10;
    /** The fewest observations accepted, 30. */
    public static final int MIN_OBSERVATIONS = 30;

    private static final double GRADIENT_TOLERANCE = 1e-8;
    private static final int MAX_RESTARTS = 6;

    private final int p;
    private final int q;
    private final VarianceModel model;
    private final Innovation innovation;
    private final MeanModel mean;
    /** The ARMA orders of the mean: (1, 0) for AR1, (0, 0) for zero and constant, set for ARMA. */
    private final int arOrder;
    private final int maOrder;
    private final Map<String, Double> fixed;
    private final Map<String, Double> start;
    private final int maxIterations;
    private final RecursionStart recursionStart;

    private GarchSpec(int p, int q, VarianceModel model, Innovation innovation, MeanModel mean,
            Map<String, Double> fixed, Map<String, Double> start, int maxIterations) {
        this(p, q, model, innovation, mean, mean == MeanModel.AR1 ? 1 : 0, 0, fixed, start, maxIterations,
                RecursionStart.FGARCH);
    }

    private GarchSpec(int p, int q, VarianceModel model, Innovation innovation, MeanModel mean, int arOrder,
            int maOrder, Map<String, Double> fixed, Map<String, Double> start, int maxIterations,
            RecursionStart recursionStart) {
        this.recursionStart = recursionStart;
        this.arOrder = arOrder;
        this.maOrder = maOrder;
        this.p = p;
        this.q = q;
        this.model = model;
        this.innovation = innovation;
        this.mean = mean;
        this.fixed = fixed;
        this.start = start;
        this.maxIterations = maxIterations;
    }

    /**
     * A GARCH(p, q) with a constant mean and normal innovations (fGarch's {@code garchFit(~garch(p, q))}).
     *
     * @param p the number of ARCH terms, 1 to {@value #MAX_ORDER}
     * @param q the number of GARCH terms, 0 (an ARCH(p)) to {@value #MAX_ORDER}
     * @return the specification
     * @throws IllegalArgumentException if an order is out of range
     */
    public static GarchSpec of(int p, int q) {
        if (p < 1 || p > MAX_ORDER) {
            throw new IllegalArgumentException("Argument 'p' must be in 1.." + MAX_ORDER + " but has value " + p);
        }
        if (q < 0 || q > MAX_ORDER) {
            throw new IllegalArgumentException("Argument 'q' must be in 0.." + MAX_ORDER + " but has value " + q);
        }
        return new GarchSpec(p, q, VarianceModel.GARCH, Innovation.NORMAL, MeanModel.CONSTANT, Map.of(), Map.of(), 500);
    }

    /**
     * Sets the variance equation.
     *
     * @param varianceModel GARCH, GJR or EGARCH
     * @return a new specification
     * @throws IllegalArgumentException if null
     */
    public GarchSpec withModel(VarianceModel varianceModel) {
        if (varianceModel == null) {
            throw new IllegalArgumentException("Argument 'varianceModel' must not be null");
        }
        return new GarchSpec(p, q, varianceModel, innovation, mean, arOrder, maOrder, Map.of(), Map.of(), maxIterations, recursionStart);
    }

    /**
     * Sets the innovation distribution.
     *
     * @param distribution normal or Student's t
     * @return a new specification
     * @throws IllegalArgumentException if null
     */
    public GarchSpec withInnovation(Innovation distribution) {
        if (distribution == null) {
            throw new IllegalArgumentException("Argument 'distribution' must not be null");
        }
        return new GarchSpec(p, q, model, distribution, mean, arOrder, maOrder, Map.of(), Map.of(), maxIterations, recursionStart);
    }

    /**
     * Sets the mean equation.
     *
     * @param meanModel zero, constant or AR(1) (an ARMA mean of other orders: {@link #withArma(int, int)})
     * @return a new specification
     * @throws IllegalArgumentException if null or {@link MeanModel#ARMA}
     */
    public GarchSpec withMean(MeanModel meanModel) {
        if (meanModel == null) {
            throw new IllegalArgumentException("Argument 'meanModel' must not be null");
        }
        if (meanModel == MeanModel.ARMA) {
            throw new IllegalArgumentException("Argument 'meanModel' must be ZERO, CONSTANT or AR1 but has value ARMA:"
                    + " give its orders with withArma(ar, ma)");
        }
        if (meanModel != MeanModel.ZERO && recursionStart == RecursionStart.TSERIES) {
            throw new IllegalArgumentException("Argument 'meanModel' must be ZERO with recursionStart TSERIES (tseries's"
                    + " garch has no mean equation) but has value " + meanModel);
        }
        return new GarchSpec(p, q, model, innovation, meanModel, meanModel == MeanModel.AR1 ? 1 : 0, 0, Map.of(), Map.of(),
                maxIterations, recursionStart);
    }

    /**
     * Sets an ARMA(ar, ma) mean with an intercept, estimated jointly with the variance equation
     * (fGarch's {@code garchFit(~arma(ar, ma) + garch(p, q))}):
     * {@code e_t = x_t - mu - sum ar_i x_{t-i} - sum ma_j e_{t-j}}, the first
     * {@code max(ar, ma, p, q)} residuals set to 0 as fGarch sets them; AR and MA coefficients in
     * (-1, 1) (fGarch's bounds). {@code withArma(0, 0)} is the constant mean and
     * {@code withArma(1, 0)} the AR(1) mean. Clears the fixed and start values.
     *
     * @param ar the AR order, 0 to {@value #MAX_ORDER}
     * @param ma the MA order, 0 to {@value #MAX_ORDER}
     * @return a new specification
     * @throws IllegalArgumentException if an order is out of range, or the recursion start is
     *     tseries's (which has no mean equation)
     */
    public GarchSpec withArma(int ar, int ma) {
        if (ar < 0 || ar > MAX_ORDER) {
            throw new IllegalArgumentException("Argument 'ar' must be in 0.." + MAX_ORDER + " but has value " + ar);
        }
        if (ma < 0 || ma > MAX_ORDER) {
            throw new IllegalArgumentException("Argument 'ma' must be in 0.." + MAX_ORDER + " but has value " + ma);
        }
        if (ma == 0 && ar <= 1) {
            return withMean(ar == 0 ? MeanModel.CONSTANT : MeanModel.AR1);
        }
        if (recursionStart == RecursionStart.TSERIES) {
            throw new IllegalArgumentException("Argument 'ar' and 'ma' must be 0 with recursionStart TSERIES (tseries's"
                    + " garch has no mean equation) but are " + ar + ", " + ma);
        }
        return new GarchSpec(p, q, model, innovation, MeanModel.ARMA, ar, ma, Map.of(), Map.of(), maxIterations,
                recursionStart);
    }

    /** @return the AR order of the mean equation (1 for AR1, 0 for zero and constant) */
    public int arOrder() {
        return arOrder;
    }

    /** @return the MA order of the mean equation (0 unless set by {@link #withArma(int, int)}) */
    public int maOrder() {
        return maOrder;
    }

    /**
     * Sets how the variance recursion starts and which observations the log-likelihood sums
     * ({@link RecursionStart}): fGarch's convention (the default) or tseries's
     * ({@code tseries::garch}: the first {@code max(p, q)} variances at {@code mean(x^2)}, the
     * likelihood over the {@code n - max(p, q)} observations after them, {@link GarchFit#nobs()}
     * then {@code n - max(p, q)}). {@link RecursionStart#TSERIES} needs a zero mean: call
     * {@code withMean(MeanModel.ZERO)} first. Keeps the fixed and start values.
     *
     * @param start the convention
     * @return a new specification
     * @throws IllegalArgumentException if null, or TSERIES with a mean equation other than zero
     */
    public GarchSpec withRecursionStart(RecursionStart start) {
        if (start == null) {
            throw new IllegalArgumentException("Argument 'recursionStart' must not be null");
        }
        if (start == RecursionStart.TSERIES && mean != MeanModel.ZERO) {
            throw new IllegalArgumentException("Argument 'recursionStart' TSERIES (tseries's garch has no mean equation)"
                    + " needs MeanModel.ZERO but the mean is " + mean + ": call withMean(MeanModel.ZERO) first");
        }
        return new GarchSpec(p, q, model, innovation, mean, arOrder, maOrder, fixed, this.start, maxIterations, start);
    }

    /**
     * Holds parameters at given values (in the units of the data); they get a standard error of 0
     * and are not counted by the information criteria. Set the model, distribution and mean first:
     * changing them clears the fixed and start values.
     *
     * @param values the values by parameter name ({@link #parameterNames()})
     * @return a new specification
     * @throws IllegalArgumentException if a name is unknown, a value not finite, or every parameter fixed
     */
    public GarchSpec withFixed(Map<String, Double> values) {
        Map<String, Double> v = checkValues(values, "fixed");
        if (v.size() == parameterNames().size()) {
            throw new IllegalArgumentException("Argument 'fixed' must leave at least one parameter free but fixes all of "
                    + parameterNames());
        }
        return new GarchSpec(p, q, model, innovation, mean, arOrder, maOrder, v, start, maxIterations, recursionStart);
    }

    /**
     * Starts the search at given values (in the units of the data) instead of fGarch's defaults
     * ({@code alpha = 0.1 / p}, {@code beta = 0.8 / q}, {@code omega} the sample variance times
     * {@code 1 - 0.1 - 0.8}, the t's shape 4). The start must give a stationary variance
     * ({@code persistence < 1}); the optimum need not.
     *
     * @param values the values by parameter name ({@link #parameterNames()})
     * @return a new specification
     * @throws IllegalArgumentException if a name is unknown or a value not finite
     */
    public GarchSpec withStartValues(Map<String, Double> values) {
        return new GarchSpec(p, q, model, innovation, mean, arOrder, maOrder, fixed, checkValues(values, "startValues"), maxIterations,
                recursionStart);
    }

    /**
     * Sets the iteration limit of the quasi-Newton search (default 500).
     *
     * @param iterations at least 1
     * @return a new specification
     * @throws IllegalArgumentException if below 1
     */
    public GarchSpec withMaxIterations(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("Argument 'iterations' must be at least 1 but has value " + iterations);
        }
        return new GarchSpec(p, q, model, innovation, mean, arOrder, maOrder, fixed, start, iterations, recursionStart);
    }

    private Map<String, Double> checkValues(Map<String, Double> values, String argument) {
        if (values == null) {
            throw new IllegalArgumentException("Argument '" + argument + "' must not be null");
        }
        List<String> names = parameterNames();
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (!names.contains(e.getKey())) {
                throw new IllegalArgumentException("Argument '" + argument + "' must name parameters of " + this + " "
                        + names + " but has '" + e.getKey() + "'");
            }
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("Argument '" + argument + "' must hold finite values but has "
                        + e.getKey() + " = " + e.getValue());
            }
            out.put(e.getKey(), e.getValue());
        }
        return Map.copyOf(out);
    }

    /** @return the number of ARCH terms p */
    public int p() {
        return p;
    }

    /** @return the number of GARCH terms q */
    public int q() {
        return q;
    }

    /** @return the variance equation */
    public VarianceModel model() {
        return model;
    }

    /** @return the innovation distribution */
    public Innovation innovation() {
        return innovation;
    }

    /** @return the mean equation */
    public MeanModel mean() {
        return mean;
    }

    /** @return the fixed values by name, an immutable map */
    public Map<String, Double> fixed() {
        return fixed;
    }

    /** @return the start values by name, an immutable map */
    public Map<String, Double> startValues() {
        return start;
    }

    /** @return the start of the variance recursion, {@link RecursionStart#FGARCH} unless set */
    public RecursionStart recursionStart() {
        return recursionStart;
    }

    /** @return the iteration limit */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Returns the names of the parameters of the model, in the order of the estimates:
     * {@code [mu] [ar1..] [ma1..] omega alpha1..p [gamma1..p] beta1..q [shape]} (fGarch's names).
     *
     * @return the names, an immutable list
     */
    public List<String> parameterNames() {
        return recursion().names();
    }

    /**
     * The log-likelihood of the model at given parameters (data units), with the start of the
     * recursion of {@link #recursionStart()} (fGarch's unless set) and all constants: what {@link #fit} maximises, for evaluating another tool's
     * estimates on the same footing. Allocates nothing per observation.
     *
     * @param returns the returns, all finite (not modified)
     * @param parameters the parameters in the order of {@link #parameterNames()} (not modified)
     * @return the log-likelihood, or NaN where a variance is not positive and finite or the
     *     t's shape is not above 2
     * @throws IllegalArgumentException if the returns are null, too short or not finite, or the
     *     parameters are of the wrong number
     */
    public double logLikelihood(double[] returns, double[] parameters) {
        double[] x = checkReturns(returns);
        GarchRecursion rec = recursion();
        if (parameters == null || parameters.length != rec.size()) {
            throw new IllegalArgumentException("Argument 'parameters' must hold " + rec.size() + " values " + rec.names()
                    + " but has " + (parameters == null ? "null" : parameters.length));
        }
        return rec.logLikelihood(x, parameters);
    }

    GarchRecursion recursion() {
        return new GarchRecursion(model, innovation, mean, arOrder, maOrder, p, q, recursionStart);
    }

    /**
     * Fits the model to a series of returns by maximum likelihood.
     *
     * @param returns the returns, at least {@value #MIN_OBSERVATIONS}, all finite (not modified)
     * @return the fit
     * @throws IllegalArgumentException if the series is null, too short or holds a non-finite value,
     *     or the start values give a non-stationary variance
     * @throws EstimationException if the series is constant (no variance to model) or the
     *     likelihood cannot be evaluated at the start
     */
    @Override
    public GarchFit fit(double[] returns) {
        double[] x = checkReturns(returns).clone();
        int n = x.length;
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= n;
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        double scale = Math.sqrt(ss / (n - 1));
        // Rounding leaves a constant series a standard deviation of order 1e-17 times its level.
        if (!(scale > 1e-12 * Math.abs(m)) || !Double.isFinite(scale)) {
            throw new EstimationException("The returns have no variance to model: their standard deviation is "
                    + scale, List.of("n = " + n, "mean = " + m, "standard deviation = " + scale));
        }
        boolean freeBeta = false;
        for (int j = 1; j <= q; j++) {
            freeBeta |= !fixed.containsKey("beta" + j);
        }
        if (model == VarianceModel.EGARCH && fixed.containsKey("omega") && freeBeta) {
            // The scaled EGARCH intercept is omega - 2 log(s) (1 - sum beta): a fixed omega in data units
            // would move with a free beta. Search in data units instead.
            scale = 1;
        }
        double[] xs = new double[n];
        for (int t = 0; t < n; t++) {
            xs[t] = x[t] / scale;
        }
        GarchRecursion rec = recursion();
        List<String> names = rec.names();
        int k = names.size();
        double[] startScaled = defaultStart(rec, xs);
        boolean[] isFixed = new boolean[k];
        for (Map.Entry<String, Double> e : fixed.entrySet()) {
            isFixed[names.indexOf(e.getKey())] = true;
        }
        // Given values in data units, in layout order, so that the EGARCH omega (whose scaled value
        // depends on the betas) comes after the betas it needs.
        Map<String, Double> given = new java.util.TreeMap<>(java.util.Comparator.comparingInt(names::indexOf));
        given.putAll(start);
        given.putAll(fixed);
        List<Map.Entry<String, Double>> ordered = new ArrayList<>(given.entrySet());
        ordered.sort(java.util.Comparator.comparingInt(e -> e.getKey().equals("omega") ? k : names.indexOf(e.getKey())));
        for (Map.Entry<String, Double> e : ordered) {
            int i = names.indexOf(e.getKey());
            startScaled[i] = toScaled(rec, names, e.getKey(), e.getValue(), scale, startScaled);
        }
        double startPersistence = rec.persistence(startScaled);
        if (!start.isEmpty() && !(Math.abs(startPersistence) < 1)) {
            throw new IllegalArgumentException("Argument 'startValues' must give a stationary variance (persistence"
                    + " below 1) but gives persistence " + startPersistence + " from " + start);
        }
        List<ParameterBlock> blocks = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String name = names.get(i);
            ParameterTransform tr = transform(rec, i);
            if (isFixed[i]) {
                blocks.add(ParameterBlock.fixed(name, startScaled[i]));
            } else {
                checkInside(tr, name, startScaled[i], start.containsKey(name) ? start.get(name) : Double.NaN);
                blocks.add(ParameterBlock.of(name, startScaled[i], tr));
            }
        }
        double startLl = rec.logLikelihood(xs, startScaled);
        if (!Double.isFinite(startLl)) {
            throw new EstimationException("The log-likelihood cannot be evaluated at the start values: a variance is"
                    + " not positive and finite", List.of("start (scaled units) = " + java.util.Arrays.toString(startScaled),
                    "log-likelihood = " + startLl, "n = " + n));
        }
        int[] searched = new int[2];
        double[] best = search(rec, xs, startScaled, isFixed, searched);
        List<ParameterBlock> polished = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            polished.add(isFixed[i] ? blocks.get(i) : ParameterBlock.of(names.get(i), best[i], transform(rec, i)));
        }
        // The final pass starts at the optimum: it confirms it and takes the observed information there.
        MleResult mle = MaximumLikelihood.of(Optimizer.bfgs(maxIterations, GRADIENT_TOLERANCE))
                .maximize(polished, th -> rec.logLikelihood(xs, th));
        double[] est = mle.estimates();
        double ll = rec.logLikelihood(xs, est);
        if (!Double.isFinite(ll)) {
            throw new EstimationException("The log-likelihood is not finite at the estimates",
                    List.of("estimates (scaled units) = " + java.util.Arrays.toString(est)), mle.convergence(), null);
        }
        int[] free = freeIndices(isFixed);
        double[][] hessianCov = mle.hasStandardErrors() ? sub(mle.covariance(), free) : null;
        double[][] robustCov = null;
        if (hessianCov != null) {
            // Bollerslev and Wooldridge (1992, Econometric Reviews 11, eq. 2.13): A^-1 B A^-1 with A the
            // observed information and B the outer product of the per-observation scores.
            double[][] opg = sub(NumericalDerivatives.outerProductOfGradients(th -> {
                double[] c = new double[n];
                rec.run(xs, th, null, null, c);
                return c;
            }, est), free);
            robustCov = multiply(multiply(hessianCov, opg), hessianCov);
        }
        double[][] jac = unscaleJacobian(rec, est, scale);
        double[] estOriginal = unscale(rec, est, scale);
        double[][] cov = carry(hessianCov, jac, free, k);
        double[][] rcov = carry(robustCov, jac, free, k);
        ConvergenceInfo last = mle.convergence();
        ConvergenceInfo info = new ConvergenceInfo(searched[0] + last.iterations(), searched[1] + last.evaluations(),
                last.gradientNorm(), last.converged());
        List<String> notes = new ArrayList<>();
        if (!info.converged()) {
            notes.add("the search stopped after " + info.iterations() + " iterations without meeting its convergence"
                    + " test (gradient norm " + info.gradientNorm() + ")");
        }
        if (hessianCov == null) {
            notes.add("the observed information is not positive definite at the estimates: no standard errors");
        }
        if (!fixed.isEmpty()) {
            notes.add("held fixed: " + fixed);
        }
        // Each counted observation's density picks up 1 / scale (both starts are scale-equivariant).
        return new GarchFit(this, estOriginal, isFixed, cov, rcov, ll - rec.likelihoodObservations(n) * Math.log(scale),
                x, info, notes);
    }

    /**
     * Quasi-Newton search in the unconstrained coordinates, restarted from its own result (with a
     * fresh inverse-Hessian approximation) while a restart still improves the log-likelihood: the
     * GJR likelihood has kinks in mu (the indicator of a negative residual flips), where one BFGS run
     * with numerical gradients can stop short. Returns the best point in scaled natural units and
     * adds the iterations and evaluations used to {@code counts}.
     */
    private double[] search(GarchRecursion rec, double[] xs, double[] startScaled, boolean[] isFixed, int[] counts) {
        int k = startScaled.length;
        int[] free = freeIndices(isFixed);
        ParameterTransform[] tr = new ParameterTransform[k];
        for (int i = 0; i < k; i++) {
            tr[i] = transform(rec, i);
        }
        double[] u = new double[free.length];
        double[] one = new double[1];
        for (int j = 0; j < free.length; j++) {
            tr[free[j]].unconstrain(new double[] {startScaled[free[j]]}, 0, one);
            u[j] = one[0];
        }
        java.util.function.Function<double[], double[]> toNatural = uu -> {
            double[] th = startScaled.clone();
            double[] out = new double[1];
            for (int j = 0; j < free.length; j++) {
                tr[free[j]].constrain(new double[] {uu[j]}, 0, out);
                th[free[j]] = out[0];
            }
            return th;
        };
        Optimizer bfgs = Optimizer.bfgs(maxIterations, GRADIENT_TOLERANCE);
        double value = Double.POSITIVE_INFINITY;
        for (int round = 0; round < MAX_RESTARTS; round++) {
            var r = bfgs.minimize(uu -> -rec.logLikelihood(xs, toNatural.apply(uu)), u);
            counts[0] += r.iterations();
            counts[1] += r.evaluations();
            boolean improved = r.value() < value - 1e-12 * Math.abs(r.value());
            if (r.value() < value) {
                value = r.value();
                u = r.point();
            }
            if (!improved || round > 0 && !(r.iterations() > 1)) {
                break;
            }
        }
        return toNatural.apply(u);
    }

    private static double[] checkReturns(double[] returns) {
        if (returns == null) {
            throw new IllegalArgumentException("Argument 'returns' must not be null");
        }
        if (returns.length < MIN_OBSERVATIONS) {
            throw new IllegalArgumentException("Argument 'returns' must hold at least " + MIN_OBSERVATIONS
                    + " observations but has " + returns.length);
        }
        for (int t = 0; t < returns.length; t++) {
            if (!Double.isFinite(returns[t])) {
                throw new IllegalArgumentException("Argument 'returns' must be finite but has value " + returns[t]
                        + " at index " + t);
            }
        }
        return returns;
    }

    /** fGarch's start (its .garchInitParameters), in the units of the scaled series (variance 1). */
    private static double[] defaultStart(GarchRecursion rec, double[] xs) {
        int n = xs.length;
        double[] s = new double[rec.size()];
        double m = 0;
        for (double v : xs) {
            m += v;
        }
        m /= n;
        if (rec.mean() == MeanModel.CONSTANT) {
            s[0] = m;
        } else if (rec.mean() == MeanModel.ARMA) {
            armaStart(rec, xs, m, s);
        } else if (rec.mean() == MeanModel.AR1) {
            // The lag-1 least-squares slope, kept inside (-1, 1); the intercept then follows from the mean.
            double sxy = 0;
            double sxx = 0;
            for (int t = 1; t < n; t++) {
                sxy += (xs[t] - m) * (xs[t - 1] - m);
                sxx += (xs[t - 1] - m) * (xs[t - 1] - m);
            }
            double phi = Math.max(-0.9, Math.min(0.9, sxx > 0 ? sxy / sxx : 0));
            s[1] = phi;
            s[0] = m * (1 - phi);
        }
        int p = rec.p();
        int q = rec.q();
        boolean egarch = rec.model() == VarianceModel.EGARCH;
        double alpha = egarch ? 0.1 : 0.1;
        double beta = q == 0 ? 0 : (egarch ? 0.9 : 0.8);
        s[rec.omegaIndex()] = egarch ? 0.0 : 1 - alpha - beta;
        for (int i = 0; i < p; i++) {
            s[rec.alphaIndex() + i] = alpha / p;
            if (rec.model().hasGamma()) {
                s[rec.gammaIndex() + i] = 0.0;
            }
        }
        for (int j = 0; j < q; j++) {
            s[rec.betaIndex() + j] = beta / q;
        }
        if (rec.innovation().hasShape()) {
            s[rec.shapeIndex()] = 4;
        }
        return s;
    }

    /**
     * The start of an ARMA mean: the AR coefficients by Yule-Walker (Levinson-Durbin on the sample
     * autocorrelations), the MA coefficients at 0, each kept inside (-0.9, 0.9), the intercept from
     * the sample mean. fGarch starts from R's {@code arima}; a start only needs the right basin.
     */
    private static void armaStart(GarchRecursion rec, double[] xs, double m, double[] s) {
        int u = rec.arOrder();
        int n = xs.length;
        double[] acov = new double[u + 1];
        for (int lag = 0; lag <= u; lag++) {
            double c = 0;
            for (int t = lag; t < n; t++) {
                c += (xs[t] - m) * (xs[t - lag] - m);
            }
            acov[lag] = c / n;
        }
        double[] phi = new double[u];
        double err = acov[0];
        for (int k = 1; k <= u && err > 0; k++) {
            double num = acov[k];
            for (int j = 1; j < k; j++) {
                num -= phi[j - 1] * acov[k - j];
            }
            double kappa = num / err;
            double[] next = phi.clone();
            next[k - 1] = kappa;
            for (int j = 1; j < k; j++) {
                next[j - 1] = phi[j - 1] - kappa * phi[k - j - 1];
            }
            phi = next;
            err *= 1 - kappa * kappa;
        }
        double sum = 0;
        for (int i = 0; i < u; i++) {
            double a = Math.max(-0.9, Math.min(0.9, phi[i]));
            s[rec.arIndex() + i] = a;
            sum += a;
        }
        s[0] = m * (1 - sum);
    }

    private static ParameterTransform transform(GarchRecursion rec, int i) {
        boolean egarch = rec.model() == VarianceModel.EGARCH;
        if (i < rec.omegaIndex()) {
            // AR and MA coefficients in (-1, 1), fGarch's bounds
            return i >= rec.arIndex() && rec.mean() != MeanModel.ZERO ? ParameterTransform.correlation()
                    : ParameterTransform.identity();
        }
        if (i == rec.omegaIndex()) {
            return egarch ? ParameterTransform.identity() : ParameterTransform.bounded(1e-6, 100);
        }
        if (i < rec.gammaIndex()) {
            return egarch ? ParameterTransform.identity() : ParameterTransform.bounded(0, 1);
        }
        if (i < rec.betaIndex()) {
            return egarch ? ParameterTransform.identity() : ParameterTransform.bounded(-1, 1);
        }
        if (i < rec.shapeIndex()) {
            return egarch ? ParameterTransform.correlation() : ParameterTransform.bounded(0, 1);
        }
        return ParameterTransform.bounded(2, 100);
    }

    private static void checkInside(ParameterTransform tr, String name, double scaled, double given) {
        try {
            tr.unconstrain(new double[] {scaled}, 0, new double[1]);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("Argument 'startValues' must hold values inside the constraints but has "
                    + name + " = " + given, ex);
        }
    }

    /** A value in data units to the scaled units (mu / s, omega / s^2, the EGARCH omega shifted). */
    private static double toScaled(GarchRecursion rec, List<String> names, String name, double value, double scale,
            double[] current) {
        int i = names.indexOf(name);
        if (i == 0 && rec.mean() != MeanModel.ZERO) {
            return value / scale;
        }
        if (i == rec.omegaIndex()) {
            if (rec.model() == VarianceModel.EGARCH) {
                double sumBeta = 0;
                for (int j = 0; j < rec.q(); j++) {
                    sumBeta += current[rec.betaIndex() + j];
                }
                return value - 2 * Math.log(scale) * (1 - sumBeta);
            }
            return value / (scale * scale);
        }
        return value;
    }

    /** Scaled estimates to data units. */
    static double[] unscale(GarchRecursion rec, double[] scaled, double scale) {
        double[] out = scaled.clone();
        if (rec.mean() != MeanModel.ZERO) {
            out[0] = scaled[0] * scale;
        }
        int o = rec.omegaIndex();
        if (rec.model() == VarianceModel.EGARCH) {
            double sumBeta = 0;
            for (int j = 0; j < rec.q(); j++) {
                sumBeta += scaled[rec.betaIndex() + j];
            }
            // log(s^2 h) = log h + 2 log s: the intercept of the log variance takes 2 log s (1 - sum beta).
            out[o] = scaled[o] + 2 * Math.log(scale) * (1 - sumBeta);
        } else {
            out[o] = scaled[o] * scale * scale;
        }
        return out;
    }

    /** d(data units) / d(scaled units). */
    private static double[][] unscaleJacobian(GarchRecursion rec, double[] scaled, double scale) {
        int k = scaled.length;
        double[][] j = new double[k][k];
        for (int i = 0; i < k; i++) {
            j[i][i] = 1;
        }
        if (rec.mean() != MeanModel.ZERO) {
            j[0][0] = scale;
        }
        int o = rec.omegaIndex();
        if (rec.model() == VarianceModel.EGARCH) {
            for (int b = 0; b < rec.q(); b++) {
                j[o][rec.betaIndex() + b] = -2 * Math.log(scale);
            }
        } else {
            j[o][o] = scale * scale;
        }
        return j;
    }

    private static int[] freeIndices(boolean[] isFixed) {
        int c = 0;
        for (boolean f : isFixed) {
            c += f ? 0 : 1;
        }
        int[] idx = new int[c];
        for (int i = 0, j = 0; i < isFixed.length; i++) {
            if (!isFixed[i]) {
                idx[j++] = i;
            }
        }
        return idx;
    }

    private static double[][] sub(double[][] a, int[] idx) {
        double[][] out = new double[idx.length][idx.length];
        for (int i = 0; i < idx.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                out[i][j] = a[idx[i]][idx[j]];
            }
        }
        return out;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int l = 0; l < n; l++) {
                    s += a[i][l] * b[l][j];
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    /** J C J' for the free parameters C, expanded to k x k with zeros for the fixed ones; null stays null. */
    private static double[][] carry(double[][] c, double[][] jac, int[] free, int k) {
        if (c == null) {
            return null;
        }
        double[][] full = new double[k][k];
        for (int i = 0; i < free.length; i++) {
            for (int j = 0; j < free.length; j++) {
                full[free[i]][free[j]] = c[i][j];
            }
        }
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int a = 0; a < k; a++) {
                    if (jac[i][a] == 0) {
                        continue;
                    }
                    for (int b = 0; b < k; b++) {
                        s += jac[i][a] * full[a][b] * jac[j][b];
                    }
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    /**
     * Simulates the model with given parameters from its stationary state: the variance starts at
     * the unconditional variance (EGARCH: {@code exp(omega / (1 - sum beta))}) and 500 draws are
     * discarded before the n returned.
     *
     * @param parameters the parameters in the order of {@link #parameterNames()}, data units (not modified)
     * @param n the number of returns, at least 1
     * @param random the source of randomness (advanced)
     * @return the simulated returns
     * @throws IllegalArgumentException if the parameters are of the wrong number, not finite, give
     *     a non-stationary variance, or n is below 1
     */
    public double[] simulate(double[] parameters, int n, RandomGenerator random) {
        GarchRecursion rec = recursion();
        if (parameters == null || parameters.length != rec.size()) {
            throw new IllegalArgumentException("Argument 'parameters' must hold " + rec.size() + " values " + rec.names()
                    + " but has " + (parameters == null ? "null" : parameters.length));
        }
        for (double v : parameters) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Argument 'parameters' must be finite but has value " + v);
            }
        }
        if (n < 1) {
            throw new IllegalArgumentException("Argument 'n' must be at least 1 but has value " + n);
        }
        Objects.requireNonNull(random, "random");
        double pers = rec.persistence(parameters);
        if (!(Math.abs(pers) < 1)) {
            throw new IllegalArgumentException("Argument 'parameters' must give a stationary variance (persistence below"
                    + " 1) but gives persistence " + pers);
        }
        double omega = parameters[rec.omegaIndex()];
        double h0 = rec.model() == VarianceModel.EGARCH ? Math.exp(omega / (1 - pers)) : omega / (1 - pers);
        double mu = rec.mean() != MeanModel.ZERO ? parameters[0] : 0;
        double arSum = 0;
        for (int i = 0; i < rec.arOrder(); i++) {
            arSum += parameters[rec.arIndex() + i];
        }
        double x0 = mu / (1 - arSum);
        int burn = 500;
        double[] path = GarchPaths.simulate(rec, parameters, burn + n, random, constant(rec.p(), 0.0),
                constant(rec.q(), h0), constant(rec.arOrder(), x0), constant(rec.maOrder(), 0.0));
        return java.util.Arrays.copyOfRange(path, burn, burn + n);
    }

    private static double[] constant(int len, double v) {
        double[] a = new double[len];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /**
     * Returns the model as fGarch writes it, for example {@code GARCH(1,1), normal, constant mean}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return switch (model) {
            case GARCH -> "GARCH";
            case GJR -> "GJR-GARCH";
            case EGARCH -> "EGARCH";
        } + "(" + p + "," + q + "), " + (innovation == Innovation.NORMAL ? "normal" : "Student-t") + " innovations, "
                + switch (mean) {
                    case ZERO -> "zero mean";
                    case CONSTANT -> "constant mean";
                    case AR1 -> "AR(1) mean";
                    case ARMA -> "ARMA(" + arOrder + "," + maOrder + ") mean";
                } + (recursionStart == RecursionStart.TSERIES ? ", tseries recursion start" : "");
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GarchSpec)) {
            return false;
        }
        GarchSpec s = (GarchSpec) o;
        return p == s.p && q == s.q && model == s.model && innovation == s.innovation && mean == s.mean && arOrder == s.arOrder && maOrder == s.maOrder
                && fixed.equals(s.fixed) && start.equals(s.start) && maxIterations == s.maxIterations
                && recursionStart == s.recursionStart;
    }

    @Override
    public int hashCode() {
        return Objects.hash(p, q, model, innovation, mean, arOrder, maOrder, fixed, start, maxIterations, recursionStart);
    }
}
