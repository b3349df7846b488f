package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.models.api.EstimationException;

/**
 * The Gaussian elastic-net path by cyclic coordinate descent on standardised data, as glmnet
 * computes it (Friedman, Hastie and Tibshirani 2010, "Regularization Paths for Generalized Linear
 * Models via Coordinate Descent", J. Stat. Software 33(1)).
 *
 * <p>Objective on the standardised scale (eq. 1 with the elastic-net penalty of eq. 2):
 * {@code 1/(2n) sum_i (y_i - x_i' b)^2 + lambda [(1 - alpha)/2 ||b||^2 + alpha ||b||_1]}, with the
 * columns centred and scaled to unit variance (divisor n) and, as glmnet does for the Gaussian
 * family, the response centred and scaled to unit variance too; lambdas are reported on the
 * response's scale (multiplied by its standard deviation). Stateless.
 */
final class CoordinateDescent {

    /** glmnet's stand-in for an infinite lambda at the first point of a default sequence. */
    static final double BIG = 9.9e35;
    /** glmnet.control's fdev: the path stops when the deviance ratio gains less than this fraction. */
    static final double FDEV = 1e-5;
    /** glmnet.control's devmax: the path stops when the deviance ratio exceeds this. */
    static final double DEVMAX = 0.999;
    /** glmnet.control's mnlam: the path never stops before this many lambdas. */
    static final int MNLAM = 5;

    private CoordinateDescent() {
    }

    /** The standardised problem. */
    static final class Standardised {
        final int n;
        final int p;
        final double[][] x;
        final double[] xm;
        final double[] xs;
        final boolean[] usable;
        final double[] y;
        final double ym;
        final double ys;

        Standardised(Dataset data) {
            n = data.rows();
            p = data.features();
            x = new double[p][];
            xm = new double[p];
            xs = new double[p];
            usable = new boolean[p];
            for (int j = 0; j < p; j++) {
                double[] c = data.column(j);
                double m = mean(c);
                double ss = 0;
                for (int i = 0; i < n; i++) {
                    c[i] -= m;
                    ss += c[i] * c[i];
                }
                double s = Math.sqrt(ss / n);
                xm[j] = m;
                xs[j] = s;
                // glmnet leaves constant columns out (chkvars: ju = 0 when every value equals the
                // first): their coefficient stays zero.
                double[] raw = data.column(j);
                boolean varies = false;
                for (int i = 1; i < n && !varies; i++) {
                    varies = raw[i] != raw[0];
                }
                usable[j] = varies && s > 0;
                if (usable[j]) {
                    for (int i = 0; i < n; i++) {
                        c[i] /= s;
                    }
                }
                x[j] = c;
            }
            y = data.response();
            ym = mean(y);
            double ss = 0;
            for (int i = 0; i < n; i++) {
                y[i] -= ym;
                ss += y[i] * y[i];
            }
            ys = Math.sqrt(ss / n);
            if (!(ys > 0)) {
                throw new IllegalArgumentException("Argument 'data' must have a response that varies but has value "
                        + data.rows() + " rows all equal to " + ym);
            }
            for (int i = 0; i < n; i++) {
                y[i] /= ys;
            }
        }

        /** glmnet's lambda_max on the standardised scale: max_j |x_j'y|/n / max(alpha, 1e-3). */
        double lambdaMax(double alpha) {
            double g = 0;
            for (int j = 0; j < p; j++) {
                if (usable[j]) {
                    g = Math.max(g, Math.abs(dot(x[j], y)) / n);
                }
            }
            return g / Math.max(alpha, 1e-3);
        }
    }

    /** The raw result: coefficients on the standardised scale per lambda, deviance ratios, passes. */
    record Raw(double[][] beta, double[] devRatio, int passes) {
    }

    /**
     * Runs the path, by covariance updates below 500 features and naive updates from there on,
     * as glmnet chooses by default.
     *
     * @param s the standardised problem
     * @param alpha the mixing parameter
     * @param lambdas the lambdas on the standardised scale, decreasing; the first may be BIG
     * @param earlyStop whether glmnet's stopping rules apply (default sequences only)
     * @param thresh convergence: a pass ends the loop when max_j (change of b_j)^2 is below it
     * @param maxPasses the most passes over the coordinates in the whole path
     */
    static Raw path(Standardised s, double alpha, double[] lambdas, boolean earlyStop, double thresh, int maxPasses) {
        // glmnet's default type.gaussian: "covariance" below 500 features, "naive" from there on
        // (the covariances take p^2 doubles).
        return s.p < COVARIANCE_BELOW ? covariancePath(s, alpha, lambdas, earlyStop, thresh, maxPasses)
                : naivePath(s, alpha, lambdas, earlyStop, thresh, maxPasses);
    }

    /** glmnet's threshold between the covariance and the naive updates (type.gaussian). */
    static final int COVARIANCE_BELOW = 500;

    /**
     * The path by covariance updates (section 2.2): the gradients {@code g_k = x_k'r/n} are kept
     * for every feature and, when b_j changes by d, updated as {@code g_k -= d <x_k, x_j>/n};
     * the inner products of a feature with all others are computed once, when it first enters
     * the model. A pass then costs O(p) per changed coefficient instead of O(n) per feature.
     * Same sweeps, convergence test and stopping rules as {@link #naivePath}.
     */
    static Raw covariancePath(Standardised s, double alpha, double[] lambdas, boolean earlyStop, double thresh,
            int maxPasses) {
        return path(new Covariance(s), s, alpha, lambdas, earlyStop, thresh, maxPasses);
    }

    /** One of the two update schemes: a pass over the coordinates, the coefficients, the R^2. */
    private interface Updates {
        /** One pass over every usable feature, or over the active ones; returns max_j (change of b_j)^2. */
        double sweep(double l1, double denom, boolean[] active, boolean activeOnly);

        /** The current coefficients (standardised scale), not copied. */
        double[] coefficients();

        /** The fraction of the deviance explained by the current coefficients. */
        double rsq();
    }

    /**
     * The path over the lambdas by either scheme. Warm start from the previous lambda's solution
     * (section 2.5). Passes alternate as in glmnet: a full sweep finds the active set, sweeps over
     * the active set converge it, and a last full sweep confirms nothing else enters (section 2.6).
     */
    private static Raw path(Updates state, Standardised s, double alpha, double[] lambdas, boolean earlyStop,
            double thresh, int maxPasses) {
        double[][] out = new double[lambdas.length][];
        double[] dev = new double[lambdas.length];
        double rsq = 0;
        int passes = 0;
        int m = 0;
        boolean[] active = new boolean[s.p];
        for (; m < lambdas.length; m++) {
            double lam = lambdas[m];
            double l1 = lam * alpha;
            double denom = 1 + lam * (1 - alpha);
            double rsq0 = rsq;
            while (true) {
                double dlx = state.sweep(l1, denom, active, false);
                passes++;
                if (dlx < thresh) {
                    break;
                }
                while (true) {
                    double d = state.sweep(l1, denom, active, true);
                    passes++;
                    if (d < thresh) {
                        break;
                    }
                    if (passes > maxPasses) {
                        throw notConverged(maxPasses, lam * s.ys, m);
                    }
                }
                if (passes > maxPasses) {
                    throw notConverged(maxPasses, lam * s.ys, m);
                }
            }
            rsq = state.rsq();
            out[m] = state.coefficients().clone();
            dev[m] = rsq;
            if (earlyStop && m + 1 >= MNLAM) {
                if (rsq - rsq0 < FDEV * rsq || rsq > DEVMAX) {
                    m++;
                    break;
                }
            }
        }
        return trim(out, dev, m, passes);
    }

    /** The state of the covariance updates: coefficients, gradients, inner products, R^2. */
    private static final class Covariance implements Updates {
        private final Standardised s;
        final double[] b;
        private final double[] g;
        private final double[][] cross;
        double rsq;

        Covariance(Standardised s) {
            this.s = s;
            b = new double[s.p];
            g = new double[s.p];
            cross = new double[s.p][];
            for (int j = 0; j < s.p; j++) {
                if (s.usable[j]) {
                    g[j] = dot(s.x[j], s.y) / s.n;
                }
            }
        }

        /** One pass; b_j as in the naive sweep, then g_k -= d x_k'x_j/n and R^2 += d (2 g_j - d). */
        @Override
        public double[] coefficients() {
            return b;
        }

        @Override
        public double rsq() {
            return rsq;
        }

        @Override
        public double sweep(double l1, double denom, boolean[] active, boolean activeOnly) {
            double dlx = 0;
            for (int j = 0; j < s.p; j++) {
                if (!s.usable[j] || (activeOnly && !active[j])) {
                    continue;
                }
                double bj = softThreshold(g[j] + b[j], l1) / denom;
                double del = bj - b[j];
                if (del != 0) {
                    double[] cj = cross[j];
                    if (cj == null) {
                        cj = new double[s.p];
                        for (int k = 0; k < s.p; k++) {
                            if (cross[k] != null) {
                                cj[k] = cross[k][j]; // the same products in the same order: bit-identical
                            } else if (s.usable[k]) {
                                cj[k] = dot(s.x[k], s.x[j]) / s.n;
                            }
                        }
                        cross[j] = cj;
                    }
                    b[j] = bj;
                    rsq += del * (2 * g[j] - del);
                    for (int k = 0; k < s.p; k++) {
                        g[k] -= del * cj[k];
                    }
                    dlx = Math.max(dlx, del * del);
                    if (bj != 0) {
                        active[j] = true;
                    }
                }
            }
            return dlx;
        }
    }

    private static Raw trim(double[][] out, double[] dev, int m, int passes) {
        if (m < out.length) {
            double[][] cut = new double[m][];
            System.arraycopy(out, 0, cut, 0, m);
            double[] d = new double[m];
            System.arraycopy(dev, 0, d, 0, m);
            return new Raw(cut, d, passes);
        }
        return new Raw(out, dev, passes);
    }

    /**
     * The path by naive updates (section 2.1): the residuals are kept and each coordinate's
     * gradient is an inner product with them, O(n) per feature per pass.
     */
    static Raw naivePath(Standardised s, double alpha, double[] lambdas, boolean earlyStop, double thresh, int maxPasses) {
        return path(new Naive(s), s, alpha, lambdas, earlyStop, thresh, maxPasses);
    }

    /** The state of the naive updates: coefficients and residuals. */
    private static final class Naive implements Updates {
        private final Standardised s;
        private final double[] b;
        private final double[] r;

        Naive(Standardised s) {
            this.s = s;
            b = new double[s.p];
            r = s.y.clone();
        }

        @Override
        public double sweep(double l1, double denom, boolean[] active, boolean activeOnly) {
            return CoordinateDescent.sweep(s, b, r, l1, denom, active, activeOnly);
        }

        @Override
        public double[] coefficients() {
            return b;
        }

        @Override
        public double rsq() {
            return 1 - dot(r, r) / s.n;
        }
    }

    /**
     * One pass of coordinate updates (eq. 5 with the elastic-net penalty, naive updates of
     * section 2.1): b_j <- S(x_j'r/n + b_j, lambda alpha) / (1 + lambda (1 - alpha)), unit-variance
     * columns; returns max_j (change of b_j)^2.
     */
    private static double sweep(Standardised s, double[] b, double[] r, double l1, double denom, boolean[] active,
            boolean activeOnly) {
        double dlx = 0;
        int n = s.n;
        for (int j = 0; j < s.p; j++) {
            if (!s.usable[j] || (activeOnly && !active[j])) {
                continue;
            }
            double[] xj = s.x[j];
            double g = dot(xj, r) / n;
            double u = g + b[j];
            double bj = softThreshold(u, l1) / denom;
            double del = bj - b[j];
            if (del != 0) {
                b[j] = bj;
                for (int i = 0; i < n; i++) {
                    r[i] -= del * xj[i];
                }
                dlx = Math.max(dlx, del * del);
                if (bj != 0) {
                    active[j] = true;
                }
            }
        }
        return dlx;
    }

    static double softThreshold(double z, double gamma) {
        if (z > gamma) {
            return z - gamma;
        }
        if (z < -gamma) {
            return z + gamma;
        }
        return 0;
    }

    private static EstimationException notConverged(int maxPasses, double lambda, int index) {
        return new EstimationException("coordinate descent did not converge within " + maxPasses
                + " passes at lambda " + lambda + " (index " + index + "); raise withMaxPasses or loosen withTolerance",
                java.util.List.of());
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }
}
