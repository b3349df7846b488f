package io.github.basisspread.core.time;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * When the dated futures of a venue expire: the expiry instant of each contract month.
 *
 * <p>A rule answers two questions: which months are contract months
 * ({@link #isContractMonth(YearMonth)}) and when the contract of such a month expires
 * ({@link #expiry(YearMonth)}). Everything else (the next expiries after an instant, the
 * quarterly cycle, a month-and-quarter listing) follows from those two, through the default
 * methods here. What each venue actually lists is {@link ExpiryListing}.
 *
 * <p>The standard rules come from the factories:
 * <ul>
 *   <li>{@link #cryptoMonthly()}: the last Friday of every month at 08:00 UTC, the monthly
 *       expiry of Deribit and OKX;</li>
 *   <li>{@link #cryptoQuarterly()}: the same on the quarter months March, June, September and
 *       December, the quarterly cycle of Binance (delivery contracts), OKX and Deribit;</li>
 *   <li>{@link #cmeBitcoin()}: CME Bitcoin futures, the last Friday of the contract month at
 *       16:00 London time, moved to the prior business day when that Friday is a London or US
 *       holiday, with the published holiday table of 2016 to 2027
 *       ({@link #cmeBitcoin(Set)} takes the caller's holidays instead);</li>
 *   <li>{@link #lastFriday(ZoneId, LocalTime, Set)}: the general last-Friday rule these are made
 *       of.</li>
 * </ul>
 *
 * <p>Implementations must be immutable and thread-safe, and their expiries must increase with
 * the contract month; the rules returned by the factories are. The default methods assume that
 * the expiry of a contract month falls no earlier than the start of the previous month.
 */
public interface ExpiryRule {

    /** The most expiries one call lists: 100,000 monthly contracts span more than 8,000 years. */
    int MAX_EXPIRIES = 100_000;

    /**
     * Returns the expiry instant of the contract of the given month.
     *
     * @param contractMonth the contract month, not null
     * @return the instant at which the contract expires (trading stops and it settles)
     * @throws IllegalArgumentException if the month is null or not a contract month of this rule
     */
    Instant expiry(YearMonth contractMonth);

    /**
     * Tells whether a contract expiring in the given month exists under this rule.
     *
     * @param month the month, not null
     * @return true if the month is a contract month
     * @throws IllegalArgumentException if the month is null
     */
    boolean isContractMonth(YearMonth month);

    /**
     * Returns this rule restricted to the quarter months March, June, September and December
     * (the quarterly cycle). The expiry of a quarter month is unchanged.
     *
     * @return the quarterly rule; this rule if it already lists quarter months only
     */
    default ExpiryRule quarterly() {
        return new QuarterlyExpiryRule(this);
    }

    /**
     * Returns the contract months of the first {@code n} contracts expiring strictly after
     * {@code t}, in order. A contract expiring exactly at {@code t} is not "after" it.
     *
     * @param t the instant, not null
     * @param n how many contract months, from 1 to {@link #MAX_EXPIRIES}
     * @return the {@code n} contract months, earliest first, unmodifiable
     * @throws IllegalArgumentException if {@code t} is null or outside years 1 to 9999, or
     *     {@code n} is not between 1 and {@link #MAX_EXPIRIES}
     * @throws IllegalStateException if the rule lists no contract month for more than 100 years
     */
    default List<YearMonth> nextContractMonths(Instant t, int n) {
        TimeArgs.supported(t, "t");
        ArgChecker.positive(n, "n");
        ArgChecker.isTrue(n <= MAX_EXPIRIES, "n", n, "be at most " + MAX_EXPIRIES);
        List<YearMonth> months = new ArrayList<>(n);
        // Start one month before t's (UTC) month: an expiry may be moved earlier than its month
        // (holidays), and a contract of the previous month may still be alive at t.
        YearMonth month = YearMonth.from(t.atOffset(ZoneOffset.UTC)).minusMonths(1);
        int monthsWithoutContract = 0;
        while (months.size() < n) {
            if (isContractMonth(month)) {
                monthsWithoutContract = 0;
                if (expiry(month).isAfter(t)) {
                    months.add(month);
                }
            } else if (++monthsWithoutContract > 1200) {
                throw new IllegalStateException("Expiry rule " + this + " lists no contract month in the 100 years before "
                        + month);
            }
            month = month.plusMonths(1);
        }
        return List.copyOf(months);
    }

    /**
     * Returns the first {@code n} expiries strictly after {@code t}, in increasing order. An
     * expiry exactly at {@code t} is not "after" it: at that instant the contract has expired.
     *
     * @param t the instant, not null
     * @param n how many expiries, from 1 to {@link #MAX_EXPIRIES}
     * @return the {@code n} expiries, earliest first, unmodifiable
     * @throws IllegalArgumentException if {@code t} is null or outside years 1 to 9999, or
     *     {@code n} is not between 1 and {@link #MAX_EXPIRIES}
     */
    default List<Instant> nextExpiries(Instant t, int n) {
        List<YearMonth> months = nextContractMonths(t, n);
        List<Instant> expiries = new ArrayList<>(months.size());
        for (YearMonth month : months) {
            expiries.add(expiry(month));
        }
        return List.copyOf(expiries);
    }

    /**
     * Returns the first expiry strictly after {@code t}.
     *
     * @param t the instant, not null
     * @return the next expiry
     * @throws IllegalArgumentException if {@code t} is null or outside years 1 to 9999
     */
    default Instant nextExpiry(Instant t) {
        return nextExpiries(t, 1).get(0);
    }

    /**
     * Returns the first {@code n} quarterly expiries (March, June, September, December)
     * strictly after {@code t}: {@code quarterly().nextExpiries(t, n)}.
     *
     * @param t the instant, not null
     * @param n how many expiries, from 1 to {@link #MAX_EXPIRIES}
     * @return the {@code n} quarterly expiries, earliest first, unmodifiable
     * @throws IllegalArgumentException if {@code t} is null or outside years 1 to 9999, or
     *     {@code n} is not between 1 and {@link #MAX_EXPIRIES}
     */
    default List<Instant> nextQuarterlyExpiries(Instant t, int n) {
        return quarterly().nextExpiries(t, n);
    }

    /**
     * Returns the month-and-quarter listing at {@code t}: the current month, next month, current
     * quarter and next quarter contracts, that is the two nearest contracts of this rule and the
     * two nearest of {@link #quarterly()}, all expiring strictly after {@code t}.
     *
     * <p>This is a generic four-contract shape, not any venue's listing: Binance, for one, lists
     * the current and next quarter only. Use {@link ExpiryListing} for what a venue lists.
     *
     * <p>When two of them are the same contract (in February the next month is also the current
     * quarter) it appears once, carrying both tenors; the result therefore has two to four
     * entries, in increasing order of expiry.
     *
     * @param t the instant, not null
     * @return the listed expiries, earliest first, unmodifiable
     * @throws IllegalArgumentException if {@code t} is null or outside years 1 to 9999
     */
    default List<ListedExpiry> standardListing(Instant t) {
        List<YearMonth> months = nextContractMonths(t, 2);
        List<YearMonth> quarters = quarterly().nextContractMonths(t, 2);
        Map<YearMonth, Set<ExpiryTenor>> tenors = new TreeMap<>();
        tenors.computeIfAbsent(months.get(0), m -> EnumSet.noneOf(ExpiryTenor.class)).add(ExpiryTenor.CURRENT_MONTH);
        tenors.computeIfAbsent(months.get(1), m -> EnumSet.noneOf(ExpiryTenor.class)).add(ExpiryTenor.NEXT_MONTH);
        tenors.computeIfAbsent(quarters.get(0), m -> EnumSet.noneOf(ExpiryTenor.class)).add(ExpiryTenor.CURRENT_QUARTER);
        tenors.computeIfAbsent(quarters.get(1), m -> EnumSet.noneOf(ExpiryTenor.class)).add(ExpiryTenor.NEXT_QUARTER);
        List<ListedExpiry> listing = new ArrayList<>(tenors.size());
        for (Map.Entry<YearMonth, Set<ExpiryTenor>> e : tenors.entrySet()) {
            listing.add(new ListedExpiry(e.getKey(), expiry(e.getKey()), e.getValue()));
        }
        return List.copyOf(listing);
    }

    /**
     * The monthly expiry of the crypto venues (Deribit, Binance delivery contracts, OKX): the
     * last Friday of every month at 08:00 UTC, with no holiday adjustment (these venues trade
     * every day).
     *
     * @return the rule
     */
    static ExpiryRule cryptoMonthly() {
        return LastFridayExpiryRule.CRYPTO_MONTHLY;
    }

    /**
     * The quarterly expiry of the crypto venues: the last Friday of March, June, September and
     * December at 08:00 UTC. Equal to {@code cryptoMonthly().quarterly()}.
     *
     * @return the rule
     */
    static ExpiryRule cryptoQuarterly() {
        return LastFridayExpiryRule.CRYPTO_MONTHLY.quarterly();
    }

    /**
     * CME Bitcoin futures (and Micro Bitcoin futures), CME Rulebook Chapter 350 "Bitcoin Futures",
     * rule 35102 (termination of trading) and 35103 (final settlement on the CME CF Bitcoin
     * Reference Rate).
     *
     * <p>Trading terminates, and the contract settles, at 16:00 London time (Europe/London: 16:00
     * UTC in winter, 15:00 UTC under British Summer Time) on the last Friday of the contract
     * month. If that Friday is not a business day, the last day of trading is the business day
     * before it. A business day here is a Monday to Friday not in {@code holidays}; the rulebook
     * asks for a day that is a business day both in London and in the United States, so pass
     * the union of both calendars' holidays (Good Friday, for instance, is a holiday in London
     * and a CME holiday). Every month is a contract month; use {@link #quarterly()} for the
     * quarterly cycle.
     *
     * @param holidays the holiday dates (London and US), not null and without null elements;
     *     copied; the rule trusts them for every year
     * @return the rule
     * @throws IllegalArgumentException if {@code holidays} is null or contains null
     */
    static ExpiryRule cmeBitcoin(Set<LocalDate> holidays) {
        return lastFriday(LastFridayExpiryRule.LONDON, LastFridayExpiryRule.CME_TIME, holidays);
    }

    /**
     * CME Bitcoin futures with the published London and US holidays of 2016 to 2027 (the table
     * and its sources are described in the package documentation): the rule of
     * {@link #cmeBitcoin(Set)} with those holidays. March 2024, whose last Friday 2024-03-29 was
     * Good Friday, expires on Thursday 2024-03-28 at 16:00 London time.
     *
     * <p>A contract month outside 2016 to 2027 is refused ({@link #expiry(YearMonth)} throws):
     * the rule never returns a date without knowing the holidays of its year. For other years pass
     * the holidays to {@link #cmeBitcoin(Set)}.
     *
     * @return the rule
     */
    static ExpiryRule cmeBitcoin() {
        return new LastFridayExpiryRule(LastFridayExpiryRule.LONDON, LastFridayExpiryRule.CME_TIME,
                CmeHolidays.LONDON_AND_US, EnumSet.allOf(Month.class), CmeHolidays.FIRST_YEAR, CmeHolidays.LAST_YEAR);
    }

    /**
     * The general last-Friday rule: the contract of every month expires on the last Friday of
     * the month at {@code timeOfDay} in {@code zone}, moved back to the previous business day
     * (a Monday to Friday not in {@code holidays}) while that day is a holiday. A local time
     * falling in a daylight-saving gap is moved forward by the length of the gap, as
     * {@link java.time.ZonedDateTime#of} does.
     *
     * @param zone the time zone of {@code timeOfDay}, not null
     * @param timeOfDay the local time of expiry, not null
     * @param holidays the holiday dates, not null and without null elements; copied
     * @return the rule
     * @throws IllegalArgumentException if an argument is null or {@code holidays} contains null
     */
    static ExpiryRule lastFriday(ZoneId zone, LocalTime timeOfDay, Set<LocalDate> holidays) {
        return new LastFridayExpiryRule(zone, timeOfDay, holidays, EnumSet.allOf(Month.class));
    }
}
