package io.github.basisspread.core.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The one home of the time conventions the modules share: the 365-day year of ACT/365F and of the
 * venues' funding APR (1095 eight-hour intervals, 8760 hours), and the checked conversion of an
 * instant to nanoseconds since the epoch.
 *
 * <p>Internal to the project: not exported to users. Stateless.
 */
public final class TimeConventions {

    /** Days in the year of ACT/365 Fixed and of funding APRs. */
    public static final int DAYS_PER_YEAR = 365;

    /** Hours in that year: the venues' APR convention (8760 = 365 x 24). */
    public static final int HOURS_PER_YEAR = DAYS_PER_YEAR * 24;

    /** Seconds in that year. */
    public static final double SECONDS_PER_YEAR = DAYS_PER_YEAR * 86_400.0;

    /** That year as a duration. */
    public static final Duration YEAR = Duration.ofDays(DAYS_PER_YEAR);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private TimeConventions() {
    }

    /**
     * Returns a duration in seconds as a double, exact to the nanosecond for durations up to
     * about 100 days and to double precision beyond.
     *
     * @param d the duration, not null
     * @return the seconds
     */
    public static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    /**
     * Returns a duration as a fraction of the 365-day year.
     *
     * @param d the duration, not null
     * @return {@code seconds(d) / SECONDS_PER_YEAR}
     */
    public static double yearFraction(Duration d) {
        return seconds(d) / SECONDS_PER_YEAR;
    }

    /**
     * Converts an instant to nanoseconds since the epoch, refusing instants that do not fit a
     * {@code long} rather than overflowing.
     *
     * @param t the instant, not null
     * @param name the argument name for the error message
     * @return the nanoseconds since the epoch
     * @throws IllegalArgumentException if the instant is null or outside the years 1677-2262
     */
    public static long toEpochNanos(Instant t, String name) {
        ArgChecker.notNull(t, name);
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), NANOS_PER_SECOND), t.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Argument '" + name + "' must lie between 1677 and 2262 but has value " + t, e);
        }
    }
}
