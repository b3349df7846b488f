package io.github.basisspread.models.regime;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.optim.MaximumLikelihood;
import io.github.basisspread.models.optim.MleResult;
import io.github.basisspread.models.optim.NumericalDerivatives;
import io.github.basisspread.models.optim.OptimizationResult;
import io.github.basisspread.models.optim.Optimizer;
import io.github.basisspread.models.optim.ParameterBlock;
import io.github.basisspread.models.optim.ParameterTransform;
import io.github.basisspread.models.regime.Layout.Params;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One fit: the starts, each refined by EM (Hamilton 1990) then by BFGS on the exact likelihood,
 * the best kept, its regimes put in a canonical order, and its standard errors from the
 * numerical Hessian. Not thread-safe (holds the filter's work arrays); one instance per fit.
 */
final class Estimation {

    /** A variance below this fraction of the sample variance is a collapsed regime. */
    static final double COLLAPSED_VARIANCE = 1e-6;
    /** A regime with fewer expected observations than this has emptied. */
    static final double EMPTY_REGIME = 1.0;
    /** Transition probabilities are kept this far inside (0, 1) by the EM step. */
    private static final double PROBABILITY_FLOOR = 1e-8;

    private final MarkovSwitchingSpec spec;
    private final Layout layout;
    private final HamiltonFilter filter;
    private final double sampleVariance;
    /** internal (optimiser block) order -> public index. */
    private final int[] internalToPublic;
    private final ParameterTransform[] blockTransforms;
    private final int[] blockOffsets;
    private int evaluations;

    Estimation(MarkovSwitchingSpec spec, Layout layout, HamiltonFilter filter) {
        this.spec = spec;
        this.layout = layout;
        this.filter = filter;
        double mean = 0;
        for (int t = filter.p; t < filter.n; t++) {
            mean += filter.y[t];
        }
        mean /= filter.nobs;
        double v = 0;
        for (int t = filter.p; t < filter.n; t++) {
            v += (filter.y[t] - mean) * (filter.y[t] - mean);
        }
        this.sampleVariance = v / filter.nobs;
        // Optimiser order: one simplex per row of the transition matrix, the mean columns and the
        // variances as published, then the AR lags of each regime together (one stationary block).
        int k = layout.k;
        List<Integer> order = new ArrayList<>();
        List<ParameterTransform> transforms = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            offsets.add(order.size());
            transforms.add(ParameterTransform.simplex(k - 1));
            for (int j = 0; j < k - 1; j++) {
                order.add(layout.publicIndexOfTransition(i, j));
            }
        }
        for (int idx = k * (k - 1); idx < layout.arOffset; idx++) {
            offsets.add(order.size());
            transforms.add(idx >= layout.varianceOffset ? ParameterTransform.positiveExp()
                    : ParameterTransform.identity());
            order.add(idx);
        }
        if (layout.order > 0) {
            for (int s = 0; s < (layout.switchingAr ? k : 1); s++) {
                offsets.add(order.size());
                transforms.add(ParameterTransform.stationaryAr(layout.order));
                for (int l = 1; l <= layout.order; l++) {
                    order.add(layout.arIndex(l, s));
                }
            }
        }
        internalToPublic = order.stream().mapToInt(Integer::intValue).toArray();
        blockTransforms = transforms.toArray(new ParameterTransform[0]);
        blockOffsets = offsets.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The outcome of one start. */
    record Start(int index, double[] estimates, double logLikelihood, boolean converged, boolean degenerate,
            String note, int iterations) {
    }

    /** Everything the fit keeps. */
    record Result(double[] estimates, double[] standardErrors, double logLikelihood, ConvergenceInfo convergence,
            List<Start> starts, int startsAtBest, HamiltonFilter.Output output) {
    }

    Result run() {
        SplittableRandom random = new SplittableRandom(spec.seed());
        List<Start> starts = new ArrayList<>();
        for (int r = 0; r < spec.starts(); r++) {
            double[] start = r == 0 ? defaultStart() : randomStart(random);
            starts.add(refine(r, start));
        }
        Start best = null;
        for (Start s : starts) {
            if (!s.degenerate() && s.logLikelihood() > Double.NEGATIVE_INFINITY
                    && (best == null || s.logLikelihood() > best.logLikelihood())) {
                best = s;
            }
        }
        if (best == null) {
            List<String> facts = new ArrayList<>();
            for (Start s : starts) {
                facts.add("start " + s.index() + ": log-likelihood " + s.logLikelihood() + ", " + s.note());
            }
            throw new EstimationException("No start of the Markov-switching fit (" + starts.size()
                    + ") reached a proper maximum: every one collapsed a regime (a variance to zero or a regime"
                    + " with no observations) or left the likelihood undefined; try fewer regimes", facts);
        }
        int atBest = 0;
        double tol = 1e-4 + 1e-8 * Math.abs(best.logLikelihood());
        for (Start s : starts) {
            if (!s.degenerate() && Math.abs(s.logLikelihood() - best.logLikelihood()) <= tol) {
                atBest++;
            }
        }
        double[] point = canonical(best.estimates());
        double[] estimates;
        double ll;
        double[] se;
        ConvergenceInfo info;
        if (layout.transitionOnBoundary(point)) {
            // A transition probability at 0 or 1 (EM can put it there): the optimum is on the
            // boundary, the softmax coordinates cannot reach it, and no standard error exists.
            estimates = point;
            ll = logLikelihood(point);
            se = new double[point.length];
            java.util.Arrays.fill(se, Double.NaN);
            // The gradient norm over the other (interior) parameters: the transition probabilities
            // on the boundary have no two-sided derivative.
            int nt = layout.k * (layout.k - 1);
            double[] fixedPoint = point;
            double[] g = NumericalDerivatives.gradient(x -> {
                double[] v = fixedPoint.clone();
                System.arraycopy(x, 0, v, nt, x.length);
                return logLikelihood(v);
            }, java.util.Arrays.copyOfRange(point, nt, point.length));
            double norm = 0;
            for (double gi : g) {
                norm += gi * gi;
            }
            norm = Math.sqrt(norm);
            boolean finite = Double.isFinite(norm);
            info = new ConvergenceInfo(best.iterations(), evaluations, finite ? norm : Double.MAX_VALUE,
                    best.converged() && finite);
        } else {
            MleResult mle = standardErrors(point);
            estimates = toPublic(mle.estimates());
            ll = mle.logLikelihood();
            if (!(ll >= best.logLikelihood())) {
                estimates = point;
                ll = logLikelihood(point);
            }
            se = toPublic(mle.standardErrors());
            double[] natural = naturalStandardErrors(estimates, se);
            if (natural != null) {
                se = natural;
            }
            ConvergenceInfo c = mle.convergence();
            info = new ConvergenceInfo(best.iterations() + c.iterations(), evaluations, c.gradientNorm(),
                    best.converged() || c.converged());
        }
        HamiltonFilter.Output out = filter.filterAndSmooth(layout.unpack(estimates));
        return new Result(estimates, se, ll, info, List.copyOf(starts), atBest, out);
    }

    double logLikelihood(double[] publicVector) {
        evaluations++;
        return filter.logLikelihood(layout.unpack(publicVector));
    }

    /** EM from a start, then BFGS; the degenerate checks on the result. */
    private Start refine(int index, double[] start) {
        double[] em = em(start, spec.emIterations());
        if (em == null) {
            return new Start(index, start, Double.NEGATIVE_INFINITY, false, true, "likelihood undefined at the start", 0);
        }
        double[] u = toUnconstrained(em);
        OptimizationResult opt;
        try {
            opt = Optimizer.bfgs(spec.maxIterations(), 1e-9).minimize(v -> -logLikelihood(toPublic(v, true)), u);
        } catch (IllegalArgumentException e) {
            return new Start(index, em, Double.NEGATIVE_INFINITY, false, true, "likelihood undefined after EM", 0);
        }
        double[] x = toPublic(opt.point(), true);
        double ll = -opt.value();
        String why = degenerate(x);
        return new Start(index, x, ll, opt.converged(), why != null,
                why == null ? (opt.converged() ? "converged" : "not converged") : why, opt.iterations());
    }

    /** Why the point is a collapsed regime, or null. */
    private String degenerate(double[] x) {
        Params p = layout.unpack(x);
        for (int s = 0; s < layout.k; s++) {
            if (p.variance[s] < COLLAPSED_VARIANCE * sampleVariance) {
                return "regime " + s + " variance " + p.variance[s] + " collapsed (sample variance " + sampleVariance
                        + ")";
            }
        }
        HamiltonFilter.Output o = filter.filterAndSmooth(p);
        if (o == null) {
            return "likelihood undefined";
        }
        double[][] m = filter.marginal(o.smoothedJoint);
        for (int s = 0; s < layout.k; s++) {
            double occupancy = 0;
            for (double[] row : m) {
                occupancy += row[s];
            }
            if (occupancy < EMPTY_REGIME) {
                return "regime " + s + " emptied: expected " + occupancy + " observations";
            }
        }
        return null;
    }

    /** The step of the natural-coordinate Hessian, as a fraction of the parameter's first standard error. */
    private static final double NATURAL_STEP = 1e-2;

    /**
     * The standard errors as statsmodels 0.13 computes them (its {@code cov_type="approx"}: the
     * pseudo-inverse of the negative Hessian of the log-likelihood in the natural parameters, the
     * free transition probabilities among them, {@code MarkovSwitching.hessian}). statsmodels takes
     * that Hessian by complex-step differences ({@code numdiff.approx_hess_cs}, Ridout 2009, eq.
     * 10) with steps {@code EPS^(1/3) max(|x_i|, 0.1)}, accurate to about 1e-10; the Hamilton filter
     * here is real, so the Hessian is central differences with each step 1/100 of the parameter's
     * standard error from the BFGS pass: on the scale of the likelihood's curvature, so that the
     * truncation error (about {@code (h / se)^2 / 12}) and the rounding noise of the summed
     * likelihood (about 1e-11 over thousands of observations, against a second difference of
     * {@code (h / se)^2}) both stay near 1e-6 relative. A step proportional to the parameter
     * instead ({@code 1e-4 max(|x_i|, 0.1)}) left errors near 1e-3 on a rare regime's constant,
     * from that rounding noise; the Hessian of the BFGS pass (central differences of step
     * {@code EPS^(1/4) max(|u_i|, 1)} in the unconstrained coordinates, carried by the delta
     * method, accepted up to an estimated 5 % error) differed from statsmodels' by up to 0.26 %.
     * Null when a step leaves the domain or the Hessian is not negative definite (the caller keeps
     * the BFGS pass's).
     */
    private double[] naturalStandardErrors(double[] x, double[] firstErrors) {
        int k = x.length;
        double[] h = new double[k];
        for (int i = 0; i < k; i++) {
            double scale = firstErrors[i];
            h[i] = scale > 0 && Double.isFinite(scale) ? NATURAL_STEP * scale : 1e-4 * Math.max(Math.abs(x[i]), 0.1);
        }
        double f0 = logLikelihood(x);
        double[] y = x.clone();
        double[][] info = new double[k][k];
        boolean[] outside = new boolean[k];
        for (int i = 0; i < k; i++) {
            // a transition probability within a step of 0 or 1 (its row's implied last one too)
            y[i] = x[i] + h[i];
            outside[i] = layout.transitionOnBoundary(y);
            y[i] = x[i] - h[i];
            outside[i] |= layout.transitionOnBoundary(y);
            y[i] = x[i];
        }
        for (int i = 0; i < k; i++) {
            if (outside[i]) {
                Arrays.fill(info[i], Double.NaN);
                for (int j = 0; j < i; j++) {
                    info[j][i] = Double.NaN;
                }
                continue;
            }
            y[i] = x[i] + h[i];
            double fp = safeLogLikelihood(y);
            y[i] = x[i] - h[i];
            double fm = safeLogLikelihood(y);
            y[i] = x[i];
            info[i][i] = -(fp - 2 * f0 + fm) / (h[i] * h[i]);
            for (int j = 0; j < i; j++) {
                if (outside[j]) {
                    info[i][j] = Double.NaN;
                    continue;
                }
                double sum = 0;
                for (int a = -1; a <= 1; a += 2) {
                    for (int b = -1; b <= 1; b += 2) {
                        y[i] = x[i] + a * h[i];
                        y[j] = x[j] + b * h[j];
                        sum += a * b * safeLogLikelihood(y);
                    }
                }
                y[i] = x[i];
                y[j] = x[j];
                info[i][j] = -sum / (4 * h[i] * h[j]);
                info[j][i] = info[i][j];
            }
        }
        // A parameter whose steps leave the domain (a transition probability within a step of 0 or
        // 1, an optimum on the boundary) has no two-sided derivative: its row is left out, its
        // standard error is NaN, and the others come from the Hessian of the rest.
        int[] keep = new int[k];
        int m = 0;
        for (int i = 0; i < k; i++) {
            boolean finite = true;
            for (int j = 0; j < k; j++) {
                finite &= Double.isFinite(info[i][j]) || !Double.isFinite(info[j][j]);
            }
            if (finite && Double.isFinite(info[i][i])) {
                keep[m++] = i;
            }
        }
        if (m == 0) {
            return null;
        }
        double[][] sub = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                sub[a][b] = info[keep[a]][keep[b]];
            }
        }
        double[][] cov = io.github.basisspread.models.linalg.Cholesky.inverse(sub);
        if (cov == null) {
            return null;
        }
        double[] se = new double[k];
        Arrays.fill(se, Double.NaN);
        for (int a = 0; a < m; a++) {
            se[keep[a]] = cov[a][a] > 0 ? Math.sqrt(cov[a][a]) : Double.NaN;
        }
        return se;
    }

    /** The log-likelihood, NaN where the parameters leave the domain. */
    private double safeLogLikelihood(double[] publicVector) {
        try {
            double v = logLikelihood(publicVector);
            return v == Double.NEGATIVE_INFINITY ? Double.NaN : v;
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    /** The Hessian pass: BFGS from the point (it stops at once) and the observed information. */
    private MleResult standardErrors(double[] point) {
        List<ParameterBlock> blocks = new ArrayList<>();
        for (int b = 0; b < blockTransforms.length; b++) {
            int from = blockOffsets[b];
            int size = blockTransforms[b].size();
            List<String> names = new ArrayList<>();
            double[] start = new double[size];
            for (int i = 0; i < size; i++) {
                names.add(layout.names.get(internalToPublic[from + i]));
                start[i] = point[internalToPublic[from + i]];
            }
            blocks.add(new ParameterBlock(names, start, blockTransforms[b], false));
        }
        return MaximumLikelihood.of(Optimizer.bfgs(spec.maxIterations(), 1e-9))
                .maximize(blocks, internal -> logLikelihood(toPublic(internal)));
    }

    /** Public vector of an internal natural vector. */
    private double[] toPublic(double[] internal) {
        double[] out = new double[internal.length];
        for (int i = 0; i < internal.length; i++) {
            out[internalToPublic[i]] = internal[i];
        }
        return out;
    }

    /** Public natural vector of an unconstrained internal vector. */
    private double[] toPublic(double[] u, boolean unconstrained) {
        double[] internal = new double[u.length];
        for (int b = 0; b < blockTransforms.length; b++) {
            blockTransforms[b].constrain(u, blockOffsets[b], internal);
        }
        return toPublic(internal);
    }

    private double[] toUnconstrained(double[] publicVector) {
        double[] internal = new double[publicVector.length];
        for (int i = 0; i < internal.length; i++) {
            internal[i] = publicVector[internalToPublic[i]];
        }
        double[] u = new double[internal.length];
        for (int b = 0; b < blockTransforms.length; b++) {
            blockTransforms[b].unconstrain(internal, blockOffsets[b], u);
        }
        return u;
    }

    /**
     * Regimes in a canonical order, so that every start and every run names them alike: by the
     * first switching mean coefficient (the constant), else by the variance, else by the first AR
     * coefficient, ascending.
     */
    double[] canonical(double[] x) {
        Params p = layout.unpack(x);
        int k = layout.k;
        double[] key = new double[k];
        int column = -1;
        for (int c = 0; c < layout.columns; c++) {
            if (layout.switchingColumn[c]) {
                column = c;
                break;
            }
        }
        for (int s = 0; s < k; s++) {
            key[s] = column >= 0 ? p.coefficients[s][column]
                    : layout.switchingVariance ? p.variance[s]
                    : layout.switchingAr ? p.ar[s][0] : s;
        }
        Integer[] perm = new Integer[k];
        for (int s = 0; s < k; s++) {
            perm[s] = s;
        }
        Arrays.sort(perm, (a, b) -> Double.compare(key[a], key[b]));
        int[] pr = new int[k];
        for (int s = 0; s < k; s++) {
            pr[s] = perm[s];
        }
        return layout.relabel(x, pr);
    }

    // ---- starts ----

    /** Least squares of y_t on [x_t, y_{t-1}, ..., y_{t-p}] over the modelled observations. */
    private double[] ols(double[] weights) {
        int cols = layout.columns + layout.order;
        double[][] a = new double[cols][cols];
        double[] b = new double[cols];
        double[] z = new double[cols];
        for (int t = filter.p; t < filter.n; t++) {
            double w = weights == null ? 1 : weights[t - filter.p];
            if (w == 0) {
                continue;
            }
            row(t, z);
            for (int i = 0; i < cols; i++) {
                b[i] += w * z[i] * filter.y[t];
                for (int j = 0; j < cols; j++) {
                    a[i][j] += w * z[i] * z[j];
                }
            }
        }
        return solve(a, b);
    }

    private void row(int t, double[] z) {
        int c = layout.columns;
        System.arraycopy(filter.x[t], 0, z, 0, c);
        for (int l = 1; l <= layout.order; l++) {
            z[c + l - 1] = filter.y[t - l];
        }
    }

    /** Gaussian elimination with partial pivoting and a tiny ridge; zeros where singular. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(a[i][i]));
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][i] += 1e-10 * scale;
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
                    piv = r;
                }
            }
            double[] t = m[piv];
            m[piv] = m[col];
            m[col] = t;
            if (!(Math.abs(m[col][col]) > 0)) {
                return new double[n];
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * x[j];
            }
            x[i] = s / m[i][i];
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return new double[n];
            }
        }
        return x;
    }

    /**
     * The regression of regime s as the mean-form parameters: the coefficients of x (the
     * intercept form divided by {@code 1 - sum phi}, the mean of an AR) and the AR coefficients
     * made stationary.
     */
    private void toMeanForm(double[] coef, double[] beta, double[] phi) {
        int c = layout.columns;
        System.arraycopy(coef, c, phi, 0, layout.order);
        stationarise(phi);
        double sum = 0;
        for (double v : phi) {
            sum += v;
        }
        double denom = 1 - sum;
        if (Math.abs(denom) < 0.05) {
            denom = Math.copySign(0.05, denom);
        }
        for (int i = 0; i < c; i++) {
            beta[i] = coef[i] / denom;
        }
    }

    private void stationarise(double[] phi) {
        if (phi.length == 0) {
            return;
        }
        ParameterTransform ar = ParameterTransform.stationaryAr(phi.length);
        double[] u = new double[phi.length];
        for (int tries = 0; tries < 200; tries++) {
            try {
                ar.unconstrain(phi, 0, u);
                return;
            } catch (IllegalArgumentException e) {
                for (int i = 0; i < phi.length; i++) {
                    phi[i] *= 0.9;
                }
            }
        }
        Arrays.fill(phi, 0);
    }

    private double residualVariance(double[] coef, double[] weights) {
        int cols = coef.length;
        double[] z = new double[cols];
        double s = 0;
        double w = 0;
        for (int t = filter.p; t < filter.n; t++) {
            double wt = weights == null ? 1 : weights[t - filter.p];
            row(t, z);
            double e = filter.y[t];
            for (int i = 0; i < cols; i++) {
                e -= coef[i] * z[i];
            }
            s += wt * e * e;
            w += wt;
        }
        return w > 0 ? s / w : sampleVariance;
    }

    /** statsmodels-like: persistent regimes, the constant spread over the quantiles of y. */
    private double[] defaultStart() {
        int k = layout.k;
        Params p = new Params(k, layout.columns, layout.order);
        double[] coef = ols(null);
        double v = Math.max(residualVariance(coef, null), 1e-12 * Math.max(sampleVariance, 1));
        double[] sorted = Arrays.copyOfRange(filter.y, filter.p, filter.n);
        Arrays.sort(sorted);
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < k; j++) {
                p.transition[s][j] = s == j ? 0.9 : 0.1 / (k - 1);
            }
            double[] beta = new double[layout.columns];
            toMeanForm(coef, beta, p.ar[s]);
            p.coefficients[s] = beta;
            if (spec.hasConstant() && layout.switchingColumn[0]) {
                p.coefficients[s][0] = quantile(sorted, (s + 0.5) / k);
            }
            p.variance[s] = layout.switchingVariance ? v * (0.5 + s / (double) Math.max(1, k - 1)) : v;
        }
        return layout.pack(p, null);
    }

    private double[] randomStart(SplittableRandom random) {
        int k = layout.k;
        Params p = new Params(k, layout.columns, layout.order);
        double[] coef = ols(null);
        double v = Math.max(residualVariance(coef, null), 1e-12 * Math.max(sampleVariance, 1));
        double[] sorted = Arrays.copyOfRange(filter.y, filter.p, filter.n);
        Arrays.sort(sorted);
        double[] levels = new double[k];
        for (int s = 0; s < k; s++) {
            levels[s] = quantile(sorted, random.nextDouble());
        }
        Arrays.sort(levels);
        for (int s = 0; s < k; s++) {
            double stay = 0.5 + 0.49 * random.nextDouble();
            double[] split = new double[k];
            double tot = 0;
            for (int j = 0; j < k; j++) {
                split[j] = j == s ? 0 : 0.1 + random.nextDouble();
                tot += split[j];
            }
            for (int j = 0; j < k; j++) {
                p.transition[s][j] = j == s ? stay : (1 - stay) * split[j] / tot;
            }
            double[] c = coef.clone();
            for (int i = layout.columns; i < c.length; i++) {
                c[i] *= 0.3 + 0.9 * random.nextDouble();
            }
            for (int i = spec.hasConstant() ? 1 : 0; i < layout.columns; i++) {
                c[i] *= 1 + 0.5 * (random.nextDouble() - 0.5);
            }
            toMeanForm(c, p.coefficients[s], p.ar[s]);
            if (spec.hasConstant() && layout.switchingColumn[0]) {
                p.coefficients[s][0] = levels[s];
            }
            p.variance[s] = v * Math.exp(-2 + 2.5 * random.nextDouble());
        }
        return layout.pack(p, null);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    // ---- EM ----

    /**
     * EM iterations (Hamilton 1990): the E step is the filter and Kim smoother; the M step updates
     * the transition matrix from the expected transition counts (exact) and each regime's
     * regression by least squares weighted by its smoothed probabilities (exact for a switching
     * regression; for an autoregression with switching means, the intercept form of each regime
     * turned into the mean form, the start statsmodels uses too). Keeps the best point seen, since
     * that approximate step need not raise the likelihood. Null if the start is undefined.
     */
    private double[] em(double[] start, int iterations) {
        double[] x = start;
        Params p = layout.unpack(x);
        HamiltonFilter.Output o = filter.filterAndSmooth(p);
        evaluations++;
        if (o == null) {
            return null;
        }
        double[] best = x;
        double bestLl = o.logLikelihood;
        int k = layout.k;
        for (int it = 0; it < iterations; it++) {
            double[][] m = filter.marginal(o.smoothedJoint);
            Params q = new Params(k, layout.columns, layout.order);
            double[] occupancy = new double[k];
            double pooledSum = 0;
            for (int s = 0; s < k; s++) {
                double rowSum = 0;
                for (int j = 0; j < k; j++) {
                    rowSum += o.transitionCounts[s][j];
                }
                for (int j = 0; j < k; j++) {
                    double pr = rowSum > 0 ? o.transitionCounts[s][j] / rowSum : p.transition[s][j];
                    q.transition[s][j] = Math.min(Math.max(pr, PROBABILITY_FLOOR), 1 - PROBABILITY_FLOOR);
                }
                double tot = 0;
                for (int j = 0; j < k; j++) {
                    tot += q.transition[s][j];
                }
                for (int j = 0; j < k; j++) {
                    q.transition[s][j] /= tot;
                }
                double[] w = new double[filter.nobs];
                for (int t = 0; t < filter.nobs; t++) {
                    w[t] = m[t][s];
                    occupancy[s] += w[t];
                }
                double[] coef = ols(w);
                toMeanForm(coef, q.coefficients[s], q.ar[s]);
                double rv = residualVariance(coef, w);
                q.variance[s] = rv;
                pooledSum += rv * occupancy[s];
            }
            double floor = COLLAPSED_VARIANCE * 10 * Math.max(sampleVariance, 1e-300);
            for (int s = 0; s < k; s++) {
                double v = layout.switchingVariance ? q.variance[s] : pooledSum / filter.nobs;
                q.variance[s] = Math.max(v, floor);
            }
            double[] next = layout.pack(q, occupancy);
            Params np = layout.unpack(next);
            HamiltonFilter.Output no = filter.filterAndSmooth(np);
            evaluations++;
            if (no == null) {
                break;
            }
            x = next;
            p = np;
            o = no;
            if (o.logLikelihood > bestLl) {
                best = x;
                bestLl = o.logLikelihood;
            }
        }
        return best;
    }
}
