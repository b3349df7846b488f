package io.github.basisspread.models.statespace;

import java.util.OptionalInt;

/**
 * The output of the Kalman filter: predicted and filtered states with their covariances,
 * innovations and their variances, and the exact log-likelihood.
 *
 * <p>Periods are 0-based: {@code predictedState(t)} is {@code E[a_t | y_0..y_{t-1}]} and
 * {@code filteredState(t)} is {@code E[a_t | y_0..y_t]}; {@code predictedState(n)} is the
 * one-step-ahead prediction beyond the sample. During diffuse periods the predicted covariance
 * returned is the finite part {@code P_*} (the diffuse part is infinite).
 *
 * <p>{@link #forecastError(int)} and {@link #forecastErrorVariance(int)} are the innovations of
 * the univariate treatment: element i of period t is predicted from {@code y_t}'s elements before
 * it (after the rotation by {@code L^-1} when H is not diagonal); for a single series they are the
 * usual {@code v_t} and {@code F_t}. Missing elements have NaN innovation and variance.
 * {@link #innovation(int)} and {@link #innovationCovariance(int)} give the multivariate ones,
 * {@code v_t = y_t - Z a_t - d} and {@code F_t = Z P_t Z' + H} (statsmodels'
 * {@code forecasts_error} and {@code forecasts_error_cov}).
 *
 * <p>Immutable and thread-safe: arrays are copied out.
 */
public final class FilterResult {

    private final StateSpaceModel model;
    final KalmanEngine e;

    FilterResult(StateSpaceModel model, KalmanEngine engine) {
        this.model = model;
        this.e = engine;
    }

    /** @return the model filtered */
    public StateSpaceModel model() {
        return model;
    }

    /** @return n, the number of periods */
    public int size() {
        return e.n;
    }

    /**
     * The exact log-likelihood with all constants, diffuse observations excluded: the convention
     * of R's {@code arima} and {@code KalmanLike} (for the Nile local level it equals the
     * ARIMA(0,1,1) log-likelihood of the differenced series).
     *
     * @return the log-likelihood
     */
    public double logLikelihood() {
        return e.logLikelihood();
    }

    /**
     * The diffuse log-likelihood of Durbin and Koopman (2012, eq. 7.4), which statsmodels reports
     * with {@code initialization='diffuse'}: each diffuse observation adds
     * {@code -(log 2 pi + log F_inf) / 2} to {@link #logLikelihood()}.
     *
     * @return the log-likelihood
     */
    public double diffuseLogLikelihood() {
        return e.diffuseLogLikelihood();
    }

    /**
     * The log-likelihood contribution of each period (diffuse observations contribute 0); they
     * sum to {@link #logLikelihood()}.
     *
     * @return a new array of length n
     */
    public double[] logLikelihoodContributions() {
        return e.llt.clone();
    }

    /** @return the number of observed values that carry likelihood (observed, not diffuse) */
    public int likelihoodObservationCount() {
        return e.nEff;
    }

    /** @return the number of observed values absorbed by the diffuse initialisation */
    public int diffuseObservationCount() {
        return e.nDiffuseObs;
    }

    /** @return the number of leading periods in which some state was still diffuse */
    public int diffusePeriods() {
        return e.diffusePeriods;
    }

    /**
     * The scale that maximises the likelihood when H and Q are all proportional to it:
     * {@code sum v^2 / F} over non-diffuse observations divided by their number (Harvey 1989,
     * sec. 3.4; Durbin and Koopman 2012, sec. 7.2.3).
     *
     * @return the concentrated scale
     */
    public double concentratedScale() {
        return e.sumV2F / e.nEff;
    }

    /**
     * The log-likelihood with the scale concentrated out: the model's H and Q are read as
     * multiples of an unknown scale, which is replaced by {@link #concentratedScale()}.
     *
     * @return the profile log-likelihood
     */
    public double concentratedLogLikelihood() {
        double s2 = concentratedScale();
        return -0.5 * (e.nEff * (KalmanEngine.LOG_2PI + 1 + Math.log(s2)) + e.sumLogF);
    }

    /**
     * The period from which the covariance recursion was skipped because the gain had
     * converged, if it did.
     *
     * @return the period, or empty
     */
    public OptionalInt steadyStateFrom() {
        return e.steadyFrom < 0 ? OptionalInt.empty() : OptionalInt.of(e.steadyFrom);
    }

    /**
     * The predicted state {@code E[a_t | y_0..y_{t-1}]}.
     *
     * @param t the period, 0..n (n is the prediction beyond the sample)
     * @return a new array of length m
     * @throws IllegalArgumentException if t is out of range
     */
    public double[] predictedState(int t) {
        check(t, e.n + 1);
        return slice(e.predState, t * e.m, e.m);
    }

    /**
     * The covariance of the predicted state (its finite part during diffuse periods).
     *
     * @param t the period, 0..n
     * @return a new m x m array
     * @throws IllegalArgumentException if t is out of range
     */
    public double[][] predictedStateCovariance(int t) {
        check(t, e.n + 1);
        return Matrices.unflatten(e.predCov, t * e.m * e.m, e.m, e.m);
    }

    /**
     * The filtered state {@code E[a_t | y_0..y_t]}.
     *
     * @param t the period, 0..n-1
     * @return a new array of length m
     * @throws IllegalArgumentException if t is out of range
     */
    public double[] filteredState(int t) {
        check(t, e.n);
        return slice(e.filtState, t * e.m, e.m);
    }

    /**
     * The covariance of the filtered state (its finite part during diffuse periods).
     *
     * @param t the period, 0..n-1
     * @return a new m x m array
     * @throws IllegalArgumentException if t is out of range
     */
    public double[][] filteredStateCovariance(int t) {
        check(t, e.n);
        return Matrices.unflatten(e.filtCov, t * e.m * e.m, e.m, e.m);
    }

    /**
     * The innovations of a period (NaN for a missing element).
     *
     * @param t the period, 0..n-1
     * @return a new array of length p
     * @throws IllegalArgumentException if t is out of range
     */
    public double[] forecastError(int t) {
        check(t, e.n);
        return slice(e.v, t * e.p, e.p);
    }

    /**
     * The innovation variances of a period (NaN for a missing element; the finite part
     * {@code F_*} for a diffuse element).
     *
     * @param t the period, 0..n-1
     * @return a new array of length p
     * @throws IllegalArgumentException if t is out of range
     */
    public double[] forecastErrorVariance(int t) {
        check(t, e.n);
        return slice(e.fs, t * e.p, e.p);
    }

    /**
     * The multivariate innovation {@code v_t = y_t - Z_t a_t - d_t} of a period, every element
     * predicted from {@code y_0..y_{t-1}} only (Durbin and Koopman 2012, eq. 4.24); NaN for a
     * missing element.
     *
     * @param t the period, 0..n-1
     * @return a new array of length p
     * @throws IllegalArgumentException if t is out of range
     */
    public double[] innovation(int t) {
        check(t, e.n);
        int m = e.m;
        int p = e.p;
        double[] z = model.zAt(t);
        double[] d = model.dAt(t);
        double[] out = new double[p];
        for (int i = 0; i < p; i++) {
            double s = e.y[t * p + i] - d[i];
            for (int j = 0; j < m; j++) {
                s -= z[i * m + j] * e.predState[t * m + j];
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * The p x p innovation covariance {@code F_t = Z_t P_t Z_t' + H_t} of a period (Durbin and
     * Koopman 2012, eq. 4.24), for the whole observation vector whichever elements are missing;
     * during diffuse periods {@code P_t} is its finite part {@code P_*}.
     *
     * @param t the period, 0..n-1
     * @return a new p x p array
     * @throws IllegalArgumentException if t is out of range
     */
    public double[][] innovationCovariance(int t) {
        check(t, e.n);
        return observationCovariance(model, t, e.predCov, t * e.m * e.m);
    }

    /** Z P Z' + H for period t with P read at offset po. */
    static double[][] observationCovariance(StateSpaceModel model, int t, double[] pm, int po) {
        int m = model.stateDimension();
        int p = model.observationDimension();
        double[] z = model.zAt(t);
        double[] hd = model.hAt(t);
        double[] hf = model.hasDiagonalObservationCovariance() ? null : model.hFullAt(t);
        double[][] out = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int l = 0; l < p; l++) {
                double c = hf != null ? hf[i * p + l] : i == l ? hd[i] : 0;
                for (int j = 0; j < m; j++) {
                    for (int q = 0; q < m; q++) {
                        c += z[i * m + j] * pm[po + j * m + q] * z[l * m + q];
                    }
                }
                out[i][l] = c;
            }
        }
        return out;
    }

    /**
     * Forecasts the observations h periods beyond the sample, with their covariances
     * (Durbin and Koopman 2012, sec. 4.11).
     *
     * @param horizon h, at least 1
     * @return the forecast
     * @throws IllegalArgumentException if h is below 1 or a time-varying model does not cover
     *     n + h periods
     */
    public StateSpaceForecast forecast(int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("Argument 'horizon' must be at least 1 but has value " + horizon);
        }
        int n = e.n;
        if (!model.isTimeInvariant() && n + horizon > model.timeVaryingLength()) {
            throw new IllegalArgumentException("Argument 'horizon' must stay within the " + model.timeVaryingLength()
                    + " periods of the time-varying model but n + horizon = " + (n + horizon));
        }
        int m = e.m;
        int p = e.p;
        double[] a = slice(e.predState, n * m, m);
        double[] pm = slice(e.predCov, n * m * m, m * m);
        double[][] means = new double[horizon][p];
        double[][][] covs = new double[horizon][p][p];
        double[][] states = new double[horizon][];
        double[][][] stateCovs = new double[horizon][][];
        double[] tmp = new double[m * m];
        for (int k = 0; k < horizon; k++) {
            int t = n + k;
            double[] z = model.zAt(t);
            double[] d = model.dAt(t);
            states[k] = a.clone();
            stateCovs[k] = Matrices.unflatten(pm, 0, m, m);
            for (int i = 0; i < p; i++) {
                double s = d[i];
                for (int j = 0; j < m; j++) {
                    s += z[i * m + j] * a[j];
                }
                means[k][i] = s;
            }
            covs[k] = observationCovariance(model, t, pm, 0);
            // a <- T a + c, P <- T P T' + R Q R'
            double[] tt = model.tAt(t);
            double[] cc = model.cAt(t);
            double[] w = model.rqrAt(t);
            double[] na = new double[m];
            for (int i = 0; i < m; i++) {
                double s = cc[i];
                for (int j = 0; j < m; j++) {
                    s += tt[i * m + j] * a[j];
                }
                na[i] = s;
            }
            a = na;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int q = 0; q < m; q++) {
                        s += tt[i * m + q] * pm[q * m + j];
                    }
                    tmp[i * m + j] = s;
                }
            }
            double[] np = new double[m * m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    double s = w[i * m + j];
                    for (int q = 0; q < m; q++) {
                        s += tmp[i * m + q] * tt[j * m + q];
                    }
                    np[i * m + j] = s;
                }
            }
            pm = np;
        }
        return new StateSpaceForecast(means, covs, states, stateCovs);
    }

    static double[] slice(double[] a, int off, int len) {
        double[] out = new double[len];
        System.arraycopy(a, off, out, 0, len);
        return out;
    }

    private static void check(int t, int bound) {
        if (t < 0 || t >= bound) {
            throw new IllegalArgumentException("Argument 't' must be in [0, " + bound + ") but has value " + t);
        }
    }
}
