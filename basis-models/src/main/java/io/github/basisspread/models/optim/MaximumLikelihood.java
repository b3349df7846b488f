package io.github.basisspread.models.optim;

import io.github.basisspread.models.api.ConvergenceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Maximum likelihood over transformed parameters: the optimizer works on unconstrained
 * coordinates, the likelihood sees natural units, fixed blocks are held out, and standard errors
 * come from the numerical Hessian in natural units (and the OPG when per-observation
 * contributions are given). Immutable and thread-safe.
 */
public final class MaximumLikelihood {

    private final Optimizer optimizer;

    private MaximumLikelihood(Optimizer optimizer) {
        this.optimizer = optimizer;
    }

    /**
     * An engine using the given optimizer.
     *
     * @param optimizer the optimizer
     * @return the engine
     * @throws IllegalArgumentException if null
     */
    public static MaximumLikelihood of(Optimizer optimizer) {
        if (optimizer == null) {
            throw new IllegalArgumentException("Argument 'optimizer' must not be null");
        }
        return new MaximumLikelihood(optimizer);
    }

    /**
     * Maximises a log-likelihood.
     *
     * @param blocks the parameter blocks, in the order the likelihood reads them
     * @param logLikelihood the log-likelihood of the full natural parameter vector (may return
     *     NaN or -infinity where undefined)
     * @return the result (check {@code convergence().converged()})
     * @throws IllegalArgumentException if there is no block or the start is not finite
     */
    public MleResult maximize(List<ParameterBlock> blocks, ToDoubleFunction<double[]> logLikelihood) {
        return fit(blocks, logLikelihood, null);
    }

    /**
     * Maximises a log-likelihood given as per-observation contributions (their sum), and adds
     * OPG standard errors.
     *
     * @param blocks the parameter blocks
     * @param contributions the per-observation contributions at a natural parameter vector
     * @return the result
     * @throws IllegalArgumentException if there is no block or the start is not finite
     */
    public MleResult maximizeWithContributions(List<ParameterBlock> blocks,
            Function<double[], double[]> contributions) {
        ToDoubleFunction<double[]> ll = x -> {
            double s = 0;
            for (double c : contributions.apply(x)) {
                s += c;
            }
            return s;
        };
        return fit(blocks, ll, contributions);
    }

    private MleResult fit(List<ParameterBlock> blocks, ToDoubleFunction<double[]> logLikelihood,
            Function<double[], double[]> contributions) {
        if (blocks == null || blocks.isEmpty()) {
            throw new IllegalArgumentException("Argument 'blocks' must hold at least one parameter block but is "
                    + blocks);
        }
        List<String> names = new ArrayList<>();
        int k = 0;
        int free = 0;
        for (ParameterBlock b : blocks) {
            names.addAll(b.names());
            k += b.size();
            free += b.fixed() ? 0 : b.size();
        }
        double[] natural = new double[k];
        boolean[] fixed = new boolean[k];
        double[] uStart = new double[free];
        int off = 0;
        int fo = 0;
        for (ParameterBlock b : blocks) {
            double[] s = b.start();
            System.arraycopy(s, 0, natural, off, s.length);
            if (b.fixed()) {
                for (int i = 0; i < s.length; i++) {
                    fixed[off + i] = true;
                }
            } else {
                double[] u = new double[s.length];
                b.transform().unconstrain(s, 0, u);
                System.arraycopy(u, 0, uStart, fo, s.length);
                fo += s.length;
            }
            off += s.length;
        }
        final int kk = k;
        Function<double[], double[]> toNatural = u -> {
            double[] x = natural.clone();
            int o = 0;
            int f = 0;
            for (ParameterBlock b : blocks) {
                if (!b.fixed()) {
                    double[] bu = new double[b.size()];
                    System.arraycopy(u, f, bu, 0, b.size());
                    double[] bx = new double[b.size()];
                    b.transform().constrain(bu, 0, bx);
                    System.arraycopy(bx, 0, x, o, b.size());
                    f += b.size();
                }
                o += b.size();
            }
            return x;
        };
        ToDoubleFunction<double[]> objective = u -> -logLikelihood.applyAsDouble(toNatural.apply(u));
        OptimizationResult opt;
        if (free == 0) {
            opt = new OptimizationResult(uStart, objective.applyAsDouble(uStart), 0, 1, 0, true);
        } else {
            opt = optimizer.minimize(objective, uStart);
        }
        double[] est = toNatural.apply(opt.point());
        // Hessian of the log-likelihood over the free parameters, in natural units.
        int[] freeIdx = new int[free];
        for (int i = 0, j = 0; i < kk; i++) {
            if (!fixed[i]) {
                freeIdx[j++] = i;
            }
        }
        ToDoubleFunction<double[]> llFree = xf -> logLikelihood.applyAsDouble(embed(est, freeIdx, xf));
        double[] xFree = new double[free];
        for (int j = 0; j < free; j++) {
            xFree[j] = est[freeIdx[j]];
        }
        double[][] cov = null;
        double[][] opgCov = null;
        if (free > 0) {
            double[][] h = NumericalDerivatives.hessian(llFree, xFree);
            for (double[] row : h) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = -row[j];
                }
            }
            cov = expand(invertPd(h), freeIdx, kk);
            if (contributions != null) {
                double[][] opg = NumericalDerivatives.outerProductOfGradients(
                        xf -> contributions.apply(embed(est, freeIdx, xf)), xFree);
                opgCov = expand(invertPd(opg), freeIdx, kk);
            }
        } else {
            cov = new double[kk][kk];
        }
        ConvergenceInfo info = new ConvergenceInfo(opt.iterations(), opt.evaluations(),
                Double.isFinite(opt.gradientNorm()) ? opt.gradientNorm() : Double.MAX_VALUE, opt.converged());
        return new MleResult(names, est, fixed, cov, opgCov, -opt.value(), info);
    }

    private static double[] embed(double[] base, int[] idx, double[] xf) {
        double[] x = base.clone();
        for (int j = 0; j < idx.length; j++) {
            x[idx[j]] = xf[j];
        }
        return x;
    }

    private static double[][] expand(double[][] inv, int[] idx, int k) {
        if (inv == null) {
            return null;
        }
        double[][] out = new double[k][k];
        for (int i = 0; i < idx.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                out[idx[i]][idx[j]] = inv[i][j];
            }
        }
        return out;
    }

    /** Inverse of a symmetric positive definite matrix, or null if it is not. */
    static double[][] invertPd(double[][] a) {
        for (double[] row : a) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
        }
        try {
            RealMatrix m = new Array2DRowRealMatrix(a);
            return new CholeskyDecomposition(m, 1e-10, 1e-14).getSolver().getInverse().getData();
        } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException ex) {
            // Not an error: reported through MleResult.hasStandardErrors().
            return null;
        }
    }
}
