package io.github.basisspread.models.diagnostics;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * Seasonal-trend decomposition by loess (STL; Cleveland, Cleveland, McRae and Terpenning 1990,
 * "STL: A Seasonal-Trend Decomposition Procedure Based on Loess", J. Official Statistics 6(1)),
 * {@code y = seasonal + trend + remainder}, in its non-robust form (two passes of the inner loop,
 * no robustness weights) with the window conventions of R's {@code stats::stl}: the trend window
 * {@code nextodd(ceil(1.5 s / (1 - 1.5 / n_s)))}, the low-pass window {@code nextodd(s)},
 * seasonal smoothing of degree 0 and trend and low-pass smoothing of degree 1, each loess
 * evaluated every {@code ceil(window / 10)} points and interpolated linearly in between.
 *
 * <p>Typical use: the hour-of-day seasonality of funding or basis series (period 24 on hourly
 * data), and the seasonal strength {@link #seasonalStrength()} (Wang, Smith and Hyndman 2006)
 * that automatic ARIMA compares with 0.64 to decide on a seasonal difference.
 *
 * <p>Immutable and thread-safe.
 */
public final class Stl {

    private final double[] seasonal;
    private final double[] trend;
    private final double[] remainder;
    private final int period;

    private Stl(double[] seasonal, double[] trend, double[] remainder, int period) {
        this.seasonal = seasonal;
        this.trend = trend;
        this.remainder = remainder;
        this.period = period;
    }

    /**
     * Decomposes a series with R's default windows for a given seasonal window.
     *
     * @param y the series, finite, longer than two periods (not modified)
     * @param period the seasonal period s, at least 2
     * @param seasonalWindow the loess span n_s of the cycle-subseries smoothing, odd, at least 3
     *     ({@code forecast::mstl} uses 11)
     * @return the decomposition
     * @throws IllegalArgumentException if y is null, holds a non-finite value or is not longer
     *     than two periods, or a window is out of range
     */
    public static Stl decompose(double[] y, int period, int seasonalWindow) {
        ArgChecker.notNull(y, "y");
        ArgChecker.isTrue(period >= 2, "period", period, "be at least 2");
        ArgChecker.isTrue(seasonalWindow >= 3 && seasonalWindow % 2 == 1, "seasonalWindow", seasonalWindow,
                "be odd and at least 3");
        ArgChecker.isTrue(y.length > 2 * period, "y", y.length + " values", "be longer than two periods (" + 2 * period
                + " values)");
        for (int t = 0; t < y.length; t++) {
            if (!Double.isFinite(y[t])) {
                throw new IllegalArgumentException("Argument 'y' must hold finite values but element " + t + " is "
                        + y[t]);
            }
        }
        int trendWindow = nextOdd(Math.ceil(1.5 * period / (1 - 1.5 / seasonalWindow)));
        int lowPassWindow = nextOdd(period);
        return run(y, period, seasonalWindow, trendWindow, lowPassWindow);
    }

    /**
     * Decomposes with {@code forecast::mstl}'s seasonal window, 11.
     *
     * @param y the series, finite, longer than two periods (not modified)
     * @param period the seasonal period, at least 2
     * @return the decomposition
     * @throws IllegalArgumentException as {@link #decompose(double[], int, int)}
     */
    public static Stl decompose(double[] y, int period) {
        return decompose(y, period, 11);
    }

    /** @return the seasonal component (a copy) */
    public double[] seasonal() {
        return seasonal.clone();
    }

    /** @return the trend component (a copy) */
    public double[] trend() {
        return trend.clone();
    }

    /** @return the remainder {@code y - seasonal - trend} (a copy) */
    public double[] remainder() {
        return remainder.clone();
    }

    /** @return the seasonal period */
    public int period() {
        return period;
    }

    /**
     * The strength of seasonality {@code max(0, min(1, 1 - var(R) / var(S + R)))} (Wang, Smith
     * and Hyndman 2006; forecast's {@code nsdiffs} takes a seasonal difference above 0.64).
     *
     * @return the strength in [0, 1]
     */
    public double seasonalStrength() {
        double[] sr = new double[remainder.length];
        for (int t = 0; t < sr.length; t++) {
            sr[t] = seasonal[t] + remainder[t];
        }
        double v = variance(sr);
        return v > 0 ? Math.max(0, Math.min(1, 1 - variance(remainder) / v)) : 0;
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return s / (x.length - 1);
    }

    private static int nextOdd(double x) {
        int r = (int) Math.round(x);
        return r % 2 == 0 ? r + 1 : r;
    }

    /**
     * The inner loop of Cleveland et al. (1990, sec. 2.2) twice, from a zero trend. Arrays are
     * indexed from 1 (index 0 unused) so that positions equal the abscissae of the loess fits.
     */
    private static Stl run(double[] data, int np, int ns, int nt, int nl) {
        int n = data.length;
        double[] y = new double[n + 1];
        System.arraycopy(data, 0, y, 1, n);
        double[] trend = new double[n + 1];
        double[] season = new double[n + 1];
        double[] work = new double[n + 1];
        double[] cycle = new double[n + 2 * np + 1];
        int sJump = (int) Math.ceil(ns / 10.0);
        int tJump = (int) Math.ceil(nt / 10.0);
        int lJump = (int) Math.ceil(nl / 10.0);
        for (int pass = 0; pass < 2; pass++) {
            // Step 1, detrending; step 2, cycle-subseries smoothing (one period added at each end).
            for (int i = 1; i <= n; i++) {
                work[i] = y[i] - trend[i];
            }
            smoothSubseries(work, n, np, ns, sJump, cycle);
            // Step 3, low-pass filter of the smoothed cycle-subseries: moving averages of np, np
            // and 3, then loess of degree 1 over nl.
            double[] low = movingAverage(movingAverage(movingAverage(cycle, n + 2 * np, np), n + np + 1, np), n + 2, 3);
            double[] lowSmooth = new double[n + 1];
            smooth(low, n, nl, 1, lJump, lowSmooth);
            // Step 4, detrending of the smoothed cycle-subseries; step 5, deseasonalizing.
            for (int i = 1; i <= n; i++) {
                season[i] = cycle[np + i] - lowSmooth[i];
                work[i] = y[i] - season[i];
            }
            // Step 6, trend smoothing: loess of degree 1 over nt.
            smooth(work, n, nt, 1, tJump, trend);
        }
        double[] s = new double[n];
        double[] t = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = season[i + 1];
            t[i] = trend[i + 1];
            r[i] = data[i] - s[i] - t[i];
        }
        return new Stl(s, t, r, np);
    }

    /**
     * Loess of degree 0 over each cycle-subseries, evaluated at its points and at one position
     * before the first and after the last: out[1..n + 2 np].
     */
    private static void smoothSubseries(double[] y, int n, int np, int ns, int jump, double[] out) {
        double[] sub = new double[n / np + 2];
        double[] fit = new double[n / np + 4];
        double[] weights = new double[n / np + 2];
        for (int j = 1; j <= np; j++) {
            int k = (n - j) / np + 1;
            for (int i = 1; i <= k; i++) {
                sub[i] = y[(i - 1) * np + j];
            }
            double[] inner = new double[k + 1];
            smooth(sub, k, ns, 0, jump, inner);
            System.arraycopy(inner, 1, fit, 2, k);
            double before = estimate(sub, k, ns, 0, 0, 1, Math.min(ns, k), weights);
            fit[1] = Double.isNaN(before) ? fit[2] : before;
            double after = estimate(sub, k, ns, 0, k + 1, Math.max(1, k - ns + 1), k, weights);
            fit[k + 2] = Double.isNaN(after) ? fit[k + 1] : after;
            for (int m = 1; m <= k + 2; m++) {
                out[(m - 1) * np + j] = fit[m];
            }
        }
    }

    /** Moving average of length len over x[1..n]: n - len + 1 values, indexed from 1. */
    private static double[] movingAverage(double[] x, int n, int len) {
        int m = n - len + 1;
        double[] out = new double[m + 1];
        double v = 0;
        for (int i = 1; i <= len; i++) {
            v += x[i];
        }
        out[1] = v / len;
        for (int j = 2; j <= m; j++) {
            v = v - x[j - 1] + x[len + j - 1];
            out[j] = v / len;
        }
        return out;
    }

    /**
     * Loess smoothing of y[1..n] over windows of len nearest points with local polynomials of the
     * given degree, evaluated every {@code jump} points (and at n) and linearly interpolated.
     */
    private static void smooth(double[] y, int n, int len, int degree, int jump, double[] out) {
        if (n < 2) {
            out[1] = y[1];
            return;
        }
        double[] weights = new double[n + 1];
        int step = Math.min(jump, n - 1);
        int half = (len + 1) / 2;
        for (int i = 1; i <= n; i += step) {
            int left;
            int right;
            if (len >= n) {
                left = 1;
                right = n;
            } else if (i < half) {
                left = 1;
                right = len;
            } else if (i >= n - half + 1) {
                left = n - len + 1;
                right = n;
            } else {
                left = i - half + 1;
                right = len + i - half;
            }
            double v = estimate(y, n, len, degree, i, left, right, weights);
            out[i] = Double.isNaN(v) ? y[i] : v;
        }
        if (step == 1) {
            return;
        }
        for (int i = 1; i <= n - step; i += step) {
            double delta = (out[i + step] - out[i]) / step;
            for (int j = i + 1; j < i + step; j++) {
                out[j] = out[i] + delta * (j - i);
            }
        }
        int k = (n - 1) / step * step + 1;
        if (k != n) {
            int left = len >= n ? 1 : n - len + 1;
            double v = estimate(y, n, len, degree, n, left, n, weights);
            out[n] = Double.isNaN(v) ? y[n] : v;
            if (k != n - 1) {
                double delta = (out[n] - out[k]) / (n - k);
                for (int j = k + 1; j < n; j++) {
                    out[j] = out[k] + delta * (j - k);
                }
            }
        }
    }

    /**
     * The loess fit at abscissa xs from the points left..right of y: tricube weights over the
     * half-width h (the distance to the farther window end, widened by {@code (len - n) / 2}
     * when the span exceeds the series), and for degree 1 the weights of the local linear
     * regression (Cleveland 1979). NaN if every weight is zero.
     */
    private static double estimate(double[] y, int n, int len, int degree, double xs, int left, int right,
            double[] w) {
        double range = n - 1.0;
        double h = Math.max(xs - left, right - xs);
        if (len > n) {
            h += (len - n) / 2;
        }
        double hi = 0.999 * h;
        double lo = 0.001 * h;
        double sum = 0;
        for (int j = left; j <= right; j++) {
            double r = Math.abs(j - xs);
            double wj = 0;
            if (r <= hi) {
                if (r <= lo) {
                    wj = 1;
                } else {
                    double u = r / h;
                    double c = 1 - u * u * u;
                    wj = c * c * c;
                }
            }
            w[j] = wj;
            sum += wj;
        }
        if (sum <= 0) {
            return Double.NaN;
        }
        for (int j = left; j <= right; j++) {
            w[j] /= sum;
        }
        if (h > 0 && degree > 0) {
            double a = 0;
            for (int j = left; j <= right; j++) {
                a += w[j] * j;
            }
            double b = xs - a;
            double c = 0;
            for (int j = left; j <= right; j++) {
                c += w[j] * (j - a) * (j - a);
            }
            if (Math.sqrt(c) > 0.001 * range) {
                b /= c;
                for (int j = left; j <= right; j++) {
                    w[j] *= b * (j - a) + 1;
                }
            }
        }
        double ys = 0;
        for (int j = left; j <= right; j++) {
            ys += w[j] * y[j];
        }
        return ys;
    }
}
