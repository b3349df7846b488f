package io.github.basisspread.venues;

import io.github.basisspread.venues.internal.Args;
import java.time.Duration;
import java.time.Instant;

/**
 * One funding settlement of a perpetual swap: the rate paid at {@code time} for the interval
 * that ends there. The interval travels with each observation because venues switch symbols
 * between 8, 4, 2 and 1 hour intervals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time the settlement instant
 * @param rate the rate per interval as a decimal (0.0001 = 1 bp), finite, positive when longs pay
 * @param interval the funding interval that ends at {@code time}, positive
 */
public record FundingObservation(Instant time, double rate, Duration interval) {

    /**
     * Validates the components.
     *
     * @param time not null
     * @param rate finite
     * @param interval not null, positive
     * @throws IllegalArgumentException naming the component and its value
     */
    public FundingObservation {
        Args.notNull(time, "time");
        Args.finite(rate, "rate");
        Args.notNull(interval, "interval");
        Args.isTrue(!interval.isNegative() && !interval.isZero(), "interval", interval, "be positive");
    }

    /**
     * Returns the annual percentage rate: the rate times the intervals in a 365-day year (x1095
     * for 8 h, x8760 for 1 h), without compounding.
     *
     * @return the APR as a decimal
     */
    public double apr() {
        return rate * (365.0 * 86_400_000.0 / interval.toMillis());
    }
}
