package io.github.basisspread.models.optim;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Central-difference gradients and Hessians, and the outer product of gradients of
 * per-observation contributions. Steps scale with {@code max(|x|, 1)}: {@code eps^(1/3)} for
 * gradients and {@code eps^(1/4)} for Hessians, the choices that balance truncation and rounding
 * error (Nocedal and Wright 2006, sec. 8.1). Stateless and thread-safe.
 */
public final class NumericalDerivatives {

    private static final double GRADIENT_STEP = Math.cbrt(Math.ulp(1.0));
    private static final double HESSIAN_STEP = Math.pow(Math.ulp(1.0), 0.25);

    private NumericalDerivatives() {
    }

    /**
     * The central-difference gradient.
     *
     * @param f the function
     * @param x the point (not modified)
     * @return a new array, the gradient
     */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        int k = x.length;
        double[] g = new double[k];
        double[] y = x.clone();
        for (int i = 0; i < k; i++) {
            double h = GRADIENT_STEP * Math.max(Math.abs(x[i]), 1.0);
            y[i] = x[i] + h;
            double fp = f.applyAsDouble(y);
            y[i] = x[i] - h;
            double fm = f.applyAsDouble(y);
            y[i] = x[i];
            g[i] = (fp - fm) / (2 * h);
        }
        return g;
    }

    /**
     * The central-difference Hessian: {@code [f(x+hi+hj) - f(x+hi-hj) - f(x-hi+hj) + f(x-hi-hj)] / (4 hi hj)},
     * symmetric by construction.
     *
     * @param f the function
     * @param x the point (not modified)
     * @return a new k x k array
     */
    public static double[][] hessian(ToDoubleFunction<double[]> f, double[] x) {
        return hessian(f, x, HESSIAN_STEP);
    }

    /**
     * The central-difference Hessian with steps {@code relativeStep * max(|x_i|, 1)}.
     *
     * @param f the function
     * @param x the point (not modified)
     * @param relativeStep the step relative to {@code max(|x_i|, 1)}, positive and finite
     * @return a new k x k array
     * @throws IllegalArgumentException if the step is not positive and finite
     */
    public static double[][] hessian(ToDoubleFunction<double[]> f, double[] x, double relativeStep) {
        if (!(relativeStep > 0) || relativeStep == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Argument 'relativeStep' must be finite and greater than zero but has"
                    + " value " + relativeStep);
        }
        int k = x.length;
        double[][] hess = new double[k][k];
        double[] h = new double[k];
        for (int i = 0; i < k; i++) {
            h[i] = relativeStep * Math.max(Math.abs(x[i]), 1.0);
        }
        double[] y = x.clone();
        double f0 = f.applyAsDouble(x);
        for (int i = 0; i < k; i++) {
            y[i] = x[i] + h[i];
            double fp = f.applyAsDouble(y);
            y[i] = x[i] - h[i];
            double fm = f.applyAsDouble(y);
            y[i] = x[i];
            hess[i][i] = (fp - 2 * f0 + fm) / (h[i] * h[i]);
            for (int j = 0; j < i; j++) {
                y[i] = x[i] + h[i];
                y[j] = x[j] + h[j];
                double fpp = f.applyAsDouble(y);
                y[j] = x[j] - h[j];
                double fpm = f.applyAsDouble(y);
                y[i] = x[i] - h[i];
                double fmm = f.applyAsDouble(y);
                y[j] = x[j] + h[j];
                double fmp = f.applyAsDouble(y);
                y[i] = x[i];
                y[j] = x[j];
                double v = (fpp - fpm - fmp + fmm) / (4 * h[i] * h[j]);
                hess[i][j] = v;
                hess[j][i] = v;
            }
        }
        return hess;
    }

    /**
     * The relative step of {@link #hessian(ToDoubleFunction, double[])}, {@code eps^(1/4)}.
     *
     * @return the step relative to {@code max(|x_i|, 1)}
     */
    public static double hessianStep() {
        return HESSIAN_STEP;
    }

    /**
     * The outer product of the gradients of per-observation contributions,
     * {@code sum_t g_t g_t'} (Berndt, Hall, Hall and Hausman 1974).
     *
     * @param contributions the per-observation log-likelihood contributions at a point
     * @param x the point (not modified)
     * @return a new k x k array
     */
    public static double[][] outerProductOfGradients(Function<double[], double[]> contributions, double[] x) {
        int k = x.length;
        double[][] grads = new double[k][];
        double[] y = x.clone();
        for (int i = 0; i < k; i++) {
            double h = GRADIENT_STEP * Math.max(Math.abs(x[i]), 1.0);
            y[i] = x[i] + h;
            double[] fp = contributions.apply(y);
            y[i] = x[i] - h;
            double[] fm = contributions.apply(y);
            y[i] = x[i];
            grads[i] = new double[fp.length];
            for (int t = 0; t < fp.length; t++) {
                grads[i][t] = (fp[t] - fm[t]) / (2 * h);
            }
        }
        double[][] opg = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int t = 0; t < grads[i].length; t++) {
                    s += grads[i][t] * grads[j][t];
                }
                opg[i][j] = s;
                opg[j][i] = s;
            }
        }
        return opg;
    }
}
