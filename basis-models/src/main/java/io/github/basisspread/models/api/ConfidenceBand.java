package io.github.basisspread.models.api;

/**
 * A pointwise Gaussian confidence band {@code estimate +/- z * se} around a forecast or a
 * smoothed state path.
 * Immutable and thread-safe: arrays copied in and out.
 *
 * @param lower the lower bound per period (copied)
 * @param estimate the estimate per period (copied)
 * @param upper the upper bound per period (copied)
 * @param level the coverage, in (0, 1)
 */
public record ConfidenceBand(double[] lower, double[] estimate, double[] upper, double level) {

    /**
     * Validates and copies.
     *
     * @param lower lower bounds
     * @param estimate estimates
     * @param upper upper bounds
     * @param level coverage
     * @throws IllegalArgumentException if lengths differ or the level is outside (0, 1)
     */
    public ConfidenceBand {
        if (lower == null || estimate == null || upper == null || lower.length != estimate.length
                || upper.length != estimate.length) {
            throw new IllegalArgumentException("Argument 'lower', 'estimate' and 'upper' must be non-null arrays of one"
                    + " length");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Argument 'level' must be in (0, 1) but has value " + level);
        }
        lower = lower.clone();
        estimate = estimate.clone();
        upper = upper.clone();
    }

    /** @return a copy of lower */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** @return a copy of estimate */
    @Override
    public double[] estimate() {
        return estimate.clone();
    }

    /** @return a copy of upper */
    @Override
    public double[] upper() {
        return upper.clone();
    }
}
