package io.github.basisspread.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expiries and listings as the venues publish them.
 *
 * <p>Sources (checked 2026-12-05):
 * <ul>
 *   <li>[CME-SPEC] CME Group, Bitcoin futures contract specifications: "Listed Contracts: Monthly
 *       contracts listed for 6 consecutive months and 2 additional Dec contract months. If the 6
 *       consecutive months includes Dec, list only 1 additional Dec contract month." "Trading
 *       terminates at 4:00 p.m. London time on the last Friday of the contract month. If this is
 *       not both a London and U.S. business day, trading terminates on the prior London and the
 *       U.S. business day."</li>
 *   <li>[CME-CAL] CME Group, "Bitcoin Futures Calendar" at launch (activetrader.cmegroup.com):
 *       Jan 2018 BTCF8 last trade 26 Jan 2018; Feb 2018 BTCG8 23 Feb 2018; Mar 2018 BTCH8
 *       29 Mar 2018 (the last Friday, 30 Mar, was Good Friday); Jun 2018 BTCM8 29 Jun 2018.</li>
 *   <li>[HOL] England and Wales bank holidays (gov.uk) and CME Group US holiday closures.</li>
 *   <li>[DERIBIT] Deribit support centre, "Contract Introduction Policy": BTC futures "1, 2
 *       weeklies, 1, 2, 3 monthlies, 3, 6, 9 and 12-month quarterlies", expiring at 08:00 UTC on
 *       Fridays, last Fridays of months and of quarters.</li>
 *   <li>[BINANCE] Binance lists the current and next quarterly delivery contracts only (issue 13;
 *       Binance's product page was not in the search corpus).</li>
 *   <li>[OKX] OKX API aliases this_week, next_week, quarter, next_quarter (OKX's listing page
 *       was not in the search corpus).</li>
 * </ul>
 */
class ExpiryConformanceTest {

    private static Instant at(String s) {
        return Instant.parse(s);
    }

    @Test
    void cmeLaunchCalendarIsReproduced() {
        // [CME-CAL]; London is on GMT in January to March before the clocks change, on BST in June.
        ExpiryRule cme = ExpiryRule.cmeBitcoin();
        assertThat(cme.expiry(YearMonth.of(2018, 1))).isEqualTo(at("2018-01-26T16:00:00Z"));
        assertThat(cme.expiry(YearMonth.of(2018, 2))).isEqualTo(at("2018-02-23T16:00:00Z"));
        assertThat(cme.expiry(YearMonth.of(2018, 3))).isEqualTo(at("2018-03-29T15:00:00Z"));
        assertThat(cme.expiry(YearMonth.of(2018, 6))).isEqualTo(at("2018-06-29T15:00:00Z"));
    }

    @Test
    void goodFriday2024MovesTheMarchExpiryToThursday() {
        // Issue 13: the old cmeBitcoin() gave 2024-03-29 (Good Friday). BST starts 2024-03-31, so 16:00 London = 16:00 UTC.
        assertThat(ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2024, 3))).isEqualTo(at("2024-03-28T16:00:00Z"));
    }

    @Test
    void christmasAndBoxingDayMoveTheDecemberExpiry() {
        // [CME-SPEC] + [HOL]: 2020-12-25 (Fri) is a holiday in both places -> Thu 24 Dec.
        assertThat(ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2020, 12))).isEqualTo(at("2020-12-24T16:00:00Z"));
        // 2025-12-26 (Fri) is Boxing Day in London, 25 Dec a holiday in both -> Wed 24 Dec.
        assertThat(ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2025, 12))).isEqualTo(at("2025-12-24T16:00:00Z"));
        // 2021-12-31 (Fri): New Year's Day on a Saturday is not observed by CME; London's is on Mon 3 Jan.
        assertThat(ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2021, 12))).isEqualTo(at("2021-12-31T16:00:00Z"));
        // An ordinary month is unchanged: last Friday of November 2024 (29th, the day after Thanksgiving).
        assertThat(ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2024, 11))).isEqualTo(at("2024-11-29T16:00:00Z"));
    }

    @Test
    void holidayTableCoversGoodFridaysAndRefusesOtherYears() {
        for (int year = CmeHolidays.FIRST_YEAR; year <= CmeHolidays.LAST_YEAR; year++) {
            assertThat(CmeHolidays.LONDON_AND_US).contains(CmeHolidays.easterSunday(year).minusDays(2));
        }
        // Easter Sundays from published calendars.
        assertThat(CmeHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(CmeHolidays.easterSunday(2018)).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(CmeHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(CmeHolidays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThatThrownBy(() -> ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2028, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'contractMonth'")
                .hasMessageContaining("2028-03").hasMessageContaining("2016 to 2027");
        assertThatThrownBy(() -> ExpiryRule.cmeBitcoin().expiry(YearMonth.of(2015, 12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2015-12");
        // The caller's own holidays still work for any year.
        assertThat(ExpiryRule.cmeBitcoin(java.util.Set.of(LocalDate.of(2030, 4, 26))).expiry(YearMonth.of(2030, 4)))
                .isEqualTo(at("2030-04-25T15:00:00Z"));
    }

    @Test
    void binanceListsTheCurrentAndNextQuarterOnly() {
        // [BINANCE]: on 2024-02-10 the March and June 2024 quarterlies; no monthly contract.
        assertThat(ExpiryListing.BINANCE.expiries(at("2024-02-10T00:00:00Z")))
                .containsExactly(at("2024-03-29T08:00:00Z"), at("2024-06-28T08:00:00Z"));
        // Exactly at the March expiry the March contract is gone.
        assertThat(ExpiryListing.BINANCE.expiries(at("2024-03-29T08:00:00Z")))
                .containsExactly(at("2024-06-28T08:00:00Z"), at("2024-09-27T08:00:00Z"));
    }

    @Test
    void okxListsTwoWeekliesAndTwoQuarterlies() {
        // [OKX]: Saturday 2024-02-10: Fridays 16 and 23 Feb, quarterlies March and June.
        assertThat(ExpiryListing.OKX.expiries(at("2024-02-10T00:00:00Z"))).containsExactly(at("2024-02-16T08:00:00Z"),
                at("2024-02-23T08:00:00Z"), at("2024-03-29T08:00:00Z"), at("2024-06-28T08:00:00Z"));
        // Thursday 2024-03-21: next week's Friday is the March quarterly, listed once.
        assertThat(ExpiryListing.OKX.expiries(at("2024-03-21T00:00:00Z"))).containsExactly(at("2024-03-22T08:00:00Z"),
                at("2024-03-29T08:00:00Z"), at("2024-06-28T08:00:00Z"));
    }

    @Test
    void deribitListsWeekliesMonthliesAndFourQuarterlies() {
        // [DERIBIT] on 2024-02-10: weeklies 16, 23 Feb; monthlies Feb, Mar, Apr; quarterlies Mar, Jun, Sep, Dec.
        assertThat(ExpiryListing.DERIBIT.expiries(at("2024-02-10T00:00:00Z"))).containsExactly(
                at("2024-02-16T08:00:00Z"), at("2024-02-23T08:00:00Z"), at("2024-03-29T08:00:00Z"),
                at("2024-04-26T08:00:00Z"), at("2024-06-28T08:00:00Z"), at("2024-09-27T08:00:00Z"),
                at("2024-12-27T08:00:00Z"));
    }

    @Test
    void cmeListsSixMonthsAndOneOrTwoMoreDecembers() {
        // [CME-SPEC] on 2024-02-10: Feb..Jul 2024 (no December among them) plus Dec 2024 and Dec 2025.
        List<Instant> feb = ExpiryListing.CME_BITCOIN.expiries(at("2024-02-10T00:00:00Z"));
        assertThat(feb).hasSize(8);
        assertThat(feb.get(0)).isEqualTo(at("2024-02-23T16:00:00Z"));
        assertThat(feb.get(1)).isEqualTo(at("2024-03-28T16:00:00Z"));
        assertThat(feb.get(5)).isEqualTo(at("2024-07-26T15:00:00Z"));
        assertThat(feb.get(6)).isEqualTo(at("2024-12-27T16:00:00Z"));
        assertThat(feb.get(7)).isEqualTo(at("2025-12-24T16:00:00Z"));
        // On 2024-08-10: Aug 2024..Jan 2025 includes Dec 2024, so only Dec 2025 is added: 7 contracts.
        List<Instant> aug = ExpiryListing.CME_BITCOIN.expiries(at("2024-08-10T00:00:00Z"));
        assertThat(aug).hasSize(7);
        assertThat(aug.get(4)).isEqualTo(at("2024-12-27T16:00:00Z"));
        assertThat(aug.get(6)).isEqualTo(at("2025-12-24T16:00:00Z"));
        // Past the holiday table the listing is refused rather than guessed.
        assertThatThrownBy(() -> ExpiryListing.CME_BITCOIN.expiries(at("2027-03-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2028-12");
    }
}
