package io.github.basisspread.models.statespace;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.linalg.Cholesky;
import io.github.basisspread.models.optim.NumericalDerivatives;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The local level model (random walk plus noise; Durbin and Koopman 2012, ch. 2):
 * {@code y_t = mu_t + e_t, mu_{t+1} = mu_t + n_t}, {@code e ~ N(0, sigma2_epsilon)},
 * {@code n ~ N(0, sigma2_eta)}, with the level exactly diffuse.
 *
 * <p>Estimated by exact-diffuse maximum likelihood with the scale concentrated out: only the
 * signal-to-noise ratio {@code q = sigma2_eta / sigma2_epsilon} is searched (a grid on log q
 * then Brent's method), and {@code sigma2_epsilon} follows in closed form (Durbin and Koopman
 * 2012, sec. 2.10.2). A one-dimensional search cannot stop short on a flat ridge, which is why
 * this reaches the maximum where general-purpose optimisers (R's {@code StructTS}) stop near it.
 * The search starts from the moment estimate of q and widens to {@code log q in [-25, 12]} when
 * the maximum is not bracketed; a maximum on that range's edge (q effectively 0 or infinite) is
 * reported as not converged.
 *
 * <p>Parameters: {@code sigma2_epsilon, sigma2_eta}. States: 0 = level. Immutable and thread-safe.
 */
public final class LocalLevel implements Estimator<double[], StateSpaceFit> {

    private static final double LOG_Q_MIN = -25;
    private static final double LOG_Q_MAX = 12;
    private static final int GRID = 38;
    private static final int LOCAL_GRID = 7;
    private static final double LOCAL_HALF_WIDTH = 3;

    private final boolean strict;

    private LocalLevel(boolean strict) {
        this.strict = strict;
    }

    /** @return the estimator (not strict) */
    public static LocalLevel of() {
        return new LocalLevel(false);
    }

    /**
     * Asks for strictness, spelled as on every estimator: when the search does not converge a
     * strict fit throws an {@code EstimationException} instead of reporting
     * {@code converged = false}.
     *
     * @param isStrict true to throw on non-convergence
     * @return a copy
     */
    public LocalLevel withStrict(boolean isStrict) {
        return new LocalLevel(isStrict);
    }

    /** @return true if a fit that does not converge throws */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The model at given variances.
     *
     * @param sigma2Epsilon the observation variance, at least 0
     * @param sigma2Eta the level variance, at least 0
     * @return the model (exact diffuse)
     * @throws IllegalArgumentException if a variance is negative or not finite
     */
    public static StateSpaceModel model(double sigma2Epsilon, double sigma2Eta) {
        return StateSpaceModel.builder(1, 1, 1).design(new double[][] {{1}}).transition(new double[][] {{1}})
                .observationCovariance(new double[][] {{sigma2Epsilon}}).stateCovariance(new double[][] {{sigma2Eta}})
                .build();
    }

    /**
     * Fits the model.
     *
     * @param y the series, NaN = missing (at least 3 observed values)
     * @return the fitted model
     * @throws IllegalArgumentException if the series is null, has an infinite value or too few
     *     observations
     * @throws io.github.basisspread.models.api.EstimationException in strict mode, if the search
     *     does not converge
     */
    @Override
    public StateSpaceFit fit(double[] y) {
        double[] data = CannedModels.checkSeries(y, 3, "a local level model");
        int[] evals = {0};
        java.util.function.DoubleUnaryOperator profile = logQ -> {
            evals[0]++;
            FilterResult f = KalmanFilter.run(model(1.0, Math.exp(logQ)), data, data.length,
                    KalmanEngine.Storage.LIKELIHOOD);
            return f.concentratedLogLikelihood();
        };
        // Start from the moments of the differences: Var(dy) = 2 s2eps + s2eta and
        // Cov(dy_t, dy_{t-1}) = -s2eps, so q0 = -(g0 + 2 g1) / g1 (Harvey 1989, sec. 4.2.2).
        // A local grid of log q around it brackets the maximum; if the best point is on the
        // grid's edge the grid widens to the whole range [LOG_Q_MIN, LOG_Q_MAX].
        double center = momentLogQ(data);
        double[] local = gridSearch(profile, Math.max(LOG_Q_MIN, center - LOCAL_HALF_WIDTH),
                Math.min(LOG_Q_MAX, center + LOCAL_HALF_WIDTH), LOCAL_GRID);
        boolean edge = local[3] != 0;
        if (edge) {
            local = gridSearch(profile, LOG_Q_MIN, LOG_Q_MAX, GRID);
        }
        double lo = local[0];
        double best = local[1];
        double hi = local[2];
        boolean interior = local[3] == 0;
        BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-14);
        UnivariatePointValuePair opt = brent.optimize(new MaxEval(500), GoalType.MAXIMIZE,
                new UnivariateObjectiveFunction(new Profile(profile)),
                new SearchInterval(lo, hi, best));
        double logQ = opt.getPoint();
        FilterResult f = KalmanFilter.run(model(1.0, Math.exp(logQ)), data, data.length,
                KalmanEngine.Storage.LIKELIHOOD);
        double s2eps = f.concentratedScale();
        double s2eta = Math.exp(logQ) * s2eps;
        double[] est = {s2eps, s2eta};
        // Standard errors from the Hessian of the full log-likelihood in (sigma2_epsilon, sigma2_eta).
        double[][] h = NumericalDerivatives.hessian(x -> {
            if (!(x[0] >= 0 && x[1] >= 0)) {
                return Double.NaN;
            }
            return KalmanFilter.logLikelihood(model(x[0], x[1]), data);
        }, est);
        double[] se = standardErrors(h);
        double dq = NumericalDerivatives.gradient(x -> profile.applyAsDouble(x[0]), new double[] {logQ})[0];
        ConvergenceInfo info = new ConvergenceInfo(brent.getIterations(), evals[0], Math.abs(dq), interior);
        return CannedModels.finish(strict, "Local level", List.of("sigma2_epsilon", "sigma2_eta"), est, se, info,
                model(s2eps, s2eta), data);
    }

    /** log q from the first two autocovariances of the differences, clipped to the search range. */
    /**
     * The profile likelihood as Commons Math's function: a class, not a method reference, because
     * Commons Math's interfaces are Java 5 class files, whose lambdas the JVM spins at every start
     * instead of taking them from the command's class-data-sharing archive.
     */
    private static final class Profile implements UnivariateFunction {
        private final java.util.function.DoubleUnaryOperator f;

        Profile(java.util.function.DoubleUnaryOperator f) {
            this.f = f;
        }

        @Override
        public double value(double logQ) {
            return f.applyAsDouble(logQ);
        }
    }

    static double momentLogQ(double[] y) {
        double g0 = 0;
        double g1 = 0;
        int n0 = 0;
        int n1 = 0;
        double prev = Double.NaN;
        double prevDiff = Double.NaN;
        for (double v : y) {
            double dv = v - prev;
            if (!Double.isNaN(dv)) {
                g0 += dv * dv;
                n0++;
                if (!Double.isNaN(prevDiff)) {
                    g1 += dv * prevDiff;
                    n1++;
                }
            }
            prevDiff = dv;
            if (!Double.isNaN(v)) {
                prev = v;
            }
        }
        if (n0 == 0 || n1 == 0) {
            return 0;
        }
        g0 /= n0;
        g1 /= n1;
        double q = g1 < 0 ? -(g0 + 2 * g1) / g1 : Math.exp(LOG_Q_MAX);
        return q > 0 ? Math.max(LOG_Q_MIN, Math.min(LOG_Q_MAX, Math.log(q))) : LOG_Q_MIN;
    }

    /** Returns {lower bracket, best point, upper bracket, 1 if the best is on an edge else 0}. */
    private static double[] gridSearch(java.util.function.DoubleUnaryOperator f, double from, double to, int points) {
        double step = (to - from) / (points - 1);
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points; i++) {
            double v = f.applyAsDouble(from + i * step);
            if (v > bestValue) {
                bestValue = v;
                best = i;
            }
        }
        boolean edge = best == 0 || best == points - 1;
        return new double[] {from + Math.max(0, best - 1) * step, from + best * step,
            from + Math.min(points - 1, best + 1) * step, edge ? 1 : 0};
    }

    static double[] standardErrors(double[][] h) {
        int k = h.length;
        double[][] neg = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                neg[i][j] = -h[i][j];
            }
        }
        double[][] inv = Cholesky.inverse(neg);
        if (inv == null) {
            return CannedModels.nanArray(k);
        }
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            se[i] = Math.sqrt(inv[i][i]);
        }
        return se;
    }


    /**
     * Fits the model to the values of a time series; the fit's forecasts carry the times of their
     * steps, at the spacing of the series' last two observations.
     *
     * @param series the series, NaN = missing
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double[])}, or if the series is null
     * @throws io.github.basisspread.models.api.EstimationException as {@link #fit(double[])}
     */
    public StateSpaceFit fit(TimeSeries series) {
        if (series == null) {
            throw new IllegalArgumentException("Argument 'series' must not be null");
        }
        return fit(series.valuesArray()).withTimesOf(series);
    }
}
