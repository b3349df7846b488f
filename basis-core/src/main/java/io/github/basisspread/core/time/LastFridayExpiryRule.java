package io.github.basisspread.core.time;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The last Friday of each contract month at a local time of day, moved back over holidays.
 *
 * <p>Immutable and thread-safe. Created through the factories of {@link ExpiryRule}.
 *
 * @param zone the time zone of the time of day
 * @param timeOfDay the local time of expiry
 * @param holidays the dates that are not business days (besides Saturdays and Sundays)
 * @param contractMonths the months of the year that have a contract
 * @param firstYear the first year whose contracts the holiday set covers
 * @param lastYear the last year whose contracts the holiday set covers
 */
record LastFridayExpiryRule(ZoneId zone, LocalTime timeOfDay, Set<LocalDate> holidays, Set<Month> contractMonths,
        int firstYear, int lastYear) implements ExpiryRule {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalTime CME_TIME = LocalTime.of(16, 0);
    static final LastFridayExpiryRule CRYPTO_MONTHLY = new LastFridayExpiryRule(ZoneOffset.UTC, LocalTime.of(8, 0), Set.of(),
            EnumSet.allOf(Month.class), Year.MIN_VALUE, Year.MAX_VALUE);

    private static final Set<Month> QUARTER_MONTHS = EnumSet.of(Month.MARCH, Month.JUNE, Month.SEPTEMBER, Month.DECEMBER);

    LastFridayExpiryRule {
        ArgChecker.notNull(zone, "zone");
        ArgChecker.notNull(timeOfDay, "timeOfDay");
        ArgChecker.notNull(holidays, "holidays");
        for (LocalDate holiday : holidays) {
            ArgChecker.notNull(holiday, "holidays element");
        }
        holidays = Set.copyOf(holidays);
        ArgChecker.notNull(contractMonths, "contractMonths");
        contractMonths = Collections.unmodifiableSet(EnumSet.copyOf(contractMonths));
        ArgChecker.isTrue(firstYear <= lastYear, "firstYear", firstYear, "not exceed 'lastYear' " + lastYear);
    }

    /** A rule valid for every year, with the caller's holidays. */
    LastFridayExpiryRule(ZoneId zone, LocalTime timeOfDay, Set<LocalDate> holidays, Set<Month> contractMonths) {
        this(zone, timeOfDay, holidays, contractMonths, Year.MIN_VALUE, Year.MAX_VALUE);
    }

    @Override
    public Instant expiry(YearMonth contractMonth) {
        ArgChecker.notNull(contractMonth, "contractMonth");
        ArgChecker.isTrue(isContractMonth(contractMonth), "contractMonth", contractMonth,
                "be a contract month (one of " + contractMonths + ")");
        ArgChecker.isTrue(contractMonth.getYear() >= firstYear && contractMonth.getYear() <= lastYear, "contractMonth",
                contractMonth, "be in the years " + firstYear + " to " + lastYear + " covered by the rule's holiday table");
        LocalDate lastFriday = contractMonth.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        LocalDate day = lastFriday;
        // CME Chapter 350: if the last Friday is not a business day, the prior business day.
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        ArgChecker.isTrue(YearMonth.from(day).equals(contractMonth), "holidays", holidays,
                "leave a business day in " + contractMonth + " on or before its last Friday " + lastFriday);
        return ZonedDateTime.of(day, timeOfDay, zone).toInstant();
    }

    @Override
    public boolean isContractMonth(YearMonth month) {
        ArgChecker.notNull(month, "month");
        return contractMonths.contains(month.getMonth());
    }

    @Override
    public ExpiryRule quarterly() {
        Set<Month> months = EnumSet.copyOf(QUARTER_MONTHS);
        months.retainAll(contractMonths);
        return months.equals(contractMonths) ? this
                : new LastFridayExpiryRule(zone, timeOfDay, holidays, months, firstYear, lastYear);
    }

    private boolean isBusinessDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    @Override
    public String toString() {
        return "LastFriday[" + timeOfDay + " " + zone + ", months=" + contractMonths + ", holidays=" + holidays.size()
                + (firstYear == Year.MIN_VALUE && lastYear == Year.MAX_VALUE ? "" : ", years=" + firstYear + ".." + lastYear)
                + "]";
    }
}
