package io.github.basisspread.models.optim;

import java.util.function.ToDoubleFunction;

/**
 * Minimises a function of unconstrained real coordinates. Pluggable: pass one in explicitly.
 * Implementations are immutable and thread-safe (each call keeps its own state).
 */
public interface Optimizer {

    /**
     * Minimises the objective from a start point.
     *
     * @param objective the function; may return {@code +infinity} or NaN where undefined, which
     *     the optimizer treats as a failed step
     * @param start the start point (not modified)
     * @return the result, whether or not it converged
     * @throws IllegalArgumentException if the objective is not finite at the start point
     */
    OptimizationResult minimize(ToDoubleFunction<double[]> objective, double[] start);

    /**
     * A quasi-Newton BFGS with numerical central-difference gradients and a backtracking
     * Armijo line search (Nocedal and Wright 2006, alg. 6.1 and 3.1).
     *
     * @param maxIterations the iteration limit, at least 1
     * @param gradientTolerance converged when {@code max|g_i| <= tol * max(1, |f|)}
     * @return the optimizer
     * @throws IllegalArgumentException if an argument is out of range
     */
    static Optimizer bfgs(int maxIterations, double gradientTolerance) {
        return new Bfgs(maxIterations, gradientTolerance);
    }

    /**
     * BFGS as {@link #bfgs(int, double)} that also stops, as converged, once an accepted step
     * improves the objective by no more than {@code relativeTolerance * (|f| + relativeTolerance)}:
     * the {@code reltol} test of R's {@code optim}, for searches that rank many fits and need
     * each only to the precision of the ranking.
     *
     * @param maxIterations the iteration limit, at least 1
     * @param gradientTolerance converged when {@code max|g_i| <= tol * max(1, |f|)}
     * @param relativeTolerance the relative improvement below which the search stops, in [0, 1); 0 turns the test off
     * @return the optimizer
     * @throws IllegalArgumentException if an argument is out of range
     */
    static Optimizer bfgs(int maxIterations, double gradientTolerance, double relativeTolerance) {
        return new Bfgs(maxIterations, gradientTolerance, relativeTolerance);
    }

    /** @return BFGS with 500 iterations and gradient tolerance 1e-7 */
    static Optimizer bfgs() {
        return new Bfgs(500, 1e-7);
    }

    /**
     * Commons Math's Nelder-Mead simplex.
     *
     * @param maxEvaluations the evaluation limit
     * @param relativeTolerance convergence on the relative change of the best value
     * @return the optimizer
     * @throws IllegalArgumentException if an argument is out of range
     */
    static Optimizer nelderMead(int maxEvaluations, double relativeTolerance) {
        return new CommonsOptimizer(CommonsOptimizer.Kind.NELDER_MEAD, maxEvaluations, relativeTolerance);
    }

    /**
     * Commons Math's BOBYQA (Powell 2009), derivative-free with a quadratic model, on the box
     * [-50, 50] in unconstrained coordinates; needs at least two parameters.
     *
     * @param maxEvaluations the evaluation limit
     * @param stoppingRadius the final trust-region radius
     * @return the optimizer
     * @throws IllegalArgumentException if an argument is out of range
     */
    static Optimizer bobyqa(int maxEvaluations, double stoppingRadius) {
        return new CommonsOptimizer(CommonsOptimizer.Kind.BOBYQA, maxEvaluations, stoppingRadius);
    }
}
