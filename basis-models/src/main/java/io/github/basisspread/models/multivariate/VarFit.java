package io.github.basisspread.models.multivariate;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.ModelSummary;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.FittedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A fitted VAR(p) (see {@link VarSpec}): coefficients, Sigma, log-likelihood, standard errors,
 * forecasts of every series with intervals and the orthogonalised impulse responses.
 *
 * <p>{@link #parameterNames()} lists the coefficients equation by equation,
 * {@code <eq>.const}, {@code <eq>.trend}, {@code <eq>.L<i>.<var>} (the coefficient of
 * {@code <var>_{t-i}}). {@link #numberOfParameters()} counts them plus the {@code K(K+1)/2}
 * distinct elements of Sigma; the information criteria of {@link #informationCriteria()} follow
 * from that count and the log-likelihood, while {@link #lutkepohlCriteria()} gives statsmodels'
 * per-observation criteria of lag selection.
 *
 * <p>Immutable and thread-safe; arrays returned are copies.
 */
public final class VarFit implements FittedModel {

    private final List<String> names;
    private final int lags;
    private final VarTrend trend;
    private final double[][] coefficients;
    private final double[][] sigma;
    private final double[][] sigmaMle;
    private final double[][] standardErrorMatrix;
    private final double logLikelihood;
    private final int nobs;
    private final int totalObservations;
    private final double[][] last;
    private final List<String> parameterNames;
    private final LagOrderSelection selection;

    VarFit(List<String> names, int lags, VarTrend trend, double[][] coefficients, double[][] sse, double[][] zzInv,
            int nobs, int totalObservations, double[][] last, List<String> regressors, LagOrderSelection selection) {
        this.names = names;
        this.lags = lags;
        this.trend = trend;
        this.coefficients = coefficients;
        this.nobs = nobs;
        this.totalObservations = totalObservations;
        this.last = last;
        this.selection = selection;
        int kk = names.size();
        int mz = coefficients.length;
        int dfResid = nobs - mz;
        this.sigma = Dense.scale(sse, 1.0 / dfResid);
        this.sigmaMle = Dense.scale(sse, 1.0 / nobs);
        double ld = Dense.logDet(sigmaMle, "residual covariance");
        // statsmodels' var_loglike (Luetkepohl 2005, eq. 3.4.5 at the ML estimate)
        this.logLikelihood = -nobs * kk / 2.0 * Math.log(2 * Math.PI) - nobs / 2.0 * (ld + kk);
        this.standardErrorMatrix = new double[mz][kk];
        for (int a = 0; a < mz; a++) {
            for (int i = 0; i < kk; i++) {
                standardErrorMatrix[a][i] = Math.sqrt(zzInv[a][a] * sigma[i][i]);
            }
        }
        List<String> pn = new ArrayList<>();
        for (String eq : names) {
            for (String reg : regressors) {
                pn.add(eq + "." + reg);
            }
        }
        this.parameterNames = List.copyOf(pn);
    }

    /** A fit moved on to a longer sample: everything of {@code base} but its latest observations. */
    private VarFit(VarFit base, double[][] last, int totalObservations) {
        this.names = base.names;
        this.lags = base.lags;
        this.trend = base.trend;
        this.coefficients = base.coefficients;
        this.sigma = base.sigma;
        this.sigmaMle = base.sigmaMle;
        this.standardErrorMatrix = base.standardErrorMatrix;
        this.logLikelihood = base.logLikelihood;
        this.nobs = base.nobs;
        this.parameterNames = base.parameterNames;
        this.selection = base.selection;
        this.last = last;
        this.totalObservations = totalObservations;
    }

    /**
     * Adds new observations after the sample without re-estimating: the coefficients, Sigma,
     * standard errors, log-likelihood, {@link #nobs()} and criteria stay those of the estimation
     * sample; forecasts, simulations and the trend continue from the end of the longer sample.
     *
     * @param newObservations the K series' values following the sample, one array per series (in
     *     the order of {@link #names()}), of one length, finite (not modified)
     * @return a new fitted model
     * @throws IllegalArgumentException if there are not K series, their lengths differ or a value
     *     is not finite
     */
    public VarFit append(double[][] newObservations) {
        int m = Dense.checkObservations(newObservations, names.size(), 0, "newObservations");
        return new VarFit(this, Dense.latestAfter(last, newObservations, m), totalObservations + m);
    }

    /**
     * Forecasts every series from another history with this fit's parameters (no re-estimation):
     * the last p observations of the history are the lags; a trend continues from observation n of
     * the history (so the history should start where the estimation sample started; otherwise use
     * {@link #append(double[][])}).
     *
     * @param history the K series up to the forecast origin, of one length n, at least p (not modified)
     * @param horizon h, at least 1
     * @return the joint forecast
     * @throws IllegalArgumentException if the history has the wrong number of series, unequal
     *     lengths, non-finite values or fewer than p observations, or the horizon is below 1
     */
    public MultivariateForecast forecastFrom(double[][] history, int horizon) {
        int n = Dense.checkObservations(history, names.size(), lags, "history");
        return process(Dense.latestAfter(last, history, n), n).forecast(horizon, names);
    }

    /**
     * Returns the series' names.
     *
     * @return the names, an immutable list
     */
    public List<String> names() {
        return names;
    }

    /**
     * Returns the lag order.
     *
     * @return p
     */
    public int lags() {
        return lags;
    }

    /**
     * Returns the deterministic terms.
     *
     * @return the trend
     */
    public VarTrend trend() {
        return trend;
    }

    /**
     * Returns the lag-order selection that chose p, when the specification selected it.
     *
     * @return the selection, or empty for a given order
     */
    public Optional<LagOrderSelection> selection() {
        return Optional.ofNullable(selection);
    }

    /**
     * Returns the coefficients as statsmodels' {@code params}: one row per regressor (const,
     * trend, then L1 of each series, L2, ...), one column per equation.
     *
     * @return (d + Kp) x K (a copy)
     */
    public double[][] coefficients() {
        return Dense.copy(coefficients);
    }

    /**
     * Returns the standard errors in the shape of {@link #coefficients()}.
     *
     * @return (d + Kp) x K (a copy)
     */
    public double[][] coefficientStandardErrors() {
        return Dense.copy(standardErrorMatrix);
    }

    /**
     * Returns the lag matrices A_1..A_p, {@code A_i[r][c]} the coefficient of series c lagged i in
     * the equation of series r.
     *
     * @return p matrices of K x K (copies)
     */
    public double[][][] lagMatrices() {
        int kk = names.size();
        int d = trend.terms();
        double[][][] a = new double[lags][kk][kk];
        for (int i = 0; i < lags; i++) {
            for (int r = 0; r < kk; r++) {
                for (int c = 0; c < kk; c++) {
                    a[i][r][c] = coefficients[d + i * kk + c][r];
                }
            }
        }
        return a;
    }

    /**
     * Returns the residual covariance with the degrees-of-freedom correction, {@code SSE / (T - Kp - d)}
     * (statsmodels' {@code sigma_u}).
     *
     * @return K x K (a copy)
     */
    public double[][] sigma() {
        return Dense.copy(sigma);
    }

    /**
     * Returns the maximum-likelihood residual covariance, {@code SSE / T} (statsmodels' {@code sigma_u_mle}).
     *
     * @return K x K (a copy)
     */
    public double[][] sigmaMle() {
        return Dense.copy(sigmaMle);
    }

    /**
     * Returns statsmodels' {@code info_criteria} of this fit: AIC, BIC, HQ and FPE in
     * Luetkepohl's per-observation form (see {@link LagCriterion}).
     *
     * @return the four criteria, in the order of {@link LagCriterion#values()}
     */
    public double[] lutkepohlCriteria() {
        int kk = names.size();
        int d = trend.terms();
        double ld = Dense.logDet(sigmaMle, "residual covariance");
        double free = lags * kk * kk + kk * d;
        double t = nobs;
        double dfModel = kk * lags + d;
        double dfResid = t - dfModel;
        return new double[] {ld + 2 * free / t, ld + Math.log(t) * free / t, ld + 2 * Math.log(Math.log(t)) * free / t,
            Math.pow((t + dfModel) / dfResid, kk) * Math.exp(ld)};
    }

    private LevelsProcess process() {
        return process(last, totalObservations);
    }

    /** The process conditioned on the latest p observations of a sample of n observations. */
    private LevelsProcess process(double[][] latest, int n) {
        int kk = names.size();
        LevelsProcess.Deterministic det = step -> {
            double[] v = new double[kk];
            for (int i = 0; i < kk; i++) {
                if (trend.terms() >= 1) {
                    v[i] += coefficients[0][i];
                }
                if (trend.terms() >= 2) {
                    v[i] += coefficients[1][i] * (n + step);
                }
            }
            return v;
        };
        return new LevelsProcess(lagMatrices(), sigma, latest, det);
    }

    /**
     * Forecasts every series, steps 1..h after the end of the data (statsmodels'
     * {@code forecast_interval}: MSE from {@code sigma_u}).
     *
     * @param horizon h, at least 1
     * @return the joint forecast
     * @throws IllegalArgumentException if the horizon is below 1
     */
    public MultivariateForecast forecast(int horizon) {
        return process().forecast(horizon, names);
    }

    /**
     * Simulates one future path of the levels after the end of the data, with Gaussian
     * innovations of covariance {@link #sigma()} (the recursion whose expectation is
     * {@link #forecast(int)}).
     *
     * @param horizon h, at least 1
     * @param random the source of randomness (seed it for reproducible paths)
     * @return h rows of K simulated values (row h - 1 for step h)
     * @throws IllegalArgumentException if h is below 1 or random is null
     */
    public double[][] simulate(int horizon, java.util.random.RandomGenerator random) {
        return process().simulate(horizon, random);
    }

    /**
     * Returns the orthogonalised impulse responses, periods 0..n (Cholesky factor of
     * {@code sigma_u}, as statsmodels' {@code irf().orth_irfs}).
     *
     * @param periods n, zero or more
     * @return the responses
     * @throws IllegalArgumentException if periods is negative
     * @throws EstimationException if Sigma is not positive definite
     */
    public ImpulseResponses impulseResponses(int periods) {
        return process().orthogonalisedResponses(periods, names);
    }

    @Override
    public List<String> parameterNames() {
        return parameterNames;
    }

    @Override
    public double[] estimates() {
        return flatByEquation(coefficients);
    }

    @Override
    public double[] standardErrors() {
        return flatByEquation(standardErrorMatrix);
    }

    private static double[] flatByEquation(double[][] m) {
        int mz = m.length;
        int kk = m[0].length;
        double[] out = new double[mz * kk];
        for (int i = 0; i < kk; i++) {
            for (int a = 0; a < mz; a++) {
                out[i * mz + a] = m[a][i];
            }
        }
        return out;
    }

    @Override
    public double logLikelihood() {
        return logLikelihood;
    }

    /**
     * Returns T = n - p.
     *
     * @return T
     */
    @Override
    public int nobs() {
        return nobs;
    }

    /**
     * Returns the coefficients {@code K(Kp + d)} plus the {@code K(K+1)/2} distinct elements of Sigma.
     *
     * @return the count
     */
    @Override
    public int numberOfParameters() {
        int kk = names.size();
        return coefficients.length * kk + kk * (kk + 1) / 2;
    }

    @Override
    public ConvergenceInfo convergence() {
        return ConvergenceInfo.closedForm();
    }

    /**
     * Returns a table in the manner of statsmodels' {@code VARResults.summary()}: the coefficients
     * with standard errors, z and p-values, the log-likelihood and the criteria, Sigma, and
     * Luetkepohl's per-observation criteria.
     *
     * @return the summary
     */
    @Override
    public ModelSummary summary() {
        double[] lk = lutkepohlCriteria();
        return ModelSummary.of("VAR(" + lags + ", trend=" + trend.code() + ") of " + names)
                .withConvergence(convergence())
                .withCoefficients(parameterNames, estimates(), standardErrors())
                .withFitStatistics(this)
                .withMatrix("Sigma (divisor T - Kp - d)", names, names, sigma)
                .withSection("Luetkepohl criteria", String.format(Locale.ROOT,
                        "AIC %.6f   BIC %.6f   HQ %.6f   FPE %.6g%n", lk[0], lk[1], lk[2], lk[3]));
    }

    /**
     * Returns the summary on one line: the order, each coefficient with its standard error and the
     * fit statistics.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return summary().oneLine();
    }
}
