package io.github.basisspread.models.arima;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The specification of a regression with seasonal ARIMA errors, as R's {@code stats::arima}
 * defines it (Box, Jenkins and Reinsel 2008; Brockwell and Davis 1991, sec. 9.5):
 * <pre>
 *   y_t = x_t' beta + u_t,
 *   phi(B) Phi(B^s) (1 - B)^d (1 - B^s)^D u_t = theta(B) Theta(B^s) e_t,   e_t ~ N(0, sigma2)
 * </pre>
 * with {@code phi(B) = 1 - phi_1 B - ... - phi_p B^p} and
 * {@code theta(B) = 1 + theta_1 B + ... + theta_q B^q} (R's signs). The regressors are, in
 * order, an intercept (by default when {@code d + D = 0}, as R's {@code arima}; removed by
 * {@link #withoutConstant()}), a drift {@code 1..n}
 * ({@link #withConstant()} when {@code d + D = 1}, or {@link #withDrift()}, as in
 * {@code forecast::Arima}), then the caller's regressors ({@link #withRegressors(String...)}).
 * The intercept is the mean of the (differenced) series, not the constant of the ARMA equation.
 *
 * <p>Coefficients are named as R names them: {@code ar1.., ma1.., sar1.., sma1.., intercept,
 * drift}, then the regressor names.
 *
 * <p>Estimation ({@link Method}): the exact Gaussian likelihood by the Kalman filter with
 * {@code sigma2} concentrated out (ML), the conditional sum of squares (CSS), or CSS start
 * values refined by ML (CSS_ML, R's default and the default here). The differencing is handled
 * exactly: with no missing value the likelihood is that of the differenced series, which equals
 * the exact diffuse likelihood of R's state-space form; R approximates the diffuse prior with
 * {@code kappa = 1e6}, which moves its log-likelihood by about 1e-6.
 *
 * <p>Immutable and thread-safe: every {@code with...} returns a new specification.
 */
public final class ArimaSpec implements Estimator<ArimaData, ArimaFit> {

    /** The largest non-seasonal AR or MA order accepted. */
    static final int MAX_ORDER = 50;

    /** How the coefficients are estimated. */
    public enum Method {
        /** Exact maximum likelihood through the Kalman filter (R's {@code method = "ML"}). */
        ML,
        /**
         * Conditional sum of squares (R's {@code method = "CSS"}): the first
         * {@code d + D s + p + P s} innovations are conditioned on as zero.
         */
        CSS,
        /** CSS for start values, then exact ML (R's default {@code method = "CSS-ML"}). */
        CSS_ML
    }

    private final int p;
    private final int d;
    private final int q;
    private final int seasonalP;
    private final int seasonalD;
    private final int seasonalQ;
    private final int period;
    /** True or false when chosen; null for R's default (an intercept exactly when d + D = 0). */
    private final Boolean constant;
    private final boolean drift;
    private final List<String> regressors;
    private final Map<String, Double> fixed;
    private final Map<String, Double> start;
    private final Method method;
    private final boolean strict;
    private final int maxIterations;

    private ArimaSpec(int p, int d, int q, int seasonalP, int seasonalD, int seasonalQ, int period, Boolean constant,
            boolean drift, List<String> regressors, Map<String, Double> fixed, Map<String, Double> start,
            Method method, boolean strict, int maxIterations) {
        this.p = p;
        this.d = d;
        this.q = q;
        this.seasonalP = seasonalP;
        this.seasonalD = seasonalD;
        this.seasonalQ = seasonalQ;
        this.period = period;
        this.constant = constant;
        this.drift = drift;
        this.regressors = regressors;
        this.fixed = fixed;
        this.start = start;
        this.method = method;
        this.strict = strict;
        this.maxIterations = maxIterations;
        int totalD = d + seasonalD;
        if (Boolean.TRUE.equals(constant) && totalD > 1) {
            throw new IllegalArgumentException("Argument 'constant' needs d + D <= 1 (an intercept for d + D = 0, a drift"
                    + " for d + D = 1) but the order has d + D = " + totalD);
        }
        if (drift && totalD > 1) {
            throw new IllegalArgumentException("Argument 'drift' needs d + D <= 1 but the order has d + D = " + totalD);
        }
        List<String> names = coefficientNames();
        if (names.size() != new java.util.HashSet<>(names).size()) {
            throw new IllegalArgumentException("Argument 'regressors' must not repeat a coefficient name but the names"
                    + " are " + names);
        }
        for (String k : fixed.keySet()) {
            if (!names.contains(k)) {
                throw new IllegalArgumentException("Argument 'fixed' must name coefficients of the model " + names
                        + " but names '" + k + "'");
            }
        }
        for (String k : start.keySet()) {
            if (!names.contains(k)) {
                throw new IllegalArgumentException("Argument 'start' must name coefficients of the model " + names
                        + " but names '" + k + "'");
            }
        }
    }

    /**
     * A non-seasonal ARIMA(p, d, q), estimated by CSS_ML, with R's {@code arima} default for the
     * mean: an intercept (the mean) when {@code d + D = 0}, none otherwise (no drift). Say
     * {@link #withoutConstant()} for a zero-mean model or {@link #withConstant()} for a drift
     * with {@code d + D = 1}.
     *
     * @param p the AR order, 0 to 50
     * @param d the number of differences, 0 to 3
     * @param q the MA order, 0 to 50
     * @return the specification
     * @throws IllegalArgumentException if an order is out of range
     */
    public static ArimaSpec of(int p, int d, int q) {
        checkOrder(p, "p", MAX_ORDER);
        checkOrder(d, "d", 3);
        checkOrder(q, "q", MAX_ORDER);
        return new ArimaSpec(p, d, q, 0, 0, 0, 1, null, false, List.of(), Map.of(), Map.of(), Method.CSS_ML, false,
                500);
    }

    /**
     * Adds a seasonal part {@code (P, D, Q)_s}.
     *
     * @param seasonalP the seasonal AR order P, 0 to 10
     * @param seasonalD the number of seasonal differences D, 0 to 2
     * @param seasonalQ the seasonal MA order Q, 0 to 10
     * @param period the period s, at least 2 when any seasonal order is positive
     * @return a new specification
     * @throws IllegalArgumentException if an order or the period is out of range
     */
    public ArimaSpec withSeasonal(int seasonalP, int seasonalD, int seasonalQ, int period) {
        checkOrder(seasonalP, "seasonalP", 10);
        checkOrder(seasonalD, "seasonalD", 2);
        checkOrder(seasonalQ, "seasonalQ", 10);
        boolean any = seasonalP + seasonalD + seasonalQ > 0;
        if (period < 1 || (any && period < 2)) {
            throw new IllegalArgumentException("Argument 'period' must be at least 2 for a seasonal part (P, D, Q) = ("
                    + seasonalP + ", " + seasonalD + ", " + seasonalQ + ") but has value " + period);
        }
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, any ? period : 1, constant, drift, regressors,
                fixed, start, method, strict, maxIterations);
    }

    /**
     * Includes a constant as {@code forecast::Arima(include.constant = TRUE)} does: an intercept
     * (the mean) when {@code d + D = 0}, a drift when {@code d + D = 1}.
     *
     * @return a new specification
     * @throws IllegalArgumentException if {@code d + D > 1}
     */
    public ArimaSpec withConstant() {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, true, drift, regressors, fixed, start,
                method, strict, maxIterations);
    }

    /**
     * Excludes the constant: no intercept even when {@code d + D = 0} (R's
     * {@code arima(include.mean = FALSE)}), and no drift unless {@link #withDrift()} asks for it.
     *
     * @return a new specification
     */
    public ArimaSpec withoutConstant() {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, false, drift, regressors, fixed, start,
                method, strict, maxIterations);
    }

    /**
     * Includes a linear drift, the regressor {@code 1..n} named {@code drift}
     * ({@code forecast::Arima(include.drift = TRUE)}); with {@code d + D = 0} and
     * {@link #withConstant()} it is a linear trend with an intercept.
     *
     * @return a new specification
     * @throws IllegalArgumentException if {@code d + D > 1}
     */
    public ArimaSpec withDrift() {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, constant, true, regressors, fixed, start,
                method, strict, maxIterations);
    }

    /**
     * Names the caller's regressors, whose values come with the data ({@link ArimaData}).
     *
     * @param names one name per regressor column, not blank, distinct from the other coefficients
     * @return a new specification
     * @throws IllegalArgumentException if a name is null, blank or repeated
     */
    public ArimaSpec withRegressors(String... names) {
        ArgChecker.notNull(names, "names");
        List<String> list = new ArrayList<>();
        for (String n : names) {
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException("Argument 'names' must hold non-blank names but holds '" + n + "'");
            }
            list.add(n);
        }
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, constant, drift, List.copyOf(list),
                fixed, start, method, strict, maxIterations);
    }

    /**
     * Holds some coefficients at given values (R's {@code fixed}); the others are estimated.
     * A fixed coefficient has a standard error of zero and is not counted by the information
     * criteria. As in R, an AR block with a fixed coefficient is estimated without the
     * stationarity transform (non-stationary trial values are rejected instead).
     *
     * @param values coefficient name to value, finite
     * @return a new specification
     * @throws IllegalArgumentException if a name is not a coefficient of the model or a value is
     *     not finite
     */
    public ArimaSpec withFixed(Map<String, Double> values) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, constant, drift, regressors,
                finiteCopy(values, "fixed"), start, method, strict, maxIterations);
    }

    /**
     * Gives start values for some coefficients (R's {@code init}); the AR parts must be
     * stationary.
     *
     * @param values coefficient name to start value, finite
     * @return a new specification
     * @throws IllegalArgumentException if a name is not a coefficient of the model or a value is
     *     not finite
     */
    public ArimaSpec withStartValues(Map<String, Double> values) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, constant, drift, regressors, fixed,
                finiteCopy(values, "start"), method, strict, maxIterations);
    }

    /**
     * Chooses the estimation method.
     *
     * @param estimationMethod ML, CSS or CSS_ML
     * @return a new specification
     * @throws IllegalArgumentException if null
     */
    public ArimaSpec withMethod(Method estimationMethod) {
        if (estimationMethod == null) {
            throw new IllegalArgumentException("Argument 'method' must not be null");
        }
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, constant, drift, regressors, fixed,
                start, estimationMethod, strict, maxIterations);
    }

    /**
     * Asks for strictness: a fit whose optimiser did not converge throws an
     * {@link EstimationException} instead of reporting {@code converged = false}.
     *
     * @param isStrict true to throw on non-convergence
     * @return a new specification
     */
    public ArimaSpec withStrict(boolean isStrict) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, constant, drift, regressors, fixed,
                start, method, isStrict, maxIterations);
    }

    /**
     * Sets the iteration limit of each optimisation (BFGS), 500 by default.
     *
     * @param iterations at least 1
     * @return a new specification
     * @throws IllegalArgumentException if below 1
     */
    public ArimaSpec withMaxIterations(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("Argument 'maxIterations' must be at least 1 but has value " + iterations);
        }
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, constant, drift, regressors, fixed,
                start, method, strict, iterations);
    }

    /**
     * Fits the model.
     *
     * @param data the series (NaN = missing) and the regressors named by the specification
     * @return the fitted model
     * @throws IllegalArgumentException if the data do not fit the specification: wrong number of
     *     regressor columns, too few observations for the order, no variation left after
     *     differencing and regression, invalid start values
     * @throws EstimationException if the estimation cannot proceed (a rank-deficient regression
     *     after differencing, a likelihood that cannot be evaluated, no convergence in strict mode)
     */
    @Override
    public ArimaFit fit(ArimaData data) {
        ArgChecker.notNull(data, "data");
        return ArimaEstimation.fit(this, data).withTimesOf(data);
    }

    /**
     * Fits the model to a series without regressors.
     *
     * @param y the observations, NaN = missing (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException as for {@link #fit(ArimaData)}
     * @throws EstimationException as for {@link #fit(ArimaData)}
     */
    public ArimaFit fit(double[] y) {
        return fit(ArimaData.of(y));
    }

    /**
     * The coefficient names, in R's order.
     *
     * @return an immutable list
     */
    public List<String> coefficientNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= p; i++) {
            names.add("ar" + i);
        }
        for (int i = 1; i <= q; i++) {
            names.add("ma" + i);
        }
        for (int i = 1; i <= seasonalP; i++) {
            names.add("sar" + i);
        }
        for (int i = 1; i <= seasonalQ; i++) {
            names.add("sma" + i);
        }
        if (hasIntercept()) {
            names.add("intercept");
        }
        if (hasDrift()) {
            names.add("drift");
        }
        names.addAll(regressors);
        return Collections.unmodifiableList(names);
    }

    /** @return the non-seasonal AR order p */
    public int p() {
        return p;
    }

    /** @return the number of non-seasonal differences d */
    public int d() {
        return d;
    }

    /** @return the non-seasonal MA order q */
    public int q() {
        return q;
    }

    /** @return the seasonal AR order P */
    public int seasonalP() {
        return seasonalP;
    }

    /** @return the number of seasonal differences D */
    public int seasonalD() {
        return seasonalD;
    }

    /** @return the seasonal MA order Q */
    public int seasonalQ() {
        return seasonalQ;
    }

    /** @return the seasonal period s (1 when there is no seasonal part) */
    public int period() {
        return period;
    }

    /**
     * Whether the model has an intercept: with {@code d + D = 0}, unless {@link #withoutConstant()}
     * removed it.
     *
     * @return true if the model has an intercept (the mean of the series)
     */
    public boolean hasIntercept() {
        return !Boolean.FALSE.equals(constant) && d + seasonalD == 0;
    }

    /** @return true if the model has a drift regressor */
    public boolean hasDrift() {
        return drift || (Boolean.TRUE.equals(constant) && d + seasonalD == 1);
    }

    /** @return the caller's regressor names, an immutable list */
    public List<String> regressors() {
        return regressors;
    }

    /** @return the fixed coefficients, an immutable map */
    public Map<String, Double> fixed() {
        return fixed;
    }

    /** @return the caller's start values, an immutable map */
    public Map<String, Double> startValues() {
        return start;
    }

    /** @return the estimation method */
    public Method method() {
        return method;
    }

    /** @return true if non-convergence throws */
    public boolean isStrict() {
        return strict;
    }

    /** @return the iteration limit of each optimisation */
    public int maxIterations() {
        return maxIterations;
    }

    /** @return the order of the differencing polynomial, {@code d + D s} */
    int differencingOrder() {
        return d + seasonalD * period;
    }

    /** @return R's description, e.g. {@code ARIMA(0,1,1)(0,1,1)[12] with drift} */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ARIMA(").append(p).append(',').append(d).append(',').append(q).append(')');
        if (seasonalP + seasonalD + seasonalQ > 0) {
            b.append('(').append(seasonalP).append(',').append(seasonalD).append(',').append(seasonalQ).append(")[")
                    .append(period).append(']');
        }
        if (hasIntercept()) {
            b.append(" with non-zero mean");
        }
        if (hasDrift()) {
            b.append(" with drift");
        }
        if (!regressors.isEmpty()) {
            b.append(" with regressors ").append(regressors);
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ArimaSpec s)) {
            return false;
        }
        return p == s.p && d == s.d && q == s.q && seasonalP == s.seasonalP && seasonalD == s.seasonalD
                && seasonalQ == s.seasonalQ && period == s.period && hasIntercept() == s.hasIntercept()
                && hasDrift() == s.hasDrift()
                && regressors.equals(s.regressors) && fixed.equals(s.fixed) && start.equals(s.start)
                && method == s.method && strict == s.strict && maxIterations == s.maxIterations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(p, d, q, seasonalP, seasonalD, seasonalQ, period, hasIntercept(), hasDrift(), regressors,
                fixed, start,
                method, strict, maxIterations);
    }

    private static void checkOrder(int value, String name, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("Argument '" + name + "' must be in [0, " + max + "] but has value "
                    + value);
        }
    }

    private static Map<String, Double> finiteCopy(Map<String, Double> values, String name) {
        if (values == null) {
            throw new IllegalArgumentException("Argument '" + name + "' must not be null");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Double v = e.getValue();
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("Argument '" + name + "' must hold finite values but '" + e.getKey()
                        + "' has value " + v);
            }
            out.put(e.getKey(), v);
        }
        return Collections.unmodifiableMap(out);
    }
}
