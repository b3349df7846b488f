package io.github.basisspread.models.meanreversion;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.DayCount;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.diagnostics.AdfResult;
import io.github.basisspread.models.diagnostics.AugmentedDickeyFuller;
import io.github.basisspread.models.linalg.LinearSystems;
import java.time.Duration;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Fits an Ornstein-Uhlenbeck process by exact maximum likelihood.
 *
 * <p>The likelihood is the product of the exact Gaussian transition densities given the first
 * observation (no Euler approximation). On a regular step dt the process is the AR(1)
 * {@code x_i = a + phi x_{i-1} + e_i}, so the maximum-likelihood estimate is in closed form: least
 * squares for (a, phi), {@code s^2 = SSR/n}, then {@code theta = -ln(phi)/dt},
 * {@code mu = a/(1 - phi)}, {@code sigma^2 = s^2 2 theta / (1 - phi^2)} (invariance of the MLE).
 * On irregular steps mu and sigma^2 are concentrated out for each theta (a weighted least-squares
 * problem) and the profile likelihood is maximised over ln theta by a grid then Brent's method,
 * started from the closed form at the mean step.
 *
 * <p>Data that do not mean-revert (AR(1) coefficient phi &gt;= 1) are refused with an
 * explanation, as are phi &lt;= 0 (no OU process samples to a negative autocorrelation). Every
 * fit carries an augmented Dickey-Fuller unit-root test of the observations
 * ({@link OrnsteinUhlenbeckFit#isMeanReversionShown()}): phi &lt; 1 alone does not show mean
 * reversion, a random walk gives it on most samples. An observed information that is singular or
 * not positive definite at the estimate, or a profile search that does not converge, raises an
 * {@link EstimationException}.
 *
 * <p>As an {@link Estimator} it fits a {@link TimeSeries}, measuring time in years by its day
 * count (ACT/365 Fixed unless {@link #withDayCount(DayCount)} says otherwise); the array forms
 * {@link #fit(double[], double)} and {@link #fit(double[], double[])} fit the same model.
 * Immutable and thread-safe.
 */
public final class OrnsteinUhlenbeckFitter implements Estimator<TimeSeries, OrnsteinUhlenbeckFit> {

    /** Relative difference under which steps count as regular. */
    private static final double REGULAR_TOLERANCE = 1e-9;
    /** Half-width, in ln theta, of the profile search around the start value. */
    private static final double SEARCH_HALF_WIDTH = 8;
    private static final int GRID = 160;
    /** The evaluation budget of the one-dimensional search. */
    private static final int MAX_EVALUATIONS = 10_000;

    private static final OrnsteinUhlenbeckFitter DEFAULTS = new OrnsteinUhlenbeckFitter(DayCount.ACT_365F);

    private final DayCount dayCount;

    private OrnsteinUhlenbeckFitter(DayCount dayCount) {
        this.dayCount = dayCount;
    }

    /**
     * Returns the fitter with its defaults: time series measured in years by ACT/365 Fixed.
     *
     * @return the fitter
     */
    public static OrnsteinUhlenbeckFitter of() {
        return DEFAULTS;
    }

    /**
     * Returns a fitter that measures the time of a series in years by the given day count.
     *
     * @param count the day count, not null
     * @return a new fitter
     * @throws IllegalArgumentException if the day count is null
     */
    public OrnsteinUhlenbeckFitter withDayCount(DayCount count) {
        ArgChecker.notNull(count, "dayCount");
        return new OrnsteinUhlenbeckFitter(count);
    }

    /**
     * Returns the day count that turns a series' timestamps into years.
     *
     * @return the day count
     */
    public DayCount dayCount() {
        return dayCount;
    }

    /**
     * Fits observations taken every dt years.
     *
     * @param x the observations in time order, no missing values (not modified)
     * @param dt the step in years, finite and positive
     * @return the fit
     * @throws IllegalArgumentException on missing values, fewer than 4 observations, a constant
     *     series, or data that do not mean-revert
     * @throws EstimationException if the observed information is singular or not positive definite
     */
    public OrnsteinUhlenbeckFit fit(double[] x, double dt) {
        OrnsteinUhlenbeck.positive(dt, "dt");
        checkSeries(x);
        double[] times = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            times[i] = i * dt;
        }
        return closedForm(times, x, dt);
    }

    /**
     * Fits observations at the given times, regular or not.
     *
     * @param times the observation times in years, finite and strictly increasing (not modified)
     * @param x the observations, as many as times, no missing values (not modified)
     * @return the fit
     * @throws IllegalArgumentException on missing values, mismatched lengths, non-increasing
     *     times, fewer than 4 observations, a constant series, or data that do not mean-revert
     * @throws EstimationException if the observed information is singular or not positive
     *     definite, or the profile search does not converge
     */
    public OrnsteinUhlenbeckFit fit(double[] times, double[] x) {
        checkSeries(x);
        ArgChecker.notNull(times, "times");
        if (times.length != x.length) {
            throw new IllegalArgumentException("Argument 'times' must have the same length as 'x' ("
                    + x.length + ") but has length " + times.length);
        }
        double minStep = Double.POSITIVE_INFINITY;
        double maxStep = 0;
        for (int i = 1; i < times.length; i++) {
            double step = times[i] - times[i - 1];
            if (!(step > 0) || !Double.isFinite(step)) {
                throw new IllegalArgumentException("Argument 'times' must be finite and strictly increasing but has "
                        + "value " + times[i] + " at index " + i + " after " + times[i - 1]);
            }
            minStep = Math.min(minStep, step);
            maxStep = Math.max(maxStep, step);
        }
        if (maxStep - minStep <= REGULAR_TOLERANCE * maxStep) {
            return closedForm(times, x, (times[times.length - 1] - times[0]) / (times.length - 1));
        }
        return numerical(times, x);
    }

    /**
     * Fits a time series, measuring time in years by the fitter's day count ({@link #dayCount()}).
     *
     * @param series the series; missing values are refused, not skipped
     * @return the fit
     * @throws IllegalArgumentException as {@link #fit(double[], double[])}, or if the series is null
     * @throws EstimationException if the observed information is singular or not positive
     *     definite, or the profile search does not converge
     */
    @Override
    public OrnsteinUhlenbeckFit fit(TimeSeries series) {
        ArgChecker.notNull(series, "series");
        double[] times = new double[series.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = dayCount.yearFraction(series.time(0), series.time(i));
        }
        OrnsteinUhlenbeckFit fit = fit(times, series.valuesArray());
        int n = series.size();
        OrnsteinUhlenbeckFit.ForecastOrigin o = fit.origin();
        return fit.withOrigin(new OrnsteinUhlenbeckFit.ForecastOrigin(o.value(), o.stepYears(), series.time(n - 1),
                Duration.between(series.time(n - 2), series.time(n - 1))));
    }

    /** The AR(1) closed form; every step equals dt. */
    private static OrnsteinUhlenbeckFit closedForm(double[] times, double[] x, double dt) {
        double[] ar = ar1(x);
        double a = ar[0];
        double phi = ar[1];
        double s2 = ar[2];
        double theta = -Math.log(phi) / dt;
        double mu = a / (1 - phi);
        double sigma = Math.sqrt(s2 * 2 * theta / (1 - phi * phi));
        return withStandardErrors(times, x, new OrnsteinUhlenbeck(theta, mu, sigma), true, ConvergenceInfo.closedForm());
    }

    /** Profile likelihood in ln theta on irregular steps. */
    static OrnsteinUhlenbeckFit numerical(double[] times, double[] x) {
        int n = x.length;
        double meanStep = (times[n - 1] - times[0]) / (n - 1);
        double phi = ar1(x)[1];
        double center = Math.log(-Math.log(phi) / meanStep);
        double lo = center - SEARCH_HALF_WIDTH;
        double hi = center + SEARCH_HALF_WIDTH;
        double step = (hi - lo) / GRID;
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int g = 0; g <= GRID; g++) {
            double v = profile(times, x, Math.exp(lo + g * step))[2];
            if (v > bestValue) {
                bestValue = v;
                best = g;
            }
        }
        if (best == 0) {
            throw notMeanReverting("the likelihood keeps rising as theta falls to " + Math.exp(lo));
        }
        if (best == GRID) {
            throw new IllegalArgumentException("Argument 'x' must be an Ornstein-Uhlenbeck sample with a finite "
                    + "speed but the likelihood keeps rising as theta grows to " + Math.exp(hi));
        }
        double left = lo + (best - 1) * step;
        double right = lo + (best + 1) * step;
        double theta;
        int iterations;
        int evaluations = GRID + 1;
        try {
            if (profileScore(times, x, Math.exp(left)) > 0 && profileScore(times, x, Math.exp(right)) < 0) {
                // The profile likelihood is flat at its top (a change of 1e-6 in theta moves it by
                // ~1e-12): solve its score equation instead, which is steep there.
                BrentSolver solver = new BrentSolver(1e-15, 1e-15);
                theta = Math.exp(solver.solve(MAX_EVALUATIONS, u -> profileScore(times, x, Math.exp(u)), left, right));
                iterations = solver.getEvaluations();
                evaluations += 2 + solver.getEvaluations();
            } else {
                BrentOptimizer brent = new BrentOptimizer(1e-14, 1e-14);
                UnivariatePointValuePair opt = brent.optimize(new MaxEval(MAX_EVALUATIONS), GoalType.MAXIMIZE,
                        new UnivariateObjectiveFunction(u -> profile(times, x, Math.exp(u))[2]),
                        new SearchInterval(left, right, lo + best * step));
                theta = Math.exp(opt.getPoint());
                iterations = brent.getIterations();
                evaluations += 2 + brent.getEvaluations();
            }
        } catch (TooManyEvaluationsException e) {
            throw new EstimationException("The profile likelihood search for theta did not converge in "
                    + MAX_EVALUATIONS + " evaluations", List.of("search interval in ln theta: [" + left + ", "
                    + right + "]"), new ConvergenceInfo(MAX_EVALUATIONS, MAX_EVALUATIONS, 0, false), null);
        }
        double[] p = profile(times, x, theta);
        double score = Math.abs(profileScore(times, x, theta));
        ConvergenceInfo convergence = new ConvergenceInfo(iterations, evaluations,
                Double.isFinite(score) ? score : 0, true);
        return withStandardErrors(times, x, new OrnsteinUhlenbeck(theta, p[0], Math.sqrt(p[1])), false, convergence);
    }

    /**
     * For a fixed theta, the maximising mu and sigma^2 and the log-likelihood. With a_i = e^{-theta dt_i},
     * w_i = (1 - a_i^2)/(2 theta), c_i = 1 - a_i and y_i = x_i - a_i x_{i-1}: y_i = mu c_i + sigma
     * sqrt(w_i) z_i, a weighted regression through the origin.
     */
    private static double[] profile(double[] times, double[] x, double theta) {
        int m = x.length - 1;
        double[] y = new double[m];
        double[] c = new double[m];
        double[] w = new double[m];
        double sxy = 0;
        double sxx = 0;
        double logW = 0;
        for (int i = 0; i < m; i++) {
            double dt = times[i + 1] - times[i];
            double em1 = Math.expm1(-theta * dt);
            double a = 1 + em1;
            c[i] = -em1;
            w[i] = -Math.expm1(-2 * theta * dt) / (2 * theta);
            y[i] = x[i + 1] - a * x[i];
            sxy += c[i] * y[i] / w[i];
            sxx += c[i] * c[i] / w[i];
            logW += Math.log(w[i]);
        }
        double mu = sxy / sxx;
        double s2 = 0;
        for (int i = 0; i < m; i++) {
            double e = y[i] - mu * c[i];
            s2 += e * e / w[i];
        }
        s2 /= m;
        double ll = -0.5 * m * (Math.log(2 * Math.PI) + Math.log(s2) + 1) - 0.5 * logW;
        return new double[] {mu, s2, ll};
    }

    /**
     * d/d theta of the profile log-likelihood: by the envelope theorem the partial derivative of the
     * full log-likelihood at (theta, mu(theta), sigma^2(theta)). With e_i = x_i - mu - (x_{i-1} - mu) a_i,
     * de_i/dtheta = (x_{i-1} - mu) dt_i a_i and dw_i/dtheta = (dt_i a_i^2 - w_i) / theta,
     * dl_i/dtheta = -w'/(2w) - e e'/(s^2 w) + e^2 w'/(2 s^2 w^2).
     */
    private static double profileScore(double[] times, double[] x, double theta) {
        double[] p = profile(times, x, theta);
        double mu = p[0];
        double s2 = p[1];
        double score = 0;
        for (int i = 1; i < x.length; i++) {
            double dt = times[i] - times[i - 1];
            double a = Math.exp(-theta * dt);
            double w = -Math.expm1(-2 * theta * dt) / (2 * theta);
            double dw = (dt * a * a - w) / theta;
            double e = x[i] - mu - (x[i - 1] - mu) * a;
            double de = (x[i - 1] - mu) * dt * a;
            score += -dw / (2 * w) - e * de / (s2 * w) + e * e * dw / (2 * s2 * w * w);
        }
        return score;
    }

    /** Exact log-likelihood of the transitions at (theta, mu, sigma). */
    static double logLikelihood(double[] times, double[] x, double theta, double mu, double sigma) {
        return logLikelihood(times, x, theta, mu, sigma, false);
    }

    /**
     * As {@link #logLikelihood(double[], double[], double, double, double)}; on a regular grid
     * (every step equal to the mean step within the fitter's tolerance, where the closed form
     * already treats the step as constant) the transition coefficients are computed once.
     */
    static double logLikelihood(double[] times, double[] x, double theta, double mu, double sigma, boolean regular) {
        if (regular) {
            int m = x.length - 1;
            double dt = (times[m] - times[0]) / m;
            double a = Math.exp(-theta * dt);
            double v = -sigma * sigma * Math.expm1(-2 * theta * dt) / (2 * theta);
            double ss = 0;
            for (int i = 1; i < x.length; i++) {
                double e = x[i] - mu - (x[i - 1] - mu) * a;
                ss += e * e;
            }
            return -0.5 * (m * Math.log(2 * Math.PI * v) + ss / v);
        }
        double ll = 0;
        for (int i = 1; i < x.length; i++) {
            double dt = times[i] - times[i - 1];
            double a = Math.exp(-theta * dt);
            double v = -sigma * sigma * Math.expm1(-2 * theta * dt) / (2 * theta);
            double e = x[i] - mu - (x[i - 1] - mu) * a;
            ll += -0.5 * (Math.log(2 * Math.PI * v) + e * e / v);
        }
        return ll;
    }

    private static OrnsteinUhlenbeckFit withStandardErrors(double[] times, double[] x, OrnsteinUhlenbeck m,
            boolean regular, ConvergenceInfo convergence) {
        double[] p = {m.theta(), m.mu(), m.sigma()};
        // Steps of about eps^(1/4) of each parameter's scale: central differences then carry
        // an error of order eps^(1/2) relative.
        double[] h = {1e-4 * p[0], 1e-4 * Math.max(Math.abs(p[1]), m.stationaryStandardDeviation()), 1e-4 * p[2]};
        double[][] hess = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = i; j < 3; j++) {
                double v = (negLl(times, x, p, i, h[i], j, h[j], regular)
                        - negLl(times, x, p, i, h[i], j, -h[j], regular)
                        - negLl(times, x, p, i, -h[i], j, h[j], regular)
                        + negLl(times, x, p, i, -h[i], j, -h[j], regular)) / (4 * h[i] * h[j]);
                hess[i][j] = v;
                hess[j][i] = v;
            }
        }
        double[][] cov = LinearSystems.inverse(hess);
        if (cov == null) {
            throw new EstimationException("The observed information matrix of theta, mu and sigma is singular at "
                    + m + ": the sample does not identify them", List.of("LU decomposition: matrix is singular"),
                    convergence, null);
        }
        double vTheta = cov[0][0];
        double vMu = cov[1][1];
        double vSigma = cov[2][2];
        if (!(vTheta > 0 && vMu > 0 && vSigma > 0)) {
            throw new EstimationException("The observed information is not positive definite at " + m
                    + ": the variances of theta, mu and sigma are " + vTheta + ", " + vMu + ", " + vSigma,
                    List.of("variance of theta = " + vTheta, "variance of mu = " + vMu, "variance of sigma = " + vSigma),
                    convergence, null);
        }
        double theta = m.theta();
        double sigma = m.sigma();
        double seHalfLife = Math.log(2) / (theta * theta) * Math.sqrt(vTheta);
        // v = sigma^2/(2 theta): gradient (dv/dtheta, dv/dsigma) = (-sigma^2/(2 theta^2), sigma/theta).
        double gT = -sigma * sigma / (2 * theta * theta);
        double gS = sigma / theta;
        double vStat = gT * gT * vTheta + 2 * gT * gS * cov[0][2] + gS * gS * vSigma;
        return new OrnsteinUhlenbeckFit(m, Math.sqrt(vTheta), Math.sqrt(vMu), Math.sqrt(vSigma), seHalfLife,
                Math.sqrt(Math.max(vStat, 0)), logLikelihood(times, x, theta, m.mu(), sigma, regular), x.length - 1,
                regular, unitRootTest(x), convergence, new OrnsteinUhlenbeckFit.ForecastOrigin(x[x.length - 1],
                        times[times.length - 1] - times[times.length - 2], null, null));
    }

    /**
     * The augmented Dickey-Fuller test with a constant, lag by AIC (statsmodels' defaults), on the
     * observations in order (on irregular steps it ignores the spacing); on samples too short for
     * the lag search, with no lagged difference.
     */
    private static AdfResult unitRootTest(double[] x) {
        try {
            return AugmentedDickeyFuller.of().test(x);
        } catch (IllegalArgumentException e) {
            return AugmentedDickeyFuller.of().withFixedLags(0).test(x);
        }
    }

    private static double negLl(double[] t, double[] x, double[] p, int i, double hi, int j, double hj,
            boolean regular) {
        double[] q = p.clone();
        q[i] += hi;
        q[j] += hj;
        return -logLikelihood(t, x, q[0], q[1], q[2], regular);
    }

    /** Least squares of x_i on (1, x_{i-1}): {a, phi, SSR/n}; refuses phi outside (0, 1). */
    private static double[] ar1(double[] x) {
        int m = x.length - 1;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < m; i++) {
            mx += x[i];
            my += x[i + 1];
        }
        mx /= m;
        my /= m;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < m; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (x[i + 1] - my);
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("Argument 'x' must vary over its first " + m
                    + " observations but is constant there");
        }
        double phi = sxy / sxx;
        double a = my - phi * mx;
        if (!(phi < 1)) {
            throw notMeanReverting("the AR(1) coefficient phi = " + phi + " >= 1 (theta = -ln(phi)/dt <= 0)");
        }
        if (!(phi > 0)) {
            throw new IllegalArgumentException("Argument 'x' must have a positive lag-one autocorrelation to be an "
                    + "Ornstein-Uhlenbeck sample but the AR(1) coefficient is phi = " + phi
                    + " <= 0 (e^{-theta dt} is always positive)");
        }
        double ssr = 0;
        for (int i = 0; i < m; i++) {
            double e = x[i + 1] - a - phi * x[i];
            ssr += e * e;
        }
        return new double[] {a, phi, ssr / m};
    }

    private static IllegalArgumentException notMeanReverting(String why) {
        return new IllegalArgumentException("Argument 'x' must be mean-reverting to fit an Ornstein-Uhlenbeck "
                + "process but " + why + ": the data look like a random walk or an explosive process");
    }

    private static void checkSeries(double[] x) {
        ArgChecker.notNull(x, "x");
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("Argument 'x' must not contain missing (NaN) or infinite values "
                        + "but has value " + x[i] + " at index " + i);
            }
        }
        if (x.length < 4) {
            throw new IllegalArgumentException(
                    "Argument 'x' must have at least 4 observations to fit an Ornstein-Uhlenbeck process but has length "
                            + x.length);
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] != x[0]) {
                return;
            }
        }
        throw new IllegalArgumentException("Argument 'x' must not be constant but has every value equal to " + x[0]);
    }
}
