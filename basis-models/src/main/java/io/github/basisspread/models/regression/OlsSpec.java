package io.github.basisspread.models.regression;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.linalg.LeastSquaresSolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ordinary (and weighted) least squares: the specification of a linear regression.
 *
 * <p>{@code OlsSpec.of().withCovariance(CovarianceEstimator.hc1()).fit(data)} returns an
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
     * Returns a specification with an intercept (as R's {@code lm}), the classical covariance, the
     * default rank tolerance, failing on collinear columns and rejecting missing values.
     *
     * @return the specification
     */
    public static OlsSpec of() {
        return new OlsSpec(true, CovarianceEstimator.classical(), DEFAULT_RANK_TOLERANCE, false, MissingPolicy.REJECT,
                false);
    }

    /**
     * Returns a copy without intercept (regression through the origin: R-squared is then
     * uncentered; R's {@code y ~ 0 + x}).
     *
     * @return the new specification
     */
    public OlsSpec withoutIntercept() {
        return new OlsSpec(false, covariance, rankTolerance, dropCollinear, missing, alwaysRefine);
    }

    /**
     * Returns a copy with an intercept (the default of {@link #of()}).
     *
     * @return the new specification
     */
    public OlsSpec withIntercept() {
        return new OlsSpec(true, covariance, rankTolerance, dropCollinear, missing, alwaysRefine);
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
        LeastSquaresSolver.Factorization pivoted = LeastSquaresSolver.factor(columns, y, sqrtW, rankTolerance);
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
        List<String> keptNames = new ArrayList<>(rank);
        for (int a = 0; a < rank; a++) {
            keptNames.add(names.get(order[a]));
        }
        LeastSquaresSolver.Solution solution = pivoted.solve(columns, y, w, sqrtW, alwaysRefine);
        LeastSquaresDesign design = new LeastSquaresDesign(solution.kept(), sqrtW, solution.keptInv(),
                solution.rInv(), solution.residuals(), solution.ssr());
        return new OlsFit(this, responseName, regressorNames, keptNames, solution.beta(), design, y, w, report,
                dropped);
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
