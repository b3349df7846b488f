package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FundingRateTest {

    /** Absolute tolerance for rates and APRs of order 1 that go through one or two roundings. */
    private static final double EXACT = 1e-15;
    /** Absolute tolerance for the APY, which goes through log1p, a product and expm1. */
    private static final double APY_TOL = 1e-13;

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Duration H8 = Duration.ofHours(8);
    private static final Duration H1 = Duration.ofHours(1);

    @Test
    void aprMultipliesByIntervalsInA365DayYear() {
        // 8 h: 365 * 24 / 8 = 1095 intervals; 0.0001 * 1095 = 0.1095.
        FundingRate eight = FundingRate.of(0.0001, H8, T0);
        assertThat(eight.intervalsPerYear()).isEqualTo(1095.0);
        assertThat(eight.apr()).isCloseTo(0.1095, within(EXACT));
        // 1 h: 8760 intervals; 0.0001 * 8760 = 0.876.
        FundingRate one = FundingRate.of(0.0001, H1, T0);
        assertThat(one.intervalsPerYear()).isEqualTo(8760.0);
        assertThat(one.apr()).isCloseTo(0.876, within(EXACT));
        // 4 h, negative: -0.0002 * 2190 = -0.438.
        assertThat(FundingRate.of(-0.0002, Duration.ofHours(4), T0).apr()).isCloseTo(-0.438, within(EXACT));
    }

    @Test
    void apyCompoundsThePayments() {
        // 8 h, 0.01%: ln(1.0001) = 9.99950003333e-5; * 1095 = 0.109494525365;
        // e^0.109494525365 - 1 = 0.115713962792 (1 + x + x^2/2 + x^3/6 + x^4/24 + ... with x = 0.1094945).
        assertThat(FundingRate.of(0.0001, H8, T0).apy()).isCloseTo(0.115713962792, within(1e-12));
        // 1 h, 0.01%: 8760 * 9.99950003333e-5 = 0.875956202920; e^0.875956202920 - 1 = 1.401170202551.
        assertThat(FundingRate.of(0.0001, H1, T0).apy()).isCloseTo(1.401170202551, within(1e-11));
        // Zero rate: zero APY.
        assertThat(FundingRate.of(0.0, H8, T0).apy()).isZero();
        // A 365-day interval compounds once: APY = APR = rate.
        assertThat(FundingRate.of(0.05, Duration.ofDays(365), T0).apy()).isCloseTo(0.05, within(APY_TOL));
    }

    @Test
    void apyOverflowIsReportedNotReturnedAsInfinity() {
        // 50% per minute compounded 525600 times overflows a double.
        FundingRate absurd = FundingRate.of(0.5, Duration.ofMinutes(1), T0);
        assertThatThrownBy(absurd::apy).isInstanceOf(ArithmeticException.class).hasMessageContaining("overflows");
    }

    @Test
    void basisPointsRoundTrip() {
        FundingRate f = FundingRate.ofBasisPoints(1.0, H8, T0);
        assertThat(f.rate()).isCloseTo(0.0001, within(EXACT));
        assertThat(f.toBasisPoints()).isCloseTo(1.0, within(EXACT));
        assertThat(FundingRate.of(-0.00025, H8, T0).toBasisPoints()).isCloseTo(-2.5, within(EXACT));
    }

    @Test
    void rescalingKeepsTheApr() {
        FundingRate eight = FundingRate.of(0.0001, H8, T0);
        // 0.0001 * 1 / 8 = 0.0000125 per hour; 0.0001 * 4 / 8 = 0.00005 per 4 h.
        assertThat(eight.perInterval(H1)).isCloseTo(0.0000125, within(EXACT));
        assertThat(eight.perInterval(Duration.ofHours(4))).isCloseTo(0.00005, within(EXACT));
        FundingRate hourly = eight.withInterval(H1);
        assertThat(hourly.interval()).isEqualTo(H1);
        assertThat(hourly.time()).isEqualTo(T0);
        assertThat(hourly.apr()).isCloseTo(0.1095, within(EXACT));
        // 0.1095 APR at 8 h is 0.1095 / 1095 = 0.0001.
        assertThat(FundingRate.ofApr(0.1095, H8, T0).rate()).isCloseTo(0.0001, within(EXACT));
    }

    @Test
    void accruedOverIsProRata() {
        // 0.0003 per 8 h held 2 h: 0.0003 * 2 / 8 = 0.000075.
        assertThat(FundingRate.of(0.0003, H8, T0).accruedOver(Duration.ofHours(2))).isCloseTo(0.000075, within(EXACT));
        assertThat(FundingRate.of(0.0003, H8, T0).accruedOver(Duration.ZERO)).isZero();
    }

    @Test
    void badInputIsRejectedWithTheArgumentNamed() {
        assertThatThrownBy(() -> FundingRate.of(Double.NaN, H8, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rate'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> FundingRate.of(Double.POSITIVE_INFINITY, H8, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rate'").hasMessageContaining("Infinity");
        assertThatThrownBy(() -> FundingRate.of(-1.0, H8, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rate'")
                .hasMessageContaining("greater than -1").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> FundingRate.of(0.0001, Duration.ZERO, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interval'").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> FundingRate.of(0.0001, Duration.ofHours(-8), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interval'").hasMessageContaining("PT-8H");
        assertThatThrownBy(() -> FundingRate.of(0.0001, null, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interval'");
        assertThatThrownBy(() -> FundingRate.of(0.0001, H8, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'time'");
        assertThatThrownBy(() -> FundingRate.ofBasisPoints(Double.NaN, H8, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'basisPoints'");
        assertThatThrownBy(() -> FundingRate.ofApr(Double.NaN, H8, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'apr'");
        assertThatThrownBy(() -> FundingRate.of(0.0001, H8, T0).perInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'target'");
        // -0.5 per hour is -4 per 8 h: below -1.
        assertThatThrownBy(() -> FundingRate.of(-0.5, H1, T0).withInterval(H8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rate'").hasMessageContaining("-4.0");
        assertThatThrownBy(() -> FundingRate.of(0.0001, H8, T0).accruedOver(Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'elapsed'").hasMessageContaining("PT-1H");
    }

    @Property
    void apyIsAtLeastAprForPositiveRates(
            @ForAll @DoubleRange(min = 1e-9, max = 0.01) @Scale(12) double rate,
            @ForAll @LongRange(min = 3600, max = 365L * 24 * 3600) long intervalSeconds) {
        // Bernoulli: (1 + r)^n >= 1 + n r for n >= 1 (interval at most a year). Intervals from 1 h
        // keep (1.01)^8760 = e^87 inside a double; shorter ones at 1% overflow, as tested above. The allowance of
        // four ulps of the APR covers the rounding of expm1/log1p when n is close to 1.
        FundingRate f = FundingRate.of(rate, Duration.ofSeconds(intervalSeconds), T0);
        assertThat(f.apy()).isGreaterThanOrEqualTo(f.apr() - 4 * Math.ulp(f.apr()));
        assertThat(f.apr()).isPositive();
    }

    @Property
    void rescalingRoundTripsAndKeepsTheApr(
            @ForAll @DoubleRange(min = -0.01, max = 0.01) @Scale(12) double rate,
            @ForAll @LongRange(min = 900, max = 8 * 3600) long fromSeconds,
            @ForAll @LongRange(min = 900, max = 8 * 3600) long toSeconds) {
        FundingRate f = FundingRate.of(rate, Duration.ofSeconds(fromSeconds), T0);
        FundingRate g = f.withInterval(Duration.ofSeconds(toSeconds));
        assertThat(g.apr()).isCloseTo(f.apr(), within(1e-12 * Math.max(1.0, Math.abs(f.apr()))));
        assertThat(g.withInterval(f.interval()).rate()).isCloseTo(rate, within(1e-15));
    }
}
