package io.github.basisspread.models.statespace;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.optim.MaximumLikelihood;
import io.github.basisspread.models.optim.MleResult;
import io.github.basisspread.models.optim.NumericalDerivatives;
import io.github.basisspread.models.optim.Optimizer;
import io.github.basisspread.models.optim.ParameterBlock;
import java.util.List;
import java.util.function.Function;

/** Shared fitting steps of the canned models (internal). */
final class CannedModels {

    /** Convergence warnings of non-strict fits (the package's logger; no logging dependency). */
    private static final System.Logger LOG = System.getLogger("io.github.basisspread.models.statespace");

    private CannedModels() {
    }

    static double[] checkSeries(double[] y, int minObserved, String what) {
        ArgChecker.notNull(y, "y");
        int observed = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isInfinite(y[i])) {
                throw new IllegalArgumentException("Argument 'y' must hold finite values or NaN (missing) but element "
                        + i + " is " + y[i]);
            }
            observed += Double.isNaN(y[i]) ? 0 : 1;
        }
        if (observed < minObserved) {
            throw new IllegalArgumentException("Argument 'y' must hold at least " + minObserved + " observed values for "
                    + what + " but has " + observed);
        }
        refuseOverflow(y, what);
        return y.clone();
    }

    /**
     * Refuses data whose sum of squares overflows: no variance, start value or likelihood of such
     * data can be computed in double precision, so the fit cannot proceed (before, the start
     * values or the fitted model's variances came out infinite and escaped as an
     * IllegalArgumentException from the model's constructor).
     */
    private static void refuseOverflow(double[] y, String what) {
        double sumOfSquares = 0;
        double largest = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                sumOfSquares += v * v;
                largest = Math.max(largest, Math.abs(v));
            }
        }
        if (sumOfSquares == Double.POSITIVE_INFINITY) {
            throw new EstimationException("Cannot estimate " + what + ": the sum of squares of the data overflows"
                    + " (largest magnitude " + largest + "); the data hold values too large to square in double"
                    + " precision (rescale them)", List.of("largest magnitude " + largest));
        }
    }

    /** Sample variance of the observed values of x (NaN skipped), at least a tiny positive number. */
    static double variance(double[] x) {
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += v;
                s2 += v * v;
                n++;
            }
        }
        double mean = s / n;
        double var = Math.max(0, s2 / n - mean * mean);
        return var > 0 ? var : 1.0;
    }

    /** Fits by maximum likelihood and builds the fitted model at the estimates. */
    static StateSpaceFit fit(Optimizer optimizer, boolean strict, List<ParameterBlock> blocks,
            Function<double[], StateSpaceModel> build, double[] y, String name) {
        MleResult r = MaximumLikelihood.of(optimizer).maximize(blocks, x -> {
            try {
                return KalmanFilter.logLikelihood(build.apply(x), y);
            } catch (IllegalArgumentException ex) {
                // A trial point outside the model's domain: reject it without stopping the search.
                return Double.NEGATIVE_INFINITY;
            }
        });
        double[] se = r.hasStandardErrors() ? r.standardErrors() : nanArray(r.estimates().length);
        return finish(strict, name, r.names(), r.estimates(), se, r.convergence(), build.apply(r.estimates()), y);
    }

    /**
     * Fits with the scale profiled out (Harvey 1989, sec. 3.4; Durbin and Koopman 2012, sec. 7.2.3):
     * every variance is written as a ratio to the first one, sigma2_epsilon, the optimizer searches
     * the ratios only, at H = 1, and sigma2_epsilon is then the concentrated scale. {@code build}
     * takes the full variances (sigma2_epsilon first, the model linear in them); standard errors come
     * from the Hessian of the full log-likelihood at the estimates, as for the local level.
     */
    static StateSpaceFit fitConcentrated(Optimizer optimizer, boolean strict, List<String> names,
            List<ParameterBlock> ratioBlocks, Function<double[], StateSpaceModel> build, double[] y, String name) {
        MleResult r = MaximumLikelihood.of(optimizer).maximize(ratioBlocks, q -> {
            try {
                return KalmanFilter.run(build.apply(withScale(1, q)), y, y.length, KalmanEngine.Storage.LIKELIHOOD)
                        .concentratedLogLikelihood();
            } catch (IllegalArgumentException ex) {
                return Double.NEGATIVE_INFINITY;
            }
        });
        double[] q = r.estimates();
        double s2 = KalmanFilter.run(build.apply(withScale(1, q)), y, y.length, KalmanEngine.Storage.LIKELIHOOD)
                .concentratedScale();
        double[] est = withScale(s2, q);
        for (int i = 1; i < est.length; i++) {
            est[i] *= s2;
        }
        double[][] h = NumericalDerivatives.hessian(x -> {
            for (double v : x) {
                if (!(v >= 0)) {
                    return Double.NaN;
                }
            }
            return KalmanFilter.logLikelihood(build.apply(x), y);
        }, est);
        return finish(strict, name, names, est, LocalLevel.standardErrors(h), r.convergence(), build.apply(est), y);
    }

    /** {scale, q_1, ..., q_k}. */
    private static double[] withScale(double scale, double[] q) {
        double[] out = new double[q.length + 1];
        out[0] = scale;
        System.arraycopy(q, 0, out, 1, q.length);
        return out;
    }

    static StateSpaceFit finish(boolean strict, String name, List<String> names, double[] est, double[] se,
            ConvergenceInfo info, StateSpaceModel model, double[] y) {
        FilterResult f = KalmanFilter.run(model, y, y.length, KalmanEngine.Storage.LIKELIHOOD);
        double logLik = f.logLikelihood();
        boolean finiteEstimates = true;
        for (double v : est) {
            finiteEstimates &= Double.isFinite(v);
        }
        if (!Double.isFinite(logLik) || !finiteEstimates) {
            // Values near 1e150 square to infinity: the filter "converges" on a likelihood of
            // -infinity, a number that cannot be right. Refuse it.
            throw new EstimationException(name + " cannot be estimated: log-likelihood " + logLik + " at "
                    + names + " = " + java.util.Arrays.toString(est) + "; the data hold values too large to square in"
                    + " double precision (rescale them)", List.of("log-likelihood " + logLik,
                            "estimates " + java.util.Arrays.toString(est)), info, null);
        }
        StateSpaceFit fit = new StateSpaceFit(names, est, se, f.logLikelihood(), info, model, y,
                f.likelihoodObservationCount(), name);
        if (strict && !info.converged()) {
            throw new EstimationException(name + " did not converge after " + info.iterations() + " iterations and "
                    + info.evaluations() + " evaluations (gradient norm " + info.gradientNorm() + ")",
                    List.of("converged=false", "iterations=" + info.iterations(), "evaluations=" + info.evaluations(),
                            "gradientNorm=" + info.gradientNorm()), info, fit);
        }
        if (!info.converged()) {
            LOG.log(System.Logger.Level.WARNING, () -> name + " estimation did not converge after " + info.iterations()
                    + " iterations (gradient norm " + info.gradientNorm() + "); the fit reports converged = false"
                    + " (withStrict(true) throws instead)");
        }
        return fit;
    }

    static double[] nanArray(int k) {
        double[] a = new double[k];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
