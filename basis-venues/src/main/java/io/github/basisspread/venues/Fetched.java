package io.github.basisspread.venues;

import io.github.basisspread.venues.internal.Args;
import java.util.List;

/**
 * The rows a venue returned for a range, in time order without duplicates, and the gaps in them.
 *
 * <p>Immutable and thread-safe (the lists are unmodifiable copies).
 *
 * @param <T> the row type: {@link Candle} or {@link FundingObservation}
 * @param rows the rows, in time order
 * @param gaps the stretches of the range with no row, in time order
 */
public record Fetched<T>(List<T> rows, List<Gap> gaps) {

    /**
     * Copies the lists.
     *
     * @param rows not null, no null element
     * @param gaps not null, no null element
     * @throws IllegalArgumentException if a list is null
     */
    public Fetched {
        Args.notNull(rows, "rows");
        Args.notNull(gaps, "gaps");
        rows = List.copyOf(rows);
        gaps = List.copyOf(gaps);
    }

    /**
     * Returns the number of missing observations over all gaps.
     *
     * @return the sum of {@link Gap#missing()}
     */
    public long missingCount() {
        return gaps.stream().mapToLong(Gap::missing).sum();
    }
}
