package io.github.basisspread.models.optim;

import java.util.function.ToDoubleFunction;

/** BFGS with numerical gradients and a backtracking Armijo line search (Nocedal and Wright 2006, alg. 6.1). */
final class Bfgs implements Optimizer {

    private static final double ARMIJO = 1e-4;

    private final int maxIterations;
    private final double gradientTolerance;
    private final double relativeTolerance;

    Bfgs(int maxIterations, double gradientTolerance) {
        this(maxIterations, gradientTolerance, 0);
    }

    Bfgs(int maxIterations, double gradientTolerance, double relativeTolerance) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("Argument 'maxIterations' must be at least 1 but has value "
                    + maxIterations);
        }
        if (!(gradientTolerance > 0) || gradientTolerance == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Argument 'gradientTolerance' must be finite and greater than zero but"
                    + " has value " + gradientTolerance);
        }
        if (!(relativeTolerance >= 0) || relativeTolerance >= 1) {
            throw new IllegalArgumentException("Argument 'relativeTolerance' must be in [0, 1) but has value "
                    + relativeTolerance);
        }
        this.maxIterations = maxIterations;
        this.gradientTolerance = gradientTolerance;
        this.relativeTolerance = relativeTolerance;
    }

    @Override
    public OptimizationResult minimize(ToDoubleFunction<double[]> objective, double[] start) {
        int[] evals = {0};
        ToDoubleFunction<double[]> f = x -> {
            evals[0]++;
            double v = objective.applyAsDouble(x);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        };
        int k = start.length;
        double[] x = start.clone();
        double fx = f.applyAsDouble(x);
        if (!Double.isFinite(fx)) {
            throw new IllegalArgumentException("Argument 'start' must give a finite objective but gives " + fx
                    + " at " + java.util.Arrays.toString(start));
        }
        double[] g = NumericalDerivatives.gradient(f, x);
        double[][] hinv = identity(k);
        boolean identityH = true;
        int iter = 0;
        boolean converged = false;
        double[] d = new double[k];
        double[] xn = new double[k];
        while (iter < maxIterations) {
            double gn = maxAbs(g);
            if (gn <= gradientTolerance * Math.max(1.0, Math.abs(fx))) {
                converged = true;
                break;
            }
            iter++;
            double slope = 0;
            for (int i = 0; i < k; i++) {
                double s = 0;
                for (int j = 0; j < k; j++) {
                    s -= hinv[i][j] * g[j];
                }
                d[i] = s;
                slope += s * g[i];
            }
            if (!(slope < 0)) {
                hinv = identity(k);
                identityH = true;
                slope = 0;
                for (int i = 0; i < k; i++) {
                    d[i] = -g[i];
                    slope -= g[i] * g[i];
                }
            }
            double alpha = 1;
            double fn = Double.POSITIVE_INFINITY;
            boolean accepted = false;
            while (alpha > 1e-20) {
                for (int i = 0; i < k; i++) {
                    xn[i] = x[i] + alpha * d[i];
                }
                fn = f.applyAsDouble(xn);
                if (fn <= fx + ARMIJO * alpha * slope) {
                    accepted = true;
                    break;
                }
                alpha *= 0.5;
            }
            if (!accepted) {
                if (!identityH) {
                    // The quasi-Newton direction failed: restart from steepest descent.
                    hinv = identity(k);
                    identityH = true;
                    continue;
                }
                break;
            }
            double[] gNew = NumericalDerivatives.gradient(f, xn);
            double[] s = new double[k];
            double[] y = new double[k];
            double sy = 0;
            double yy = 0;
            for (int i = 0; i < k; i++) {
                s[i] = xn[i] - x[i];
                y[i] = gNew[i] - g[i];
                sy += s[i] * y[i];
                yy += y[i] * y[i];
            }
            if (sy > 1e-12 * Math.sqrt(yy * dot(s, s))) {
                if (identityH) {
                    // Scale the first inverse Hessian (Nocedal and Wright 2006, eq. 6.20).
                    double scale = sy / yy;
                    for (int i = 0; i < k; i++) {
                        hinv[i][i] = scale;
                    }
                    identityH = false;
                }
                hinv = update(hinv, s, y, 1 / sy);
            }
            double fOld = fx;
            System.arraycopy(xn, 0, x, 0, k);
            fx = fn;
            g = gNew;
            if (relativeTolerance > 0 && Math.abs(fOld - fx) <= relativeTolerance * (Math.abs(fx) + relativeTolerance)) {
                // R's optim reltol test: the step no longer improves the objective materially.
                converged = true;
                break;
            }
            if (Math.abs(fOld - fx) <= 1e-15 * Math.max(1.0, Math.abs(fx))
                    && maxAbs(g) <= 1e3 * gradientTolerance * Math.max(1.0, Math.abs(fx))) {
                // No more progress at the resolution of the objective, and nearly flat.
                converged = true;
                break;
            }
        }
        return new OptimizationResult(x, fx, iter, evals[0], maxAbs(g), converged);
    }

    /** H <- (I - rho s y') H (I - rho y s') + rho s s' (Nocedal and Wright 2006, eq. 6.17). */
    private static double[][] update(double[][] h, double[] s, double[] y, double rho) {
        int k = s.length;
        double[] hy = new double[k];
        for (int i = 0; i < k; i++) {
            hy[i] = dot(h[i], y);
        }
        double yhy = dot(y, hy);
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                out[i][j] = h[i][j] - rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
        return out;
    }

    private static double[][] identity(int k) {
        double[][] id = new double[k][k];
        for (int i = 0; i < k; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double maxAbs(double[] a) {
        double s = 0;
        for (double v : a) {
            s = Math.max(s, Math.abs(v));
        }
        return s;
    }
}
