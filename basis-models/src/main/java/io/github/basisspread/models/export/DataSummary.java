package io.github.basisspread.models.export;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * What a fitted model was estimated on, in brief: the number of observations, how many were
 * missing, and the mean, standard deviation, minimum and maximum of the present ones. Enough to
 * recognise the data a stored fit belongs to and to see its scale, without storing the data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param n the number of observations, missing ones included; zero or positive
 * @param missing the number of missing (NaN) observations; from zero to {@code n}
 * @param mean the mean of the present observations (NaN when none is present)
 * @param standardDeviation their sample standard deviation, divisor {@code m - 1} (NaN below two)
 * @param min their minimum (NaN when none is present)
 * @param max their maximum (NaN when none is present)
 */
public record DataSummary(int n, int missing, double mean, double standardDeviation, double min, double max) {

    /**
     * Validates the components.
     *
     * @param n the number of observations
     * @param missing the number missing
     * @param mean the mean
     * @param standardDeviation the standard deviation
     * @param min the minimum
     * @param max the maximum
     * @throws IllegalArgumentException if a count is out of range, a statistic is infinite, the
     *     standard deviation is negative, or the minimum exceeds the maximum
     */
    public DataSummary {
        ArgChecker.nonNegative(n, "n");
        ArgChecker.isTrue(missing >= 0 && missing <= n, "missing", missing, "lie in [0, n = " + n + "]");
        notInfinite(mean, "mean");
        notInfinite(standardDeviation, "standardDeviation");
        notInfinite(min, "min");
        notInfinite(max, "max");
        ArgChecker.isTrue(!(standardDeviation < 0), "standardDeviation", standardDeviation, "be zero or positive");
        ArgChecker.isTrue(!(min > max), "min", min, "be at most max = " + max);
    }

    private static void notInfinite(double x, String name) {
        ArgChecker.isTrue(!Double.isInfinite(x), name, x, "be finite or NaN");
    }

    /**
     * Summarises observations; NaN counts as missing.
     *
     * @param values the observations, not null, finite or NaN
     * @return the summary
     * @throws IllegalArgumentException if the array is null or holds an infinite value
     */
    public static DataSummary of(double[] values) {
        ArgChecker.notNull(values, "values");
        int present = 0;
        double sum = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            ArgChecker.isTrue(Double.isFinite(v), "values[" + i + "]", v, "be finite or NaN");
            present++;
            sum += v;
            min = present == 1 ? v : Math.min(min, v);
            max = present == 1 ? v : Math.max(max, v);
        }
        double mean = present == 0 ? Double.NaN : sum / present;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double sd = present < 2 ? Double.NaN : Math.sqrt(squares / (present - 1));
        return new DataSummary(values.length, values.length - present, mean, sd, min, max);
    }
}
