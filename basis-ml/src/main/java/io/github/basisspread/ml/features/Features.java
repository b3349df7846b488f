package io.github.basisspread.ml.features;

import io.github.basisspread.core.basis.Basis;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.ml.internal.Args;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The features of the basis, each computed at row t from rows 0..t only.
 *
 * <p>Rolling statistics use the window of the last {@code w} rows ending at t (t included), and
 * are NaN for the first {@code w - 1} rows and wherever a value in the window is missing. Time
 * features read the row's own timestamp (UTC). Stateless; every feature is immutable.
 */
public final class Features {

    private Features() {
    }

    private record Named(String name, int lookback, Function<FeatureInputs, double[]> f) implements Feature {
        @Override
        public double[] compute(FeatureInputs inputs) {
            return f.apply(Args.notNull(inputs, "inputs"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The basis k rows back: {@code b_{t-k}} (k = 0 is the current basis).
     *
     * @param k the lag, zero or more
     * @return the feature {@code basis_lag<k>}
     * @throws IllegalArgumentException if k is negative
     */
    public static Feature basisLag(int k) {
        Args.check(k >= 0, "k", k, "be zero or more");
        return new Named("basis_lag" + k, k, in -> lag(in.basis().valuesArray(), k));
    }

    /**
     * The mean of the basis over the last w rows.
     *
     * @param w the window, at least 1
     * @return the feature {@code basis_mean<w>}
     */
    public static Feature rollingMean(int w) {
        Args.positive(w, "window");
        return new Named("basis_mean" + w, w - 1, in -> rolling(in.basis().valuesArray(), w, Features::mean));
    }

    /**
     * The sample standard deviation (divisor w - 1) of the basis over the last w rows.
     *
     * @param w the window, at least 2
     * @return the feature {@code basis_sd<w>}
     */
    public static Feature rollingStd(int w) {
        Args.check(w >= 2, "window", w, "be at least 2");
        return new Named("basis_sd" + w, w - 1, in -> rolling(in.basis().valuesArray(), w, Features::sd));
    }

    /**
     * The z-score of the current basis against the last w rows:
     * {@code (b_t - mean) / sd} (NaN when the window is constant).
     *
     * @param w the window, at least 2
     * @return the feature {@code basis_z<w>}
     */
    public static Feature rollingZScore(int w) {
        Args.check(w >= 2, "window", w, "be at least 2");
        return new Named("basis_z" + w, w - 1, in -> rolling(in.basis().valuesArray(), w, (x, from, to) -> {
            double m = mean(x, from, to);
            double sd = sd(x, from, to, m);
            return sd > 0 ? (x[to - 1] - m) / sd : Double.NaN;
        }));
    }

    /**
     * The minimum of the basis over the last w rows.
     *
     * @param w the window, at least 1
     * @return the feature {@code basis_min<w>}
     */
    public static Feature rollingMin(int w) {
        Args.positive(w, "window");
        return new Named("basis_min" + w, w - 1, in -> rollingExtreme(in.basis().valuesArray(), w, false));
    }

    /**
     * The maximum of the basis over the last w rows.
     *
     * @param w the window, at least 1
     * @return the feature {@code basis_max<w>}
     */
    public static Feature rollingMax(int w) {
        Args.positive(w, "window");
        return new Named("basis_max" + w, w - 1, in -> rollingExtreme(in.basis().valuesArray(), w, true));
    }

    /**
     * The log return of spot over the last k rows: {@code ln(S_t / S_{t-k})}.
     *
     * @param k the number of rows, at least 1
     * @return the feature {@code spot_ret<k>}
     */
    public static Feature spotReturn(int k) {
        Args.positive(k, "k");
        return new Named("spot_ret" + k, k, in -> {
            double[] s = in.spot().valuesArray();
            double[] out = new double[s.length];
            for (int t = 0; t < s.length; t++) {
                out[t] = t >= k ? Math.log(s[t] / s[t - k]) : Double.NaN;
            }
            return out;
        });
    }

    /**
     * The realised volatility of spot over the last w one-row log returns:
     * {@code sqrt(sum r_i^2)}, not annualised (needs w + 1 prices).
     *
     * @param w the number of returns, at least 1
     * @return the feature {@code spot_rv<w>}
     */
    public static Feature realisedVolatility(int w) {
        Args.positive(w, "window");
        return new Named("spot_rv" + w, w, in -> {
            double[] s = in.spot().valuesArray();
            double[] r = new double[s.length];
            r[0] = Double.NaN;
            for (int t = 1; t < s.length; t++) {
                r[t] = Math.log(s[t] / s[t - 1]);
            }
            return rolling(r, w, (x, from, to) -> {
                double q = 0;
                for (int i = from; i < to; i++) {
                    q += x[i] * x[i];
                }
                return Math.sqrt(q);
            });
        });
    }

    /**
     * The funding rate known at t.
     *
     * @return the feature {@code funding}
     */
    public static Feature fundingRate() {
        return new Named("funding", 0, in -> in.fundingRate().valuesArray());
    }

    /**
     * The mean funding rate over the last w rows.
     *
     * @param w the window, at least 1
     * @return the feature {@code funding_mean<w>}
     */
    public static Feature fundingRateMean(int w) {
        Args.positive(w, "window");
        return new Named("funding_mean" + w, w - 1, in -> rolling(in.fundingRate().valuesArray(), w, Features::mean));
    }

    /**
     * The time of day in hours, UTC, from 0 (midnight) to just under 24.
     *
     * @return the feature {@code hour_of_day}
     */
    public static Feature hourOfDay() {
        return new Named("hour_of_day", 0, in -> times(in.basis(), t -> {
            ZonedDateTime z = t.atZone(ZoneOffset.UTC);
            return z.getHour() + z.getMinute() / 60.0 + z.getSecond() / 3600.0;
        }));
    }

    /**
     * The day of the week, UTC, Monday = 1 to Sunday = 7 (ISO-8601).
     *
     * @return the feature {@code day_of_week}
     */
    public static Feature dayOfWeek() {
        return new Named("day_of_week", 0, in -> times(in.basis(), t -> t.atZone(ZoneOffset.UTC).getDayOfWeek().getValue()));
    }

    /**
     * The hours from t to the next funding settlement strictly after t, by the inputs' funding
     * schedule ({@link FundingSchedule#nextSettlementAfter(Instant)}): at a settlement, the full
     * interval.
     *
     * @return the feature {@code hours_to_funding}
     */
    public static Feature hoursToNextFunding() {
        return new Named("hours_to_funding", 0, in -> {
            FundingSchedule s = in.fundingSchedule();
            TimeSeries b = in.basis();
            double[] out = new double[b.size()];
            Instant previous = null;
            Instant next = null;
            for (int i = 0; i < out.length; i++) {
                Instant t = b.time(i);
                // No settlement lies in (previous, next): for previous <= t < next the next one
                // after t is still next, so the schedule is asked once per funding interval.
                if (next == null || t.isBefore(previous) || !t.isBefore(next)) {
                    next = s.nextSettlementAfter(t);
                }
                previous = t;
                out[i] = (next.getEpochSecond() - t.getEpochSecond() - t.getNano() / 1e9) / 3600.0;
            }
            return out;
        });
    }

    /**
     * The traded volume at t.
     *
     * @return the feature {@code volume}
     */
    public static Feature volume() {
        return new Named("volume", 0, in -> in.volume().valuesArray());
    }

    /**
     * The mean traded volume over the last w rows.
     *
     * @param w the window, at least 1
     * @return the feature {@code volume_mean<w>}
     */
    public static Feature volumeMean(int w) {
        Args.positive(w, "window");
        return new Named("volume_mean" + w, w - 1, in -> rolling(in.volume().valuesArray(), w, Features::mean));
    }

    /**
     * The open interest at t.
     *
     * @return the feature {@code open_interest}
     */
    public static Feature openInterest() {
        return new Named("open_interest", 0, in -> in.openInterest().valuesArray());
    }

    /**
     * The log change of the open interest over the last k rows: {@code ln(OI_t / OI_{t-k})}.
     *
     * @param k the number of rows, at least 1
     * @return the feature {@code oi_change<k>}
     */
    public static Feature openInterestChange(int k) {
        Args.positive(k, "k");
        return new Named("oi_change" + k, k, in -> {
            double[] x = in.openInterest().valuesArray();
            double[] out = new double[x.length];
            for (int t = 0; t < x.length; t++) {
                out[t] = t >= k ? Math.log(x[t] / x[t - k]) : Double.NaN;
            }
            return out;
        });
    }

    /**
     * The slope of the term structure of the annualized basis of the dated futures against spot:
     * the constant-maturity annualized basis at {@code longDays} minus that at {@code shortDays}
     * (for example 90 minus 30 days).
     *
     * <p>At each row t the futures alive then (expiry after t, price and spot positive) give the
     * simple annualized basis {@code (F/S - 1) / tau} with tau the ACT/365F year fraction to
     * expiry ({@code core.basis.Basis}); the value at a tenor is interpolated linearly in days to
     * expiry between the two futures around it, or extrapolated linearly from the two nearest
     * when it lies outside their range (the usual constant-maturity construction). NaN when
     * fewer than two futures with distinct expiries are alive at t. Expiries are contract terms
     * known in advance, so reading them is no look-ahead.
     *
     * @param shortDays the short tenor in days, at least 1
     * @param longDays the long tenor in days, greater than shortDays
     * @return the feature {@code ts_slope<short>_<long>}
     * @throws IllegalArgumentException if the tenors are not ordered
     */
    public static Feature termStructureSlope(int shortDays, int longDays) {
        Args.positive(shortDays, "shortDays");
        Args.check(longDays > shortDays, "longDays", longDays, "be greater than shortDays (" + shortDays + ")");
        return new Named("ts_slope" + shortDays + "_" + longDays, 0, in -> {
            double[] s = in.spot().valuesArray();
            List<FeatureInputs.DatedFuture> futures = in.futures();
            double[][] prices = new double[futures.size()][];
            for (int k = 0; k < prices.length; k++) {
                prices[k] = futures.get(k).price().valuesArray();
            }
            double[] out = new double[s.length];
            double[] tenor = new double[futures.size()];
            double[] rate = new double[futures.size()];
            for (int t = 0; t < s.length; t++) {
                Instant now = in.basis().time(t);
                int m = 0;
                for (int k = 0; k < prices.length; k++) {
                    Instant expiry = futures.get(k).expiry();
                    double f = prices[k][t];
                    if (expiry.isAfter(now) && s[t] > 0 && f > 0 && Double.isFinite(s[t]) && Double.isFinite(f)) {
                        tenor[m] = (expiry.getEpochSecond() - now.getEpochSecond()
                                + (expiry.getNano() - now.getNano()) / 1e9) / 86_400.0;
                        rate[m] = Basis.of(s[t], f, now).annualized(expiry, Compounding.SIMPLE);
                        m++;
                    }
                }
                out[t] = curve(tenor, rate, m, longDays) - curve(tenor, rate, m, shortDays);
            }
            return out;
        });
    }

    /** Linear interpolation (extrapolation at the ends) in tenor of the first m points; NaN below two distinct tenors. */
    private static double curve(double[] tenor, double[] rate, int m, double at) {
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(tenor[a], tenor[b]));
        int lo = -1;
        int hi = -1;
        for (int i = 0; i + 1 < m; i++) {
            int a = order[i];
            int b = order[i + 1];
            if (tenor[b] > tenor[a]) {
                if (lo < 0 || at > tenor[a]) {
                    lo = a;
                    hi = b;
                }
                if (at <= tenor[b]) {
                    break;
                }
            }
        }
        if (lo < 0) {
            return Double.NaN;
        }
        return rate[lo] + (rate[hi] - rate[lo]) * (at - tenor[lo]) / (tenor[hi] - tenor[lo]);
    }

    private interface WindowStat {
        double apply(double[] x, int from, int to);
    }

    private static double[] lag(double[] x, int k) {
        double[] out = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            out[t] = t >= k ? x[t - k] : Double.NaN;
        }
        return out;
    }

    /** out[t] = stat over x[t-w+1 .. t]; NaN before w rows or when the window holds a NaN. */
    private static double[] rolling(double[] x, int w, WindowStat stat) {
        double[] out = new double[x.length];
        int lastNaN = -1;
        for (int t = 0; t < x.length; t++) {
            if (Double.isNaN(x[t])) {
                lastNaN = t;
            }
            out[t] = t + 1 >= w && lastNaN <= t - w ? stat.apply(x, t - w + 1, t + 1) : Double.NaN;
        }
        return out;
    }

    /**
     * The rolling minimum or maximum of x[t-w+1 .. t] by a monotone deque of indices (each index
     * enters and leaves once: O(n) whatever w); NaN as {@link #rolling}: before w rows or when
     * the window holds a NaN. Exact: the same values as a scan of each window.
     */
    private static double[] rollingExtreme(double[] x, int w, boolean max) {
        double[] out = new double[x.length];
        int[] deque = new int[x.length];
        int head = 0;
        int tail = 0;
        int lastNaN = -1;
        for (int t = 0; t < x.length; t++) {
            if (Double.isNaN(x[t])) {
                lastNaN = t;
                head = 0;
                tail = 0;
            } else {
                // Double.compare orders -0.0 below 0.0, as Math.min and Math.max do
                while (tail > head && (max ? Double.compare(x[deque[tail - 1]], x[t]) <= 0
                        : Double.compare(x[deque[tail - 1]], x[t]) >= 0)) {
                    tail--;
                }
                deque[tail++] = t;
            }
            while (tail > head && deque[head] <= t - w) {
                head++;
            }
            out[t] = t + 1 >= w && lastNaN <= t - w ? x[deque[head]] : Double.NaN;
        }
        return out;
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }

    private static double sd(double[] x, int from, int to) {
        return sd(x, from, to, mean(x, from, to));
    }

    private static double sd(double[] x, int from, int to, double m) {
        double q = 0;
        for (int i = from; i < to; i++) {
            q += (x[i] - m) * (x[i] - m);
        }
        return Math.sqrt(q / (to - from - 1));
    }

    private static double[] times(TimeSeries s, java.util.function.ToDoubleFunction<Instant> f) {
        double[] out = new double[s.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = f.applyAsDouble(s.time(t));
        }
        return out;
    }
}
