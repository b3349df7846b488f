package io.github.basisspread.models.optim;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The outcome of a minimisation. Immutable and thread-safe (the point is copied in and out).
 *
 * @param point the best point found (copied)
 * @param value the objective there
 * @param iterations the iterations used
 * @param evaluations the objective evaluations used
 * @param gradientNorm the max-norm of the (numerical) gradient at the point; 0 when not computed
 * @param converged whether the convergence test was met
 */
public record OptimizationResult(double[] point, double value, int iterations, int evaluations, double gradientNorm,
        boolean converged) {

    /**
     * Validates and copies.
     *
     * @param point the best point
     * @param value the objective
     * @param iterations the iterations
     * @param evaluations the evaluations
     * @param gradientNorm the gradient max-norm
     * @param converged the convergence flag
     * @throws IllegalArgumentException if the point is null or a count is negative
     */
    public OptimizationResult {
        ArgChecker.notNull(point, "point");
        if (iterations < 0 || evaluations < 0) {
            throw new IllegalArgumentException("Argument 'iterations' and 'evaluations' must be zero or greater but have"
                    + " values " + iterations + " and " + evaluations);
        }
        point = point.clone();
    }

    /** @return a copy of point */
    @Override
    public double[] point() {
        return point.clone();
    }
}
