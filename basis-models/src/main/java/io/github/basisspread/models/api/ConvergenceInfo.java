package io.github.basisspread.models.api;

/**
 * The facts of the optimisation behind a fit: how many iterations and function evaluations it
 * took, the norm of the gradient at the solution, and whether the convergence test passed.
 *
 * <p>A closed-form estimator such as ordinary least squares reports {@link #closedForm()}:
 * converged, no iterations, no evaluations and a gradient norm of zero (the normal equations
 * hold by construction).
 *
 * <p>Immutable and thread-safe.
 *
 * @param iterations the number of iterations of the optimiser, zero or more
 * @param evaluations the number of objective function evaluations, zero or more
 * @param gradientNorm the Euclidean norm of the gradient at the solution, finite and zero or more
 * @param converged whether the optimiser's convergence criterion was met
 */
public record ConvergenceInfo(int iterations, int evaluations, double gradientNorm, boolean converged) {

    private static final ConvergenceInfo CLOSED_FORM = new ConvergenceInfo(0, 0, 0.0, true);

    /**
     * Validates the facts.
     *
     * @throws IllegalArgumentException if a count is negative or the gradient norm is negative,
     *     NaN or infinite
     */
    public ConvergenceInfo {
        if (iterations < 0) {
            throw new IllegalArgumentException(
                    "Argument 'iterations' must be zero or greater but has value " + iterations);
        }
        if (evaluations < 0) {
            throw new IllegalArgumentException(
                    "Argument 'evaluations' must be zero or greater but has value " + evaluations);
        }
        if (!(gradientNorm >= 0) || gradientNorm == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "Argument 'gradientNorm' must be finite and zero or greater but has value " + gradientNorm);
        }
    }

    /**
     * Returns the facts of a closed-form estimate: converged, 0 iterations, 0 evaluations and a
     * zero gradient norm.
     *
     * @return the closed-form convergence facts
     */
    public static ConvergenceInfo closedForm() {
        return CLOSED_FORM;
    }
}
