package io.github.basisspread.models.arima;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.linalg.LeastSquaresSolver;
import io.github.basisspread.models.optim.MaximumLikelihood;
import io.github.basisspread.models.optim.MleResult;
import io.github.basisspread.models.optim.OptimizationResult;
import io.github.basisspread.models.optim.Optimizer;
import io.github.basisspread.models.optim.ParameterBlock;
import io.github.basisspread.models.optim.ParameterTransform;
import io.github.basisspread.models.regression.OlsSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The estimation procedure of {@link ArimaSpec#fit(ArimaData)}, following R's {@code stats::arima}. Stateless. */
final class ArimaEstimation {

    /** BFGS gradient tolerance, relative to max(1, |log-likelihood|). */
    private static final double GRADIENT_TOLERANCE = 1e-6;
    /** R's optim defaults for BFGS: {@code maxit = 100}, {@code reltol = sqrt(.Machine$double.eps)}. */
    private static final int SEARCH_ITERATIONS = 100;
    private static final double SEARCH_RELTOL = 1.490116119384765625e-8;

    /** Convergence warnings of non-strict fits (the package's logger; no logging dependency). */
    static final System.Logger LOG = System.getLogger("io.github.basisspread.models.arima");

    private ArimaEstimation() {
    }

    static ArimaFit fit(ArimaSpec spec, ArimaData data) {
        return fit(spec, data, false);
    }

    /**
     * As {@link #fit(ArimaSpec, ArimaData)}; with {@code search} the optimiser also stops on R's
     * relative-improvement test ({@code reltol = 1e-8}) and after R's 100 BFGS iterations, as
     * {@code auto.arima}'s candidate fits do in R: a candidate only needs its criterion to rank it.
     */
    static ArimaFit fit(ArimaSpec spec, ArimaData data, boolean search) {
        double[] y = data.yView();
        int n = y.length;
        if (data.regressorCount() != spec.regressors().size()) {
            throw new IllegalArgumentException("Argument 'data' must have one regressor column per name "
                    + spec.regressors() + " but has " + data.regressorCount() + " columns");
        }
        double[][] x = design(spec, data.regressorsView(), n, 1);
        checkData(spec, y);
        ArimaProblem problem = new ArimaProblem(spec, y, x);
        List<String> names = spec.coefficientNames();
        int kAll = names.size();
        boolean[] fixed = new boolean[kAll];
        int free = kAll;
        for (int i = 0; i < kAll; i++) {
            if (spec.fixed().containsKey(names.get(i))) {
                fixed[i] = true;
                free--;
            }
        }
        int pReal = spec.p() + spec.period() * spec.seasonalP();
        // The smallest usable sample: free + 2 values, and for CSS also the p + P s conditioning ones.
        int needed = spec.method() != ArimaSpec.Method.ML ? Math.max(free + 2, pReal + free + 1) : free + 2;
        if (problem.nUsed < needed) {
            throw new IllegalArgumentException("Argument 'y' must have at least " + needed + " usable observations "
                    + "(non-missing, less the d + D s = " + problem.dd + " absorbed by differencing"
                    + (needed > free + 2 ? ", and the p + P s = " + pReal + " the CSS likelihood conditions on" : "")
                    + ") to estimate the " + free + " coefficients of " + spec + " but has " + problem.nUsed);
        }
        // Start values: zero ARMA coefficients and least squares for the regression on the
        // differenced data (R's arima), whose standard errors also set the optimiser's scale.
        double[] start = new double[kAll];
        double[] scale = new double[kAll];
        java.util.Arrays.fill(scale, 1);
        regressionStart(problem, start, scale);
        List<String> notes = new ArrayList<>();
        applyStartValues(spec, names, problem, start);
        for (int i = 0; i < kAll; i++) {
            if (fixed[i]) {
                start[i] = spec.fixed().get(names.get(i));
            }
        }
        ConvergenceInfo convergence;
        double[] coef;
        double[][] cov;
        boolean exact = spec.method() != ArimaSpec.Method.CSS;
        if (search && free == kAll && spec.method() != ArimaSpec.Method.ML && problem.k <= 1) {
            // auto.arima's candidates: R's arima step for step, so that the search ranks them as R does.
            LikeR r = fitLikeR(problem, start, scale);
            coef = r.coef();
            cov = r.covariance();
            convergence = r.convergence();
        } else {
            Optimizer bfgs = search
                    ? Optimizer.bfgs(Math.min(SEARCH_ITERATIONS, spec.maxIterations()), GRADIENT_TOLERANCE, SEARCH_RELTOL)
                    : Optimizer.bfgs(spec.maxIterations(), GRADIENT_TOLERANCE);
            Estimate est;
            if (spec.method() == ArimaSpec.Method.ML) {
                est = maximise(problem, names, fixed, start, scale, true, bfgs);
            } else {
                Estimate css = maximise(problem, names, fixed, start, scale, false, bfgs);
                if (spec.method() == ArimaSpec.Method.CSS) {
                    est = css;
                } else {
                    double[] mlStart = css.mle.convergence().converged() ? css.coef.clone() : start.clone();
                    if (!arStationary(problem, mlStart)) {
                        // R stops with "non-stationary AR part from CSS"; here ML starts from zero ARMA terms.
                        notes.add("CSS gave a non-stationary AR part; ML started from zero ARMA coefficients");
                        for (int i = 0; i < problem.narma; i++) {
                            if (!fixed[i]) {
                                mlStart[i] = 0;
                            }
                        }
                    }
                    invertMaParts(problem, fixed, mlStart);
                    est = maximise(problem, names, fixed, mlStart, scale, true, bfgs);
                }
            }
            convergence = est.mle.convergence();
            coef = est.coef;
            cov = est.covariance;
            if (exact) {
                double[] inverted = coef.clone();
                if (invertMaParts(problem, fixed, inverted)) {
                    notes.add("MA roots inside the unit circle were reflected (R's maInvert)");
                    Estimate again = maximise(problem, names, fixed, inverted, scale, true, ArimaEstimation::stay);
                    coef = again.coef;
                    cov = again.covariance;
                }
            }
        }
        if (!convergence.converged()) {
            notes.add("the optimiser did not converge in " + convergence.iterations() + " iterations");
            if (spec.isStrict()) {
                throw new EstimationException(spec + " estimation did not converge (gradient norm "
                        + convergence.gradientNorm() + " after " + convergence.iterations() + " iterations)", notes,
                        convergence, null);
            }
            if (!search) {
                // The candidates of a search are many and only ranked: only a fit asked for is reported.
                ConvergenceInfo c = convergence;
                LOG.log(System.Logger.Level.WARNING, () -> spec + " estimation did not converge (gradient norm "
                        + c.gradientNorm() + " after " + c.iterations() + " iterations); the fit reports"
                        + " converged = false (withStrict(true) throws instead)");
            }
        }
        double[][] end = problem.endState(coef);
        if (end == null) {
            throw new EstimationException("The likelihood of " + spec + " cannot be evaluated at the estimates",
                    notes, convergence, null);
        }
        double sigma2;
        double logLik;
        double[] residuals;
        if (exact) {
            sigma2 = end[3][0] / problem.nUsed;
            logLik = problem.logLikelihood(end[3]);
            residuals = end[0];
        } else {
            double[] s = problem.cssSums(coef);
            sigma2 = s[0] / s[1];
            logLik = problem.cssLogLikelihood(coef);
            residuals = cssResiduals(problem, coef);
        }
        if (cov == null) {
            notes.add("the observed information is not positive definite: no standard errors");
        }
        return new ArimaFit(spec, names, coef, cov, sigma2, logLik, problem.nUsed, free + 1, convergence,
                residuals, end[1], end[2], y, x, notes);
    }

    /** An estimate made as R's arima makes it: natural coefficients, covariance (null as R's checkarima rejects). */
    private record LikeR(double[] coef, double[][] covariance, ConvergenceInfo convergence) {
    }

    /**
     * R's {@code stats::arima} for method CSS or CSS-ML without fixed coefficients and with at most
     * one regression column, as {@code auto.arima} calls it: {@code optim} BFGS with {@code parscale}
     * (1 for ARMA terms, 10 standard errors for the regression) on R's objectives ({@code armaCSS}
     * = log(sigma2) / 2; {@code armafn} = (log(s2) + sum log F / nu) / 2 with the AR parts through
     * {@code tanh} partial autocorrelations), the CSS estimate refused when its AR part is not
     * stationary, the MA part inverted before and after the ML stage, and the covariance
     * {@code A' (H n)^-1 A} from {@code optimhess} and {@code ARIMA_Gradtrans}. The covariance is
     * null when R's {@code solve} fails or a variance is negative (forecast's {@code checkarima}).
     */
    private static LikeR fitLikeR(ArimaProblem problem, double[] start, double[] scale) {
        int k = start.length;
        int[][] arBlocks = {{0, problem.np}, {problem.np + problem.nq, problem.nsp}};
        int[][] maBlocks = {{problem.np, problem.nq}, {problem.np + problem.nq + problem.nsp, problem.nsq}};
        ToDoubleFunction<double[]> css = par -> {
            double[] sums = problem.cssSums(par);
            return 0.5 * Math.log(sums[0] / sums[1]);
        };
        OptimBfgs.Result cssResult = OptimBfgs.minimize(css, start, scale, SEARCH_ITERATIONS);
        if (problem.spec.method() == ArimaSpec.Method.CSS) {
            double[] coef = cssResult.par();
            double[][] cov = covarianceLikeR(OptimBfgs.hessian(css, coef, scale), null, problem.nUsed);
            return new LikeR(coef, cov, convergenceOf(cssResult));
        }
        double[] init = cssResult.converged() ? cssResult.par() : start.clone();
        for (int[] b : arBlocks) {
            double[] ar = ArimaProblem.slice(init, b[0], b[1]);
            if (ar.length > 0 && !Polynomials.isStationary(ar)) {
                throw new EstimationException("non-stationary AR part from CSS", List.of(java.util.Arrays.toString(ar)));
            }
        }
        // R's ARIMA_Invtrans and maInvert of the CSS estimate.
        double[] raw = init.clone();
        for (int[] b : arBlocks) {
            if (b[1] > 0) {
                System.arraycopy(invPartrans(ArimaProblem.slice(init, b[0], b[1])), 0, raw, b[0], b[1]);
            }
        }
        invertMaBlocks(maBlocks, raw);
        ToDoubleFunction<double[]> ml = par -> {
            double[] sums = problem.exactSums(undoPars(arBlocks, par));
            return sums == null ? Double.MAX_VALUE : 0.5 * (Math.log(sums[0] / sums[2]) + sums[1] / sums[2]);
        };
        OptimBfgs.Result mlResult = OptimBfgs.minimize(ml, raw, scale, SEARCH_ITERATIONS);
        double[] coefRaw = mlResult.par().clone();
        invertMaBlocks(maBlocks, coefRaw);
        double[][] hess = OptimBfgs.hessian(ml, coefRaw, scale);
        // ARIMA_Gradtrans: forward differences (step 1e-3) of the AR transform, identity elsewhere.
        double[][] a = new double[k][k];
        for (int i = 0; i < k; i++) {
            a[i][i] = 1;
        }
        for (int[] b : arBlocks) {
            if (b[1] == 0) {
                continue;
            }
            double[] w1 = ArimaProblem.slice(coefRaw, b[0], b[1]);
            double[] w2 = partrans(w1);
            for (int i = 0; i < b[1]; i++) {
                w1[i] += OptimBfgs.NDEPS;
                double[] w3 = partrans(w1);
                for (int j = 0; j < b[1]; j++) {
                    a[b[0] + i][b[0] + j] = (w3[j] - w2[j]) / OptimBfgs.NDEPS;
                }
                w1[i] -= OptimBfgs.NDEPS;
            }
        }
        double[][] cov = covarianceLikeR(hess, a, problem.nUsed);
        return new LikeR(undoPars(arBlocks, coefRaw), cov, convergenceOf(mlResult));
    }

    private static ConvergenceInfo convergenceOf(OptimBfgs.Result r) {
        return new ConvergenceInfo(r.iterations(), r.evaluations(), r.gradientNorm(), r.converged());
    }

    private static void invertMaBlocks(int[][] maBlocks, double[] coef) {
        for (int[] b : maBlocks) {
            if (b[1] > 0) {
                System.arraycopy(Polynomials.invertMa(ArimaProblem.slice(coef, b[0], b[1])), 0, coef, b[0], b[1]);
            }
        }
    }

    /** R's ARIMA_undoPars: the AR blocks through {@link #partrans}, the rest unchanged. */
    private static double[] undoPars(int[][] arBlocks, double[] raw) {
        double[] out = raw.clone();
        for (int[] b : arBlocks) {
            if (b[1] > 0) {
                System.arraycopy(partrans(ArimaProblem.slice(raw, b[0], b[1])), 0, out, b[0], b[1]);
            }
        }
        return out;
    }

    /**
     * R's AR transform (Jones 1980): partial autocorrelations {@code tanh(raw)} through the
     * Durbin-Levinson recursion to AR coefficients.
     */
    static double[] partrans(double[] raw) {
        int p = raw.length;
        double[] out = new double[p];
        double[] work = new double[p];
        for (int j = 0; j < p; j++) {
            out[j] = Math.tanh(raw[j]);
            work[j] = out[j];
        }
        for (int j = 1; j < p; j++) {
            double a = out[j];
            for (int i = 0; i < j; i++) {
                work[i] -= a * out[j - i - 1];
            }
            System.arraycopy(work, 0, out, 0, j);
        }
        return out;
    }

    /** The inverse of {@link #partrans} for a stationary AR part (Durbin-Levinson backwards, then atanh). */
    static double[] invPartrans(double[] phi) {
        int p = phi.length;
        double[] out = phi.clone();
        double[] work = phi.clone();
        for (int j = p - 1; j > 0; j--) {
            double a = out[j];
            for (int i = 0; i < j; i++) {
                work[i] = (out[i] + a * out[j - i - 1]) / (1 - a * a);
            }
            System.arraycopy(work, 0, out, 0, j);
        }
        for (int j = 0; j < p; j++) {
            // atanh(x) = log((1 + x) / (1 - x)) / 2
            out[j] = 0.5 * Math.log((1 + out[j]) / (1 - out[j]));
        }
        return out;
    }

    /**
     * {@code A' solve(H n) A} (A null: identity), or null when R's {@code solve} stops (a zero
     * pivot, or a reciprocal condition number below the machine epsilon) or a variance is negative
     * or NaN (forecast's {@code checkarima}: NaN standard errors).
     */
    private static double[][] covarianceLikeR(double[][] hess, double[][] a, int nUsed) {
        int k = hess.length;
        double[][] m = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                m[i][j] = hess[i][j] * nUsed;
            }
        }
        double[][] inv = invertLu(m);
        if (inv == null || !(1.0 / (norm1(m) * norm1(inv)) >= 0x1.0p-52)) {
            return null;
        }
        double[][] var = inv;
        if (a != null) {
            var = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    double s = 0;
                    for (int u = 0; u < k; u++) {
                        for (int v = 0; v < k; v++) {
                            s += a[u][i] * inv[u][v] * a[v][j];
                        }
                    }
                    var[i][j] = s;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            if (!(var[i][i] >= 0)) {
                return null;
            }
        }
        return var;
    }

    private static double norm1(double[][] m) {
        double max = 0;
        for (int j = 0; j < m.length; j++) {
            double s = 0;
            for (double[] row : m) {
                s += Math.abs(row[j]);
            }
            max = Math.max(max, s);
        }
        return max;
    }

    /** Gauss-Jordan inverse with partial pivoting; null on a zero pivot or a non-finite entry. */
    private static double[][] invertLu(double[][] m) {
        int k = m.length;
        double[][] a = new double[k][2 * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(m[i], 0, a[i], 0, k);
            a[i][k + i] = 1;
        }
        for (int c = 0; c < k; c++) {
            int piv = c;
            for (int r = c + 1; r < k; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            if (!(a[piv][c] != 0) || !Double.isFinite(a[piv][c])) {
                return null;
            }
            double[] tmp = a[c];
            a[c] = a[piv];
            a[piv] = tmp;
            double d = a[c][c];
            for (int j = 0; j < 2 * k; j++) {
                a[c][j] /= d;
            }
            for (int r = 0; r < k; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * k; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a[i], k, inv[i], 0, k);
        }
        return inv;
    }

    /**
     * forecast::auto.arima's model of a constant series: ARIMA(0,0,0) with the mean fixed at the
     * value ({@code Arima(x, order = c(0, 0, 0), fixed = mean(x))}); nothing is estimated, the
     * residuals are zero, sigma2 is 0 and the log-likelihood +infinity, as R reports them.
     *
     * @param data the series (without regressors), its observed values all equal
     * @param value the common value
     * @return the fit
     */
    static ArimaFit constantSeries(ArimaData data, double value) {
        ArimaSpec spec = ArimaSpec.of(0, 0, 0).withConstant().withFixed(Map.of("intercept", value));
        double[] y = data.yView();
        double[][] x = design(spec, data.regressorsView(), y.length, 1);
        ArimaProblem problem = new ArimaProblem(spec, y, x);
        double[] coef = {value};
        double[][] end = problem.endState(coef);
        if (end == null) {
            throw new EstimationException("The constant model of a constant series cannot be evaluated",
                    List.of("value " + value));
        }
        return new ArimaFit(spec, spec.coefficientNames(), coef, new double[1][1], 0,
                Double.POSITIVE_INFINITY, problem.nUsed, 1, new ConvergenceInfo(0, 1, 0, true), end[0], end[1], end[2],
                y, x, List.of("a constant series: the mean is fixed at its value and sigma2 is 0 (forecast::auto.arima)"));
    }

    /** The n x k design from the first time index {@code t0}: intercept, drift {@code t0..}, regressors. */
    static double[][] design(ArimaSpec spec, double[][] regressors, int rows, long t0) {
        int k = (spec.hasIntercept() ? 1 : 0) + (spec.hasDrift() ? 1 : 0) + spec.regressors().size();
        double[][] x = new double[rows][k];
        for (int t = 0; t < rows; t++) {
            int j = 0;
            if (spec.hasIntercept()) {
                x[t][j++] = 1;
            }
            if (spec.hasDrift()) {
                x[t][j++] = t0 + t;
            }
            for (int c = 0; c < spec.regressors().size(); c++) {
                x[t][j++] = regressors[t][c];
            }
        }
        return x;
    }

    private static void checkData(ArimaSpec spec, double[] y) {
        int n = y.length;
        double first = Double.NaN;
        boolean varies = false;
        int observed = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                observed++;
                if (Double.isNaN(first)) {
                    first = v;
                } else if (v != first) {
                    varies = true;
                }
            }
        }
        if (observed == 0) {
            throw new IllegalArgumentException("Argument 'y' must hold at least one observed value but all " + n
                    + " are missing (NaN)");
        }
        int dd = spec.differencingOrder();
        if (dd >= n) {
            throw new IllegalArgumentException("Argument 'y' must be longer than the d + D s = " + dd
                    + " observations absorbed by the differencing of " + spec + " but has " + n);
        }
        if (!varies) {
            throw new IllegalArgumentException("Argument 'y' must vary but all its " + observed
                    + " observed values equal " + first);
        }
    }

    /** Least squares of the differenced series on the differenced design (rows with no NaN). */
    private static void regressionStart(ArimaProblem problem, double[] start, double[] scale) {
        int k = problem.k;
        double[] w = problem.dy;
        List<Integer> rows = new ArrayList<>();
        for (int t = 0; t < w.length; t++) {
            if (!Double.isNaN(w[t])) {
                rows.add(t);
            }
        }
        double sumSq = 0;
        for (int t : rows) {
            sumSq += w[t] * w[t];
        }
        if (k == 0) {
            if (!(sumSq > 0)) {
                throw new IllegalArgumentException("Argument 'y' must vary after differencing by " + problem.spec
                        + " but every differenced value is zero");
            }
            return;
        }
        if (rows.size() <= k) {
            throw new IllegalArgumentException("Argument 'y' must have more than " + k + " complete differenced"
                    + " observations to start the regression of " + problem.spec + " but has " + rows.size());
        }
        double[] yy = new double[rows.size()];
        double[][] xx = new double[k][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            int t = rows.get(i);
            yy[i] = w[t];
            for (int j = 0; j < k; j++) {
                xx[j][i] = problem.dxCols[j][t];
            }
        }
        if (!Double.isFinite(sumSq)) {
            throw tooLarge(sumSq);
        }
        // The module's one least-squares solver (pivoted QR with refinement), full-rank entry point.
        LeastSquaresSolver.FullRank ols = LeastSquaresSolver.fullRank(yy, xx, OlsSpec.DEFAULT_RANK_TOLERANCE);
        if (ols == null) {
            throw new EstimationException("The regressors of " + problem.spec + " are collinear after differencing:"
                    + " no unique regression coefficients", List.of("design columns " + problem.spec.coefficientNames()
                    .subList(problem.narma, problem.narma + k), "differenced rows " + rows.size()));
        }
        double[] beta = ols.coefficients();
        double[] se = ols.standardErrors();
        double rss = ols.ssr();
        if (!Double.isFinite(rss) || !Double.isFinite(sumSq)) {
            throw tooLarge(rss);
        }
        if (!(rss > 1e-24 * sumSq)) {
            throw new IllegalArgumentException("Argument 'y' must vary after differencing and regression on "
                    + problem.spec.coefficientNames().subList(problem.narma, problem.narma + k)
                    + " but is fitted exactly (residual sum of squares " + rss + ")");
        }
        for (int j = 0; j < k; j++) {
            start[problem.narma + j] = beta[j];
            // R's parscale for the regression coefficients: 10 standard errors.
            double s = 10 * se[j];
            scale[problem.narma + j] = s > 0 && Double.isFinite(s) ? s : Math.max(1, Math.abs(beta[j]));
        }
    }

    private static IllegalArgumentException tooLarge(double sumOfSquares) {
        return new IllegalArgumentException("Argument 'y' has values too large for ARIMA: the sums of squares of the"
                + " differenced series overflow (" + sumOfSquares + "); rescale it, e.g. divide it by a power of ten");
    }

    private static void applyStartValues(ArimaSpec spec, List<String> names, ArimaProblem problem, double[] start) {
        for (Map.Entry<String, Double> e : spec.startValues().entrySet()) {
            start[names.indexOf(e.getKey())] = e.getValue();
        }
        double[] ar = ArimaProblem.slice(start, 0, problem.np);
        double[] sar = ArimaProblem.slice(start, problem.np + problem.nq, problem.nsp);
        for (double[] part : new double[][] {ar, sar}) {
            if (part.length > 0 && !Polynomials.isStationary(part)) {
                throw new IllegalArgumentException("Argument 'start' must give a stationary AR part (every root of"
                        + " 1 - phi_1 z - ... outside the unit circle) but gives " + java.util.Arrays.toString(part));
            }
        }
    }

    private static boolean arStationary(ArimaProblem problem, double[] coef) {
        double[] ar = ArimaProblem.slice(coef, 0, problem.np);
        double[] sar = ArimaProblem.slice(coef, problem.np + problem.nq, problem.nsp);
        return (ar.length == 0 || Polynomials.isStationary(ar)) && (sar.length == 0 || Polynomials.isStationary(sar));
    }

    /** Reflects non-invertible MA parts whose coefficients are all free; true if anything changed. */
    private static boolean invertMaParts(ArimaProblem problem, boolean[] fixed, double[] coef) {
        boolean changed = false;
        int[][] blocks = {{problem.np, problem.nq}, {problem.np + problem.nq + problem.nsp, problem.nsq}};
        for (int[] b : blocks) {
            if (b[1] == 0 || anyFixed(fixed, b[0], b[1])) {
                continue;
            }
            double[] ma = ArimaProblem.slice(coef, b[0], b[1]);
            double[] inv = Polynomials.invertMa(ma);
            if (inv != ma) {
                System.arraycopy(inv, 0, coef, b[0], b[1]);
                changed = true;
            }
        }
        return changed;
    }

    private static boolean anyFixed(boolean[] fixed, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (fixed[i]) {
                return true;
            }
        }
        return false;
    }

    /** An optimiser that stays at its start: used to take the Hessian at a given point. */
    private static OptimizationResult stay(ToDoubleFunction<double[]> objective, double[] start) {
        return new OptimizationResult(start, objective.applyAsDouble(start), 0, 1, 0, true);
    }

    /** The coefficients, their covariance (null if unavailable) and the optimiser's result. */
    private record Estimate(double[] coef, double[][] covariance, MleResult mle) {
    }

    /**
     * Maximises the exact (or CSS) log-likelihood. The optimiser sees the ARMA coefficients
     * (AR blocks through the partial-autocorrelation transform when exact and no coefficient of
     * the block is fixed, as R's {@code transform.pars}) and the regression coefficients as
     * {@code (beta - beta_0) / scale}.
     */
    private static Estimate maximise(ArimaProblem problem, List<String> names, boolean[] fixed, double[] start,
            double[] scale, boolean exact, Optimizer optimizer) {
        int kAll = start.length;
        double[] origin = start.clone();
        List<ParameterBlock> blocks = new ArrayList<>();
        int i = 0;
        int[] arBlockEnds = {problem.np, problem.np + problem.nq + problem.nsp};
        int[] arBlockStarts = {0, problem.np + problem.nq};
        while (i < kAll) {
            boolean isArBlockStart = false;
            for (int b = 0; b < 2; b++) {
                int from = arBlockStarts[b];
                int len = arBlockEnds[b] - from;
                if (exact && i == from && len > 0 && !anyFixed(fixed, from, len)) {
                    blocks.add(new ParameterBlock(names.subList(from, from + len), ArimaProblem.slice(start, from, len),
                            ParameterTransform.stationaryAr(len), false));
                    i += len;
                    isArBlockStart = true;
                    break;
                }
            }
            if (isArBlockStart) {
                continue;
            }
            boolean reg = i >= problem.narma;
            double value = reg ? 0 : start[i];
            blocks.add(new ParameterBlock(List.of(names.get(i)), new double[] {value}, ParameterTransform.identity(),
                    fixed[i]));
            i++;
        }
        // Per observation, as R's armafn and armaCSS: gradients of order one keep the first
        // quasi-Newton steps (from an identity Hessian) in a sensible range.
        double perObs = 1.0 / problem.nUsed;
        ToDoubleFunction<double[]> ll = z -> {
            double[] coef = toCoefficients(problem, z, origin, scale);
            return perObs * (exact ? problem.exactLogLikelihood(coef) : problem.cssLogLikelihood(coef));
        };
        if (blocks.isEmpty() || allFixed(fixed)) {
            double v = ll.applyAsDouble(toOptimizer(problem, start));
            if (!Double.isFinite(v)) {
                throw new EstimationException("The likelihood of " + problem.spec + " cannot be evaluated at the fixed"
                        + " coefficients", List.of("log-likelihood " + v));
            }
            if (blocks.isEmpty()) {
                // No coefficient at all (e.g. ARIMA(0,1,0)): a placeholder block the likelihood ignores.
                blocks.add(ParameterBlock.fixed("none", 0));
            }
            MleResult mle = MaximumLikelihood.of(ArimaEstimation::stay).maximize(blocks, ll);
            return new Estimate(start.clone(), new double[kAll][kAll], mle);
        }
        MleResult mle;
        try {
            mle = MaximumLikelihood.of(optimizer).maximize(blocks, ll);
        } catch (IllegalArgumentException ex) {
            throw new EstimationException("The " + (exact ? "likelihood" : "conditional sum of squares") + " of "
                    + problem.spec + " cannot be evaluated at the start values", List.of(ex.getMessage()));
        }
        double[] coef = toCoefficients(problem, mle.estimates(), origin, scale);
        double[][] cov = null;
        if (mle.hasStandardErrors()) {
            cov = mle.covariance();
            for (int a = 0; a < kAll; a++) {
                for (int b = 0; b < kAll; b++) {
                    double sa = a >= problem.narma ? scale[a] : 1;
                    double sb = b >= problem.narma ? scale[b] : 1;
                    cov[a][b] *= sa * sb * perObs;
                }
            }
            for (int a = 0; a < kAll; a++) {
                for (int b = 0; b < a; b++) {
                    double v = 0.5 * (cov[a][b] + cov[b][a]);
                    cov[a][b] = v;
                    cov[b][a] = v;
                }
            }
        }
        return new Estimate(coef, cov, mle);
    }

    private static boolean allFixed(boolean[] fixed) {
        for (boolean f : fixed) {
            if (!f) {
                return false;
            }
        }
        return true;
    }

    private static double[] toCoefficients(ArimaProblem problem, double[] z, double[] origin, double[] scale) {
        // A placeholder block (no coefficient at all) makes z longer than the coefficients.
        double[] coef = java.util.Arrays.copyOf(z, origin.length);
        for (int j = problem.narma; j < coef.length; j++) {
            coef[j] = origin[j] + scale[j] * z[j];
        }
        return coef;
    }

    private static double[] toOptimizer(ArimaProblem problem, double[] coef) {
        double[] z = coef.clone();
        for (int j = problem.narma; j < z.length; j++) {
            z[j] = 0;
        }
        return z;
    }

    /** R's CSS residuals: zero for the d + D s + p + P s conditioned on, NaN where missing. */
    private static double[] cssResiduals(ArimaProblem problem, double[] coef) {
        ArmaSystem sys = problem.system(coef);
        double[] u = problem.regressionResiduals(coef);
        double[] w = Polynomials.difference(u, problem.delta);
        int pReal = problem.np + problem.spec.period() * problem.nsp;
        int qReal = problem.nq + problem.spec.period() * problem.nsq;
        double[] resid = new double[problem.n];
        double[] e = new double[w.length];
        for (int l = pReal; l < w.length; l++) {
            double tmp = w[l];
            for (int j = 0; j < pReal; j++) {
                tmp -= sys.phi[j] * w[l - j - 1];
            }
            for (int j = 0; j < Math.min(l - pReal, qReal); j++) {
                tmp -= sys.rvec[j + 1] * e[l - j - 1];
            }
            e[l] = Double.isNaN(tmp) ? 0 : tmp;
            resid[l + problem.dd] = tmp;
        }
        for (int t = 0; t < problem.n; t++) {
            if (Double.isNaN(problem.y[t])) {
                resid[t] = Double.NaN;
            }
        }
        return resid;
    }
}
