package io.github.basisspread.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ExpiryRuleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    // ---- crypto monthly / quarterly: last Friday at 08:00 UTC ----

    @Test
    void cryptoMonthlyIsLastFridayAt0800Utc() {
        ExpiryRule monthly = ExpiryRule.cryptoMonthly();
        // 2024-03-31 is a Sunday, so the last Friday is the 29th.
        assertThat(monthly.expiry(YearMonth.of(2024, 3))).isEqualTo(at("2024-03-29T08:00:00Z"));
        // 2024-05-31 is itself a Friday.
        assertThat(monthly.expiry(YearMonth.of(2024, 5))).isEqualTo(at("2024-05-31T08:00:00Z"));
        // 2024-02-29 (leap day) is a Thursday: last Friday is the 23rd.
        assertThat(monthly.expiry(YearMonth.of(2024, 2))).isEqualTo(at("2024-02-23T08:00:00Z"));
        assertThat(monthly.isContractMonth(YearMonth.of(2024, 4))).isTrue();
    }

    @Test
    void nextExpiriesAreStrictlyAfterT() {
        ExpiryRule monthly = ExpiryRule.cryptoMonthly();
        // One second before the March expiry: March is still the next one.
        assertThat(monthly.nextExpiries(at("2024-03-29T07:59:59Z"), 1)).containsExactly(at("2024-03-29T08:00:00Z"));
        // Exactly at the March expiry: March has expired. 2024-04-30 is a Tuesday -> Friday 26th;
        // May 31 is a Friday; 2024-06-30 is a Sunday -> Friday 28th.
        assertThat(monthly.nextExpiries(at("2024-03-29T08:00:00Z"), 3)).containsExactly(
                at("2024-04-26T08:00:00Z"), at("2024-05-31T08:00:00Z"), at("2024-06-28T08:00:00Z"));
        assertThat(monthly.nextExpiry(at("2024-03-29T08:00:00.000000001Z"))).isEqualTo(at("2024-04-26T08:00:00Z"));
        assertThat(monthly.nextContractMonths(at("2024-03-29T08:00:00Z"), 2))
                .containsExactly(YearMonth.of(2024, 4), YearMonth.of(2024, 5));
    }

    @Test
    void quarterlyCycle() {
        ExpiryRule quarterly = ExpiryRule.cryptoQuarterly();
        assertThat(quarterly).isEqualTo(ExpiryRule.cryptoMonthly().quarterly());
        assertThat(quarterly.quarterly()).isSameAs(quarterly);
        // After the March 2024 quarterly: June 28 (June 30 is a Sunday).
        assertThat(quarterly.nextExpiries(at("2024-03-29T08:00:00Z"), 1)).containsExactly(at("2024-06-28T08:00:00Z"));
        // Across the year end: 2025-03-31 is a Monday -> Friday 28th; 2025-06-30 is a Monday -> Friday 27th.
        assertThat(ExpiryRule.cryptoMonthly().nextQuarterlyExpiries(at("2024-12-27T08:00:00Z"), 2))
                .containsExactly(at("2025-03-28T08:00:00Z"), at("2025-06-27T08:00:00Z"));
        // 2024-09-30 is a Monday -> Friday 27th; 2024-12-31 is a Tuesday -> Friday 27th.
        assertThat(quarterly.nextExpiries(at("2024-07-01T00:00:00Z"), 2))
                .containsExactly(at("2024-09-27T08:00:00Z"), at("2024-12-27T08:00:00Z"));
        assertThat(quarterly.isContractMonth(YearMonth.of(2024, 4))).isFalse();
        assertThat(quarterly.isContractMonth(YearMonth.of(2024, 12))).isTrue();
    }

    // ---- CME: last Friday, 16:00 London, prior business day over holidays ----

    @Test
    void cmeInWinterIs1600Utc() {
        // 2024-12-31 is a Tuesday -> last Friday 27th; London is on GMT (UTC+0) in December.
        assertThat(ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2024, 12))).isEqualTo(at("2024-12-27T16:00:00Z"));
    }

    @Test
    void cmeInSummerIs1500Utc() {
        // 2024-06-28 16:00 BST (UTC+1) = 15:00 UTC.
        assertThat(ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2024, 6))).isEqualTo(at("2024-06-28T15:00:00Z"));
        // 2024-10-31 is a Thursday -> last Friday 25th; BST ends on Sunday 27 October: still UTC+1.
        assertThat(ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2024, 10))).isEqualTo(at("2024-10-25T15:00:00Z"));
        // 2025-03-28 is a Friday before BST starts (Sunday 30 March): GMT, 16:00 UTC.
        assertThat(ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2025, 3))).isEqualTo(at("2025-03-28T16:00:00Z"));
    }

    @Test
    void cmeMovesToPriorBusinessDayOverHolidays() {
        // Good Friday 2024 = 29 March, the last Friday of March: Thursday 28 March, still GMT
        // (BST started 31 March 2024), so 16:00 UTC.
        ExpiryRule cme = ExpiryRule.cmeBitcoin(Set.of(LocalDate.of(2024, 3, 29)));
        assertThat(cme.expiry(YearMonth.of(2024, 3))).isEqualTo(at("2024-03-28T16:00:00Z"));
        // Other months are untouched.
        assertThat(cme.expiry(YearMonth.of(2024, 6))).isEqualTo(at("2024-06-28T15:00:00Z"));
        // Three holidays in a row, Wed 25 - Fri 27 December 2024: Tuesday 24th, 16:00 GMT.
        ExpiryRule xmas = ExpiryRule.cmeBitcoin(
                Set.of(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26), LocalDate.of(2024, 12, 27)));
        assertThat(xmas.expiry(YearMonth.of(2024, 12))).isEqualTo(at("2024-12-24T16:00:00Z"));
        // A whole holiday week, Mon 23 - Fri 27 June 2025 (2025-06-30 is a Monday, so the 27th is
        // the last Friday): the weekend is skipped too, back to Friday 20 June.
        Set<LocalDate> week = Set.of(LocalDate.of(2025, 6, 23), LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 25),
                LocalDate.of(2025, 6, 26), LocalDate.of(2025, 6, 27));
        // Friday 2025-06-20, 16:00 BST = 15:00 UTC.
        assertThat(ExpiryRule.cmeBitcoin(week).expiry(YearMonth.of(2025, 6))).isEqualTo(at("2025-06-20T15:00:00Z"));
        // The quarterly CME cycle keeps the holiday adjustment.
        assertThat(cme.nextQuarterlyExpiries(at("2024-01-01T00:00:00Z"), 2))
                .containsExactly(at("2024-03-28T16:00:00Z"), at("2024-06-28T15:00:00Z"));
    }

    @Test
    void generalLastFridayRule() {
        // BitMEX-style: last Friday at 12:00 UTC.
        ExpiryRule noon = ExpiryRule.lastFriday(ZoneOffset.UTC, LocalTime.NOON, Set.of());
        assertThat(noon.expiry(YearMonth.of(2024, 3))).isEqualTo(at("2024-03-29T12:00:00Z"));
        assertThat(noon.toString()).contains("12:00").contains("Z");
    }

    // ---- standard listing ----

    @Test
    void standardListingDedupesCoincidingContracts() {
        ExpiryRule monthly = ExpiryRule.cryptoMonthly();
        // 10 Feb 2024: current month Feb 23, next month Mar 29 = current quarter, next quarter Jun 28.
        List<ListedExpiry> feb = monthly.standardListing(at("2024-02-10T00:00:00Z"));
        assertThat(feb).containsExactly(
                new ListedExpiry(YearMonth.of(2024, 2), at("2024-02-23T08:00:00Z"), Set.of(ExpiryTenor.CURRENT_MONTH)),
                new ListedExpiry(YearMonth.of(2024, 3), at("2024-03-29T08:00:00Z"),
                        Set.of(ExpiryTenor.NEXT_MONTH, ExpiryTenor.CURRENT_QUARTER)),
                new ListedExpiry(YearMonth.of(2024, 6), at("2024-06-28T08:00:00Z"), Set.of(ExpiryTenor.NEXT_QUARTER)));
        // 10 Mar 2024: the current month is the current quarter.
        List<ListedExpiry> mar = monthly.standardListing(at("2024-03-10T00:00:00Z"));
        assertThat(mar).hasSize(3);
        assertThat(mar.get(0).tenors()).containsExactly(ExpiryTenor.CURRENT_MONTH, ExpiryTenor.CURRENT_QUARTER);
        assertThat(mar.get(1).expiry()).isEqualTo(at("2024-04-26T08:00:00Z"));
        assertThat(mar.get(1).is(ExpiryTenor.NEXT_MONTH)).isTrue();
        assertThat(mar.get(2).expiry()).isEqualTo(at("2024-06-28T08:00:00Z"));
        // 10 Apr 2024: four distinct contracts, Apr 26, May 31, Jun 28, Sep 27.
        List<ListedExpiry> apr = monthly.standardListing(at("2024-04-10T00:00:00Z"));
        assertThat(apr).extracting(ListedExpiry::expiry).containsExactly(at("2024-04-26T08:00:00Z"),
                at("2024-05-31T08:00:00Z"), at("2024-06-28T08:00:00Z"), at("2024-09-27T08:00:00Z"));
        assertThat(apr.get(3).is(ExpiryTenor.NEXT_QUARTER)).isTrue();
        assertThat(apr.get(3).is(ExpiryTenor.CURRENT_QUARTER)).isFalse();
    }

    // ---- custom rules use the default methods ----

    /** The 15th of every month at 12:00 UTC: a rule written by a user. */
    private static final ExpiryRule MID_MONTH = new ExpiryRule() {
        @Override
        public Instant expiry(YearMonth contractMonth) {
            return contractMonth.atDay(15).atTime(12, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public boolean isContractMonth(YearMonth month) {
            return true;
        }

        @Override
        public String toString() {
            return "MidMonth";
        }
    };

    @Test
    void customRuleGetsQuarterlyCycleAndListing() {
        ExpiryRule quarterly = MID_MONTH.quarterly();
        assertThat(quarterly.quarterly()).isSameAs(quarterly);
        assertThat(quarterly.nextExpiries(at("2024-03-15T12:00:00Z"), 2))
                .containsExactly(at("2024-06-15T12:00:00Z"), at("2024-09-15T12:00:00Z"));
        assertThatThrownBy(() -> quarterly.expiry(YearMonth.of(2024, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'contractMonth'").hasMessageContaining("2024-05").hasMessageContaining("MidMonth");
        // 1 May 2024: May 15 (current month), Jun 15 (next month, current quarter), Sep 15.
        assertThat(MID_MONTH.standardListing(at("2024-05-01T00:00:00Z"))).extracting(ListedExpiry::contractMonth)
                .containsExactly(YearMonth.of(2024, 5), YearMonth.of(2024, 6), YearMonth.of(2024, 9));
    }

    @Test
    void ruleWithoutContractMonthsFailsInsteadOfLooping() {
        ExpiryRule none = new ExpiryRule() {
            @Override
            public Instant expiry(YearMonth contractMonth) {
                throw new IllegalArgumentException("never");
            }

            @Override
            public boolean isContractMonth(YearMonth month) {
                return false;
            }
        };
        assertThatThrownBy(() -> none.nextExpiries(at("2024-01-01T00:00:00Z"), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no contract month");
    }

    // ---- bad input ----

    @Test
    void rejectsBadArguments() {
        ExpiryRule monthly = ExpiryRule.cryptoMonthly();
        Instant t = at("2024-01-01T00:00:00Z");
        assertThatThrownBy(() -> monthly.nextExpiries(t, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'n'").hasMessageContaining("0");
        assertThatThrownBy(() -> monthly.nextExpiries(t, -3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'n'").hasMessageContaining("-3");
        assertThatThrownBy(() -> monthly.nextExpiries(t, Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'n'").hasMessageContaining("at most 100000")
                .hasMessageContaining(String.valueOf(Integer.MAX_VALUE));
        assertThatThrownBy(() -> monthly.nextExpiries(null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'").hasMessageContaining("null");
        assertThatThrownBy(() -> monthly.nextQuarterlyExpiries(null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'");
        assertThatThrownBy(() -> monthly.standardListing(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'");
        assertThatThrownBy(() -> monthly.nextExpiry(Instant.MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'").hasMessageContaining("9999-12-31");
        assertThatThrownBy(() -> monthly.expiry(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'contractMonth'");
        assertThatThrownBy(() -> monthly.isContractMonth(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'month'");
        assertThatThrownBy(() -> ExpiryRule.cryptoQuarterly().expiry(YearMonth.of(2024, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'contractMonth'").hasMessageContaining("2024-04").hasMessageContaining("MARCH");
        assertThatThrownBy(() -> ExpiryRule.cmeBitcoin(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'holidays'");
        Set<LocalDate> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> ExpiryRule.cmeBitcoin(withNull)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'holidays element'");
        assertThatThrownBy(() -> ExpiryRule.lastFriday(null, LocalTime.NOON, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'zone'");
        assertThatThrownBy(() -> ExpiryRule.lastFriday(ZoneOffset.UTC, null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'timeOfDay'");
    }

    @Test
    void rejectsHolidaysThatEmptyTheContractMonth() {
        // Every day of February 2024 up to its last Friday (the 23rd) is a holiday.
        Set<LocalDate> feb = new HashSet<>();
        for (int d = 1; d <= 23; d++) {
            feb.add(LocalDate.of(2024, 2, d));
        }
        assertThatThrownBy(() -> ExpiryRule.cmeBitcoin(feb).expiry(YearMonth.of(2024, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'holidays'").hasMessageContaining("2024-02").hasMessageContaining("2024-02-23");
    }

    @Test
    void listedExpiryValidates() {
        YearMonth m = YearMonth.of(2024, 3);
        Instant e = at("2024-03-29T08:00:00Z");
        assertThatThrownBy(() -> new ListedExpiry(null, e, Set.of(ExpiryTenor.CURRENT_MONTH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'contractMonth'");
        assertThatThrownBy(() -> new ListedExpiry(m, null, Set.of(ExpiryTenor.CURRENT_MONTH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'expiry'");
        assertThatThrownBy(() -> new ListedExpiry(m, e, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tenors'");
        assertThatThrownBy(() -> new ListedExpiry(m, e, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tenors'").hasMessageContaining("empty");
        Set<ExpiryTenor> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> new ListedExpiry(m, e, withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tenors element'");
        ListedExpiry listed = new ListedExpiry(m, e, Set.of(ExpiryTenor.CURRENT_MONTH));
        assertThatThrownBy(() -> listed.is(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tenor'");
        assertThatThrownBy(() -> listed.tenors().add(ExpiryTenor.NEXT_MONTH)).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- properties ----

    private static final Instant YEAR_2000 = at("2000-01-01T00:00:00Z");

    private static LocalDate lastFriday(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    @Property
    void cryptoExpiriesAreIncreasingFridaysAt0800AfterT(
            @ForAll @LongRange(min = 0, max = 3_155_760_000L) long secondsAfter2000,
            @ForAll @IntRange(min = 1, max = 30) int n) {
        Instant t = YEAR_2000.plusSeconds(secondsAfter2000);
        for (ExpiryRule rule : List.of(ExpiryRule.cryptoMonthly(), ExpiryRule.cryptoQuarterly())) {
            List<YearMonth> months = rule.nextContractMonths(t, n);
            List<Instant> expiries = rule.nextExpiries(t, n);
            assertThat(expiries).hasSize(n);
            assertThat(expiries.get(0)).isAfter(t);
            for (int i = 0; i < n; i++) {
                ZonedDateTime utc = expiries.get(i).atZone(ZoneOffset.UTC);
                assertThat(utc.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
                assertThat(utc.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
                assertThat(utc.toLocalDate()).isEqualTo(lastFriday(months.get(i)));
                if (i > 0) {
                    assertThat(expiries.get(i)).isAfter(expiries.get(i - 1));
                    // No contract is skipped: consecutive months (monthly) or quarters.
                    int step = rule.equals(ExpiryRule.cryptoMonthly()) ? 1 : 3;
                    assertThat(months.get(i)).isEqualTo(months.get(i - 1).plusMonths(step));
                }
            }
            // The contract before the first one listed has expired at t.
            int step = rule.equals(ExpiryRule.cryptoMonthly()) ? 1 : 3;
            assertThat(rule.expiry(months.get(0).minusMonths(step))).isBeforeOrEqualTo(t);
            if (rule != ExpiryRule.cryptoMonthly()) {
                assertThat(months).allMatch(m -> m.getMonthValue() % 3 == 0);
            }
        }
    }

    @Property
    void cmeExpiriesAreLastFridayOrEarlierBusinessDayAt1600London(
            @ForAll @LongRange(min = 0, max = 3_155_760_000L) long secondsAfter2000,
            @ForAll @IntRange(min = 1, max = 24) int n,
            @ForAll @Size(max = 40) Set<@IntRange(min = 0, max = 40) Integer> holidayOffsets) {
        Instant t = YEAR_2000.plusSeconds(secondsAfter2000);
        // Holidays: days counted back from the last Friday of each month near t (up to 40 days
        // before it, possibly spilling into the previous month: expiry never leaves its month).
        YearMonth first = YearMonth.from(t.atZone(ZoneOffset.UTC)).minusMonths(1);
        Set<LocalDate> holidays = new HashSet<>();
        for (int k = 0; k < n + 3; k++) {
            LocalDate friday = lastFriday(first.plusMonths(k));
            for (int offset : holidayOffsets) {
                if (offset < 15) { // the last Friday is the 22nd or later: days 1-7 stay business days
                    holidays.add(friday.minusDays(offset));
                }
            }
        }
        ExpiryRule cme = ExpiryRule.cmeBitcoin(holidays);
        List<YearMonth> months = cme.nextContractMonths(t, n);
        List<Instant> expiries = cme.nextExpiries(t, n);
        assertThat(expiries.get(0)).isAfter(t);
        for (int i = 0; i < n; i++) {
            ZonedDateTime london = expiries.get(i).atZone(LONDON);
            LocalDate day = london.toLocalDate();
            LocalDate friday = lastFriday(months.get(i));
            assertThat(london.toLocalTime()).isEqualTo(LocalTime.of(16, 0));
            assertThat(YearMonth.from(day)).isEqualTo(months.get(i));
            assertThat(day).isBeforeOrEqualTo(friday);
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(holidays).doesNotContain(day);
            // Every weekday after the expiry day up to the last Friday is a holiday.
            for (LocalDate d = day.plusDays(1); !d.isAfter(friday); d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                assertThat(weekend || holidays.contains(d)).isTrue();
            }
            if (i > 0) {
                assertThat(expiries.get(i)).isAfter(expiries.get(i - 1));
                assertThat(months.get(i)).isEqualTo(months.get(i - 1).plusMonths(1));
            }
        }
        assertThat(cme.expiry(months.get(0).minusMonths(1))).isBeforeOrEqualTo(t);
    }

    @Property
    void standardListingIsSortedDistinctAndCoversAllTenors(
            @ForAll @LongRange(min = 0, max = 3_155_760_000L) long secondsAfter2000) {
        Instant t = YEAR_2000.plusSeconds(secondsAfter2000);
        List<ListedExpiry> listing = ExpiryRule.cryptoMonthly().standardListing(t);
        assertThat(listing).hasSizeBetween(2, 4);
        Set<ExpiryTenor> seen = new HashSet<>();
        for (int i = 0; i < listing.size(); i++) {
            assertThat(listing.get(i).expiry()).isAfter(t);
            if (i > 0) {
                assertThat(listing.get(i).expiry()).isAfter(listing.get(i - 1).expiry());
            }
            for (ExpiryTenor tenor : listing.get(i).tenors()) {
                assertThat(seen.add(tenor)).isTrue(); // each tenor exactly once
            }
            if (listing.get(i).is(ExpiryTenor.CURRENT_QUARTER) || listing.get(i).is(ExpiryTenor.NEXT_QUARTER)) {
                assertThat(listing.get(i).contractMonth().getMonth())
                        .isIn(Month.MARCH, Month.JUNE, Month.SEPTEMBER, Month.DECEMBER);
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(ExpiryTenor.values());
    }
}
