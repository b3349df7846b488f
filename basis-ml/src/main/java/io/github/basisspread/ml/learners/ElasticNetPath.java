package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.features.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The regularisation path of an elastic net: for each lambda, largest first, the intercept and
 * slopes on the original scale, the number of nonzero slopes (glmnet's {@code df}) and the
 * fraction of deviance explained (glmnet's {@code dev.ratio}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ElasticNetPath {

    private final ElasticNet spec;
    private final List<String> names;
    private final double[] lambdas;
    private final double[] intercepts;
    private final double[][] slopes;
    private final double[] devRatios;
    private final int nobs;
    private final int passes;
    private final double[] rss;

    private ElasticNetPath(ElasticNet spec, List<String> names, double[] lambdas, double[] intercepts, double[][] slopes,
            double[] devRatios, int nobs, int passes, double[] rss) {
        this.spec = spec;
        this.names = names;
        this.lambdas = lambdas;
        this.intercepts = intercepts;
        this.slopes = slopes;
        this.devRatios = devRatios;
        this.nobs = nobs;
        this.passes = passes;
        this.rss = rss;
    }

    static ElasticNetPath of(ElasticNet spec, Dataset data, CoordinateDescent.Standardised s, double[] lambdas,
            CoordinateDescent.Raw raw) {
        int m = raw.beta().length;
        double[] a0 = new double[m];
        double[][] b = new double[m][s.p];
        double[] rss = new double[m];
        double tss = 0;
        for (double v : s.y) {
            tss += v * v;
        }
        tss *= s.ys * s.ys;
        for (int k = 0; k < m; k++) {
            double a = s.ym;
            for (int j = 0; j < s.p; j++) {
                // Back to the original scale: b_j = ys * beta_j / xs_j, intercept ybar - sum b_j xbar_j.
                double v = s.usable[j] ? s.ys * raw.beta()[k][j] / s.xs[j] : 0;
                b[k][j] = v;
                a -= v * s.xm[j];
            }
            a0[k] = a;
            rss[k] = (1 - raw.devRatio()[k]) * tss;
        }
        return new ElasticNetPath(spec, data.names(), lambdas, a0, b, raw.devRatio(), data.rows(), raw.passes(), rss);
    }

    /**
     * Returns the number of lambdas on the path (at most nlambda: the path may stop early).
     *
     * @return the number of points
     */
    public int size() {
        return lambdas.length;
    }

    /**
     * Returns the lambdas, largest first, on the response's scale.
     *
     * @return a copy
     */
    public double[] lambdas() {
        return lambdas.clone();
    }

    /**
     * Returns the intercept at each lambda.
     *
     * @return a copy
     */
    public double[] intercepts() {
        return intercepts.clone();
    }

    /**
     * Returns the slopes at one lambda, on the original scale of the features.
     *
     * @param k the index of the lambda
     * @return a copy, one per feature
     */
    public double[] slopes(int k) {
        return slopes[k].clone();
    }

    /**
     * Returns the number of nonzero slopes at one lambda (glmnet's {@code df}).
     *
     * @param k the index of the lambda
     * @return the count
     */
    public int df(int k) {
        int c = 0;
        for (double v : slopes[k]) {
            c += v != 0 ? 1 : 0;
        }
        return c;
    }

    /**
     * Returns the fraction of the (null) deviance explained at each lambda (glmnet's
     * {@code dev.ratio}).
     *
     * @return a copy
     */
    public double[] devRatios() {
        return devRatios.clone();
    }

    /**
     * Returns the feature names.
     *
     * @return an immutable list
     */
    public List<String> names() {
        return names;
    }

    /**
     * Returns the passes over the coordinates that the whole path took.
     *
     * @return the count
     */
    public int passes() {
        return passes;
    }

    /**
     * Returns the fitted model at one lambda of the path.
     *
     * @param k the index of the lambda
     * @return the fit
     * @throws IllegalArgumentException if k is out of range
     */
    public ElasticNetFit fit(int k) {
        if (k < 0 || k >= size()) {
            throw new IllegalArgumentException("Argument 'k' must lie in [0, " + size() + ") but has value " + k);
        }
        return new ElasticNetFit(spec.alpha(), lambdas[k], names, intercepts[k], slopes[k], nobs, rss[k], devRatios[k],
                passes);
    }

    /**
     * Returns the intercept and slopes at any lambda by linear interpolation in lambda between
     * the two points of the path around it, as glmnet's {@code predict(fit, s = lambda)}
     * ({@code lambda.interp}): above the first lambda the first point, below the last the last.
     *
     * @param lambda the lambda, on the response's scale
     * @return a new array: the intercept, then one slope per feature
     */
    double[] coefficientsAt(double lambda) {
        int k = size();
        int left = 0;
        int right = 0;
        double frac = 1;
        if (k > 1 && lambda < lambdas[0]) {
            if (lambda <= lambdas[k - 1]) {
                left = k - 1;
                right = k - 1;
            } else {
                right = 1;
                while (lambdas[right] > lambda) {
                    right++;
                }
                left = right - 1;
                frac = (lambda - lambdas[right]) / (lambdas[left] - lambdas[right]);
            }
        }
        double[] c = new double[slopes[0].length + 1];
        c[0] = frac * intercepts[left] + (1 - frac) * intercepts[right];
        for (int j = 1; j < c.length; j++) {
            c[j] = frac * slopes[left][j - 1] + (1 - frac) * slopes[right][j - 1];
        }
        return c;
    }

    @Override
    public String toString() {
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%6s %6s %10s %14s", "step", "df", "%dev", "lambda"));
        for (int k = 0; k < size(); k++) {
            rows.add(String.format("%6d %6d %10.2f %14.6g", k + 1, df(k), 100 * devRatios[k], lambdas[k]));
        }
        return spec + " path over " + Arrays.asList(names).size() + " features, " + nobs + " observations\n"
                + String.join("\n", rows);
    }
}
