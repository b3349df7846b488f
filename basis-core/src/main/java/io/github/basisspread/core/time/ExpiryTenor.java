package io.github.basisspread.core.time;

/**
 * The position of a dated future in the generic month-and-quarter listing of
 * {@link ExpiryRule#standardListing}: the two nearest monthly and the two nearest quarterly
 * contracts. No venue is claimed to list exactly these; see {@link ExpiryListing}.
 *
 * @see ExpiryRule#standardListing(java.time.Instant)
 */
public enum ExpiryTenor {
    /** The nearest contract of the monthly cycle. */
    CURRENT_MONTH,
    /** The second-nearest contract of the monthly cycle. */
    NEXT_MONTH,
    /** The nearest contract of the quarterly cycle (March, June, September, December). */
    CURRENT_QUARTER,
    /** The second-nearest contract of the quarterly cycle. */
    NEXT_QUARTER
}
