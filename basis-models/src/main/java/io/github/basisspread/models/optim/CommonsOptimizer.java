package io.github.basisspread.models.optim;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/** Commons Math's derivative-free optimizers behind {@link Optimizer}. */
final class CommonsOptimizer implements Optimizer {

    enum Kind { NELDER_MEAD, BOBYQA }

    private static final double BOX = 50;

    private final Kind kind;
    private final int maxEvaluations;
    private final double tolerance;

    CommonsOptimizer(Kind kind, int maxEvaluations, double tolerance) {
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("Argument 'maxEvaluations' must be at least 1 but has value "
                    + maxEvaluations);
        }
        if (!(tolerance > 0) || tolerance == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Argument 'tolerance' must be finite and greater than zero but has value "
                    + tolerance);
        }
        this.kind = kind;
        this.maxEvaluations = maxEvaluations;
        this.tolerance = tolerance;
    }

    @Override
    public OptimizationResult minimize(ToDoubleFunction<double[]> objective, double[] start) {
        double f0 = objective.applyAsDouble(start);
        if (!Double.isFinite(f0)) {
            throw new IllegalArgumentException("Argument 'start' must give a finite objective but gives " + f0
                    + " at " + java.util.Arrays.toString(start));
        }
        int[] evals = {0};
        double[] best = start.clone();
        double[] bestValue = {f0};
        ObjectiveFunction fn = new ObjectiveFunction(x -> {
            evals[0]++;
            double v = objective.applyAsDouble(x);
            if (!Double.isFinite(v)) {
                return Double.MAX_VALUE;
            }
            if (v < bestValue[0]) {
                bestValue[0] = v;
                System.arraycopy(x, 0, best, 0, x.length);
            }
            return v;
        });
        int k = start.length;
        boolean converged;
        int iterations;
        try {
            if (kind == Kind.NELDER_MEAD) {
                SimplexOptimizer opt = new SimplexOptimizer(tolerance, 1e-300);
                opt.optimize(new MaxEval(maxEvaluations), new MaxIter(maxEvaluations), fn, GoalType.MINIMIZE,
                        new InitialGuess(start), new NelderMeadSimplex(k, 0.5));
                iterations = opt.getIterations();
            } else {
                if (k < 2) {
                    throw new IllegalArgumentException("Argument 'start' must have at least 2 coordinates for BOBYQA"
                            + " but has " + k);
                }
                double[] lo = new double[k];
                double[] hi = new double[k];
                java.util.Arrays.fill(lo, -BOX);
                java.util.Arrays.fill(hi, BOX);
                BOBYQAOptimizer opt = new BOBYQAOptimizer(2 * k + 1, 0.5, tolerance);
                PointValuePair p = opt.optimize(new MaxEval(maxEvaluations), fn, GoalType.MINIMIZE,
                        new InitialGuess(start), new SimpleBounds(lo, hi));
                iterations = opt.getIterations();
                if (p.getValue() < bestValue[0]) {
                    bestValue[0] = p.getValue();
                    System.arraycopy(p.getPoint(), 0, best, 0, k);
                }
            }
            converged = true;
        } catch (TooManyEvaluationsException ex) {
            // Reported through the result's converged flag, not thrown.
            converged = false;
            iterations = evals[0];
        }
        double gradNorm = 0;
        for (double g : NumericalDerivatives.gradient(objective, best)) {
            gradNorm = Math.max(gradNorm, Math.abs(g));
        }
        return new OptimizationResult(best, bestValue[0], iterations, evals[0], gradNorm, converged);
    }
}
