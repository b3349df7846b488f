package io.github.basisspread.models.arima;

import io.github.basisspread.models.api.EstimationException;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The variable-metric minimiser that R's {@code optim(method = "BFGS")} runs (Nash 1990, Compact
 * Numerical Methods for Computers, 2nd ed., Algorithm 21), with optim's central-difference
 * gradient ({@code ndeps = 1e-3}) and its {@code optimhess} Hessian, all on the scale
 * {@code par / parscale}. {@code auto.arima} ranks hundreds of candidates by where this particular
 * search stops (its relative-improvement test, its step reduction, its restarts): reproducing it
 * step for step is what makes a stepwise search walk R's path. Stateless.
 */
final class OptimBfgs {

    /** optim's default {@code ndeps}. */
    static final double NDEPS = 1e-3;
    /** optim's default {@code reltol}: {@code sqrt(.Machine$double.eps)}. */
    static final double RELTOL = 1.490116119384765625e-8;
    /** Nash's step reduction factor, acceptance tolerance and no-change test. */
    private static final double STEP_REDUCTION = 0.2;
    private static final double ACCEPT_TOLERANCE = 1e-4;
    private static final double NO_CHANGE = 10.0;

    /** Where the search stopped: the parameters (original scale), the value, counts, the last gradient's largest component, R's fail code 0. */
    record Result(double[] par, double value, int iterations, int evaluations, double gradientNorm,
            boolean converged) {
    }

    private OptimBfgs() {
    }

    /**
     * Minimises {@code fn} from {@code par} as {@code optim(par, fn, method = "BFGS",
     * control = list(parscale = parscale, maxit = maxit))}.
     *
     * @throws EstimationException if the start value is not finite or a gradient is not finite
     *     (R stops with an error there)
     */
    static Result minimize(ToDoubleFunction<double[]> fn, double[] par, double[] parscale, int maxit) {
        int n = par.length;
        int[] evals = {0};
        ToDoubleFunction<double[]> f = b -> {
            evals[0]++;
            return fn.applyAsDouble(unscale(b, parscale));
        };
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = par[i] / parscale[i];
        }
        if (maxit <= 0) {
            return new Result(par.clone(), f.applyAsDouble(b), 0, evals[0], 0, true);
        }
        double fv = f.applyAsDouble(b);
        if (!Double.isFinite(fv)) {
            throw new EstimationException("initial value in 'vmmin' is not finite", List.of("value " + fv));
        }
        double fmin = fv;
        double[] g = gradient(f, b);
        int gradcount = 1;
        int iter = 1;
        int ilast = gradcount;
        double[] t = new double[n];
        double[] x = new double[n];
        double[] c = new double[n];
        // The lower triangle of the inverse Hessian approximation.
        double[][] h = new double[n][n];
        int count;
        do {
            if (ilast == gradcount) {
                for (int i = 0; i < n; i++) {
                    java.util.Arrays.fill(h[i], 0, i, 0.0);
                    h[i][i] = 1.0;
                }
            }
            System.arraycopy(b, 0, x, 0, n);
            System.arraycopy(g, 0, c, 0, n);
            double gradproj = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j <= i; j++) {
                    s -= h[i][j] * g[j];
                }
                for (int j = i + 1; j < n; j++) {
                    s -= h[j][i] * g[j];
                }
                t[i] = s;
                gradproj += s * g[i];
            }
            if (gradproj < 0) {
                double step = 1.0;
                boolean accepted = false;
                do {
                    count = 0;
                    for (int i = 0; i < n; i++) {
                        b[i] = x[i] + step * t[i];
                        if (NO_CHANGE + x[i] == NO_CHANGE + b[i]) {
                            count++;
                        }
                    }
                    if (count < n) {
                        fv = f.applyAsDouble(b);
                        accepted = Double.isFinite(fv) && fv <= fmin + gradproj * step * ACCEPT_TOLERANCE;
                        if (!accepted) {
                            step *= STEP_REDUCTION;
                        }
                    }
                } while (!(count == n || accepted));
                // optim's abstol is -Inf: only the relative-change test stops here.
                boolean enough = Math.abs(fv - fmin) > RELTOL * (Math.abs(fmin) + RELTOL);
                if (!enough) {
                    count = n;
                    fmin = fv;
                }
                if (count < n) {
                    fmin = fv;
                    g = gradient(f, b);
                    gradcount++;
                    iter++;
                    double d1 = 0;
                    for (int i = 0; i < n; i++) {
                        t[i] *= step;
                        c[i] = g[i] - c[i];
                        d1 += t[i] * c[i];
                    }
                    if (d1 > 0) {
                        double d2 = 0;
                        for (int i = 0; i < n; i++) {
                            double s = 0;
                            for (int j = 0; j <= i; j++) {
                                s += h[i][j] * c[j];
                            }
                            for (int j = i + 1; j < n; j++) {
                                s += h[j][i] * c[j];
                            }
                            x[i] = s;
                            d2 += s * c[i];
                        }
                        d2 = 1.0 + d2 / d1;
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j <= i; j++) {
                                h[i][j] += (d2 * t[i] * t[j] - x[i] * t[j] - t[i] * x[j]) / d1;
                            }
                        }
                    } else {
                        ilast = gradcount;
                    }
                } else if (ilast < gradcount) {
                    // No progress: restart from steepest descent once.
                    count = 0;
                    ilast = gradcount;
                }
            } else {
                // Uphill: reset the metric unless it was just reset.
                count = 0;
                if (ilast == gradcount) {
                    count = n;
                } else {
                    ilast = gradcount;
                }
            }
            if (iter >= maxit) {
                break;
            }
            if (gradcount - ilast > 2 * n) {
                ilast = gradcount;
            }
        } while (count != n || ilast != gradcount);
        double gmax = 0;
        for (double v : g) {
            gmax = Math.max(gmax, Math.abs(v));
        }
        return new Result(unscale(b, parscale), fmin, iter, evals[0], gmax, iter < maxit);
    }

    /**
     * optim's {@code optimhess}: central differences of the numerical gradient, symmetrised, on
     * the original scale of the parameters.
     *
     * @throws EstimationException if a gradient is not finite
     */
    static double[][] hessian(ToDoubleFunction<double[]> fn, double[] par, double[] parscale) {
        int n = par.length;
        // The central differences of central differences meet at the same points (x +- h e_i +- h e_j
        // from both sides, x itself 2n times): each point is evaluated once, the numbers unchanged.
        java.util.Map<Point, Double> seen = new java.util.HashMap<>();
        ToDoubleFunction<double[]> f = b -> {
            double[] x = unscale(b, parscale);
            return seen.computeIfAbsent(new Point(x), k -> fn.applyAsDouble(x));
        };
        double[] dpar = new double[n];
        for (int i = 0; i < n; i++) {
            dpar[i] = par[i] / parscale[i];
        }
        double[][] hess = new double[n][n];
        for (int i = 0; i < n; i++) {
            double eps = NDEPS / parscale[i];
            dpar[i] += eps;
            double[] g1 = gradient(f, dpar);
            dpar[i] -= 2 * eps;
            double[] g2 = gradient(f, dpar);
            for (int j = 0; j < n; j++) {
                hess[i][j] = (g1[j] - g2[j]) / (2 * eps * parscale[i] * parscale[j]);
            }
            dpar[i] += eps;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (hess[i][j] + hess[j][i]);
                hess[i][j] = v;
                hess[j][i] = v;
            }
        }
        return hess;
    }

    /** optim's numerical gradient on the scaled parameters: central differences with step ndeps. */
    private static double[] gradient(ToDoubleFunction<double[]> f, double[] p) {
        int n = p.length;
        double[] g = new double[n];
        double[] x = p.clone();
        for (int i = 0; i < n; i++) {
            x[i] = p[i] + NDEPS;
            double v1 = f.applyAsDouble(x);
            x[i] = p[i] - NDEPS;
            double v2 = f.applyAsDouble(x);
            g[i] = (v1 - v2) / (2 * NDEPS);
            if (!Double.isFinite(g[i])) {
                throw new EstimationException("non-finite finite-difference value [" + (i + 1) + "]",
                        List.of("parameter " + (i + 1)));
            }
            x[i] = p[i];
        }
        return g;
    }

    /** A parameter vector as a map key (equal when every component is bitwise equal). */
    private record Point(double[] x) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Point other && java.util.Arrays.equals(x, other.x);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(x);
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(x);
        }
    }

    private static double[] unscale(double[] b, double[] parscale) {
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] * parscale[i];
        }
        return out;
    }
}
