package io.github.basisspread.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * The holidays that stop CME Bitcoin futures from terminating on a day: the union of the
 * England and Wales bank holidays and the days CME Group is closed for a US holiday, for the
 * years {@link #FIRST_YEAR} to {@link #LAST_YEAR}.
 *
 * <p>The termination rule (CME Bitcoin futures contract specifications, "Termination of
 * Trading", and CME Rulebook Chapter 350, checked 2026-12-05) asks for a day that is a business
 * day both in London and in the United States. Sources of the table:
 * <ul>
 *   <li>London: the bank holidays of England and Wales as published by the UK government
 *       ("UK bank holidays", gov.uk), that is New Year's Day, Good Friday, Easter Monday, the
 *       early May, spring and summer bank holidays and Christmas and Boxing Day, each moved to
 *       the next weekday when it falls on a weekend, and the proclaimed changes and additions of
 *       the years covered: 2020-05-08 (VE Day, instead of 2020-05-04), 2022-06-02 and 2022-06-03
 *       (Platinum Jubilee, instead of 2022-05-30), 2022-09-19 (State Funeral) and 2023-05-08
 *       (Coronation).</li>
 *   <li>United States: the CME Group holiday calendar for equity and crypto products, full
 *       closures only: New Year's Day, Martin Luther King Jr. Day, Presidents' Day, Good Friday,
 *       Memorial Day, Juneteenth (from 2022), Independence Day, Labor Day, Thanksgiving and
 *       Christmas, a Saturday holiday observed on the Friday before and a Sunday one on the
 *       Monday after, except New Year's Day on a Saturday, which is not observed (2021-12-31 and
 *       2027-12-31 are business days).</li>
 * </ul>
 * Only Fridays, and the days before a Friday holiday, can move an expiry; the whole table is
 * kept so that the rule is checkable against the published calendars. Years outside the table
 * are refused, never guessed.
 *
 * <p>Package-private; the table is immutable.
 */
final class CmeHolidays {

    /** The first year of the table (CME Bitcoin futures were listed in December 2017; 2016 covers the look-back). */
    static final int FIRST_YEAR = 2016;

    /** The last year of the table. */
    static final int LAST_YEAR = 2027;

    /** The London and US holidays of {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    static final Set<LocalDate> LONDON_AND_US = build();

    private CmeHolidays() {
    }

    private static Set<LocalDate> build() {
        Set<LocalDate> days = new HashSet<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            days.addAll(london(year));
            days.addAll(unitedStates(year));
        }
        return Set.copyOf(days);
    }

    /** England and Wales bank holidays of a year. */
    static Set<LocalDate> london(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(nextWeekday(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        if (year == 2020) {
            days.add(LocalDate.of(2020, 5, 8)); // VE Day: the early May bank holiday moved to a Friday
        } else {
            days.add(nthWeekday(year, Month.MAY, DayOfWeek.MONDAY, 1));
        }
        if (year == 2022) {
            days.add(LocalDate.of(2022, 6, 2)); // spring bank holiday moved to a Thursday
            days.add(LocalDate.of(2022, 6, 3)); // Platinum Jubilee
            days.add(LocalDate.of(2022, 9, 19)); // State Funeral of Queen Elizabeth II
        } else {
            days.add(lastWeekday(year, Month.MAY, DayOfWeek.MONDAY));
        }
        if (year == 2023) {
            days.add(LocalDate.of(2023, 5, 8)); // Coronation of King Charles III
        }
        days.add(lastWeekday(year, Month.AUGUST, DayOfWeek.MONDAY));
        // Christmas and Boxing Day: a weekend day moves to the next weekday not already a holiday.
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate christmasObserved = nextWeekday(christmas);
        days.add(christmasObserved);
        LocalDate boxing = LocalDate.of(year, 12, 26);
        LocalDate boxingObserved = nextWeekday(boxing);
        if (boxingObserved.equals(christmasObserved)) {
            boxingObserved = nextWeekday(boxingObserved.plusDays(1));
        }
        days.add(boxingObserved);
        return days;
    }

    /** The days CME Group is fully closed for a US holiday in a year. */
    static Set<LocalDate> unitedStates(int year) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        if (newYear.getDayOfWeek() == DayOfWeek.SUNDAY) {
            days.add(newYear.plusDays(1));
        } else if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            days.add(newYear);
        }
        days.add(nthWeekday(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        days.add(nthWeekday(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        days.add(easterSunday(year).minusDays(2));
        days.add(lastWeekday(year, Month.MAY, DayOfWeek.MONDAY));
        if (year >= 2022) {
            days.add(observed(LocalDate.of(year, 6, 19)));
        }
        days.add(observed(LocalDate.of(year, 7, 4)));
        days.add(nthWeekday(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        days.add(nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        days.add(observed(LocalDate.of(year, 12, 25)));
        return days;
    }

    /**
     * Easter Sunday of the Gregorian calendar: the anonymous algorithm published by Nature in
     * 1876 (Meeus, "Astronomical Algorithms", chapter 8).
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate observed(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate nthWeekday(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    private static LocalDate lastWeekday(int year, Month month, DayOfWeek dow) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dow));
    }
}
