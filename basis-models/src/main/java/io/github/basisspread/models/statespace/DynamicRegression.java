package io.github.basisspread.models.statespace;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.optim.Optimizer;
import io.github.basisspread.models.optim.ParameterBlock;
import io.github.basisspread.models.optim.ParameterTransform;
import java.util.List;

/**
 * Regression with random-walk coefficients, the time-varying hedge ratio of a future on its
 * spot: {@code y_t = alpha_t + beta_t x_t + e_t}, {@code alpha_{t+1} = alpha_t + n_t},
 * {@code beta_{t+1} = beta_t + z_t} (Durbin and Koopman 2012, sec. 3.6.1), both coefficients
 * exactly diffuse, variances by exact-diffuse maximum likelihood (through {@code exp}).
 *
 * <p>Parameters: {@code sigma2_epsilon, sigma2_alpha, sigma2_beta}. States: 0 = alpha,
 * 1 = beta (the hedge ratio). Immutable and thread-safe.
 */
public final class DynamicRegression implements Estimator<DynamicRegression.Data, StateSpaceFit> {

    private final Optimizer optimizer;
    private final boolean strict;

    private DynamicRegression(Optimizer optimizer, boolean strict) {
        this.optimizer = optimizer;
        this.strict = strict;
    }

    /** @return the estimator with BFGS, not strict */
    public static DynamicRegression of() {
        return new DynamicRegression(Optimizer.bfgs(), false);
    }

    /**
     * A copy with another optimizer.
     *
     * @param optimizer the optimizer
     * @return the copy
     * @throws IllegalArgumentException if null
     */
    public DynamicRegression withOptimizer(Optimizer optimizer) {
        ArgChecker.notNull(optimizer, "optimizer");
        return new DynamicRegression(optimizer, strict);
    }

    /**
     * Asks for strictness, spelled as on every estimator: when the optimizer does not converge a
     * strict fit throws an {@code EstimationException} instead of reporting
     * {@code converged = false}.
     *
     * @param isStrict true to throw on non-convergence
     * @return a copy
     */
    public DynamicRegression withStrict(boolean isStrict) {
        return new DynamicRegression(optimizer, isStrict);
    }

    /** @return true if a fit that does not converge throws */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The regression data: the response (e.g. the future) and the regressor (e.g. the spot).
     * Immutable: arrays copied in and out.
     *
     * @param y the response, NaN = missing
     * @param x the regressor, all finite
     */
    public record Data(double[] y, double[] x) {
        /**
         * Validates and copies.
         *
         * @param y the response
         * @param x the regressor
         * @throws IllegalArgumentException if null, of different lengths, or x not finite
         */
        public Data {
            if (y == null || x == null || y.length != x.length) {
                throw new IllegalArgumentException("Argument 'y' and 'x' must be non-null arrays of one length but have "
                        + "lengths " + (y == null ? "null" : y.length) + " and " + (x == null ? "null" : x.length));
            }
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i])) {
                    throw new IllegalArgumentException("Argument 'x' must be finite but element " + i + " is " + x[i]);
                }
            }
            y = y.clone();
            x = x.clone();
        }

        /** @return a copy of y */
        @Override
        public double[] y() {
            return y.clone();
        }

        /** @return a copy of x */
        @Override
        public double[] x() {
            return x.clone();
        }
    }

    /**
     * The model at given variances for a regressor path.
     *
     * @param x the regressor, one value per period
     * @param sigma2Epsilon the observation variance
     * @param sigma2Alpha the intercept disturbance variance
     * @param sigma2Beta the slope disturbance variance
     * @return the model (time-varying design {@code [1, x_t]})
     * @throws IllegalArgumentException if a variance is invalid
     */
    public static StateSpaceModel model(double[] x, double sigma2Epsilon, double sigma2Alpha, double sigma2Beta) {
        double[][][] z = new double[x.length][][];
        for (int t = 0; t < x.length; t++) {
            z[t] = new double[][] {{1, x[t]}};
        }
        return StateSpaceModel.builder(1, 2, 2).design(z).transition(new double[][] {{1, 0}, {0, 1}})
                .observationCovariance(new double[][] {{sigma2Epsilon}})
                .stateCovariance(new double[][] {{sigma2Alpha, 0}, {0, sigma2Beta}}).build();
    }

    /**
     * Fits the model.
     *
     * @param data the response and regressor (at least 5 observed responses)
     * @return the fitted model
     * @throws IllegalArgumentException if the data are invalid or too short
     * @throws io.github.basisspread.models.api.EstimationException in strict mode, if not converged
     */
    @Override
    public StateSpaceFit fit(Data data) {
        ArgChecker.notNull(data, "data");
        double[] y = CannedModels.checkSeries(data.y(), 5, "a dynamic regression");
        double[] x = data.x();
        double vy = CannedModels.variance(LocalLinearTrend.diff(y));
        double vx = CannedModels.variance(x);
        // Two candidate starts, the one with the higher likelihood kept: scaled by the variance of
        // the differenced response (right when the coefficients wander), or by the residual
        // variance of the static least-squares fit (right when x explains most of y, as for a
        // hedge of two nearly identical prices: there the first start is thousands of times too
        // large and the search can end on the boundary sigma2_epsilon -> 0).
        double s2 = staticResidualVariance(y, x);
        double[][] starts = {{vy / 2, vy / 100, vy / vx / 100}, {s2, s2 / 100, s2 / vx / 100}};
        double[] start = starts[0];
        double best = Double.NEGATIVE_INFINITY;
        for (double[] candidate : starts) {
            double ll;
            try {
                ll = KalmanFilter.logLikelihood(model(x, candidate[0], candidate[1], candidate[2]), y);
            } catch (IllegalArgumentException ex) {
                continue;
            }
            if (ll > best) {
                best = ll;
                start = candidate;
            }
        }
        List<ParameterBlock> blocks = List.of(
                ParameterBlock.of("sigma2_epsilon", start[0], ParameterTransform.positiveExp()),
                ParameterBlock.of("sigma2_alpha", start[1], ParameterTransform.positiveExp()),
                ParameterBlock.of("sigma2_beta", start[2], ParameterTransform.positiveExp()));
        return CannedModels.fit(optimizer, strict, blocks, p -> model(x, p[0], p[1], p[2]), y, "Dynamic regression");
    }

    /** Residual variance of the least-squares line of y on x over the observed y (positive). */
    private static double staticResidualVariance(double[] y, double[] x) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int t = 0; t < y.length; t++) {
            if (!Double.isNaN(y[t])) {
                sx += x[t];
                sy += y[t];
                n++;
            }
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int t = 0; t < y.length; t++) {
            if (!Double.isNaN(y[t])) {
                sxx += (x[t] - mx) * (x[t] - mx);
                sxy += (x[t] - mx) * (y[t] - my);
                syy += (y[t] - my) * (y[t] - my);
            }
        }
        double ssr = sxx > 0 ? syy - sxy * sxy / sxx : syy;
        double v = ssr / Math.max(1, n - 2);
        return v > 0 && Double.isFinite(v) ? v : 1.0;
    }

    /**
     * Extends a fitted dynamic regression by new observations and their regressors without
     * re-estimating (see {@link StateSpaceFit#append(double[])}): the regressors of the fitted
     * periods are read back from the fitted model's design.
     *
     * @param fit a fit returned by {@link #fit(Data)}
     * @param newData the new observations and regressors
     * @return the new fit, same parameters, states and forecasts over the extended data
     * @throws IllegalArgumentException if an argument is null, the fit is not a dynamic regression,
     *     or the new data are invalid
     */
    public static StateSpaceFit append(StateSpaceFit fit, Data newData) {
        if (fit == null || newData == null) {
            throw new IllegalArgumentException("Argument '" + (fit == null ? "fit" : "newData") + "' must not be null");
        }
        StateSpaceModel old = fit.model();
        if (old.isTimeInvariant() || old.stateDimension() != 2 || fit.numberOfParameters() != 3) {
            throw new IllegalArgumentException("Argument 'fit' must be a dynamic regression fit but has "
                    + fit.parameterNames());
        }
        int n = old.timeVaryingLength();
        double[] xNew = newData.x();
        double[] x = new double[n + xNew.length];
        for (int t = 0; t < n; t++) {
            x[t] = old.design(t)[0][1];
        }
        System.arraycopy(xNew, 0, x, n, xNew.length);
        double[] est = fit.estimates();
        return fit.refilter(model(x, est[0], est[1], est[2]), fit.concat(newData.y()));
    }
}
