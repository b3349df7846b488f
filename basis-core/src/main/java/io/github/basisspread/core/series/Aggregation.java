package io.github.basisspread.core.series;

/**
 * How the observations inside one resampling bucket become one value.
 *
 * <p>Every aggregation ignores missing values; a bucket whose observations are all missing
 * aggregates to missing (NaN), never to zero, so a {@link #SUM} of nothing is not mistaken for
 * a sum of zero.
 */
public enum Aggregation {
    /** The first present value of the bucket (the open of a bar). */
    FIRST,
    /** The last present value of the bucket (the close of a bar, the usual choice for prices). */
    LAST,
    /** The arithmetic mean of the present values. */
    MEAN,
    /** The sum of the present values (volumes, funding payments). */
    SUM,
    /** The smallest present value. */
    MIN,
    /** The largest present value. */
    MAX;

    /** Aggregates the present values of {@code s} at indices {@code [from, to)}; NaN if none. */
    double aggregate(TimeSeries s, int from, int to) {
        double sum = 0;
        double compensation = 0;
        double result = Double.NaN;
        int n = 0;
        for (int i = from; i < to; i++) {
            double v = s.value(i);
            if (Double.isNaN(v)) {
                continue;
            }
            n++;
            switch (this) {
                case FIRST -> {
                    return v;
                }
                case LAST -> result = v;
                case MIN -> result = n == 1 ? v : Math.min(result, v);
                case MAX -> result = n == 1 ? v : Math.max(result, v);
                case MEAN, SUM -> {
                    // Neumaier (1974) compensated summation.
                    double t = sum + v;
                    compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
                    sum = t;
                }
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        return switch (this) {
            // On overflow the compensation holds -Infinity: report the overflow, not NaN.
            case SUM -> Double.isInfinite(sum) ? sum : sum + compensation;
            case MEAN -> meanOf(sum + compensation, n, s, from, to);
            default -> result;
        };
    }

    private static double meanOf(double sum, int n, TimeSeries s, int from, int to) {
        if (Double.isFinite(sum)) {
            return sum / n;
        }
        // The sum overflowed although every value is finite: average the scaled values instead.
        double mean = 0;
        for (int i = from; i < to; i++) {
            if (!s.isMissing(i)) {
                mean += s.value(i) / n;
            }
        }
        return mean;
    }
}
