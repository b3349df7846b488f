package io.github.basisspread.venues;

import io.github.basisspread.venues.internal.Args;
import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of a requested range for which the venue returned no data: reported, never filled.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first missing instant (for candles, the open time of the first missing bar)
 * @param to the end of the stretch, exclusive
 * @param missing how many observations are missing (bars, or funding settlements)
 */
public record Gap(Instant from, Instant to, long missing) {

    /**
     * Validates the components.
     *
     * @param from not null
     * @param to not null, after {@code from}
     * @param missing positive
     * @throws IllegalArgumentException naming the component and its value
     */
    public Gap {
        Args.notNull(from, "from");
        Args.notNull(to, "to");
        Args.isTrue(to.isAfter(from), "to", to, "be after from " + from);
        Args.isTrue(missing > 0, "missing", missing, "be positive");
    }

    /**
     * Returns the length of the stretch.
     *
     * @return {@code to - from}
     */
    public Duration length() {
        return Duration.between(from, to);
    }

    @Override
    public String toString() {
        return missing + " missing from " + from + " to " + to;
    }
}
