package io.github.basisspread.models.evaluation;

import io.github.basisspread.core.internal.ArgChecker;
import org.apache.commons.math3.special.Beta;

/**
 * The Diebold-Mariano test of equal predictive accuracy of two forecasts, with the small-sample
 * correction of Harvey, Leybourne and Newbold.
 *
 * <p>With loss differentials {@code d_t = |e1_t|^p - |e2_t|^p} (p = 1 absolute, 2 squared), mean
 * {@code dbar} and autocovariances {@code g_k = (1/n) sum_{t>k} (d_t - dbar)(d_{t-k} - dbar)}, the
 * long-run variance of {@code dbar} uses the h-1 autocovariances an h-step forecast's errors
 * carry: {@code V = (g_0 + 2 sum_{k=1}^{h-1} g_k) / n}, and {@code DM = dbar / sqrt(V)} (Diebold
 * and Mariano 1995, JBES 13, eq. 3 with a rectangular window). Harvey, Leybourne and Newbold (1997,
 * IJF 13, eq. 9) scale it by {@code sqrt((n + 1 - 2h + h(h-1)/n) / n)} and compare it with a t
 * distribution on n - 1 degrees of freedom; the p-value is two-sided. As R's
 * {@code forecast::dm.test} does, when V is not positive at h > 1 the test falls back to h = 1
 * (reported by {@link DieboldMarianoResult#horizonUsed()}); at h = 1 a zero variance (identical
 * losses) is an error.
 *
 * <p>A negative statistic means the first forecast has the smaller loss. Stateless and
 * thread-safe.
 */
public final class DieboldMariano {

    private DieboldMariano() {
    }

    /**
     * Tests equal accuracy of two forecasts of the same targets.
     *
     * @param errors1 the errors of the first forecast, finite
     * @param errors2 the errors of the second forecast, finite, same length
     * @param horizon h, the forecast horizon, at least 1
     * @param power p, 1 (absolute loss) or 2 (squared loss)
     * @return the result
     * @throws IllegalArgumentException if the lengths differ, fewer than 3 errors or at most h,
     *     a value is not finite, the power is not 1 or 2, or the loss differential is constant
     */
    public static DieboldMarianoResult test(double[] errors1, double[] errors2, int horizon, int power) {
        ArgChecker.notNull(errors1, "errors1");
        ArgChecker.notNull(errors2, "errors2");
        ArgChecker.positive(horizon, "horizon");
        ArgChecker.isTrue(power == 1 || power == 2, "power", power, "be 1 (absolute) or 2 (squared)");
        int n = errors1.length;
        ArgChecker.isTrue(errors2.length == n, "errors2", errors2.length + " values", "have the length of 'errors1', " + n);
        ArgChecker.isTrue(n >= 3 && n > horizon, "errors1", n + " values", "hold at least 3 values and more than the horizon " + horizon);
        double[] d = new double[n];
        double mean = 0;
        for (int t = 0; t < n; t++) {
            double a = Math.abs(ArgChecker.finite(errors1[t], "errors1[" + t + "]"));
            double b = Math.abs(ArgChecker.finite(errors2[t], "errors2[" + t + "]"));
            d[t] = power == 1 ? a - b : a * a - b * b;
            mean += d[t];
        }
        mean /= n;
        int used = horizon;
        double variance = longRunVariance(d, mean, used);
        if (!(variance > 0) && used > 1) {
            used = 1;
            variance = longRunVariance(d, mean, used);
        }
        ArgChecker.isTrue(variance > 0, "errors1", "losses equal to those of 'errors2' up to a constant",
                "give a loss differential that varies (its variance is zero)");
        double dm = mean / Math.sqrt(variance);
        // Harvey, Leybourne and Newbold (1997), eq. 9, with the horizon actually used.
        double k = Math.sqrt((n + 1 - 2.0 * used + used * (used - 1.0) / n) / n);
        double statistic = dm * k;
        double df = n - 1.0;
        // Two-sided t tail: P(|T| > s) = I_{df/(df+s^2)}(df/2, 1/2).
        double p = Beta.regularizedBeta(df / (df + statistic * statistic), df / 2, 0.5, 1e-15, Integer.MAX_VALUE);
        return new DieboldMarianoResult(statistic, p, n - 1, horizon, used, mean, n);
    }

    private static double longRunVariance(double[] d, double mean, int h) {
        int n = d.length;
        double sum = 0;
        for (int k = 0; k < h; k++) {
            double g = 0;
            for (int t = k; t < n; t++) {
                g += (d[t] - mean) * (d[t - k] - mean);
            }
            sum += (k == 0 ? 1 : 2) * g / n;
        }
        return sum / n;
    }
}
