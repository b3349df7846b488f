package io.github.basisspread.models.statespace;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.optim.NumericalDerivatives;
import java.util.List;
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
 *
 * <p>Parameters: {@code sigma2_epsilon, sigma2_eta}. States: 0 = level. Immutable and thread-safe.
 */
public final class LocalLevel implements Estimator<double[], StateSpaceFit> {

    private static final double LOG_Q_MIN = -25;
    private static final double LOG_Q_MAX = 12;
    private static final int GRID = 38;

    private final boolean strict;

    private LocalLevel(boolean strict) {
        this.strict = strict;
    }

    /** @return the estimator (not strict) */
    public static LocalLevel of() {
        return new LocalLevel(false);
    }

    /** @return a copy that throws {@code EstimationException} when the search does not converge */
    public LocalLevel strict() {
        return new LocalLevel(true);
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
        // Coarse grid over log q, then Brent inside the bracket around the best grid point.
        double step = (LOG_Q_MAX - LOG_Q_MIN) / (GRID - 1);
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < GRID; i++) {
            double v = profile.applyAsDouble(LOG_Q_MIN + i * step);
            if (v > bestValue) {
                bestValue = v;
                best = i;
            }
        }
        double lo = LOG_Q_MIN + Math.max(0, best - 1) * step;
        double hi = LOG_Q_MIN + Math.min(GRID - 1, best + 1) * step;
        BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-14);
        UnivariatePointValuePair opt = brent.optimize(new MaxEval(500), GoalType.MAXIMIZE,
                new UnivariateObjectiveFunction(profile::applyAsDouble),
                new SearchInterval(lo, hi, LOG_Q_MIN + best * step));
        double logQ = opt.getPoint();
        boolean interior = best > 0 && best < GRID - 1;
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

    static double[] standardErrors(double[][] h) {
        int k = h.length;
        double[][] neg = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                neg[i][j] = -h[i][j];
            }
        }
        double[][] inv = invert(neg);
        if (inv == null) {
            return CannedModels.nanArray(k);
        }
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            se[i] = Math.sqrt(inv[i][i]);
        }
        return se;
    }

    private static double[][] invert(double[][] a) {
        try {
            return new org.apache.commons.math3.linear.CholeskyDecomposition(
                    new org.apache.commons.math3.linear.Array2DRowRealMatrix(a), 1e-10, 1e-14).getSolver().getInverse()
                    .getData();
        } catch (org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException
                | org.apache.commons.math3.linear.NonSymmetricMatrixException ex) {
            // Reported as NaN standard errors and hasStandardErrors() == false.
            return null;
        }
    }
}
