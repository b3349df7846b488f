package io.github.basisspread.models.regression;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.FittedModel;
import io.github.basisspread.models.api.InformationCriteria;
import io.github.basisspread.models.api.ModelSummary;
import io.github.basisspread.models.linalg.Cholesky;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fitted linear regression: coefficients with their standard errors, t statistics, p-values
 * and confidence intervals under the chosen covariance estimator; residuals and fitted values;
 * R-squared, the F test, the log-likelihood, information criteria and the Durbin-Watson
 * statistic; and predictions for new regressors.
 *
 * <p>Conventions follow statsmodels' {@code OLS}/{@code WLS} (and are tested against it):
 * R-squared is centered with an intercept and uncentered without; for weighted least squares the
 * sums of squares are weighted, the log-likelihood adds {@code 1/2 sum log w_i}; t statistics use
 * Student's t with {@code n - k} degrees of freedom under every covariance estimator
 * (statsmodels' {@code use_t=True}); {@link #numberOfParameters()} counts the coefficients only, as
 * statsmodels does (R's {@code AIC(lm)} also counts the variance, giving an AIC 2 larger).
 *
 * <p>Immutable and thread-safe; arrays returned are copies.
 */
public final class OlsFit implements FittedModel {

    private final OlsSpec spec;
    private final CovarianceEstimator estimator;
    private final String responseName;
    private final List<String> regressorNames;
    private final int[] regressorIndex;
    private final List<String> names;
    private final double[] coefficients;
    private final LeastSquaresDesign design;
    private final double[] response;
    private final double[] weights;
    private final RankReport rankReport;
    private final int dropped;
    private final double[][] covariance;
    private final double[] standardErrors;

    OlsFit(OlsSpec spec, String responseName, List<String> regressorNames, List<String> names,
            double[] coefficients, LeastSquaresDesign design, double[] response, double[] weights,
            RankReport rankReport, int dropped) {
        this(spec, spec.covarianceEstimator(), responseName, regressorNames, names, coefficients, design, response, weights,
                rankReport, dropped);
    }

    private OlsFit(OlsSpec spec, CovarianceEstimator estimator, String responseName, List<String> regressorNames,
            List<String> names,
            double[] coefficients, LeastSquaresDesign design, double[] response, double[] weights,
            RankReport rankReport, int dropped) {
        this.spec = spec;
        this.estimator = estimator;
        this.responseName = responseName;
        this.names = List.copyOf(names);
        this.regressorNames = List.copyOf(regressorNames);
        this.regressorIndex = new int[names.size()];
        for (int a = 0; a < regressorIndex.length; a++) {
            // -1 marks the intercept, whose value in a new row is 1
            regressorIndex[a] = regressorNames.indexOf(names.get(a));
        }
        this.coefficients = coefficients;
        this.design = design;
        this.response = response;
        this.weights = weights;
        this.rankReport = rankReport;
        this.dropped = dropped;
        this.covariance = estimator.covariance(design);
        int k = coefficients.length;
        this.standardErrors = new double[k];
        for (int a = 0; a < k; a++) {
            standardErrors[a] = Math.sqrt(Math.max(covariance[a][a], 0));
        }
    }

    /**
     * Returns the same fit with another covariance estimator, without re-estimating the
     * coefficients.
     *
     * @param other the covariance estimator
     * @return the fit under that estimator
     * @throws IllegalArgumentException if the estimator is null
     */
    public OlsFit withCovariance(CovarianceEstimator other) {
        ArgChecker.notNull(other, "other");
        return new OlsFit(spec.withCovariance(other), other, responseName, regressorNames, names, coefficients, design, response,
                weights, rankReport, dropped);
    }

    /**
     * Returns the specification that produced this fit.
     *
     * @return the specification
     */
    public OlsSpec spec() {
        return spec;
    }

    /**
     * Returns the covariance estimator in use.
     *
     * @return the covariance estimator
     */
    public CovarianceEstimator covarianceEstimator() {
        return estimator;
    }

    /**
     * Returns the name of the response.
     *
     * @return the response name
     */
    public String responseName() {
        return responseName;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    @Override
    public double[] estimates() {
        return coefficients.clone();
    }

    /**
     * Returns the coefficients (the same as {@link #estimates()}).
     *
     * @return a copy of the coefficients
     */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * Returns the coefficient of a named regressor (or {@code intercept}).
     *
     * @param name the coefficient name
     * @return the coefficient
     * @throws IllegalArgumentException if there is no such coefficient (or it was dropped as
     *     collinear)
     */
    public double coefficient(String name) {
        return coefficients[indexOf(name)];
    }

    /**
     * Returns the standard error of a named coefficient.
     *
     * @param name the coefficient name
     * @return the standard error
     * @throws IllegalArgumentException if there is no such coefficient
     */
    public double standardError(String name) {
        return standardErrors[indexOf(name)];
    }

    private int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("Argument 'name' must be one of " + names + " but has value '" + name + "'");
        }
        return i;
    }

    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /**
     * Returns the covariance matrix of the coefficients under the covariance estimator.
     *
     * @return a copy of the {@code k x k} covariance
     */
    public double[][] covariance() {
        double[][] out = new double[covariance.length][];
        for (int a = 0; a < out.length; a++) {
            out[a] = covariance[a].clone();
        }
        return out;
    }

    /**
     * Returns the t statistics, coefficient over standard error.
     *
     * @return the t statistics (infinite where a standard error is zero, as for an exact fit)
     */
    public double[] tValues() {
        double[] t = new double[coefficients.length];
        for (int a = 0; a < t.length; a++) {
            t[a] = coefficients[a] / standardErrors[a];
        }
        return t;
    }

    /**
     * Returns the two-sided p-values of the t statistics, Student's t with
     * {@link #residualDegreesOfFreedom()} degrees of freedom.
     *
     * @return the p-values
     */
    public double[] pValues() {
        double[] t = tValues();
        double[] p = new double[t.length];
        for (int a = 0; a < t.length; a++) {
            p[a] = Double.isNaN(t[a]) ? 1 : Distributions.twoSidedT(t[a], residualDegreesOfFreedom());
        }
        return p;
    }

    /**
     * Returns the confidence intervals {@code b +- t_{n-k}(1 - alpha/2) se}.
     *
     * @param level the confidence level, such as 0.95
     * @return the intervals, in coefficient order
     * @throws IllegalArgumentException if the level is not in {@code (0, 1)}
     */
    public List<Interval> confidenceIntervals(double level) {
        Distributions.checkLevel(level);
        double q = Distributions.tQuantile(level, residualDegreesOfFreedom());
        List<Interval> out = new ArrayList<>(coefficients.length);
        for (int a = 0; a < coefficients.length; a++) {
            out.add(new Interval(coefficients[a] - q * standardErrors[a], coefficients[a] + q * standardErrors[a]));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the residuals {@code y - X b} (unweighted, as statsmodels' {@code resid}).
     *
     * @return a copy of the residuals
     */
    public double[] residuals() {
        return design.residualsView().clone();
    }

    /**
     * Returns the fitted values {@code X b}.
     *
     * @return the fitted values
     */
    public double[] fittedValues() {
        double[] e = design.residualsView();
        double[] f = new double[e.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = response[i] - e[i];
        }
        return f;
    }

    /**
     * Returns the (weighted) sum of squared residuals.
     *
     * @return the SSR
     */
    public double sumOfSquaredResiduals() {
        return design.sumOfSquaredResiduals();
    }

    /**
     * Returns the residual standard error {@code sqrt(SSR / (n - k))}.
     *
     * @return the residual standard error
     */
    public double residualStandardError() {
        return Math.sqrt(design.residualVariance());
    }

    /**
     * Returns the residual degrees of freedom {@code n - k}.
     *
     * @return the residual degrees of freedom
     */
    public int residualDegreesOfFreedom() {
        return design.residualDegreesOfFreedom();
    }

    /**
     * Returns the model degrees of freedom, the number of coefficients less the intercept.
     *
     * @return the model degrees of freedom
     */
    public int modelDegreesOfFreedom() {
        return coefficients.length - (hasIntercept() ? 1 : 0);
    }

    private boolean hasIntercept() {
        return !names.isEmpty() && names.get(0).equals(OlsSpec.INTERCEPT_NAME);
    }

    /**
     * Returns the total sum of squares: centered on the (weighted) mean with an intercept,
     * uncentered without.
     *
     * @return the total sum of squares
     */
    public double totalSumOfSquares() {
        double mean = 0;
        if (hasIntercept()) {
            double sw = 0;
            double swy = 0;
            for (int i = 0; i < response.length; i++) {
                double wi = weights == null ? 1 : weights[i];
                sw += wi;
                swy += wi * response[i];
            }
            mean = swy / sw;
        }
        double tss = 0;
        for (int i = 0; i < response.length; i++) {
            double d = response[i] - mean;
            tss += (weights == null ? 1 : weights[i]) * d * d;
        }
        return tss;
    }

    /**
     * Returns R-squared, {@code 1 - SSR / TSS}.
     *
     * @return R-squared
     * @throws IllegalStateException if the total sum of squares is zero (a constant response)
     */
    public double rSquared() {
        double tss = totalSumOfSquares();
        if (!(tss > 0)) {
            throw new IllegalStateException("R-squared is undefined: the total sum of squares of '" + responseName
                    + "' is zero");
        }
        return 1 - sumOfSquaredResiduals() / tss;
    }

    /**
     * Returns the adjusted R-squared, {@code 1 - (n - c) / (n - k) (1 - R^2)}, {@code c} 1 with an
     * intercept and 0 without.
     *
     * @return the adjusted R-squared
     * @throws IllegalStateException if R-squared is undefined
     */
    public double adjustedRSquared() {
        double c = hasIntercept() ? 1 : 0;
        return 1 - (nobs() - c) / residualDegreesOfFreedom() * (1 - rSquared());
    }

    /**
     * Returns the F test that all slopes are zero.
     *
     * @return the test, or empty when the model has no slope (an intercept alone) or the robust
     *     covariance of the slopes is singular
     */
    public Optional<FTest> fTest() {
        int df1 = modelDegreesOfFreedom();
        int df2 = residualDegreesOfFreedom();
        if (df1 < 1) {
            return Optional.empty();
        }
        double f;
        if (!estimator.isRobust()) {
            double ssr = sumOfSquaredResiduals();
            double ess = totalSumOfSquares() - ssr;
            f = ssr == 0 ? Double.POSITIVE_INFINITY : Math.max(ess, 0) / df1 / (ssr / df2);
        } else {
            int off = hasIntercept() ? 1 : 0;
            double[] v = new double[df1 * df1];
            double[] b = new double[df1];
            for (int a = 0; a < df1; a++) {
                b[a] = coefficients[a + off];
                for (int c = 0; c < df1; c++) {
                    v[a * df1 + c] = covariance[a + off][c + off];
                }
            }
            if (!Cholesky.factorInPlace(v, df1)) {
                return Optional.empty();
            }
            // b' V^-1 b = |L^-1 b|^2 with V = L L'
            double wald = 0;
            for (int a = 0; a < df1; a++) {
                double s = b[a];
                for (int c = 0; c < a; c++) {
                    s -= v[a * df1 + c] * b[c];
                }
                b[a] = s / v[a * df1 + a];
                wald += b[a] * b[a];
            }
            f = wald / df1;
        }
        return Optional.of(new FTest(f, df1, df2, Distributions.upperF(f, df1, df2)));
    }


    /**
     * Returns the Durbin-Watson statistic {@code sum (e_t - e_{t-1})^2 / sum e_t^2} of the
     * (whitened) residuals (Durbin and Watson 1950).
     *
     * @return the statistic, in {@code [0, 4]}
     * @throws IllegalStateException if every residual is zero
     */
    public double durbinWatson() {
        double num = 0;
        double den = 0;
        double prev = 0;
        for (int i = 0; i < nobs(); i++) {
            double e = design.whitenedResidual(i);
            if (i > 0) {
                num += (e - prev) * (e - prev);
            }
            den += e * e;
            prev = e;
        }
        if (!(den > 0)) {
            throw new IllegalStateException("Durbin-Watson is undefined: every residual is zero");
        }
        return num / den;
    }

    /**
     * Returns the Gaussian log-likelihood
     * {@code -n/2 (log(2 pi) + log(SSR/n) + 1) + 1/2 sum log w_i} (concentrated over the variance).
     *
     * @return the log-likelihood, positive infinity for a perfect fit
     */
    @Override
    public double logLikelihood() {
        double n = nobs();
        double ssr = sumOfSquaredResiduals();
        if (ssr == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double llf = -n / 2 * (Math.log(2 * Math.PI) + Math.log(ssr / n) + 1);
        if (weights != null) {
            double s = 0;
            for (double w : weights) {
                s += Math.log(w);
            }
            llf += s / 2;
        }
        return llf;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException for a perfect fit, whose log-likelihood is infinite
     */
    @Override
    public InformationCriteria informationCriteria() {
        double llf = logLikelihood();
        if (Double.isInfinite(llf)) {
            throw new IllegalStateException("Information criteria are undefined: the fit is perfect (SSR = 0)");
        }
        return InformationCriteria.of(llf, numberOfParameters(), nobs());
    }

    @Override
    public int nobs() {
        return design.nobs();
    }

    /**
     * Returns the number of coefficients (the rank of the design), the count statsmodels uses in
     * its AIC and BIC.
     *
     * @return the number of coefficients
     */
    @Override
    public int numberOfParameters() {
        return coefficients.length;
    }

    /**
     * Returns the closed-form convergence facts.
     *
     * @return {@link ConvergenceInfo#closedForm()}
     */
    @Override
    public ConvergenceInfo convergence() {
        return ConvergenceInfo.closedForm();
    }

    /**
     * Returns the rank report of the design: full rank, or the columns dropped as collinear.
     *
     * @return the rank report
     */
    public RankReport rankReport() {
        return rankReport;
    }

    /**
     * Returns how many observations were dropped for NaN or infinite values.
     *
     * @return the number dropped, 0 under {@link MissingPolicy#REJECT}
     */
    public int droppedObservations() {
        return dropped;
    }

    /**
     * Returns the fitted design, for a user-defined covariance estimator or diagnostics.
     *
     * @return the design
     */
    public LeastSquaresDesign design() {
        return design;
    }

    /**
     * Predicts the response at new regressor values, with the variance of the mean
     * {@code x0' V x0} under this fit's covariance and the variance of a new observation
     * {@code x0' V x0 + s^2} (statsmodels' {@code get_prediction}, new observations of weight 1).
     *
     * @param rows the new observations, one array of regressor values (without the intercept, in
     *     the order of the data's regressors) per row; not modified
     * @return the prediction
     * @throws IllegalArgumentException if a row has the wrong length or a non-finite value
     */
    public Prediction predict(double[]... rows) {
        ArgChecker.notNull(rows, "rows");
        int regressors = regressorNames.size();
        int k = coefficients.length;
        double[] mean = new double[rows.length];
        double[] varMean = new double[rows.length];
        double[] x0 = new double[k];
        for (int r = 0; r < rows.length; r++) {
            double[] row = rows[r];
            if (row == null || row.length != regressors) {
                throw new IllegalArgumentException("Argument 'rows[" + r + "]' must have length " + regressors
                        + " but has " + (row == null ? "value null" : "length " + row.length));
            }
            for (int a = 0; a < k; a++) {
                int c = regressorIndex[a];
                double v = c < 0 ? 1 : row[c];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Argument 'rows[" + r + "]' must be finite but has value " + v
                            + " for '" + names.get(a) + "'");
                }
                x0[a] = v;
            }
            double m = 0;
            double var = 0;
            for (int a = 0; a < k; a++) {
                m += x0[a] * coefficients[a];
                double s = 0;
                for (int c = 0; c < k; c++) {
                    s += covariance[a][c] * x0[c];
                }
                var += x0[a] * s;
            }
            mean[r] = m;
            varMean[r] = Math.max(var, 0);
        }
        return new Prediction(mean, varMean, design.residualVariance(), residualDegreesOfFreedom());
    }

    /**
     * The covariance estimator's name with its lag resolved: for Newey-West with the automatic
     * lag, the lag used on this sample ({@code floor(4 (n / 100)^(2/9))}, at most n - 1).
     *
     * @return the name, e.g. {@code "HAC(4, bartlett)"} or {@code "HC1"}
     */
    public String covarianceName() {
        if (estimator instanceof NeweyWestCovariance nw) {
            return nw.nameFor(nobs());
        }
        return estimator.name();
    }

    /**
     * The summary, as statsmodels' {@code OLS.summary()} and R's {@code summary.lm}: the
     * regression, the covariance estimator (with the HAC lag used), the coefficients with standard
     * errors, t statistics on the residual degrees of freedom and p-values, then R-squared,
     * adjusted R-squared, the F test when there is one, the residual standard error, the
     * log-likelihood, AIC, BIC and nobs.
     *
     * @return the summary
     */
    @Override
    public ModelSummary summary() {
        int df = residualDegreesOfFreedom();
        ModelSummary s = ModelSummary.of("OLS: " + responseName + " ~ " + String.join(" + ", names))
                .withFact("covariance", covarianceName());
        if (droppedObservations() > 0) {
            s = s.withFact("dropped", droppedObservations() + " observations with a missing value");
        }
        s = df > 0 ? s.withCoefficients(names, coefficients(), standardErrors(), df)
                : s.withCoefficients(names, coefficients(), standardErrors());
        s = s.withStatistic("R-squared", rSquared()).withStatistic("adj. R-squared", adjustedRSquared());
        Optional<FTest> f = fTest();
        if (f.isPresent()) {
            s = s.withStatistic("F", f.get().statistic()).withStatistic("Prob(F)", f.get().pValue());
        }
        return s.withStatistic("residual s.e.", residualStandardError()).withStatistic("df", df)
                .withFitStatistics(this);
    }

    /** @return the summary on one line */
    @Override
    public String toString() {
        return summary().oneLine();
    }
}
