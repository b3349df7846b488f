package io.github.basisspread.models.statespace;

import io.github.basisspread.models.api.Forecast;

/**
 * Forecasts of the observations and states h = 1..H periods beyond the sample, with their
 * covariances; {@link #observation(int)} gives one observation's forecast in the common
 * {@link Forecast} shape. Immutable and thread-safe: arrays are copied in and out.
 */
public final class StateSpaceForecast {

    private final double[][] means;
    private final double[][][] covariances;
    private final double[][] states;
    private final double[][][] stateCovariances;

    StateSpaceForecast(double[][] means, double[][][] covariances, double[][] states, double[][][] stateCovariances) {
        this.means = means;
        this.covariances = covariances;
        this.states = states;
        this.stateCovariances = stateCovariances;
    }

    /** @return H, the number of periods forecast */
    public int horizon() {
        return means.length;
    }

    /**
     * The forecast mean of the observations h periods ahead.
     *
     * @param h the step, 1..H
     * @return a new array of length p
     * @throws IllegalArgumentException if h is out of range
     */
    public double[] mean(int h) {
        return means[index(h)].clone();
    }

    /**
     * The forecast covariance of the observations h periods ahead ({@code Z P Z' + H}).
     *
     * @param h the step, 1..H
     * @return a new p x p array
     * @throws IllegalArgumentException if h is out of range
     */
    public double[][] covariance(int h) {
        return Matrices.copy(covariances[index(h)]);
    }

    /**
     * The forecast mean of the state h periods ahead.
     *
     * @param h the step, 1..H
     * @return a new array of length m
     * @throws IllegalArgumentException if h is out of range
     */
    public double[] stateMean(int h) {
        return states[index(h)].clone();
    }

    /**
     * The forecast covariance of the state h periods ahead.
     *
     * @param h the step, 1..H
     * @return a new m x m array
     * @throws IllegalArgumentException if h is out of range
     */
    public double[][] stateCovariance(int h) {
        return Matrices.copy(stateCovariances[index(h)]);
    }

    /**
     * The forecast of one observation component as a {@link Forecast}: its means and the square
     * roots of the diagonal of the observation covariances.
     *
     * @param component the observation index, 0 to p - 1
     * @return the forecast, without step times
     * @throws IllegalArgumentException if the index is out of range
     */
    public Forecast observation(int component) {
        int p = means[0].length;
        if (component < 0 || component >= p) {
            throw new IllegalArgumentException("Argument 'component' must be in [0, " + p + ") but has value "
                    + component);
        }
        double[] mean = new double[means.length];
        double[] se = new double[means.length];
        for (int k = 0; k < mean.length; k++) {
            mean[k] = means[k][component];
            se[k] = Math.sqrt(Math.max(0, covariances[k][component][component]));
        }
        return Forecast.of(mean, se);
    }

    private int index(int h) {
        if (h < 1 || h > means.length) {
            throw new IllegalArgumentException("Argument 'h' must be in [1, " + means.length + "] but has value " + h);
        }
        return h - 1;
    }
}
