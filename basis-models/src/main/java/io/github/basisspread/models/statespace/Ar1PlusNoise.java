package io.github.basisspread.models.statespace;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.optim.Optimizer;
import io.github.basisspread.models.optim.ParameterBlock;
import io.github.basisspread.models.optim.ParameterTransform;
import java.util.List;

/**
 * A mean-reverting latent basis observed with noise: {@code y_t = mu + x_t + e_t},
 * {@code x_{t+1} = phi x_t + n_t}, {@code |phi| < 1}, x started from its stationary
 * distribution. Estimated by exact maximum likelihood with {@code phi} kept stationary through
 * its partial autocorrelation (Jones 1980) and variances through {@code exp}.
 *
 * <p>Parameters: {@code mu, phi, sigma2_eta, sigma2_epsilon}. States: 0 = the deviation x from
 * mu. Immutable and thread-safe.
 */
public final class Ar1PlusNoise implements Estimator<double[], StateSpaceFit> {

    private final Optimizer optimizer;
    private final boolean strict;

    private Ar1PlusNoise(Optimizer optimizer, boolean strict) {
        this.optimizer = optimizer;
        this.strict = strict;
    }

    /** @return the estimator with BFGS, not strict */
    public static Ar1PlusNoise of() {
        return new Ar1PlusNoise(Optimizer.bfgs(), false);
    }

    /**
     * A copy with another optimizer.
     *
     * @param optimizer the optimizer
     * @return the copy
     * @throws IllegalArgumentException if null
     */
    public Ar1PlusNoise withOptimizer(Optimizer optimizer) {
        ArgChecker.notNull(optimizer, "optimizer");
        return new Ar1PlusNoise(optimizer, strict);
    }

    /**
     * Asks for strictness, spelled as on every estimator: when the optimizer does not converge a
     * strict fit throws an {@code EstimationException} instead of reporting
     * {@code converged = false}.
     *
     * @param isStrict true to throw on non-convergence
     * @return a copy
     */
    public Ar1PlusNoise withStrict(boolean isStrict) {
        return new Ar1PlusNoise(optimizer, isStrict);
    }

    /** @return true if a fit that does not converge throws */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The model at given parameters.
     *
     * @param mu the mean
     * @param phi the AR coefficient, |phi| &lt; 1
     * @param sigma2Eta the latent disturbance variance
     * @param sigma2Epsilon the observation noise variance
     * @return the model (stationary initialisation)
     * @throws IllegalArgumentException if phi is not stationary or a variance is invalid
     */
    public static StateSpaceModel model(double mu, double phi, double sigma2Eta, double sigma2Epsilon) {
        return StateSpaceModel.builder(1, 1, 1).design(new double[][] {{1}}).observationIntercept(new double[] {mu})
                .transition(new double[][] {{phi}}).observationCovariance(new double[][] {{sigma2Epsilon}})
                .stateCovariance(new double[][] {{sigma2Eta}}).initialization(Initialization.stationary()).build();
    }

    /**
     * Fits the model.
     *
     * @param y the series, NaN = missing (at least 5 observed values)
     * @return the fitted model
     * @throws IllegalArgumentException if the series is invalid or too short
     * @throws io.github.basisspread.models.api.EstimationException in strict mode, if not converged
     */
    @Override
    public StateSpaceFit fit(double[] y) {
        double[] data = CannedModels.checkSeries(y, 5, "an AR(1) plus noise model");
        double mean = 0;
        int n = 0;
        for (double v : data) {
            if (!Double.isNaN(v)) {
                mean += v;
                n++;
            }
        }
        mean /= n;
        double var = CannedModels.variance(data);
        List<ParameterBlock> blocks = List.of(
                ParameterBlock.of("mu", mean, ParameterTransform.identity()),
                ParameterBlock.of("phi", 0.5, ParameterTransform.stationaryAr(1)),
                ParameterBlock.of("sigma2_eta", var / 2, ParameterTransform.positiveExp()),
                ParameterBlock.of("sigma2_epsilon", var / 2, ParameterTransform.positiveExp()));
        return CannedModels.fit(optimizer, strict, blocks, x -> model(x[0], x[1], x[2], x[3]), data,
                "AR(1) plus noise");
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
