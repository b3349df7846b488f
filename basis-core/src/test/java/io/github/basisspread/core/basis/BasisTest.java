package io.github.basisspread.core.basis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.time.DayCount;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BasisTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    // 2024-01-01 to 2024-03-31: 31 (Jan) + 29 (Feb, leap) + 30 (Mar) = 90 days.
    private static final Instant MAR31 = Instant.parse("2024-03-31T00:00:00Z");

    @Test
    void aRatioADoubleCannotHoldIsRefusedNotReturnedAsInfinity() {
        Instant t = Instant.parse("2024-03-01T08:00:00Z");
        // Issue 14: spot 4.9e-324 (the smallest double) gave a relative basis of Infinity.
        assertThatThrownBy(() -> Basis.of(4.9e-324, 100.0, t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spotPrice'").hasMessageContaining("same unit");
        // ... and the other way round a ratio that underflows to 0 (relative -1, log ratio -Infinity).
        assertThatThrownBy(() -> Basis.of(1e300, 1e-300, t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spotPrice'");
        // Extreme but representable ratios stay valid.
        assertThat(Basis.of(1e-300, 1e-290, t).relative()).isCloseTo(1e10 - 1, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void absoluteRelativeAndBasisPoints() {
        Basis b = Basis.of(40_000, 40_800, T0);
        assertThat(b.absolute()).isEqualTo(800.0); // 40800 - 40000
        assertThat(b.relative()).isCloseTo(0.02, within(1e-15)); // 40800/40000 - 1
        assertThat(b.inBasisPoints()).isCloseTo(200.0, within(1e-11)); // 0.02 x 10^4
        assertThat(b.ratio()).isCloseTo(1.02, within(1e-15));
        assertThat(b.logRatio()).isCloseTo(0.01980262729617973, within(1e-15)); // ln 1.02
    }

    @Test
    void annualizedSimpleAndContinuousUnderAct365F() {
        Basis b = Basis.of(40_000, 40_800, T0);
        // simple: 0.02 x 365 / 90 = 7.3 / 90 = 0.081111...
        assertThat(b.annualized(MAR31, Compounding.SIMPLE)).isCloseTo(0.0811111111111111, within(1e-15));
        // continuous: ln(1.02) x 365 / 90 = 0.0198026273 x 4.0555556 = 0.0803106551
        assertThat(b.annualized(MAR31, Compounding.CONTINUOUS)).isCloseTo(0.08031065514561779, within(1e-15));
        // ACT/360: 0.02 x 360 / 90 = 0.08
        assertThat(b.annualized(MAR31, Compounding.SIMPLE, DayCount.ACT_360)).isCloseTo(0.08, within(1e-15));
        AnnualizedBasis a = b.annualizedBasis(MAR31, Compounding.SIMPLE);
        assertThat(a.yearFraction()).isCloseTo(90.0 / 365, within(1e-15));
        assertThat(a.compounding()).isEqualTo(Compounding.SIMPLE);
        assertThat(a.toBasisPoints()).isCloseTo(811.111111111111, within(1e-9));
    }

    @Test
    void negativeBasisAnnualizesNegative() {
        // F = 39600 against S = 40000: relative -0.01; simple over 90 days = -0.01 x 365/90 = -0.0405556
        Basis b = Basis.of(40_000, 39_600, T0);
        assertThat(b.absolute()).isEqualTo(-400.0);
        assertThat(b.annualized(MAR31, Compounding.SIMPLE)).isCloseTo(-0.04055555555555556, within(1e-15));
    }

    @Test
    void deAnnualizeGivesTheForwardPrice() {
        // simple 7.3% over 100 days: 40000 x (1 + 0.073 x 100/365) = 40000 x 1.02 = 40800
        Instant expiry = T0.plusSeconds(100 * 86_400L);
        Basis b = Basis.ofAnnualized(40_000, T0, expiry, 0.073, Compounding.SIMPLE, DayCount.ACT_365F);
        assertThat(b.derivativePrice()).isCloseTo(40_800.0, within(1e-9));
        assertThat(b.valuationTime()).isEqualTo(T0);
        // continuous 10% over 73 days = 0.2 years: 40000 x exp(0.02) = 40808.0536010702
        Instant expiry73 = T0.plusSeconds(73 * 86_400L);
        Basis c = Basis.ofAnnualized(40_000, T0, expiry73, 0.10, Compounding.CONTINUOUS, DayCount.ACT_365F);
        assertThat(c.derivativePrice()).isCloseTo(40_808.053601070234, within(1e-9));
    }

    @Test
    void expiryAtOrBeforeValuationIsRefusedNamingBothInstants() {
        Basis b = Basis.of(40_000, 40_800, MAR31);
        assertThatThrownBy(() -> b.annualized(MAR31, Compounding.SIMPLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'expiry'")
                .hasMessageContaining("2024-03-31T00:00:00Z");
        assertThatThrownBy(() -> b.annualized(T0, Compounding.CONTINUOUS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'expiry'")
                .hasMessageContaining("2024-01-01T00:00:00Z")
                .hasMessageContaining("2024-03-31T00:00:00Z");
    }

    @Test
    void badPricesAndNullsAreRefused() {
        assertThatThrownBy(() -> Basis.of(0, 1, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spotPrice'").hasMessageContaining("0.0");
        assertThatThrownBy(() -> Basis.of(1, Double.NaN, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'derivativePrice'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> Basis.of(1, Double.POSITIVE_INFINITY, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> Basis.of(1, 1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'valuationTime'");
        Basis b = Basis.of(1, 1, T0);
        assertThatThrownBy(() -> b.annualized(MAR31, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'compounding'");
        assertThatThrownBy(() -> b.annualized(MAR31, Compounding.SIMPLE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dayCount'");
        assertThatThrownBy(() -> b.annualized(null, Compounding.SIMPLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'expiry'");
        // a custom day count that returns zero is caught too
        DayCount broken = new DayCount() {
            @Override
            public double yearFraction(Instant start, Instant end) {
                return 0.0;
            }

            @Override
            public String conventionName() {
                return "BROKEN";
            }
        };
        assertThatThrownBy(() -> b.annualized(MAR31, Compounding.SIMPLE, broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dayCount'")
                .hasMessageContaining("0.0");
        // simple -500% over 90 days: 1 + (-5 x 90/365) = -0.23 < 0
        assertThatThrownBy(() -> Basis.ofAnnualized(100, T0, MAR31, -5.0, Compounding.SIMPLE, DayCount.ACT_365F))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rate'")
                .hasMessageContaining("-5.0");
    }

    @Property
    void annualizeThenDeAnnualizeRoundTrips(
            @ForAll @DoubleRange(min = 1.0, max = 1e6) double spot,
            @ForAll @DoubleRange(min = -0.5, max = 0.5) double relative,
            @ForAll @IntRange(min = 1, max = 3 * 365 * 24) int hours,
            @ForAll Compounding compounding) {
        double future = spot * (1 + relative);
        Instant expiry = T0.plusSeconds(3600L * hours);
        for (DayCount dc : new DayCount[] {DayCount.ACT_365F, DayCount.ACT_360, DayCount.ACT_ACT_ISDA}) {
            double rate = Basis.of(spot, future, T0).annualized(expiry, compounding, dc);
            Basis back = Basis.ofAnnualized(spot, T0, expiry, rate, compounding, dc);
            assertThat(back.derivativePrice()).isCloseTo(future, within(future * 1e-12));
        }
    }

    @Property
    void simpleAndContinuousAgreeToFirstOrder(
            @ForAll @DoubleRange(min = -0.5, max = 0.5) double relative,
            @ForAll @IntRange(min = 1, max = 2 * 365 * 24) int hours) {
        // simple - continuous = (x - ln(1 + x)) / tau, and 0 <= x - ln(1 + x) <= x^2/(2(1 + x)) <= x^2
        // for x >= -0.5: so 0 <= simple - continuous <= x^2 / tau (c = 1).
        Basis b = Basis.of(100.0, 100.0 * (1 + relative), T0);
        Instant expiry = T0.plusSeconds(3600L * hours);
        double tau = hours / (365.0 * 24);
        double simple = b.annualized(expiry, Compounding.SIMPLE);
        double continuous = b.annualized(expiry, Compounding.CONTINUOUS);
        double x = b.relative();
        double slack = 1e-12 * (1 + Math.abs(simple));
        assertThat(simple - continuous).isGreaterThanOrEqualTo(-slack);
        assertThat(simple - continuous).isLessThanOrEqualTo(x * x / tau + slack);
    }
}
