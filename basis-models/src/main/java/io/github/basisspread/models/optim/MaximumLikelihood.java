package io.github.basisspread.models.optim;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.models.api.ConvergenceInfo;
import io.github.basisspread.models.linalg.Cholesky;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Maximum likelihood over transformed parameters: the optimizer works on unconstrained
 * coordinates, the likelihood sees natural units, fixed blocks are held out, and standard errors
 * come from the numerical Hessian in natural units (and the OPG when per-observation
 * contributions are given). The Hessian is checked against one at half the step and, where they
 * differ, extrapolated to step zero (Richardson); standard errors that do not settle are not
 * reported. Immutable and thread-safe.
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
        ArgChecker.notNull(optimizer, "optimizer");
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
        int[] freeIdx = new int[free];
        for (int i = 0, j = 0; i < kk; i++) {
            if (!fixed[i]) {
                freeIdx[j++] = i;
            }
        }
        double[][] cov;
        double[][] opgCov = null;
        if (free > 0) {
            // The Hessian is taken in the unconstrained coordinates, where every parameter has a
            // scale near one, and carried to natural units by the delta method, Cov = J Cov_u J'
            // with J = d(natural)/d(u): at the maximum this is the inverse observed information
            // in natural units, without finite-difference steps that cross a bound.
            double[] u = opt.point();
            double[][] jac = jacobian(toNatural, u, freeIdx);
            cov = expand(delta(jac, inverseHessian(objective, u)), freeIdx, kk);
            if (contributions != null) {
                double[][] opg = NumericalDerivatives.outerProductOfGradients(
                        uu -> contributions.apply(toNatural.apply(uu)), u);
                opgCov = expand(delta(jac, invertPd(opg)), freeIdx, kk);
            }
        } else {
            cov = new double[kk][kk];
        }
        ConvergenceInfo info = new ConvergenceInfo(opt.iterations(), opt.evaluations(),
                Double.isFinite(opt.gradientNorm()) ? opt.gradientNorm() : Double.MAX_VALUE, opt.converged());
        return new MleResult(names, est, fixed, cov, opgCov, -opt.value(), info);
    }

    /**
     * The inverse of the Hessian of the objective at its minimum, checked against the step. The
     * central difference at the default step h is kept when it is positive definite and the
     * diagonal second differences at h/2 bound the relative error of its inverse below 5e-2
     * (first order: {@code ||H^-1|| ||E||}, the h^2 error E estimated entrywise by Richardson,
     * {@code 4/3 |H_ii(h) - H_ii(h/2)|}, times k for the whole matrix), the usual case, at the
     * cost of 2k extra evaluations; it is also kept when the full Hessian at h/2 gives the same
     * standard errors within 1e-4. Near a boundary of the parameter space (an MA root close to
     * the unit circle) the higher derivatives are large, the h^2 error of the central difference
     * swamps the small eigenvalues of an ill-conditioned Hessian and it may even come out
     * indefinite; then the differences at h, h/2, h/4, h/8 are extrapolated to step zero in a
     * Richardson (Romberg) table, {@code T(i,j) = (4^j T(i,j-1) - T(i-1,j-1)) / (4^j - 1)}, and
     * the entry whose standard errors change least against its two neighbours is used, as in
     * Ridders' (1982) method (Press et al. 2007, sec. 5.7). Null when no entry is positive
     * definite with standard errors settled within 1 %: no standard errors rather than wrong ones.
     */
    static double[][] inverseHessian(ToDoubleFunction<double[]> objective, double[] u) {
        double step = NumericalDerivatives.hessianStep();
        double[][] h0 = NumericalDerivatives.hessian(objective, u, step);
        double[][] inv0 = invertPd(h0);
        if (inv0 != null && diagonalErrorBound(objective, u, step, h0, inv0) <= 5e-2) {
            return inv0;
        }
        int levels = 4;
        double[][][][] table = new double[levels][][][];
        double[][][][] inverses = new double[levels][][][];
        for (int i = 0; i < levels; i++) {
            table[i] = new double[i + 1][][];
            inverses[i] = new double[i + 1][][];
            table[i][0] = i == 0 ? h0 : NumericalDerivatives.hessian(objective, u, step / (1 << i));
            inverses[i][0] = invertPd(table[i][0]);
            if (i == 1 && agreement(inverses[0][0], inverses[1][0]) <= 1e-4) {
                return inverses[0][0];
            }
        }
        double[][] best = null;
        double bestError = 1e-2;
        for (int i = 1; i < levels; i++) {
            double factor = 1;
            for (int j = 1; j <= i; j++) {
                factor *= 4;
                table[i][j] = extrapolate(table[i - 1][j - 1], table[i][j - 1], factor);
                inverses[i][j] = invertPd(table[i][j]);
                double error = Math.max(agreement(inverses[i][j], inverses[i][j - 1]),
                        agreement(inverses[i][j], inverses[i - 1][j - 1]));
                if (error <= bestError) {
                    bestError = error;
                    best = inverses[i][j];
                }
            }
        }
        return best;
    }

    /**
     * A first-order bound on the relative error of {@code inv = H(h)^-1}: the max-row-sum norm of
     * the inverse times k times the largest Richardson estimate of the h^2 error of a diagonal
     * entry, {@code 4/3 |H_ii(h) - H_ii(h/2)|}, from 2k evaluations at h/2.
     */
    private static double diagonalErrorBound(ToDoubleFunction<double[]> objective, double[] u, double step,
            double[][] h, double[][] inv) {
        int k = u.length;
        double f0 = objective.applyAsDouble(u);
        double[] y = u.clone();
        double worst = 0;
        for (int i = 0; i < k; i++) {
            double hi = step / 2 * Math.max(Math.abs(u[i]), 1.0);
            y[i] = u[i] + hi;
            double fp = objective.applyAsDouble(y);
            y[i] = u[i] - hi;
            double fm = objective.applyAsDouble(y);
            y[i] = u[i];
            double half = (fp - 2 * f0 + fm) / (hi * hi);
            double e = 4.0 / 3 * Math.abs(h[i][i] - half);
            if (!(e <= worst)) {
                worst = Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
            }
        }
        double norm = 0;
        for (double[] row : inv) {
            double sum = 0;
            for (double v : row) {
                sum += Math.abs(v);
            }
            norm = Math.max(norm, sum);
        }
        return norm * k * worst;
    }

    /** Richardson's {@code (factor fine - coarse) / (factor - 1)}. */
    private static double[][] extrapolate(double[][] coarse, double[][] fine, double factor) {
        int k = coarse.length;
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                out[i][j] = (factor * fine[i][j] - coarse[i][j]) / (factor - 1);
            }
        }
        return out;
    }

    /**
     * The largest relative difference of the square roots of the two inverses' diagonals (the
     * standard errors), +infinity if either is missing.
     */
    private static double agreement(double[][] a, double[][] b) {
        if (a == null || b == null) {
            return Double.POSITIVE_INFINITY;
        }
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            double sa = Math.sqrt(a[i][i]);
            double sb = Math.sqrt(b[i][i]);
            double d = Math.abs(sa - sb) / Math.max(sa, sb);
            if (!(d <= worst)) {
                worst = Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
            }
        }
        return worst;
    }

    /** d natural[idx[i]] / d u[j] by central differences. */
    private static double[][] jacobian(Function<double[], double[]> toNatural, double[] u, int[] idx) {
        int k = u.length;
        double[][] jac = new double[k][k];
        double[] v = u.clone();
        for (int j = 0; j < k; j++) {
            double h = 1e-6 * Math.max(1.0, Math.abs(u[j]));
            v[j] = u[j] + h;
            double[] plus = toNatural.apply(v);
            v[j] = u[j] - h;
            double[] minus = toNatural.apply(v);
            v[j] = u[j];
            for (int i = 0; i < k; i++) {
                jac[i][j] = (plus[idx[i]] - minus[idx[i]]) / (2 * h);
            }
        }
        return jac;
    }

    /** J C J', or null if C is null. */
    private static double[][] delta(double[][] jac, double[][] c) {
        if (c == null) {
            return null;
        }
        int k = jac.length;
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int a = 0; a < k; a++) {
                    for (int b = 0; b < k; b++) {
                        s += jac[i][a] * c[a][b] * jac[j][b];
                    }
                }
                out[i][j] = s;
            }
        }
        return out;
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
        // Not positive definite is not an error: reported through MleResult.hasStandardErrors().
        return Cholesky.inverse(a);
    }
}
