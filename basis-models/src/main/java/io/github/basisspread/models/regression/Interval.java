package io.github.basisspread.models.regression;

/**
 * A closed interval {@code [lower, upper]}, such as a confidence interval.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lower bound, finite
 * @param upper the upper bound, finite and at least {@code lower}
 */
public record Interval(double lower, double upper) {

    /**
     * Validates the bounds.
     *
     * @throws IllegalArgumentException if a bound is not finite or {@code upper < lower}
     */
    public Interval {
        if (!Double.isFinite(lower)) {
            throw new IllegalArgumentException("Argument 'lower' must be finite but has value " + lower);
        }
        if (!(upper >= lower) || upper == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "Argument 'upper' must be finite and at least 'lower' (" + lower + ") but has value " + upper);
        }
    }
}
