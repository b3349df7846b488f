package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FundingAccrualTest {

    /** Tolerance for sums of a handful of rates times a notional of order 1e4. */
    private static final double TOL = 1e-12;

    private static final Instant DAY = Instant.parse("2024-03-01T00:00:00Z");
    private static final Duration H8 = Duration.ofHours(8);

    private static Instant at(int hours, int minutes) {
        return DAY.plus(Duration.ofHours(hours).plusMinutes(minutes));
    }

    /** Settlements at 00:00, 08:00, 16:00 and 24:00 of 0.0001, 0.0002, -0.0001 and 0.0003. */
    private static final List<FundingRate> SETTLEMENTS = List.of(
            FundingRate.of(0.0001, H8, at(0, 0)),
            FundingRate.of(0.0002, H8, at(8, 0)),
            FundingRate.of(-0.0001, H8, at(16, 0)),
            FundingRate.of(0.0003, H8, at(24, 0)));

    @Test
    void discreteCountsSettlementsInHalfOpenPeriod() {
        // [00:00, 16:00) holds 00:00 and 08:00: (0.0001 + 0.0002) * 10000 = 3.0. 16:00 is excluded.
        assertThat(FundingAccrual.discrete(SETTLEMENTS, at(0, 0), at(16, 0), 10_000)).isCloseTo(3.0, within(TOL));
        // [07:59, 08:00) holds none: closed at the settlement instant, the position no longer holds it.
        assertThat(FundingAccrual.discrete(SETTLEMENTS, at(7, 59), at(8, 0), 10_000)).isZero();
        // [08:00, 08:01) holds 08:00: opened at the settlement instant, the position is held then and pays it.
        assertThat(FundingAccrual.discrete(SETTLEMENTS, at(8, 0), at(8, 1), 10_000)).isCloseTo(2.0, within(TOL));
        // The whole day [-1 min, 24:00]: 0.0001 + 0.0002 - 0.0001 + 0.0003 = 0.0005 (24:00 included by closing later).
        assertThat(FundingAccrual.discreteRate(SETTLEMENTS, at(0, 0).minusSeconds(60), at(24, 0).plusSeconds(1)))
                .isCloseTo(0.0005, within(TOL));
        // Empty period.
        assertThat(FundingAccrual.discreteRate(SETTLEMENTS, at(8, 0), at(8, 0))).isZero();
    }

    @Test
    void discreteFromTimeSeriesMatchesTheList() {
        TimeSeries series = TimeSeries.of(List.of(at(0, 0), at(8, 0), at(16, 0), at(24, 0)),
                new double[] {0.0001, 0.0002, -0.0001, 0.0003});
        // Same [00:00, 16:00) as above: 0.0001 + 0.0002 = 0.0003.
        assertThat(FundingAccrual.discreteRate(series, at(0, 0), at(16, 0))).isCloseTo(0.0003, within(TOL));
        TimeSeries gap = TimeSeries.of(List.of(at(0, 0), at(8, 0)), new double[] {0.0001, Double.NaN});
        // A missing value outside the period is harmless; inside it is an error.
        assertThat(FundingAccrual.discreteRate(gap, at(0, 0).minusSeconds(1), at(4, 0))).isCloseTo(0.0001, within(TOL));
        assertThatThrownBy(() -> FundingAccrual.discreteRate(gap, at(0, 0), at(8, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlements'")
                .hasMessageContaining("missing value at index 1");
    }

    @Test
    void continuousIntegratesTheStepPath() {
        // 0.0003 per 8 h from 00:00, -0.0006 per 8 h from 02:00. Held [01:00, 04:00):
        // 1 h at 0.0003: 0.0003 / 8 = 0.0000375; 2 h at -0.0006: -0.0006 * 2 / 8 = -0.00015;
        // total -0.0001125; times notional 1000 = -0.1125 (shorts pay longs).
        List<FundingRate> path = List.of(FundingRate.of(0.0003, H8, at(0, 0)), FundingRate.of(-0.0006, H8, at(2, 0)));
        assertThat(FundingAccrual.continuousRate(path, at(1, 0), at(4, 0))).isCloseTo(-0.0001125, within(TOL));
        assertThat(FundingAccrual.continuous(path, at(1, 0), at(4, 0), 1000)).isCloseTo(-0.1125, within(TOL));
        // A full 8 h at a constant rate accrues exactly the 8 h rate.
        List<FundingRate> flat = List.of(FundingRate.of(0.0001, H8, at(0, 0)));
        assertThat(FundingAccrual.continuousRate(flat, at(0, 0), at(8, 0))).isCloseTo(0.0001, within(TOL));
        // Each observation's own interval: 0.0001 per 1 h held 30 min = 0.00005.
        List<FundingRate> hourly = List.of(FundingRate.of(0.0001, Duration.ofHours(1), at(0, 0)));
        assertThat(FundingAccrual.continuousRate(hourly, at(0, 0), at(0, 30))).isCloseTo(0.00005, within(TOL));
        // A path observation after 'to' is never reached.
        assertThat(FundingAccrual.continuousRate(path, at(0, 0), at(1, 0))).isCloseTo(0.0000375, within(TOL));
    }

    @Test
    void badInputIsRejectedWithTheArgumentNamed() {
        assertThatThrownBy(() -> FundingAccrual.discrete(SETTLEMENTS, at(8, 0), at(0, 0), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'to'")
                .hasMessageContaining("2024-03-01T00:00:00Z");
        assertThatThrownBy(() -> FundingAccrual.discrete(SETTLEMENTS, at(0, 0), at(8, 0), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'notional'").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> FundingAccrual.discrete(SETTLEMENTS, null, at(8, 0), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'from'");
        assertThatThrownBy(() -> FundingAccrual.discreteRate((List<FundingRate>) null, at(0, 0), at(8, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlements'");
        assertThatThrownBy(() -> FundingAccrual.discreteRate((TimeSeries) null, at(0, 0), at(8, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlements'");
        List<FundingRate> unordered = List.of(SETTLEMENTS.get(1), SETTLEMENTS.get(0));
        assertThatThrownBy(() -> FundingAccrual.discreteRate(unordered, at(0, 0), at(8, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlements'")
                .hasMessageContaining("strictly increasing").hasMessageContaining("index 1");
        List<FundingRate> withNull = Arrays.asList(SETTLEMENTS.get(0), null);
        assertThatThrownBy(() -> FundingAccrual.discreteRate(withNull, at(0, 0), at(8, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlements'")
                .hasMessageContaining("null at index 1");
        assertThatThrownBy(() -> FundingAccrual.continuousRate(List.of(), at(0, 0), at(8, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'path'").hasMessageContaining("empty");
        assertThatThrownBy(() -> FundingAccrual.continuousRate(SETTLEMENTS.subList(1, 2), at(0, 0), at(8, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'path'")
                .hasMessageContaining("2024-03-01T08:00:00Z");
        assertThatThrownBy(() -> FundingAccrual.continuous(SETTLEMENTS, at(0, 0), at(8, 0), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'notional'").hasMessageContaining("NaN");
    }

    /** Builds a path of rates, one every {@code stepMinutes}, starting at DAY, with mixed intervals. */
    private static List<FundingRate> path(List<Double> rates, int stepMinutes) {
        List<FundingRate> out = new ArrayList<>();
        Duration[] intervals = {Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(1)};
        for (int i = 0; i < rates.size(); i++) {
            out.add(FundingRate.of(rates.get(i), intervals[i % 3], DAY.plus(Duration.ofMinutes((long) i * stepMinutes))));
        }
        return out;
    }

    @Property
    void discreteAccrualIsAdditiveOverConsecutivePeriods(
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -0.003, max = 0.003) @Scale(12) Double> rates,
            @ForAll @IntRange(min = 1, max = 600) int stepMinutes,
            @ForAll @IntRange(min = 0, max = 30_000) int a,
            @ForAll @IntRange(min = 0, max = 30_000) int b,
            @ForAll @IntRange(min = 0, max = 30_000) int c) {
        int[] s = {a, b, c};
        Arrays.sort(s);
        List<FundingRate> p = path(rates, stepMinutes);
        Instant ta = DAY.plus(Duration.ofMinutes(s[0]));
        Instant tb = DAY.plus(Duration.ofMinutes(s[1]));
        Instant tc = DAY.plus(Duration.ofMinutes(s[2]));
        double whole = FundingAccrual.discreteRate(p, ta, tc);
        double parts = FundingAccrual.discreteRate(p, ta, tb) + FundingAccrual.discreteRate(p, tb, tc);
        // At most 40 rates of at most 0.003: sums below 0.12, whose rounding is below 40 ulps (6e-16).
        assertThat(parts).isCloseTo(whole, within(1e-14));
    }

    @Property
    void continuousAccrualIsAdditiveOverConsecutivePeriods(
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -0.003, max = 0.003) @Scale(12) Double> rates,
            @ForAll @IntRange(min = 1, max = 600) int stepMinutes,
            @ForAll @IntRange(min = 0, max = 30_000) int a,
            @ForAll @IntRange(min = 0, max = 30_000) int b,
            @ForAll @IntRange(min = 0, max = 30_000) int c) {
        int[] s = {a, b, c};
        Arrays.sort(s);
        List<FundingRate> p = path(rates, stepMinutes);
        Instant ta = DAY.plus(Duration.ofMinutes(s[0]));
        Instant tb = DAY.plus(Duration.ofMinutes(s[1]));
        Instant tc = DAY.plus(Duration.ofMinutes(s[2]));
        double whole = FundingAccrual.continuousRate(p, ta, tc);
        double parts = FundingAccrual.continuousRate(p, ta, tb) + FundingAccrual.continuousRate(p, tb, tc);
        // Up to 40 pieces of at most 0.003 * 500 h / 1 h = 1.5 each: sums of order 10 carry ~1e-14 of rounding.
        assertThat(parts).isCloseTo(whole, within(1e-12));
    }
}
