package io.github.basisspread.models.statespace;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The Kalman filter and the exact Gaussian log-likelihood of a {@link StateSpaceModel}.
 *
 * <p>Observations are a {@code double[]} (one series, p = 1) or a {@code double[n][p]} array;
 * {@code NaN} marks a missing value (a whole period or single elements), for which the update is
 * skipped (Durbin and Koopman 2012, sec. 4.10). The recursion processes the observation vector
 * one element at a time (Durbin and Koopman 2012, sec. 6.4), with the exact diffuse
 * initialisation (sec. 5.2), so no matrix is inverted; once the prediction covariance of a
 * time-invariant model stops changing the covariance recursion is skipped (steady state).
 *
 * <p>Stateless: all methods are static, thread-safe and allocate their results only.
 */
public final class KalmanFilter {

    private KalmanFilter() {
    }

    /**
     * Filters a single series (p = 1).
     *
     * @param model the model, with one observed series
     * @param y the observations, NaN = missing (not modified)
     * @return the filter output
     * @throws IllegalArgumentException if the data do not conform, hold an infinite value, are
     *     all missing, or leave the diffuse initialisation unfinished
     */
    public static FilterResult filter(StateSpaceModel model, double[] y) {
        double[] flat = checkUnivariate(model, y);
        return run(model, flat, y.length, KalmanEngine.Storage.FILTER);
    }

    /**
     * Filters a multivariate series.
     *
     * @param model the model
     * @param y the observations, n rows of p values, NaN = missing (not modified)
     * @return the filter output
     * @throws IllegalArgumentException if the data do not conform, hold an infinite value, are
     *     all missing, or leave the diffuse initialisation unfinished
     */
    public static FilterResult filter(StateSpaceModel model, double[][] y) {
        double[] flat = flatten(model, y);
        return run(model, flat, y.length, KalmanEngine.Storage.FILTER);
    }

    /**
     * The exact log-likelihood of a single series, without storing the filter output (the fast
     * path used by maximum likelihood). Diffuse observations carry no likelihood, as in R's
     * {@code arima}; see {@link FilterResult#logLikelihood()}.
     *
     * @param model the model, with one observed series
     * @param y the observations, NaN = missing (not modified)
     * @return the log-likelihood
     * @throws IllegalArgumentException as for {@link #filter(StateSpaceModel, double[])}
     */
    public static double logLikelihood(StateSpaceModel model, double[] y) {
        double[] flat = checkUnivariate(model, y);
        return run(model, flat, y.length, KalmanEngine.Storage.LIKELIHOOD).logLikelihood();
    }

    /**
     * The exact log-likelihood of a multivariate series without storing the filter output.
     *
     * @param model the model
     * @param y the observations, n rows of p values, NaN = missing (not modified)
     * @return the log-likelihood
     * @throws IllegalArgumentException as for {@link #filter(StateSpaceModel, double[][])}
     */
    public static double logLikelihood(StateSpaceModel model, double[][] y) {
        double[] flat = flatten(model, y);
        return run(model, flat, y.length, KalmanEngine.Storage.LIKELIHOOD).logLikelihood();
    }

    static FilterResult run(StateSpaceModel model, double[] flat, int n, KalmanEngine.Storage storage) {
        KalmanEngine e = new KalmanEngine(model, n, storage);
        e.run(flat);
        if (e.stillDiffuse) {
            throw new IllegalArgumentException("Argument 'y' must hold enough observations to finish the diffuse"
                    + " initialisation of a " + model.stateDimension() + "-state model but has " + n
                    + " periods with " + (e.nDiffuseObs + e.nEff) + " observed values");
        }
        return new FilterResult(model, e);
    }

    static double[] checkUnivariate(StateSpaceModel model, double[] y) {
        ArgChecker.notNull(y, "y");
        if (model.observationDimension() != 1) {
            throw new IllegalArgumentException("Argument 'y' must be a double[n][p] array for a model with "
                    + model.observationDimension() + " observed series but is a single series");
        }
        checkData(model, y, y.length);
        return y;
    }

    static double[] flatten(StateSpaceModel model, double[][] y) {
        ArgChecker.notNull(y, "y");
        int p = model.observationDimension();
        double[] flat = new double[y.length * p];
        for (int t = 0; t < y.length; t++) {
            if (y[t] == null || y[t].length != p) {
                throw new IllegalArgumentException("Argument 'y' must have " + p + " values in every row but row " + t
                        + " has " + (y[t] == null ? "null" : y[t].length + " values"));
            }
            System.arraycopy(y[t], 0, flat, t * p, p);
        }
        checkData(model, flat, y.length);
        return flat;
    }

    private static void checkData(StateSpaceModel model, double[] flat, int n) {
        if (n == 0) {
            throw new IllegalArgumentException("Argument 'y' must hold at least one period but is empty");
        }
        if (!model.isTimeInvariant() && n > model.timeVaryingLength()) {
            throw new IllegalArgumentException("Argument 'y' must not have more periods than the time-varying model ("
                    + model.timeVaryingLength() + ") but has " + n);
        }
        boolean any = false;
        for (int i = 0; i < flat.length; i++) {
            double x = flat[i];
            if (Double.isInfinite(x)) {
                throw new IllegalArgumentException("Argument 'y' must hold finite values or NaN (missing) but element "
                        + i + " is " + x);
            }
            any |= !Double.isNaN(x);
        }
        if (!any) {
            throw new IllegalArgumentException("Argument 'y' must hold at least one observed value but all " + flat.length
                    + " are missing");
        }
    }
}
