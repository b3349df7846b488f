package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * One settlement-counting rule for {@link FundingSchedule} and {@link FundingAccrual}.
 *
 * <p>Venue rule: "Traders are only liable for funding payments in either direction if they have
 * open positions at the pre-specified funding times" (Binance announcement quoted by
 * docs.traderwagon.com "Funding Fee", checked 2026-12-05); "traders will pay or receive funding
 * if they hold a position at 04:00 UTC, 12:00 UTC, or 20:00 UTC" (BitMEX, as restated by
 * tradingcenter.org). A position opened at {@code from} and closed at {@code to} is held over
 * {@code [from, to)}: it pays a settlement at its opening instant and not one at its closing
 * instant.
 */
class SettlementCountingConformanceTest {

    private static final Instant DAY = Instant.parse("2024-03-01T00:00:00Z");

    private static Instant at(int hours) {
        return DAY.plus(Duration.ofHours(hours));
    }

    /** A rate of 1 at every settlement from one day before to three days after DAY, so a summed rate counts settlements. */
    private static List<FundingRate> unitRates(FundingSchedule schedule) {
        List<FundingRate> out = new ArrayList<>();
        for (Instant t : schedule.settlementsBetween(DAY.minus(Duration.ofDays(1)), DAY.plus(Duration.ofDays(3)))) {
            out.add(FundingRate.of(1.0, schedule.interval(), t));
        }
        return out;
    }

    @Test
    void holding08To12IsOneSettlementInBothPlaces() {
        FundingSchedule s = FundingSchedule.binance8h();
        List<FundingRate> rates = unitRates(s);
        // The case: 08:00 to 12:00 was 1 in FundingSchedule and 0 in FundingAccrual.
        assertThat(s.settlementCount(at(8), at(12))).isEqualTo(1);
        assertThat(FundingAccrual.discreteRate(rates, at(8), at(12))).isEqualTo(1.0);
    }

    @Test
    void boundaryCases() {
        FundingSchedule s = FundingSchedule.binance8h();
        List<FundingRate> rates = unitRates(s);
        // Opened exactly at a settlement: pays it. Closed exactly at one: does not.
        assertThat(FundingAccrual.discreteRate(rates, at(8), at(9))).isEqualTo(1.0);
        assertThat(FundingAccrual.discreteRate(rates, at(7), at(8))).isEqualTo(0.0);
        // Opened and closed at consecutive settlements: pays the first only.
        assertThat(FundingAccrual.discreteRate(rates, at(8), at(16))).isEqualTo(1.0);
        // One nanosecond either side of a settlement.
        assertThat(FundingAccrual.discreteRate(rates, at(8).minusNanos(1), at(8))).isEqualTo(0.0);
        assertThat(FundingAccrual.discreteRate(rates, at(8).minusNanos(1), at(8).plusNanos(1))).isEqualTo(1.0);
        assertThat(FundingAccrual.discreteRate(rates, at(8).plusNanos(1), at(16))).isEqualTo(0.0);
        // The same counts from the schedule.
        assertThat(s.settlementCount(at(8), at(9))).isEqualTo(1);
        assertThat(s.settlementCount(at(7), at(8))).isZero();
        assertThat(s.settlementCount(at(8), at(16))).isEqualTo(1);
        assertThat(s.settlementCount(at(8).minusNanos(1), at(8).plusNanos(1))).isEqualTo(1);
        assertThat(s.settlementCount(at(8).plusNanos(1), at(16))).isZero();
    }

    @Property(tries = 300)
    void scheduleAndAccrualAlwaysAgree(@ForAll @IntRange(min = 0, max = 48 * 60) int openMinute,
            @ForAll @IntRange(min = 0, max = 24 * 60) int heldMinutes) {
        for (FundingSchedule s : List.of(FundingSchedule.binance8h(), FundingSchedule.bitmex(), FundingSchedule.hourly())) {
            List<FundingRate> rates = unitRates(s);
            Instant from = DAY.minus(Duration.ofHours(12)).plus(Duration.ofMinutes(openMinute));
            Instant to = from.plus(Duration.ofMinutes(heldMinutes));
            assertThat(FundingAccrual.discreteRate(rates, from, to)).isEqualTo((double) s.settlementCount(from, to));
        }
    }
}
