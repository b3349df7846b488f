package io.github.basisspread.core.series;

/**
 * What {@link Resampling} does with a bucket that holds no observation at all.
 *
 * <p>A bucket holding only missing observations is not empty: it is kept, with a missing
 * value, under both policies.
 */
public enum EmptyBuckets {
    /** Keep the bucket on the regular grid with a missing (NaN) value. */
    MISSING,
    /** Leave the bucket out: the result holds only buckets that had observations. */
    OMIT
}
