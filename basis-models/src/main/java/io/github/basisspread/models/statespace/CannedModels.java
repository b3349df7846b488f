package io.github.basisspread.models.statespace;

import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.api.EstimationException;
import io.github.basisspread.models.optim.MaximumLikelihood;
import io.github.basisspread.models.optim.MleResult;
import io.github.basisspread.models.optim.Optimizer;
import io.github.basisspread.models.optim.ParameterBlock;
import java.util.List;
import java.util.function.Function;

/** Shared fitting steps of the canned models (internal). */
final class CannedModels {

    private CannedModels() {
    }

    static double[] checkSeries(double[] y, int minObserved, String what) {
        if (y == null) {
            throw new IllegalArgumentException("Argument 'y' must not be null");
        }
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
        return y.clone();
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

    static StateSpaceFit finish(boolean strict, String name, List<String> names, double[] est, double[] se,
            ConvergenceInfo info, StateSpaceModel model, double[] y) {
        FilterResult f = KalmanFilter.run(model, y, y.length, KalmanEngine.Storage.LIKELIHOOD);
        StateSpaceFit fit = new StateSpaceFit(names, est, se, f.logLikelihood(), info, model, y,
                f.likelihoodObservationCount());
        if (strict && !info.converged()) {
            throw new EstimationException(name + " did not converge after " + info.iterations() + " iterations and "
                    + info.evaluations() + " evaluations (gradient norm " + info.gradientNorm() + ")",
                    List.of("converged=false", "iterations=" + info.iterations(), "evaluations=" + info.evaluations(),
                            "gradientNorm=" + info.gradientNorm()), info, fit);
        }
        return fit;
    }

    static double[] nanArray(int k) {
        double[] a = new double[k];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
