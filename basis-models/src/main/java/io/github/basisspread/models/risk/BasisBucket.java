package io.github.basisspread.models.risk;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * A basis risk bucket: an underlying and an expiry, or the underlying's perpetuals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param underlying the underlying's code, not null
 * @param expiry the expiry of dated futures, empty for perpetuals
 */
public record BasisBucket(String underlying, Optional<Instant> expiry) implements Comparable<BasisBucket> {

    private static final Comparator<BasisBucket> ORDER = Comparator.comparing(BasisBucket::underlying)
            .thenComparing(b -> b.expiry().orElse(Instant.MIN));

    /**
     * Validates the components.
     *
     * @param underlying the underlying
     * @param expiry the expiry
     * @throws IllegalArgumentException if an argument is null
     */
    public BasisBucket {
        RiskArgs.notNull(underlying, "underlying");
        RiskArgs.notNull(expiry, "expiry");
    }

    /**
     * Returns whether this is the perpetual bucket.
     *
     * @return true when there is no expiry
     */
    public boolean isPerpetual() {
        return expiry.isEmpty();
    }

    @Override
    public int compareTo(BasisBucket other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return underlying + " " + expiry.map(Instant::toString).orElse("perpetual");
    }
}
