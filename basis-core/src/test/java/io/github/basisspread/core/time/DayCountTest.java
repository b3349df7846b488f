package io.github.basisspread.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DayCountTest {

    private static final Instant JAN1_2024 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void act365FixedCountsPartialDays() {
        Instant start = Instant.parse("2024-03-01T08:00:00Z");
        Instant end = Instant.parse("2024-03-03T20:00:00Z"); // 2.5 days
        assertThat(DayCount.ACT_365F.yearFraction(start, end)).isCloseTo(2.5 / 365, within(1e-15));
        assertThat(DayCount.ACT_360.yearFraction(start, end)).isCloseTo(2.5 / 360, within(1e-15));
    }

    @Test
    void actActIsdaSplitsAtYearBoundaries() {
        // 2023-12-01 to 2024-02-01: 31 days in 2023 (365-day year), 31 days in 2024 (366-day year).
        Instant start = Instant.parse("2023-12-01T00:00:00Z");
        Instant end = Instant.parse("2024-02-01T00:00:00Z");
        assertThat(DayCount.ACT_ACT_ISDA.yearFraction(start, end)).isCloseTo(31.0 / 365 + 31.0 / 366, within(1e-15));
        // Whole years in between count one each: 2022-07-02 to 2025-07-02.
        Instant a = Instant.parse("2022-07-02T12:00:00Z");
        Instant b = Instant.parse("2025-07-02T12:00:00Z");
        double expected = (365 - 182.5) / 365 + 1 + 1 + 182.5 / 365;
        assertThat(DayCount.ACT_ACT_ISDA.yearFraction(a, b)).isCloseTo(expected, within(1e-14));
        // Within a leap year.
        assertThat(DayCount.ACT_ACT_ISDA.yearFraction(JAN1_2024, Instant.parse("2024-12-31T00:00:00Z")))
                .isCloseTo(365.0 / 366, within(1e-15));
    }

    @Test
    void lookupByName() {
        assertThat(DayCount.of("act/365f")).isSameAs(DayCount.ACT_365F);
        assertThat(DayCount.of("ACT/ACT ISDA")).isSameAs(DayCount.ACT_ACT_ISDA);
        assertThat(DayCount.ACT_360.conventionName()).isEqualTo("ACT/360");
        assertThatThrownBy(() -> DayCount.of("30/360"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'name'").hasMessageContaining("'30/360'");
        assertThatThrownBy(() -> DayCount.ACT_365F.yearFraction(null, JAN1_2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'start'");
    }

    @Property
    void yearFractionIsAntisymmetricAndAdditive(
            @ForAll @LongRange(min = -2_000_000_000L, max = 4_000_000_000L) long s1,
            @ForAll @LongRange(min = -2_000_000_000L, max = 4_000_000_000L) long s2,
            @ForAll @LongRange(min = -2_000_000_000L, max = 4_000_000_000L) long s3) {
        Instant a = Instant.ofEpochSecond(s1);
        Instant b = Instant.ofEpochSecond(s2);
        Instant c = Instant.ofEpochSecond(s3);
        for (DayCount dc : new DayCount[] {DayCount.ACT_365F, DayCount.ACT_360, DayCount.ACT_ACT_ISDA}) {
            assertThat(dc.yearFraction(a, b)).isEqualTo(-dc.yearFraction(b, a));
            assertThat(dc.yearFraction(a, b) + dc.yearFraction(b, c)).isCloseTo(dc.yearFraction(a, c), within(1e-9));
        }
    }
}
