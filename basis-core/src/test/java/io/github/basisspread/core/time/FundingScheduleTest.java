package io.github.basisspread.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FundingScheduleTest {

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void standardEightHourSchedule() {
        FundingSchedule s = FundingSchedule.binance8h();
        assertThat(s).isEqualTo(FundingSchedule.of(8, 0)).isEqualTo(FundingSchedule.standard8h())
                .isEqualTo(FundingSchedule.okx8h()).isEqualTo(FundingSchedule.bybit8h()).isEqualTo(FundingSchedule.deribit8h());
        assertThat(s.nextSettlementAfter(at("2024-01-01T07:59:59Z"))).isEqualTo(at("2024-01-01T08:00:00Z"));
        // A settlement exactly at t is not "after" t, but it is "at or before" t.
        assertThat(s.nextSettlementAfter(at("2024-01-01T08:00:00Z"))).isEqualTo(at("2024-01-01T16:00:00Z"));
        assertThat(s.previousSettlementAtOrBefore(at("2024-01-01T08:00:00Z"))).isEqualTo(at("2024-01-01T08:00:00Z"));
        assertThat(s.previousSettlementAtOrBefore(at("2024-01-01T07:59:59.999999999Z"))).isEqualTo(at("2024-01-01T00:00:00Z"));
        // Across midnight: 16:00 + 8 h = 00:00 next day.
        assertThat(s.nextSettlementAfter(at("2024-12-31T16:00:00Z"))).isEqualTo(at("2025-01-01T00:00:00Z"));
        // Before the epoch (floor division of negative seconds).
        assertThat(s.nextSettlementAfter(at("1969-12-31T23:30:00Z"))).isEqualTo(at("1970-01-01T00:00:00Z"));
        assertThat(s.previousSettlementAtOrBefore(at("1969-12-31T23:30:00Z"))).isEqualTo(at("1969-12-31T16:00:00Z"));
        assertThat(s.isSettlement(at("2024-01-01T16:00:00Z"))).isTrue();
        assertThat(s.isSettlement(at("2024-01-01T12:00:00Z"))).isFalse();
        assertThat(s.isSettlement(at("2024-01-01T16:00:00.5Z"))).isFalse();
        assertThat(s.settlementTimesOfDay()).containsExactly(LocalTime.of(0, 0), LocalTime.of(8, 0), LocalTime.of(16, 0));
        assertThat(s.interval()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void bitmexSettlesAt04_12_20() {
        FundingSchedule s = FundingSchedule.bitmex();
        assertThat(s.anchorHour()).isEqualTo(4);
        assertThat(s.settlementTimesOfDay()).containsExactly(LocalTime.of(4, 0), LocalTime.of(12, 0), LocalTime.of(20, 0));
        assertThat(s.nextSettlementAfter(at("2024-01-01T05:00:00Z"))).isEqualTo(at("2024-01-01T12:00:00Z"));
        assertThat(s.previousSettlementAtOrBefore(at("2024-01-01T05:00:00Z"))).isEqualTo(at("2024-01-01T04:00:00Z"));
        assertThat(s.nextSettlementAfter(at("2024-01-01T23:00:00Z"))).isEqualTo(at("2024-01-02T04:00:00Z"));
        assertThat(s.previousSettlementAtOrBefore(at("2024-01-02T02:00:00Z"))).isEqualTo(at("2024-01-01T20:00:00Z"));
        assertThat(s.nextSettlementAfter(at("2024-01-01T07:59:59Z"))).isEqualTo(at("2024-01-01T12:00:00Z"));
    }

    @Test
    void hourlyAndOtherIntervals() {
        FundingSchedule h = FundingSchedule.hourly();
        assertThat(FundingSchedule.hyperliquid()).isEqualTo(h);
        assertThat(FundingSchedule.dydx()).isEqualTo(h);
        assertThat(h.nextSettlementAfter(at("2024-01-01T10:30:00.5Z"))).isEqualTo(at("2024-01-01T11:00:00Z"));
        assertThat(h.settlementTimesOfDay()).hasSize(24);
        // 4 h anchored at 02:00: 02, 06, 10, 14, 18, 22.
        FundingSchedule four = FundingSchedule.of(4, 2);
        assertThat(four.settlementTimesOfDay()).containsExactly(LocalTime.of(2, 0), LocalTime.of(6, 0),
                LocalTime.of(10, 0), LocalTime.of(14, 0), LocalTime.of(18, 0), LocalTime.of(22, 0));
        assertThat(four.nextSettlementAfter(at("2024-01-01T22:00:00Z"))).isEqualTo(at("2024-01-02T02:00:00Z"));
        assertThat(FundingSchedule.everyHours(2)).isEqualTo(FundingSchedule.of(2, 0));
        assertThat(FundingSchedule.every(Duration.ofHours(4))).isEqualTo(FundingSchedule.of(4, 0));
    }

    @Test
    void intervalsPerYear() {
        // 8760 hours in 365 days: 8760/8 = 1095, 8760/4 = 2190, 8760/2 = 4380, 8760/1 = 8760.
        assertThat(FundingSchedule.standard8h().intervalsPerYear()).isEqualTo(1095);
        assertThat(FundingSchedule.everyHours(4).intervalsPerYear()).isEqualTo(2190);
        assertThat(FundingSchedule.everyHours(2).intervalsPerYear()).isEqualTo(4380);
        assertThat(FundingSchedule.hourly().intervalsPerYear()).isEqualTo(8760);
    }

    @Test
    void countsSettlementsInHalfOpenPeriods() {
        FundingSchedule s = FundingSchedule.standard8h();
        Instant day = at("2024-01-01T00:00:00Z");
        Instant nextDay = at("2024-01-02T00:00:00Z");
        // [00:00, 24:00): 00, 08, 16 -> 3; the closing midnight is excluded.
        assertThat(s.settlementCount(day, nextDay)).isEqualTo(3);
        // Opening one nanosecond after 00:00 misses it: 08, 16 -> 2.
        assertThat(s.settlementCount(day.plusNanos(1), nextDay)).isEqualTo(2);
        // Closing one nanosecond after midnight catches the next day's 00:00: 4.
        assertThat(s.settlementCount(day, nextDay.plusNanos(1))).isEqualTo(4);
        // A week: 7 x 3 = 21.
        assertThat(s.settlementCount(day, day.plus(Duration.ofDays(7)))).isEqualTo(21);
        // Empty period.
        assertThat(s.settlementCount(day, day)).isZero();
        assertThat(s.settlementsBetween(day, day)).isEmpty();
        // BitMEX over the same day: 04, 12, 20 -> 3; hourly: 24.
        assertThat(FundingSchedule.bitmex().settlementCount(day, nextDay)).isEqualTo(3);
        assertThat(FundingSchedule.hourly().settlementCount(day, nextDay)).isEqualTo(24);
        // [03:00, 13:00) under BitMEX: 04:00 and 12:00.
        assertThat(FundingSchedule.bitmex().settlementsBetween(at("2024-01-01T03:00:00Z"), at("2024-01-01T13:00:00Z")))
                .containsExactly(at("2024-01-01T04:00:00Z"), at("2024-01-01T12:00:00Z"));
        // [07:59:59, 16:00:00) holds 08:00 only: the 16:00 settlement at 'to' is excluded.
        assertThat(s.settlementsBetween(at("2024-01-01T07:59:59Z"), at("2024-01-01T16:00:00Z")))
                .containsExactly(at("2024-01-01T08:00:00Z"));
        // Before the epoch: [1969-12-31T00:00, 1970-01-01T08:00) -> 00, 08, 16, 00 -> 4.
        assertThat(s.settlementCount(at("1969-12-31T00:00:00Z"), at("1970-01-01T08:00:00Z"))).isEqualTo(4);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> FundingSchedule.of(3, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'intervalHours'").hasMessageContaining("1, 2, 4 or 8").hasMessageContaining("3");
        assertThatThrownBy(() -> FundingSchedule.everyHours(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'intervalHours'").hasMessageContaining("0");
        assertThatThrownBy(() -> FundingSchedule.of(12, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'intervalHours'").hasMessageContaining("12");
        assertThatThrownBy(() -> FundingSchedule.of(8, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'anchorHour'").hasMessageContaining("between 0 and 7").hasMessageContaining("8");
        assertThatThrownBy(() -> FundingSchedule.of(8, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'anchorHour'").hasMessageContaining("-1");
        assertThatThrownBy(() -> FundingSchedule.every(Duration.ofMinutes(90))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'interval'").hasMessageContaining("PT1H30M");
        assertThatThrownBy(() -> FundingSchedule.every(Duration.ofHours(3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'interval'").hasMessageContaining("PT3H");
        assertThatThrownBy(() -> FundingSchedule.every(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'interval'");
        FundingSchedule s = FundingSchedule.standard8h();
        Instant t = at("2024-01-01T00:00:00Z");
        assertThatThrownBy(() -> s.nextSettlementAfter(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'");
        assertThatThrownBy(() -> s.previousSettlementAtOrBefore(Instant.MIN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'").hasMessageContaining("0001-01-01");
        assertThatThrownBy(() -> s.isSettlement(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'");
        assertThatThrownBy(() -> s.settlementCount(null, t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'from'");
        assertThatThrownBy(() -> s.settlementCount(t, Instant.MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'to'");
        assertThatThrownBy(() -> s.settlementsBetween(t, t.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'to'").hasMessageContaining("2023-12-31T23:59:59Z")
                .hasMessageContaining("not be before 'from'");
        // 2000 years of hourly settlements (about 17.5 million) is more than a list should hold.
        assertThatThrownBy(() -> FundingSchedule.hourly().settlementsBetween(at("0500-01-01T00:00:00Z"), at("2500-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'to'").hasMessageContaining("10,000,000");
    }

    // ---- properties ----

    @Provide
    Arbitrary<FundingSchedule> schedules() {
        return Arbitraries.of(1, 2, 4, 8).flatMap(h -> Arbitraries.integers().between(0, h - 1)
                .map(a -> FundingSchedule.of(h, a)));
    }

    private static final long RANGE = 4_000_000_000L; // about 127 years around 1970

    @Property
    void nextAndPreviousBracketT(@ForAll("schedules") FundingSchedule s,
            @ForAll @LongRange(min = -RANGE, max = RANGE) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Instant t = Instant.ofEpochSecond(seconds, nanos);
        Instant prev = s.previousSettlementAtOrBefore(t);
        Instant next = s.nextSettlementAfter(t);
        assertThat(prev).isBeforeOrEqualTo(t);
        assertThat(next).isAfter(t);
        assertThat(Duration.between(prev, next)).isEqualTo(s.interval());
        assertThat(s.isSettlement(prev)).isTrue();
        assertThat(s.isSettlement(next)).isTrue();
        assertThat(s.isSettlement(t)).isEqualTo(prev.equals(t));
        assertThat(s.settlementTimesOfDay()).contains(LocalTime.ofInstant(prev, ZoneOffset.UTC));
        // [prev, next) holds exactly one settlement, prev itself.
        assertThat(s.settlementCount(prev, next)).isEqualTo(1);
    }

    @Property
    void countsAreAdditiveOverConsecutivePeriods(@ForAll("schedules") FundingSchedule s,
            @ForAll @LongRange(min = -RANGE, max = RANGE) long a,
            @ForAll @LongRange(min = 0, max = 5_000_000) long gap1,
            @ForAll @LongRange(min = 0, max = 5_000_000) long gap2,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Instant from = Instant.ofEpochSecond(a, nanos);
        Instant mid = from.plusSeconds(gap1);
        Instant to = mid.plusSeconds(gap2).plusNanos(nanos / 3);
        assertThat(s.settlementCount(from, mid) + s.settlementCount(mid, to)).isEqualTo(s.settlementCount(from, to));
        List<Instant> list = s.settlementsBetween(from, to);
        assertThat(list).hasSize((int) s.settlementCount(from, to));
        for (int i = 0; i < list.size(); i++) {
            assertThat(list.get(i)).isAfterOrEqualTo(from).isBefore(to);
            assertThat(s.isSettlement(list.get(i))).isTrue();
            if (i > 0) {
                assertThat(Duration.between(list.get(i - 1), list.get(i))).isEqualTo(s.interval());
            }
        }
        // Nothing is missed at the ends: the settlement before the first is before 'from', the one
        // after the last is at or after 'to'.
        if (!list.isEmpty()) {
            assertThat(list.get(0).minus(s.interval())).isBefore(from);
            assertThat(list.get(list.size() - 1).plus(s.interval())).isAfterOrEqualTo(to);
        } else {
            assertThat(s.nextSettlementAfter(from.minusNanos(1))).isAfterOrEqualTo(to);
        }
    }

    @Property
    void countOverWholeDaysIsTwentyFourOverInterval(@ForAll("schedules") FundingSchedule s,
            @ForAll @LongRange(min = -RANGE, max = RANGE) long a,
            @ForAll @IntRange(min = 0, max = 400) int days) {
        Instant from = Instant.ofEpochSecond(a);
        // Any window of whole days holds 24 / intervalHours settlements per day, whatever its start.
        assertThat(s.settlementCount(from, from.plus(Duration.ofDays(days)))).isEqualTo((long) days * 24 / s.intervalHours());
    }
}
