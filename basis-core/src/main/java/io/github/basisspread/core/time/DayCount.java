package io.github.basisspread.core.time;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;

/**
 * A day count convention: how the time between two instants becomes a year fraction.
 *
 * <p>The conventions here work on instants, not dates: the fraction counts whole and partial
 * days (a future expiring at 08:00 UTC in 2.5 days has {@code tau = 2.5/365} under ACT/365F).
 * The standard conventions are the constants {@link #ACT_365F} (the default of this library),
 * {@link #ACT_360} and {@link #ACT_ACT_ISDA}; callers may supply their own implementation.
 *
 * <p>Implementations must be immutable and thread-safe. The year fraction is antisymmetric:
 * {@code yearFraction(a, b) == -yearFraction(b, a)}.
 */
public interface DayCount {

    /** Actual/365 Fixed: elapsed days divided by 365. The library's default. */
    DayCount ACT_365F = StandardDayCount.ACT_365F;

    /** Actual/360: elapsed days divided by 360, as used for money-market financing rates. */
    DayCount ACT_360 = StandardDayCount.ACT_360;

    /**
     * Actual/Actual ISDA: the days falling in a leap year divided by 366 plus the days falling in
     * a non-leap year divided by 365 (ISDA 2006 Definitions, section 4.16(b)); years are UTC
     * calendar years.
     */
    DayCount ACT_ACT_ISDA = StandardDayCount.ACT_ACT_ISDA;

    /**
     * Returns the year fraction from {@code start} to {@code end}, negative when {@code end} is
     * before {@code start}.
     *
     * @param start the start instant, not null
     * @param end the end instant, not null
     * @return the year fraction
     */
    double yearFraction(Instant start, Instant end);

    /**
     * Returns the conventional name, e.g. {@code "ACT/365F"}.
     *
     * @return the name
     */
    String conventionName();

    /**
     * Looks up a standard convention by its conventional name ({@code ACT/365F}, {@code ACT/360},
     * {@code ACT/ACT ISDA}; case-insensitive).
     *
     * @param name the name
     * @return the convention
     * @throws IllegalArgumentException if the name is unknown
     */
    static DayCount of(String name) {
        ArgChecker.notBlank(name, "name");
        for (StandardDayCount dc : StandardDayCount.values()) {
            if (dc.conventionName().equalsIgnoreCase(name.trim())) {
                return dc;
            }
        }
        throw new IllegalArgumentException("Argument 'name' must be one of ACT/365F, ACT/360, ACT/ACT ISDA but has value '"
                + name + "'");
    }
}
