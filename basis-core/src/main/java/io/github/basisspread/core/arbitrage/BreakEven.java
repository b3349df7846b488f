package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The level of a market variable at which a trade's net P&amp;L is zero.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the break-even level as a decimal, finite
 * @param measure what the value measures, not null
 */
public record BreakEven(double value, BreakEvenMeasure measure) {

    /**
     * Validates the components.
     *
     * @param value the value
     * @param measure the measure
     * @throws IllegalArgumentException if the value is not finite or the measure is null
     */
    public BreakEven {
        ArgChecker.finite(value, "value");
        ArgChecker.notNull(measure, "measure");
    }

    /**
     * Creates a break-even level.
     *
     * @param value the level as a decimal, finite
     * @param measure what it measures, not null
     * @return the break-even level
     * @throws IllegalArgumentException if the value is not finite or the measure is null
     */
    public static BreakEven of(double value, BreakEvenMeasure measure) {
        return new BreakEven(value, measure);
    }
}
