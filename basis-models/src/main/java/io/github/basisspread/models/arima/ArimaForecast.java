package io.github.basisspread.models.arima;

import io.github.basisspread.models.api.ConfidenceBand;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Forecasts of an ARIMA model on the original (undifferenced) scale: the means and standard
 * errors of {@code y_{n+1}, ..., y_{n+h}} given the data, from the Kalman filter's state after
 * the last observation (R's {@code predict.Arima} and {@code KalmanForecast}), with Gaussian
 * intervals at any level. The standard errors do not include the uncertainty of the estimated
 * coefficients, as in R.
 *
 * <p>Immutable and thread-safe: arrays are copied out.
 */
public final class ArimaForecast {

    private final double[] mean;
    private final double[] standardErrors;

    ArimaForecast(double[] mean, double[] standardErrors) {
        this.mean = mean;
        this.standardErrors = standardErrors;
    }

    /** @return the horizon h */
    public int horizon() {
        return mean.length;
    }

    /** @return a copy of the forecast means, steps 1..h */
    public double[] mean() {
        return mean.clone();
    }

    /** @return a copy of the forecast standard errors, steps 1..h */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /**
     * The pointwise Gaussian interval {@code mean +/- z_{(1+level)/2} se}.
     *
     * @param level the coverage, in (0, 1), e.g. 0.95
     * @return the interval for each step
     * @throws IllegalArgumentException if the level is outside (0, 1)
     */
    public ConfidenceBand interval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Argument 'level' must be in (0, 1) but has value " + level);
        }
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double[] lo = new double[mean.length];
        double[] hi = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            lo[i] = mean[i] - z * standardErrors[i];
            hi[i] = mean[i] + z * standardErrors[i];
        }
        return new ConfidenceBand(lo, mean, hi, level);
    }
}
