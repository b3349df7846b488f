package io.github.basisspread.models.statespace;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.optim.Optimizer;
import io.github.basisspread.models.optim.ParameterBlock;
import io.github.basisspread.models.optim.ParameterTransform;
import java.util.List;

/**
 * The local linear trend (Durbin and Koopman 2012, sec. 3.2.1): {@code y_t = mu_t + e_t},
 * {@code mu_{t+1} = mu_t + nu_t + xi_t}, {@code nu_{t+1} = nu_t + zeta_t}, both states exactly
 * diffuse; variances estimated by exact-diffuse maximum likelihood (through {@code exp}).
 *
 * <p>Parameters: {@code sigma2_epsilon, sigma2_level, sigma2_slope}. States: 0 = level,
 * 1 = slope. Immutable and thread-safe.
 */
public final class LocalLinearTrend implements Estimator<double[], StateSpaceFit> {

    private final Optimizer optimizer;
    private final boolean strict;
    private final boolean concentrated;

    private LocalLinearTrend(Optimizer optimizer, boolean strict, boolean concentrated) {
        this.optimizer = optimizer;
        this.strict = strict;
        this.concentrated = concentrated;
    }

    /** @return the estimator with BFGS, not strict */
    public static LocalLinearTrend of() {
        return new LocalLinearTrend(Optimizer.bfgs(), false, false);
    }

    /**
     * A copy with another optimizer.
     *
     * @param optimizer the optimizer
     * @return the copy
     * @throws IllegalArgumentException if null
     */
    public LocalLinearTrend withOptimizer(Optimizer optimizer) {
        ArgChecker.notNull(optimizer, "optimizer");
        return new LocalLinearTrend(optimizer, strict, concentrated);
    }

    /**
     * Asks for strictness, spelled as on every estimator: when the optimizer does not converge a
     * strict fit throws an {@code EstimationException} instead of reporting
     * {@code converged = false}.
     *
     * @param isStrict true to throw on non-convergence
     * @return a copy
     */
    public LocalLinearTrend withStrict(boolean isStrict) {
        return new LocalLinearTrend(optimizer, isStrict, concentrated);
    }

    /** @return true if a fit that does not converge throws */
    public boolean isStrict() {
        return strict;
    }

    /**
     * A copy that profiles sigma2_epsilon out of the likelihood: the optimizer searches the two
     * signal-to-noise ratios only (Harvey 1989, sec. 3.4), and the estimates, reported as the
     * three variances, maximise the same exact likelihood.
     *
     * @return the copy
     */
    public LocalLinearTrend concentrateScale() {
        return new LocalLinearTrend(optimizer, strict, true);
    }

    /**
     * The model at given variances.
     *
     * @param sigma2Epsilon observation variance
     * @param sigma2Level level disturbance variance
     * @param sigma2Slope slope disturbance variance
     * @return the model
     * @throws IllegalArgumentException if a variance is negative or not finite
     */
    public static StateSpaceModel model(double sigma2Epsilon, double sigma2Level, double sigma2Slope) {
        return StateSpaceModel.builder(1, 2, 2).design(new double[][] {{1, 0}})
                .transition(new double[][] {{1, 1}, {0, 1}}).observationCovariance(new double[][] {{sigma2Epsilon}})
                .stateCovariance(new double[][] {{sigma2Level, 0}, {0, sigma2Slope}}).build();
    }

    /**
     * Fits the model.
     *
     * @param y the series, NaN = missing (at least 4 observed values)
     * @return the fitted model
     * @throws IllegalArgumentException if the series is invalid or too short
     * @throws io.github.basisspread.models.api.EstimationException in strict mode, if not converged
     */
    @Override
    public StateSpaceFit fit(double[] y) {
        double[] data = CannedModels.checkSeries(y, 4, "a local linear trend model");
        double v = CannedModels.variance(diff(data));
        if (concentrated) {
            return CannedModels.fitConcentrated(optimizer, strict, List.of("sigma2_epsilon", "sigma2_level",
                    "sigma2_slope"), List.of(
                    ParameterBlock.of("q_level", 0.5, ParameterTransform.positiveExp()),
                    ParameterBlock.of("q_slope", 0.02, ParameterTransform.positiveExp())),
                    x -> model(x[0], x[1], x[2]), data, "Local linear trend");
        }
        List<ParameterBlock> blocks = List.of(
                ParameterBlock.of("sigma2_epsilon", v / 2, ParameterTransform.positiveExp()),
                ParameterBlock.of("sigma2_level", v / 4, ParameterTransform.positiveExp()),
                ParameterBlock.of("sigma2_slope", v / 100, ParameterTransform.positiveExp()));
        return CannedModels.fit(optimizer, strict, blocks, x -> model(x[0], x[1], x[2]), data, "Local linear trend");
    }

    static double[] diff(double[] y) {
        double[] d = new double[y.length - 1];
        for (int i = 1; i < y.length; i++) {
            d[i - 1] = y[i] - y[i - 1];
        }
        return d;
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
