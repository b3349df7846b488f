package io.github.basisspread.models.multivariate;

import io.github.basisspread.models.linalg.Eigenvalues;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.ModelSummary;
import io.github.basisspread.models.api.FittedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A fitted vector error correction model (see {@link VecmSpec}): the adjustment speeds alpha
 * (K x r), the cointegrating vectors beta (K x r, first r rows the identity), the deterministic
 * terms inside the relation (rows {@code const}, {@code trend}), the short-run matrices
 * {@code Gamma_1..Gamma_k} and the terms outside the relation, the innovation covariance Sigma
 * (divisor T), the log-likelihood and standard errors, with the forecasts of the levels, the
 * orthogonalised impulse responses, the half-life of a deviation from the long-run relation and,
 * with one common trend, the price-discovery shares.
 *
 * <p>{@link #parameterNames()} lists, in this order: {@code alpha.<eq>.ec<c>} (relation by
 * relation); the free rows of beta {@code beta.<var>.ec<c>} and its deterministic rows
 * {@code beta.const.ec<c>}, {@code beta.trend.ec<c>}; {@code gamma.<eq>.L<i>.<var>} (the
 * coefficient of {@code d<var>_{t-i}} in the equation of {@code d<eq>_t}); {@code const.<eq>},
 * {@code trend.<eq>}. Standard errors are statsmodels' (Luetkepohl 2005, eq. 7.2.21 and p. 297;
 * for beta with r &gt; 1 the Kronecker form of p. 297, which statsmodels 0.13 reshapes in another
 * order). {@link #numberOfParameters()} counts these plus the {@code K(K+1)/2} distinct elements
 * of Sigma. Sigma's elements are not among the parameters; read them from {@link #sigma()}.
 *
 * <p>Immutable and thread-safe; arrays returned are copies.
 */
public final class VecmFit implements FittedModel {

    private final VecmSpec spec;
    private final List<String> names;
    private final double[] eigenvalues;
    private final double[][] alpha;
    private final double[][] beta;
    private final double[][] gammaFull;
    private final double[][] sigma;
    private final double logLikelihood;
    private final int nobs;
    private final int totalObservations;
    private final double[][] seAlpha;
    private final double[][] seBeta;
    private final double[][] seGamma;
    private final double[][] last;
    private final List<String> parameterNames;
    private final double[] estimates;
    private final double[] standardErrors;

    VecmFit(VecmSpec spec, List<String> names, double[] eigenvalues, double[][] alpha, double[][] beta,
            double[][] gammaFull, double[][] sigma, double logLikelihood, int nobs, int totalObservations,
            double[][] seAlpha, double[][] seBeta, double[][] seGamma, double[][] last) {
        this.spec = spec;
        this.names = names;
        this.eigenvalues = eigenvalues;
        this.alpha = alpha;
        this.beta = beta;
        this.gammaFull = gammaFull;
        this.sigma = sigma;
        this.logLikelihood = logLikelihood;
        this.nobs = nobs;
        this.totalObservations = totalObservations;
        this.seAlpha = seAlpha;
        this.seBeta = seBeta;
        this.seGamma = seGamma;
        this.last = last;
        List<String> pn = new ArrayList<>();
        List<Double> est = new ArrayList<>();
        List<Double> se = new ArrayList<>();
        int kk = names.size();
        int r = spec.rank();
        for (int c = 0; c < r; c++) {
            for (int i = 0; i < kk; i++) {
                pn.add("alpha." + names.get(i) + ".ec" + (c + 1));
                est.add(alpha[i][c]);
                se.add(seAlpha[i][c]);
            }
        }
        List<String> betaRows = betaRowNames();
        for (int c = 0; c < r; c++) {
            for (int i = r; i < beta.length; i++) {
                pn.add("beta." + betaRows.get(i) + ".ec" + (c + 1));
                est.add(beta[i][c]);
                se.add(seBeta[i][c]);
            }
        }
        List<String> gammaColumns = gammaColumnNames();
        for (int i = 0; i < kk; i++) {
            for (int c = 0; c < gammaColumns.size(); c++) {
                String col = gammaColumns.get(c);
                pn.add(col.startsWith("L") ? "gamma." + names.get(i) + "." + col : col + "." + names.get(i));
                est.add(gammaFull[i][c]);
                se.add(seGamma[i][c]);
            }
        }
        this.parameterNames = List.copyOf(pn);
        this.estimates = est.stream().mapToDouble(Double::doubleValue).toArray();
        this.standardErrors = se.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A fit moved on to a longer sample: everything of {@code base} but its latest observations. */
    private VecmFit(VecmFit base, double[][] last, int totalObservations) {
        this.spec = base.spec;
        this.names = base.names;
        this.eigenvalues = base.eigenvalues;
        this.alpha = base.alpha;
        this.beta = base.beta;
        this.gammaFull = base.gammaFull;
        this.sigma = base.sigma;
        this.logLikelihood = base.logLikelihood;
        this.nobs = base.nobs;
        this.seAlpha = base.seAlpha;
        this.seBeta = base.seBeta;
        this.seGamma = base.seGamma;
        this.parameterNames = base.parameterNames;
        this.estimates = base.estimates;
        this.standardErrors = base.standardErrors;
        this.last = last;
        this.totalObservations = totalObservations;
    }

    /**
     * Adds new observations after the sample without re-estimating: alpha, beta, Gamma, Sigma,
     * the standard errors, log-likelihood, {@link #nobs()} and criteria stay those of the
     * estimation sample; forecasts, simulations and a trend continue from the end of the longer
     * sample.
     *
     * @param newObservations the K series' levels following the sample, one array per series (in
     *     the order of {@link #names()}), of one length, finite (not modified)
     * @return a new fitted model
     * @throws IllegalArgumentException if there are not K series, their lengths differ or a value
     *     is not finite
     */
    public VecmFit append(double[][] newObservations) {
        int m = Dense.checkObservations(newObservations, names.size(), 0, "newObservations");
        return new VecmFit(this, Dense.latestAfter(last, newObservations, m), totalObservations + m);
    }

    private List<String> betaRowNames() {
        List<String> rows = new ArrayList<>(names);
        if (spec.deterministic().constantInside()) {
            rows.add("const");
        }
        if (spec.deterministic().trendInside()) {
            rows.add("trend");
        }
        return rows;
    }

    /** Columns of the full Gamma: L<i>.<var> then const, trend. */
    private List<String> gammaColumnNames() {
        List<String> cols = new ArrayList<>();
        for (int lag = 1; lag <= spec.lagDifferences(); lag++) {
            for (String v : names) {
                cols.add("L" + lag + "." + v);
            }
        }
        if (spec.deterministic().constantOutside()) {
            cols.add("const");
        }
        if (spec.deterministic().trendOutside()) {
            cols.add("trend");
        }
        return cols;
    }

    /**
     * Returns the specification that produced this fit.
     *
     * @return the specification
     */
    public VecmSpec spec() {
        return spec;
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
     * Returns the cointegrating rank.
     *
     * @return r
     */
    public int rank() {
        return spec.rank();
    }

    /**
     * Returns the eigenvalues of Johansen's eigenproblem (squared canonical correlations), largest
     * first, one per row of the relation (K plus the deterministic terms inside it).
     *
     * @return a copy of the eigenvalues
     */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /**
     * Returns the adjustment speeds (loadings).
     *
     * @return alpha, K x r (a copy)
     */
    public double[][] alpha() {
        return Dense.copy(alpha);
    }

    /**
     * Returns the cointegrating vectors on the series, normalised so that the first r rows are the
     * identity (statsmodels' and urca's {@code cajorls} normalisation).
     *
     * @return beta, K x r (a copy)
     */
    public double[][] beta() {
        return Dense.block(beta, 0, names.size(), 0, rank());
    }

    /**
     * Returns the coefficients of the deterministic terms inside the cointegration relation: row
     * {@code const} (ci) then row {@code trend} (li), those present.
     *
     * @return 0 to 2 rows of r (a copy)
     */
    public double[][] betaDeterministic() {
        return Dense.block(beta, names.size(), beta.length, 0, rank());
    }

    /**
     * Returns the short-run matrices side by side, {@code [Gamma_1, ..., Gamma_k]}.
     *
     * @return Gamma, K x Kk (a copy)
     */
    public double[][] gamma() {
        return Dense.block(gammaFull, 0, names.size(), 0, spec.lagDifferences() * names.size());
    }

    /**
     * Returns the coefficients of the deterministic terms outside the relation: column
     * {@code const} (co) then column {@code trend} (lo), those present.
     *
     * @return K rows of 0 to 2 (a copy)
     */
    public double[][] deterministicOutside() {
        int kk = names.size();
        return Dense.block(gammaFull, 0, kk, spec.lagDifferences() * kk, gammaFull[0].length);
    }

    /**
     * Returns the maximum-likelihood innovation covariance (divisor T, as statsmodels).
     *
     * @return Sigma, K x K (a copy)
     */
    public double[][] sigma() {
        return Dense.copy(sigma);
    }

    /**
     * Returns the standard errors of alpha.
     *
     * @return K x r (a copy)
     */
    public double[][] alphaStandardErrors() {
        return Dense.copy(seAlpha);
    }

    /**
     * Returns the standard errors of beta (zero on its first r rows, fixed by the normalisation).
     *
     * @return K x r (a copy)
     */
    public double[][] betaStandardErrors() {
        return Dense.block(seBeta, 0, names.size(), 0, rank());
    }

    /**
     * Returns the standard errors of {@link #gamma()}.
     *
     * @return K x Kk (a copy)
     */
    public double[][] gammaStandardErrors() {
        return Dense.block(seGamma, 0, names.size(), 0, spec.lagDifferences() * names.size());
    }

    /**
     * Returns the matrices A_1..A_{k+1} of the VAR representation in levels, {@code A_1 = I + Pi +
     * Gamma_1}, {@code A_i = Gamma_i - Gamma_{i-1}}, {@code A_{k+1} = -Gamma_k} with
     * {@code Pi = alpha beta'} (Luetkepohl 2005, eq. 6.3.7).
     *
     * @return k + 1 matrices of K x K (copies)
     */
    public double[][][] varRepresentation() {
        int kk = names.size();
        int k = spec.lagDifferences();
        double[][] pi = Dense.multiply(alpha, Dense.transpose(beta()));
        double[][][] a = new double[k + 1][][];
        a[0] = Dense.add(Dense.identity(kk), pi, 1);
        for (int i = 1; i <= k + 1; i++) {
            double[][] gi = i <= k ? gammaBlock(i) : new double[kk][kk];
            double[][] prev = i >= 2 ? gammaBlock(i - 1) : new double[kk][kk];
            if (i == 1) {
                a[0] = Dense.add(a[0], gi, 1);
            } else {
                a[i - 1] = Dense.add(gi, prev, -1);
            }
        }
        return a;
    }

    private double[][] gammaBlock(int lag) {
        int kk = names.size();
        return Dense.block(gammaFull, 0, kk, (lag - 1) * kk, lag * kk);
    }

    private LevelsProcess process() {
        return process(last, totalObservations);
    }

    /**
     * The VAR representation conditioned on other last observations: the k + 1 latest levels
     * (oldest first) of a history of n observations (n places the trends).
     */
    LevelsProcess process(double[][] lastObservations, int n) {
        int kk = names.size();
        DeterministicTerms d = spec.deterministic();
        double[][] dout = deterministicOutside();
        double[][] din = betaDeterministic();
        LevelsProcess.Deterministic det = step -> {
            double[] v = new double[kk];
            int col = 0;
            if (d.constantOutside()) {
                for (int i = 0; i < kk; i++) {
                    v[i] += dout[i][col];
                }
                col++;
            }
            if (d.trendOutside()) {
                for (int i = 0; i < kk; i++) {
                    v[i] += dout[i][col] * (n + step);
                }
            }
            int row = 0;
            if (d.constantInside()) {
                addAlphaTimes(v, din[row++], 1);
            }
            if (d.trendInside()) {
                addAlphaTimes(v, din[row], n + step - 1);
            }
            return v;
        };
        return new LevelsProcess(varRepresentation(), sigma, lastObservations, det);
    }

    private void addAlphaTimes(double[] v, double[] rho, double x) {
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int c = 0; c < rho.length; c++) {
                s += alpha[i][c] * rho[c];
            }
            v[i] += s * x;
        }
    }

    /**
     * Forecasts the levels of every series, steps 1..h after the end of the data, through the VAR
     * representation (as statsmodels' {@code VECMResults.predict}); the intervals of each series
     * come from its {@link io.github.basisspread.models.api.Forecast}.
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
     * Forecasts the levels from another history with this fit's parameters (no re-estimation):
     * the walk-forward's update between refits.
     *
     * @param history the K series up to the forecast origin, each of one length n, at least k + 1
     *     (not modified); a trend continues from observation n
     * @param horizon h, at least 1
     * @return the joint forecast
     * @throws IllegalArgumentException if the history has the wrong number of series, unequal
     *     lengths, non-finite values or fewer than k + 1 observations, or the horizon is below 1
     */
    public MultivariateForecast forecastFrom(double[][] history, int horizon) {
        int p = spec.lagDifferences() + 1;
        int n = Dense.checkObservations(history, names.size(), p, "history");
        return process(Dense.latestAfter(last, history, n), n).forecast(horizon, names);
    }

    /**
     * Returns the orthogonalised impulse responses of the levels, periods 0..n (Cholesky factor
     * of Sigma in the order of the series, as statsmodels' {@code irf().orth_irfs}).
     *
     * @param periods n, zero or more
     * @return the responses
     * @throws IllegalArgumentException if periods is negative
     */
    public ImpulseResponses impulseResponses(int periods) {
        return process().orthogonalisedResponses(periods, names);
    }

    /**
     * Returns the persistence of a deviation from the long-run relations: the matrix
     * {@code I_r + beta' alpha} by which the deviations {@code z_t = beta' y_t} evolve when the
     * short-run dynamics are left out ({@code z_t = (I + beta' alpha) z_{t-1} + ...}).
     *
     * @return r x r (a copy)
     */
    public double[][] deviationPersistence() {
        return Dense.add(Dense.identity(rank()), Dense.multiply(Dense.transpose(beta()), alpha), 1);
    }

    /**
     * Returns the half-life, in observations, of a deviation from the long-run relation:
     * {@code ln 0.5 / ln rho} with rho the spectral radius of {@link #deviationPersistence()}
     * (for one relation, {@code rho = 1 + beta' alpha}). Empty when rho is not in (0, 1): the
     * deviation then does not decay (or oscillates in sign), and a half-life would present that
     * as mean reversion.
     *
     * @return the half-life, or empty
     */
    public OptionalDouble halfLife() {
        double[][] m = deviationPersistence();
        double rho;
        if (m.length == 1) {
            rho = m[0][0];
        } else {
            int n = m.length;
            double[] rowMajor = new double[n * n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(m[i], 0, rowMajor, i * n, n);
            }
            rho = Eigenvalues.spectralRadius(rowMajor, n);
        }
        if (!(rho > 0 && rho < 1)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.log(0.5) / Math.log(rho));
    }

    /**
     * Returns the long-run mean of each relation {@code beta' y_t} (the deterministic terms inside
     * the relation excluded): for log futures and log spot with {@code beta = (1, -b)'}, the mean
     * to which {@code log F - b log S}, the long-run log basis when b = 1, reverts. It solves the
     * stationary means of the VECM, {@code (I - Gamma_1 - ... - Gamma_k) delta = alpha (m + rho_0)
     * + mu_0} with {@code beta' delta = 0}, so it accounts for the short-run dynamics and for an
     * unrestricted constant's share in the relations.
     *
     * @return the r means
     * @throws IllegalStateException if the model has a trend (the mean is then not constant)
     */
    public double[] longRunMean() {
        DeterministicTerms d = spec.deterministic();
        if (d.trendInside() || d.trendOutside()) {
            throw new IllegalStateException("The relations of a VECM with a linear trend (deterministic \""
                    + d.code() + "\") have no constant long-run mean");
        }
        int kk = names.size();
        int r = rank();
        double[][] sys = new double[kk + r][kk + r];
        double[] rhs = new double[kk + r];
        double[][] g = new double[kk][kk];
        for (int lag = 1; lag <= spec.lagDifferences(); lag++) {
            g = Dense.add(g, gammaBlock(lag), 1);
        }
        double[][] b = beta();
        for (int i = 0; i < kk; i++) {
            for (int j = 0; j < kk; j++) {
                sys[i][j] = (i == j ? 1 : 0) - g[i][j];
            }
            for (int c = 0; c < r; c++) {
                sys[i][kk + c] = -alpha[i][c];
            }
        }
        for (int c = 0; c < r; c++) {
            for (int j = 0; j < kk; j++) {
                sys[kk + c][j] = b[j][c];
            }
        }
        if (d.constantOutside()) {
            double[][] dout = deterministicOutside();
            for (int i = 0; i < kk; i++) {
                rhs[i] += dout[i][0];
            }
        }
        if (d.constantInside()) {
            double[] rho = betaDeterministic()[0];
            for (int i = 0; i < kk; i++) {
                for (int c = 0; c < r; c++) {
                    rhs[i] += alpha[i][c] * rho[c];
                }
            }
        }
        double[][] inv = Dense.inverse(sys, "system of the stationary means");
        double[] out = new double[r];
        for (int c = 0; c < r; c++) {
            double s = 0;
            for (int j = 0; j < kk + r; j++) {
                s += inv[kk + c][j] * rhs[j];
            }
            out[c] = s;
        }
        return out;
    }

    /**
     * Returns which market leads the price discovery: Gonzalo-Granger component shares and
     * Hasbrouck information shares (see {@link PriceDiscovery}). Needs exactly one common trend,
     * that is rank {@code K - 1} (for spot and a future: rank 1).
     *
     * @return the shares
     * @throws IllegalStateException if the rank is not K - 1, or K is above 8 (K! orderings)
     */
    public PriceDiscovery priceDiscovery() {
        return PriceDiscovery.of(names, alpha, sigma);
    }

    @Override
    public List<String> parameterNames() {
        return parameterNames;
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    @Override
    public double logLikelihood() {
        return logLikelihood;
    }

    /**
     * Returns T, the observations that enter the likelihood: n minus k + 1.
     *
     * @return T
     */
    @Override
    public int nobs() {
        return nobs;
    }

    /**
     * Returns the number of estimated parameters: {@code Kr} (alpha), {@code r(K - r + d_in)}
     * (the free rows of beta and its deterministic rows), {@code K(Kk + d_out)} (Gamma and the
     * terms outside), and {@code K(K+1)/2} (Sigma).
     *
     * @return the count
     */
    @Override
    public int numberOfParameters() {
        int kk = names.size();
        return estimates.length + kk * (kk + 1) / 2;
    }

    @Override
    public ConvergenceInfo convergence() {
        return ConvergenceInfo.closedForm();
    }

    /**
     * Returns a table in the manner of statsmodels' {@code VECMResults.summary()}: every
     * parameter with its standard error, z and p-value, the log-likelihood and information
     * criteria, then beta, Sigma, the half-life and, with one common trend, the price-discovery
     * shares.
     *
     * @return the summary
     */
    @Override
    public ModelSummary summary() {
        List<String> rel = new ArrayList<>();
        for (int c = 1; c <= rank(); c++) {
            rel.add("ec" + c);
        }
        OptionalDouble hl = halfLife();
        ModelSummary s = ModelSummary.of(spec + " of " + names)
                .withConvergence(convergence())
                .withFact("half-life of a deviation", hl.isPresent()
                        ? ModelSummary.number(hl.getAsDouble()) + " observations" : "none (the deviation does not decay)")
                .withCoefficients(parameterNames, estimates, standardErrors)
                .withFitStatistics(this)
                .withStatistic("HQIC", informationCriteria().hqic())
                .withMatrix("beta (normalised)", betaRowNames(), rel, beta)
                .withMatrix("Sigma (ML, divisor T)", names, names, sigma);
        if (rank() == names.size() - 1 && names.size() <= PriceDiscovery.MAX_SERIES) {
            s = s.withSection("Price discovery", priceDiscovery().toString());
        }
        return s;
    }

    /**
     * Returns the summary on one line: the specification, each parameter with its standard error
     * and the fit statistics.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return summary().oneLine();
    }
}
