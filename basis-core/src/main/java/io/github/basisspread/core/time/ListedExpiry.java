package io.github.basisspread.core.time;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One contract of a standard listing: its month, its expiry and the tenors it stands for (one
 * contract may be both the next month and the current quarter).
 *
 * <p>Immutable and thread-safe.
 *
 * @param contractMonth the contract month
 * @param expiry the expiry instant
 * @param tenors the tenors of the listing this contract fills, not empty; copied
 * @see ExpiryRule#standardListing(Instant)
 */
public record ListedExpiry(YearMonth contractMonth, Instant expiry, Set<ExpiryTenor> tenors) {

    /**
     * Validates and copies the components.
     *
     * @param contractMonth the contract month, not null
     * @param expiry the expiry instant, not null
     * @param tenors the tenors, not null, not empty, without null elements
     * @throws IllegalArgumentException if an argument is null or {@code tenors} is empty or
     *     contains null
     */
    public ListedExpiry {
        ArgChecker.notNull(contractMonth, "contractMonth");
        ArgChecker.notNull(expiry, "expiry");
        ArgChecker.notNull(tenors, "tenors");
        ArgChecker.isTrue(!tenors.isEmpty(), "tenors", tenors, "not be empty");
        for (ExpiryTenor tenor : tenors) {
            ArgChecker.notNull(tenor, "tenors element");
        }
        tenors = Collections.unmodifiableSet(EnumSet.copyOf(tenors));
    }

    /**
     * Tells whether this contract fills the given tenor.
     *
     * @param tenor the tenor, not null
     * @return true if {@code tenors()} contains it
     * @throws IllegalArgumentException if the tenor is null
     */
    public boolean is(ExpiryTenor tenor) {
        ArgChecker.notNull(tenor, "tenor");
        return tenors.contains(tenor);
    }
}
