package io.github.basisspread.models.regression;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.linalg.PivotedQr;
import io.github.basisspread.models.linalg.QrAccumulator;
import io.github.basisspread.models.linalg.Triangular;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ordinary (and weighted) least squares: the specification of a linear regression.
 *
 * <p>{@code OlsSpec.withIntercept().withCovariance(CovarianceEstimator.hc1()).fit(data)} returns an
 * immutable {@link OlsFit}. The algorithm never forms the normal equations:
 * <ol>
 *   <li>Each column of the (weighted) design is scaled to unit Euclidean norm, so that the rank
 *       decision and the pivoting do not depend on the units of the regressors.
 *   <li>The triangular factor {@code R} of {@code [X y]} is accumulated by Householder
 *       reflections over blocks of rows (a sequential tall-skinny QR), in one pass over the data
 *       and without storing {@code Q}.
 *   <li>A rank-revealing QR with limited pivoting (as R's {@code lm}) runs on that factor; a column
 *       whose norm orthogonal to the kept columns before it is at most the rank tolerance times
 *       its own is aliased. By default an aliased column fails the fit with an
 *       {@link EstimationException} carrying a {@link RankReport}; with {@link #dropCollinear()}
 *       it is dropped and reported by {@link OlsFit#rankReport()}.
 *   <li>The coefficients solve {@code R b = Q'y}, then up to two steps of iterative refinement by
 *       the corrected semi-normal equations (Bjorck 1987, BIT 27) use residuals computed in
 *       compensated (twice-working) precision; a step is kept only if it reduces the norm of the
 *       gradient {@code X'W e}. This is what gives the degree-10 polynomial of the NIST StRD
 *       (Filip) its digits.
 *   <li>Standard errors come from {@code R^-1}, never from an inverted cross-product.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class OlsSpec implements Estimator<RegressionData, OlsFit> {

    /** The name of the intercept coefficient. */
    public static final String INTERCEPT_NAME = "intercept";
    /** The default relative tolerance of the rank decision, 1e-10. */
    public static final double DEFAULT_RANK_TOLERANCE = 1e-10;

    private static final int BLOCK_ROWS = 256;
    private static final int REFINEMENT_STEPS = 2;
    private static final int RESIDUAL_BLOCK = 2048;
    /**
     * Designs whose error amplification (see {@link #errorAmplification}) is at most this get
     * plain residuals and no refinement: the coefficients then carry a relative error of order
     * {@code 1e3 u ~ 1e-13}, and the compensated pass exists for the ill-conditioned rest
     * (Filip, Wampler, Longley).
     */
    private static final double WELL_CONDITIONED = 1e3;
    /**
     * Fits whose residual norm is below this fraction of the response's norm take the compensated
     * pass whatever the conditioning: plain residuals there have relative errors near
     * {@code k u / 1e-4 ~ 1e-11}, and less below.
     */
    private static final double NEAR_PERFECT = 1e-4;

    private final boolean intercept;
    private final CovarianceEstimator covariance;
    private final double rankTolerance;
    private final boolean dropCollinear;
    private final MissingPolicy missing;
    private final boolean alwaysRefine;

    private OlsSpec(boolean intercept, CovarianceEstimator covariance, double rankTolerance, boolean dropCollinear,
            MissingPolicy missing, boolean alwaysRefine) {
        this.intercept = intercept;
        this.covariance = covariance;
        this.rankTolerance = rankTolerance;
        this.dropCollinear = dropCollinear;
        this.missing = missing;
        this.alwaysRefine = alwaysRefine;
    }

    /**
     * Returns a specification with an intercept, the classical covariance, the default rank
     * tolerance, failing on collinear columns and rejecting missing values.
     *
     * @return the specification
     */
    public static OlsSpec withIntercept() {
        return new OlsSpec(true, CovarianceEstimator.classical(), DEFAULT_RANK_TOLERANCE, false, MissingPolicy.REJECT,
                false);
    }

    /**
     * Returns a specification without intercept (regression through the origin: R-squared is
     * then uncentered), otherwise as {@link #withIntercept()}.
     *
     * @return the specification
     */
    public static OlsSpec withoutIntercept() {
        return new OlsSpec(false, CovarianceEstimator.classical(), DEFAULT_RANK_TOLERANCE, false,
                MissingPolicy.REJECT, false);
    }

    /**
     * Returns a copy with another covariance estimator.
     *
     * @param estimator the covariance estimator
     * @return the new specification
     * @throws IllegalArgumentException if the estimator is null
     */
    public OlsSpec withCovariance(CovarianceEstimator estimator) {
        ArgChecker.notNull(estimator, "estimator");
        return new OlsSpec(intercept, estimator, rankTolerance, dropCollinear, missing, alwaysRefine);
    }

    /**
     * Returns a copy with another rank tolerance.
     *
     * @param tolerance the relative tolerance, in {@code (0, 1)}
     * @return the new specification
     * @throws IllegalArgumentException if the tolerance is not in {@code (0, 1)}
     */
    public OlsSpec withRankTolerance(double tolerance) {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException(
                    "Argument 'tolerance' must be greater than 0 and less than 1 but has value " + tolerance);
        }
        return new OlsSpec(intercept, covariance, tolerance, dropCollinear, missing, alwaysRefine);
    }

    /**
     * Returns a copy that drops aliased columns (reporting them) instead of failing.
     *
     * @return the new specification
     */
    public OlsSpec dropCollinear() {
        return new OlsSpec(intercept, covariance, rankTolerance, true, missing, alwaysRefine);
    }

    /**
     * Returns a copy with another missing-value policy.
     *
     * @param policy the policy
     * @return the new specification
     * @throws IllegalArgumentException if the policy is null
     */
    public OlsSpec withMissing(MissingPolicy policy) {
        ArgChecker.notNull(policy, "policy");
        return new OlsSpec(intercept, covariance, rankTolerance, dropCollinear, policy, alwaysRefine);
    }

    /**
     * Returns a copy that always computes the residuals in compensated (Dot2) arithmetic and
     * refines the coefficients by corrected semi-normal equations, even for a well-conditioned
     * design, where by default one plain fused multiply-add pass is used (coefficients then
     * carry relative errors of order 1e-13 instead of 1e-15; about a third more time on a large
     * fit).
     *
     * @return the specification with full refinement
     */
    public OlsSpec alwaysRefine() {
        return new OlsSpec(intercept, covariance, rankTolerance, dropCollinear, missing, true);
    }

    /**
     * Returns whether the model has an intercept.
     *
     * @return true with an intercept
     */
    public boolean hasIntercept() {
        return intercept;
    }

    /**
     * Returns the covariance estimator.
     *
     * @return the covariance estimator
     */
    public CovarianceEstimator covarianceEstimator() {
        return covariance;
    }

    /**
     * Returns the rank tolerance.
     *
     * @return the relative rank tolerance
     */
    public double rankTolerance() {
        return rankTolerance;
    }

    /**
     * Fits the regression.
     *
     * @param data the data, not modified
     * @return the fitted regression
     * @throws IllegalArgumentException if data is null, a value is NaN or infinite under
     *     {@link MissingPolicy#REJECT}, or there are not more usable observations than columns
     * @throws EstimationException if the design is rank deficient and collinear columns are not
     *     dropped (its detail is the {@link RankReport}), or the sums of squares overflow (infinite
     *     standard errors, R-squared NaN)
     */
    @Override
    public OlsFit fit(RegressionData data) {
        ArgChecker.notNull(data, "data");
        double[] y = data.responseView();
        double[][] x = data.regressorsView();
        double[] w = data.weightsView();
        int n0 = y.length;
        int dropped = 0;
        boolean[] bad = findNonFinite(y, x, w);
        if (bad != null) {
            if (missing == MissingPolicy.REJECT) {
                throw rejectNonFinite(data, y, x, w);
            }
            int keep = 0;
            for (int i = 0; i < n0; i++) {
                if (!bad[i]) {
                    keep++;
                }
            }
            dropped = n0 - keep;
            y = compact(y, bad, keep);
            double[][] xc = new double[x.length][];
            for (int j = 0; j < x.length; j++) {
                xc[j] = compact(x[j], bad, keep);
            }
            x = xc;
            w = w == null ? null : compact(w, bad, keep);
        }
        int n = y.length;
        int p = x.length + (intercept ? 1 : 0);
        if (p == 0) {
            throw new IllegalArgumentException("Argument 'data' must have a regressor or the model an intercept"
                    + " but has value 0 columns");
        }
        if (n <= p) {
            throw new IllegalArgumentException("Argument 'data' must have more usable observations than the " + p
                    + " columns of the design but has value " + n + " observations"
                    + (dropped > 0 ? " (after dropping " + dropped + " with missing values)" : ""));
        }
        List<String> names = new ArrayList<>(p);
        double[][] columns = new double[p][];
        if (intercept) {
            names.add(INTERCEPT_NAME);
            double[] ones = new double[n];
            Arrays.fill(ones, 1.0);
            columns[0] = ones;
        }
        names.addAll(data.regressorNames());
        System.arraycopy(x, 0, columns, intercept ? 1 : 0, x.length);
        double[] sqrtW = null;
        if (w != null) {
            sqrtW = new double[n];
            for (int i = 0; i < n; i++) {
                sqrtW[i] = Math.sqrt(w[i]);
            }
        }
        return requireFinite(solve(data.responseName(), data.regressorNames(), names, columns, y, w, sqrtW, dropped));
    }

    /**
     * Refuses a fit whose numbers cannot be right: values so large (a 1e300 outlier) that the
     * sums of squares overflow give infinite standard errors and an R-squared of NaN.
     */
    private static OlsFit requireFinite(OlsFit fit) {
        double[] se = fit.standardErrors();
        // R-squared alone may be NaN legitimately (a constant response has no variation to explain).
        boolean finite = Double.isFinite(fit.residualStandardError());
        for (int j = 0; j < se.length && finite; j++) {
            finite = Double.isFinite(fit.estimates()[j]) && !Double.isInfinite(se[j]);
        }
        if (!finite) {
            throw new EstimationException("The least-squares fit overflows: standard errors " + Arrays.toString(se)
                    + ", R-squared " + fit.rSquared() + "; the data hold values too large to square in double precision"
                    + " (rescale them, or look for an outlier such as 1e300)",
                    List.of("standard errors " + Arrays.toString(se), "R-squared " + fit.rSquared(),
                            "residual standard error " + fit.residualStandardError()));
        }
        return fit;
    }

    private OlsFit solve(String responseName, List<String> regressorNames, List<String> names, double[][] columns,
            double[] y, double[] w,
            double[] sqrtW, int dropped) {
        int n = y.length;
        int p = columns.length;
        int m = p + 1;
        double[] norms = new double[m];
        for (int j = 0; j < m; j++) {
            norms[j] = weightedNorm(j < p ? columns[j] : y, sqrtW);
        }
        double[] inv = new double[m];
        for (int j = 0; j < m; j++) {
            inv[j] = norms[j] > 0 ? 1 / norms[j] : 1;
        }
        QrAccumulator qr = new QrAccumulator(m);
        double[] block = new double[BLOCK_ROWS * m];
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, n - start);
            for (int j = 0; j < m; j++) {
                double[] col = j < p ? columns[j] : y;
                double s = inv[j];
                int off = j * BLOCK_ROWS;
                if (sqrtW == null) {
                    for (int t = 0; t < rows; t++) {
                        block[off + t] = col[start + t] * s;
                    }
                } else {
                    for (int t = 0; t < rows; t++) {
                        block[off + t] = col[start + t] * sqrtW[start + t] * s;
                    }
                }
            }
            qr.addBlock(block, rows, BLOCK_ROWS);
        }
        PivotedQr pivoted = PivotedQr.factor(qr.r(), m, rankTolerance);
        int rank = pivoted.rank();
        int[] order = pivoted.order();
        double[] relative = pivoted.relativeNorms();
        List<RankReport.AliasedColumn> aliased = new ArrayList<>();
        for (int a = rank; a < p; a++) {
            int j = order[a];
            aliased.add(new RankReport.AliasedColumn(names.get(j), j, relative[j], isConstant(columns[j])));
        }
        RankReport report = new RankReport(rank, p, rankTolerance, aliased);
        if (!aliased.isEmpty() && !dropCollinear) {
            throw rankDeficient(report);
        }
        if (n - rank < 1) {
            throw new IllegalArgumentException("Argument 'data' must have more usable observations than the rank "
                    + rank + " of the design but has value " + n + " observations");
        }
        int k = rank;
        double[][] kept = new double[k][];
        double[] keptInv = new double[k];
        List<String> keptNames = new ArrayList<>(k);
        for (int a = 0; a < k; a++) {
            kept[a] = columns[order[a]];
            keptInv[a] = inv[order[a]];
            keptNames.add(names.get(order[a]));
        }
        double[] r = pivoted.keptR();
        double[] beta = pivoted.keptRhs();
        double[] rInv = Triangular.invertUpper(r, k);
        boolean wellConditioned = !alwaysRefine && errorAmplification(r, rInv, k, beta) <= WELL_CONDITIONED;
        Triangular.solveUpper(r, k, beta);
        double yNorm = norms[p] > 0 ? norms[p] : 1;
        for (int a = 0; a < k; a++) {
            beta[a] = beta[a] * yNorm * keptInv[a];
        }
        double[] residuals = new double[n];
        if (wellConditioned) {
            double ssr = plainResiduals(kept, y, w, beta, residuals);
            LeastSquaresDesign design = new LeastSquaresDesign(kept, sqrtW, keptInv, rInv, residuals, ssr);
            return new OlsFit(this, responseName, regressorNames, keptNames, beta, design, y, w, report, dropped);
        }
        double[] compensation = new double[Math.min(n, RESIDUAL_BLOCK)];
        double[] gradient = new double[k];
        double gradNorm = residualsAndGradient(kept, keptInv, y, w, beta, residuals, compensation, gradient);
        for (int step = 0; step < REFINEMENT_STEPS && gradNorm > 0; step++) {
            // corrected semi-normal equations: R'R delta = Xs' W e (Bjorck 1987)
            double[] delta = gradient.clone();
            Triangular.solveUpperTransposed(r, k, delta);
            Triangular.solveUpper(r, k, delta);
            double[] candidate = beta.clone();
            boolean moved = false;
            for (int a = 0; a < k; a++) {
                candidate[a] += delta[a] * keptInv[a];
                moved |= Double.doubleToRawLongBits(candidate[a]) != Double.doubleToRawLongBits(beta[a]);
            }
            if (!moved) {
                // the correction rounds away in every coefficient: the pass below would recompute
                // bit for bit the same residuals and gradient, fail the test, and stop; skip it
                break;
            }
            double[] candidateResiduals = new double[n];
            double[] candidateGradient = new double[k];
            double candidateNorm = residualsAndGradient(kept, keptInv, y, w, candidate, candidateResiduals,
                    compensation, candidateGradient);
            if (!(candidateNorm < gradNorm)) {
                break;
            }
            beta = candidate;
            residuals = candidateResiduals;
            gradient = candidateGradient;
            gradNorm = candidateNorm;
        }
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            double e = residuals[i];
            ssr += w == null ? e * e : w[i] * e * e;
        }
        LeastSquaresDesign design = new LeastSquaresDesign(kept, sqrtW, keptInv, rInv, residuals, ssr);
        return new OlsFit(this, responseName, regressorNames, keptNames, beta, design, y, w, report, dropped);
    }

    /**
     * The factor by which the unit roundoff is amplified in the least-squares coefficients,
     * {@code kappa (1 + kappa ||r|| / ||X b||)} for the column-scaled design (the first-order
     * perturbation bound of Householder least squares; Bjorck 1996, sec. 1.4 and 2.4), with
     * {@code kappa = ||R||_1 ||R^-1||_1} and the residual and fit norms read off the
     * transformed right-hand side {@code Q'y} of the unit-norm response. Infinite for a
     * (nearly) perfect fit.
     */
    private static double errorAmplification(double[] r, double[] rInv, int k, double[] qty) {
        double kappa = upperNorm1(r, k) * upperNorm1(rInv, k);
        double fit2 = 0;
        for (int a = 0; a < k; a++) {
            fit2 += qty[a] * qty[a];
        }
        double residual = Math.sqrt(Math.max(0, 1 - fit2));
        double fit = Math.sqrt(fit2);
        if (!(fit > 0) || !(residual >= NEAR_PERFECT)) {
            // A (nearly) perfect fit: plain residuals would carry rounding errors of order
            // u ||y||, large relative to the residuals themselves; the compensated pass is needed.
            return Double.POSITIVE_INFINITY;
        }
        return kappa * (1 + kappa * residual / fit);
    }

    /** The 1-norm (largest column sum of absolute values) of a k x k upper triangle. */
    private static double upperNorm1(double[] r, int k) {
        double max = 0;
        for (int j = 0; j < k; j++) {
            double sum = 0;
            for (int i = 0; i <= j; i++) {
                sum += Math.abs(r[i * k + j]);
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    /**
     * Residuals {@code e = y - X b} by plain fused multiply-adds over blocks of rows, two columns
     * per sweep, and the (weighted) residual sum of squares: for a well-conditioned design the
     * Householder solution is already accurate to a few hundred ulps, and neither compensated
     * arithmetic nor refinement would change it materially.
     */
    private static double plainResiduals(double[][] columns, double[] y, double[] w, double[] beta,
            double[] residuals) {
        int n = y.length;
        int k = columns.length;
        double ssr = 0;
        for (int start = 0; start < n; start += RESIDUAL_BLOCK) {
            int end = Math.min(n, start + RESIDUAL_BLOCK);
            System.arraycopy(y, start, residuals, start, end - start);
            int pair = 0;
            for (; pair + 1 < k; pair += 2) {
                double b0 = -beta[pair];
                double b1 = -beta[pair + 1];
                double[] col0 = columns[pair];
                double[] col1 = columns[pair + 1];
                for (int i = start; i < end; i++) {
                    residuals[i] = Math.fma(b1, col1[i], Math.fma(b0, col0[i], residuals[i]));
                }
            }
            for (int a = pair; a < k; a++) {
                double b = -beta[a];
                double[] col = columns[a];
                for (int i = start; i < end; i++) {
                    residuals[i] = Math.fma(b, col[i], residuals[i]);
                }
            }
            for (int i = start; i < end; i++) {
                double e = residuals[i];
                ssr += w == null ? e * e : w[i] * e * e;
            }
        }
        return ssr;
    }

    /**
     * Residuals {@code e = y - X b} in compensated precision and the scaled gradient
     * {@code g_a = sum_i w_i e_i x_ia / s_a}, also compensated; returns the norm of g. Both are
     * computed in one pass over blocks of rows that stay in cache.
     */
    private static double residualsAndGradient(double[][] columns, double[] inv, double[] y, double[] w,
            double[] beta, double[] residuals, double[] compensation, double[] gradient) {
        int n = y.length;
        int k = columns.length;
        double[] sums = new double[k];
        double[] errors = new double[k];
        for (int start = 0; start < n; start += RESIDUAL_BLOCK) {
            int end = Math.min(n, start + RESIDUAL_BLOCK);
            System.arraycopy(y, start, residuals, start, end - start);
            Arrays.fill(compensation, 0, end - start, 0.0);
            int pair = 0;
            for (; pair + 1 < k; pair += 2) {
                // two columns per sweep: the same operations in the same order per row as one
                // column at a time, with half the loads and stores of the residual block
                double b0 = -beta[pair];
                double b1 = -beta[pair + 1];
                double[] col0 = columns[pair];
                double[] col1 = columns[pair + 1];
                for (int i = start; i < end; i++) {
                    double s = residuals[i];
                    double prod = b0 * col0[i];
                    double prodErr = Math.fma(b0, col0[i], -prod);
                    double t = s + prod;
                    double z = t - s;
                    double c = compensation[i - start] + (((s - (t - z)) + (prod - z)) + prodErr);
                    double prod1 = b1 * col1[i];
                    double prodErr1 = Math.fma(b1, col1[i], -prod1);
                    double t1 = t + prod1;
                    double z1 = t1 - t;
                    compensation[i - start] = c + (((t - (t1 - z1)) + (prod1 - z1)) + prodErr1);
                    residuals[i] = t1;
                }
            }
            for (int a = pair; a < k; a++) {
                double b = -beta[a];
                double[] col = columns[a];
                for (int i = start; i < end; i++) {
                    // TwoProduct by fma and TwoSum (Ogita, Rump and Oishi 2005, algorithm Dot2)
                    double s = residuals[i];
                    double prod = b * col[i];
                    double prodErr = Math.fma(b, col[i], -prod);
                    double t = s + prod;
                    double z = t - s;
                    compensation[i - start] += ((s - (t - z)) + (prod - z)) + prodErr;
                    residuals[i] = t;
                }
            }
            for (int i = start; i < end; i++) {
                residuals[i] += compensation[i - start];
            }
            for (int a = 0; a < k; a++) {
                // compensated too: with large residuals the rounding of a plain sum would swamp
                // the gradient that the refinement step corrects; two interleaved Dot2 chains
                // halve the wait on addition latency
                double[] col = columns[a];
                double sum0 = sums[a];
                double err0 = errors[a];
                double sum1 = 0;
                double err1 = 0;
                int i = start;
                for (; i + 1 < end; i += 2) {
                    double x0 = w == null ? col[i] : w[i] * col[i];
                    double x1 = w == null ? col[i + 1] : w[i + 1] * col[i + 1];
                    double p0 = x0 * residuals[i];
                    double p1 = x1 * residuals[i + 1];
                    double q0 = Math.fma(x0, residuals[i], -p0);
                    double q1 = Math.fma(x1, residuals[i + 1], -p1);
                    double t0 = sum0 + p0;
                    double t1 = sum1 + p1;
                    double z0 = t0 - sum0;
                    double z1 = t1 - sum1;
                    err0 += ((sum0 - (t0 - z0)) + (p0 - z0)) + q0;
                    err1 += ((sum1 - (t1 - z1)) + (p1 - z1)) + q1;
                    sum0 = t0;
                    sum1 = t1;
                }
                for (; i < end; i++) {
                    double x0 = w == null ? col[i] : w[i] * col[i];
                    double p0 = x0 * residuals[i];
                    double q0 = Math.fma(x0, residuals[i], -p0);
                    double t0 = sum0 + p0;
                    double z0 = t0 - sum0;
                    err0 += ((sum0 - (t0 - z0)) + (p0 - z0)) + q0;
                    sum0 = t0;
                }
                // TwoSum of the two chains keeps the compensated result
                double t = sum0 + sum1;
                double z = t - sum0;
                sums[a] = t;
                errors[a] = err0 + err1 + ((sum0 - (t - z)) + (sum1 - z));
            }
        }
        double norm2 = 0;
        for (int a = 0; a < k; a++) {
            double g = (sums[a] + errors[a]) * inv[a];
            gradient[a] = g;
            norm2 += g * g;
        }
        return Math.sqrt(norm2);
    }

    private static double weightedNorm(double[] v, double[] sqrtW) {
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            double a = sqrtW == null ? v[i] : v[i] * sqrtW[i];
            sum += a * a;
        }
        if (sum > 1e-290 && sum < 1e290) {
            return Math.sqrt(sum);
        }
        // overflow or underflow of the plain sum: rescale by the largest entry
        double scale = 0;
        for (int i = 0; i < v.length; i++) {
            scale = Math.max(scale, Math.abs(sqrtW == null ? v[i] : v[i] * sqrtW[i]));
        }
        if (scale == 0) {
            return 0;
        }
        double inv = 1 / scale;
        double scaled = 0;
        for (int i = 0; i < v.length; i++) {
            double a = (sqrtW == null ? v[i] : v[i] * sqrtW[i]) * inv;
            scaled += a * a;
        }
        return scale * Math.sqrt(scaled);
    }

    private static boolean isConstant(double[] v) {
        for (int i = 1; i < v.length; i++) {
            if (v[i] != v[0]) {
                return false;
            }
        }
        return true;
    }

    private EstimationException rankDeficient(RankReport report) {
        List<String> facts = new ArrayList<>();
        StringBuilder sb = new StringBuilder("Design matrix is rank deficient: rank ").append(report.rank())
                .append(" of ").append(report.columns()).append(" columns at relative tolerance ")
                .append(report.tolerance()).append(';');
        for (RankReport.AliasedColumn c : report.aliased()) {
            String fact;
            if (c.constant() && intercept) {
                fact = "column '" + c.name() + "' (index " + c.index() + ") is constant, collinear with the intercept";
            } else if (c.relativeNorm() == 0) {
                fact = "column '" + c.name() + "' (index " + c.index() + ") is zero or exactly a linear"
                        + " combination of the columns before it";
            } else {
                fact = "column '" + c.name() + "' (index " + c.index() + ") is a linear combination of the columns"
                        + " before it (relative orthogonal norm " + c.relativeNorm() + ")";
            }
            facts.add(fact);
            sb.append(' ').append(fact).append(';');
        }
        sb.append(" use dropCollinear() to drop aliased columns");
        return new EstimationException(sb.toString(), facts, null, report);
    }

    private static boolean[] findNonFinite(double[] y, double[][] x, double[] w) {
        // v * 0 is NaN exactly when v is NaN or infinite: a branch-free scan of each column first
        boolean any = !allFinite(y) || (w != null && !allFinite(w));
        for (int j = 0; j < x.length && !any; j++) {
            any = !allFinite(x[j]);
        }
        if (!any) {
            return null;
        }
        int n = y.length;
        boolean[] bad = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean b = !Double.isFinite(y[i]) || (w != null && !Double.isFinite(w[i]));
            for (int j = 0; j < x.length && !b; j++) {
                b = !Double.isFinite(x[j][i]);
            }
            bad[i] = b;
        }
        return bad;
    }

    private static boolean allFinite(double[] v) {
        double acc = 0;
        for (double d : v) {
            acc += d * 0.0;
        }
        return acc == 0;
    }

    private static IllegalArgumentException rejectNonFinite(RegressionData data, double[] y, double[][] x,
            double[] w) {
        int count = 0;
        String first = null;
        for (int i = 0; i < y.length; i++) {
            String where = null;
            if (!Double.isFinite(y[i])) {
                where = "'" + data.responseName() + "' has value " + y[i];
            }
            for (int j = 0; j < x.length && where == null; j++) {
                if (!Double.isFinite(x[j][i])) {
                    where = "'" + data.regressorNames().get(j) + "' has value " + x[j][i];
                }
            }
            if (where == null && w != null && !Double.isFinite(w[i])) {
                where = "'weights' has value " + w[i];
            }
            if (where != null) {
                count++;
                if (first == null) {
                    first = where + " at index " + i;
                }
            }
        }
        return new IllegalArgumentException("Argument 'data' must be finite but " + first + " (" + count
                + " observation(s) with NaN or infinite values; use MissingPolicy.DROP to drop them)");
    }

    private static double[] compact(double[] v, boolean[] bad, int keep) {
        double[] out = new double[keep];
        int c = 0;
        for (int i = 0; i < v.length; i++) {
            if (!bad[i]) {
                out[c++] = v[i];
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "OlsSpec[intercept=" + intercept + ", covariance=" + covariance.name() + ", rankTolerance="
                + rankTolerance + ", dropCollinear=" + dropCollinear + ", missing=" + missing + ", alwaysRefine=" + alwaysRefine
                + "]";
    }
}
