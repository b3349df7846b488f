package io.github.basisspread.models.arima;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;

/**
 * The data of an ARIMA fit: the observations (NaN marks a missing value), when the
 * specification names regressors their values at every observation, and, when the data come
 * from a {@link TimeSeries}, the time of every observation (so that forecasts carry the times of
 * their steps, at the spacing of the last two observations).
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class ArimaData {

    private final double[] y;
    private final double[][] regressors;
    /** Epoch nanoseconds of each observation, or null without timestamps. */
    private final long[] times;

    private ArimaData(double[] y, double[][] regressors, long[] times) {
        this.y = y;
        this.regressors = regressors;
        this.times = times;
    }

    /**
     * A series without regressors.
     *
     * @param y the observations, finite or NaN (missing); copied
     * @return the data
     * @throws IllegalArgumentException if y is null, empty or holds an infinite value
     */
    public static ArimaData of(double[] y) {
        return of(y, new double[y == null ? 0 : y.length][0]);
    }

    /**
     * A series with regressors.
     *
     * @param y the observations, finite or NaN (missing); copied
     * @param regressors n rows, one finite value per regressor in the order the specification
     *     names them; copied
     * @return the data
     * @throws IllegalArgumentException if an array is null, y is empty or holds an infinite value,
     *     the row count differs from y's length, rows differ in length or a regressor value is not
     *     finite
     */
    public static ArimaData of(double[] y, double[][] regressors) {
        ArgChecker.notNull(y, "y");
        if (y.length == 0) {
            throw new IllegalArgumentException("Argument 'y' must hold at least one observation but is empty");
        }
        for (int t = 0; t < y.length; t++) {
            if (Double.isInfinite(y[t])) {
                throw new IllegalArgumentException("Argument 'y' must hold finite values or NaN (missing) but element "
                        + t + " is " + y[t]);
            }
        }
        double[][] x = checkRegressors(regressors, y.length, -1, "regressors");
        return new ArimaData(y.clone(), x, null);
    }

    /**
     * A time series without regressors: its values (NaN = missing) and its times, which the
     * forecasts of the fit continue.
     *
     * @param series the series, at least one observation
     * @return the data
     * @throws IllegalArgumentException if the series is null, empty or holds an infinite value
     */
    public static ArimaData of(TimeSeries series) {
        ArgChecker.notNull(series, "series");
        ArimaData plain = of(series.valuesArray());
        return new ArimaData(plain.y, plain.regressors, series.epochNanosArray());
    }

    /**
     * A time series with regressors.
     *
     * @param series the series, at least one observation
     * @param regressors one row per observation, as {@link #of(double[], double[][])}
     * @return the data
     * @throws IllegalArgumentException as {@link #of(double[], double[][])}, or if the series is null
     */
    public static ArimaData of(TimeSeries series, double[][] regressors) {
        ArgChecker.notNull(series, "series");
        ArimaData plain = of(series.valuesArray(), regressors);
        return new ArimaData(plain.y, plain.regressors, series.epochNanosArray());
    }

    static double[][] checkRegressors(double[][] regressors, int rows, int columns, String name) {
        if (regressors == null) {
            throw new IllegalArgumentException("Argument '" + name + "' must not be null");
        }
        if (regressors.length != rows) {
            throw new IllegalArgumentException("Argument '" + name + "' must have " + rows + " rows but has "
                    + regressors.length);
        }
        int k = columns;
        double[][] x = new double[rows][];
        for (int t = 0; t < rows; t++) {
            if (regressors[t] == null) {
                throw new IllegalArgumentException("Argument '" + name + "' must not have a null row but row " + t
                        + " is null");
            }
            if (k < 0) {
                k = regressors[t].length;
            }
            if (regressors[t].length != k) {
                throw new IllegalArgumentException("Argument '" + name + "' must have " + k + " columns in every row"
                        + " but row " + t + " has " + regressors[t].length);
            }
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(regressors[t][j])) {
                    throw new IllegalArgumentException("Argument '" + name + "' must hold finite values but row " + t
                            + " column " + j + " is " + regressors[t][j]);
                }
            }
            x[t] = regressors[t].clone();
        }
        return x;
    }

    /** @return the number of observations n, missing ones included */
    public int size() {
        return y.length;
    }

    /** @return the number of regressor columns */
    public int regressorCount() {
        return regressors.length == 0 ? 0 : regressors[0].length;
    }

    /** @return a copy of the observations */
    public double[] y() {
        return y.clone();
    }

    /** @return a copy of the regressors, n rows */
    public double[][] regressors() {
        double[][] out = new double[regressors.length][];
        for (int t = 0; t < out.length; t++) {
            out[t] = regressors[t].clone();
        }
        return out;
    }

    /** @return whether the data carry the time of each observation */
    public boolean hasTimes() {
        return times != null;
    }

    /** @return the epoch nanoseconds of the observations, or null (not a copy: do not modify) */
    long[] timesView() {
        return times;
    }

    double[] yView() {
        return y;
    }

    double[][] regressorsView() {
        return regressors;
    }
}
