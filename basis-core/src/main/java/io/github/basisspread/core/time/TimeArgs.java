package io.github.basisspread.core.time;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;

/**
 * Checks on instants shared by the expiry rules and funding schedules of this package.
 *
 * <p>The calendar arithmetic here works on ISO dates of years 1 to 9999: an instant outside that
 * range (such as {@link Instant#MAX}) is rejected with a message naming the argument, rather than
 * failing deep inside {@code java.time} with a {@code DateTimeException}.
 */
final class TimeArgs {

    /** The first supported instant, 0001-01-01T00:00:00Z. */
    static final Instant MIN_SUPPORTED = Instant.parse("0001-01-01T00:00:00Z");
    /** The last supported instant, 9999-12-31T23:59:59.999999999Z. */
    static final Instant MAX_SUPPORTED = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private TimeArgs() {
    }

    /**
     * Checks that an instant is non-null and within the supported range.
     *
     * @param value the instant
     * @param name the argument name
     * @return the instant
     */
    static Instant supported(Instant value, String name) {
        ArgChecker.notNull(value, name);
        ArgChecker.isTrue(!value.isBefore(MIN_SUPPORTED) && !value.isAfter(MAX_SUPPORTED), name, value,
                "be between " + MIN_SUPPORTED + " and " + MAX_SUPPORTED);
        return value;
    }
}
