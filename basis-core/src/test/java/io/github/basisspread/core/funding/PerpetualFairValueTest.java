package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class PerpetualFairValueTest {

    /** Tolerance for ratios of order 1 from one division. */
    private static final double TOL = 1e-14;

    @Test
    void handWorkedPrice() {
        // kappa = 2 per year, r_a = 10%, r_b = 2%: F/S = 2 / (2 + 0.02 - 0.10) = 2 / 1.92 = 1.0416666...
        // S = 100 gives F = 104.1666...; premium = 0.08 / 1.92 = 0.0416666...
        PerpetualFairValue m = PerpetualFairValue.of(2.0, 0.10, 0.02);
        assertThat(m.fairRatio()).isCloseTo(2.0 / 1.92, within(TOL));
        assertThat(m.fairPrice(100.0)).isCloseTo(104.16666666666667, within(1e-12));
        assertThat(m.fairPremium()).isCloseTo(0.08 / 1.92, within(TOL));
    }

    @Test
    void eightHourVenueWithFivePercentQuoteRate() {
        // kappa = 365 * 24 / 8 = 1095 per year; r_a = 5%, r_b = 0:
        // F/S = 1095 / 1094.95 = 1.00004566418558; premium = 0.05 / 1094.95 = 4.566418558e-5.
        double kappa = PerpetualFairValue.intensityOf(Duration.ofHours(8));
        assertThat(kappa).isEqualTo(1095.0);
        assertThat(PerpetualFairValue.intensityOf(Duration.ofHours(1))).isEqualTo(8760.0);
        PerpetualFairValue m = PerpetualFairValue.of(kappa, 0.05, 0.0);
        assertThat(m.fairRatio()).isCloseTo(1.00004566418558, within(1e-13));
        assertThat(m.fairPremium()).isCloseTo(4.566418558e-5, within(1e-14));
    }

    @Test
    void limits() {
        // Equal rates: F = S exactly, whatever kappa.
        assertThat(PerpetualFairValue.of(0.5, 0.04, 0.04).fairPrice(30_000)).isEqualTo(30_000.0);
        assertThat(PerpetualFairValue.of(0.5, 0.04, 0.04).fairPremium()).isZero();
        // kappa -> infinity: premium (r_a - r_b) / (kappa + r_b - r_a) -> 0; at kappa = 1e12 it is 0.08 / 1e12.
        PerpetualFairValue fast = PerpetualFairValue.of(1e12, 0.10, 0.02);
        assertThat(fast.fairPremium()).isCloseTo(8e-14, within(1e-20));
        assertThat(fast.fairRatio()).isCloseTo(1.0, within(1e-13));
        // r_b > r_a: the perpetual trades at a discount. kappa = 1, r_a = 0, r_b = 0.1: 1 / 1.1 = 0.90909...
        assertThat(PerpetualFairValue.of(1.0, 0.0, 0.1).fairRatio()).isCloseTo(1.0 / 1.1, within(TOL));
    }

    @Test
    void badInputIsRejectedWithTheArgumentNamed() {
        // kappa + r_b - r_a = 0.05 + 0 - 0.10 = -0.05 <= 0: no stationary price.
        assertThatThrownBy(() -> PerpetualFairValue.of(0.05, 0.10, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fundingIntensity'")
                .hasMessageContaining("0.05").hasMessageContaining("no stationary perpetual price");
        // Exactly zero denominator: 0.08 + 0.02 - 0.10 = 0.
        assertThatThrownBy(() -> PerpetualFairValue.of(0.08, 0.10, 0.02))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no stationary perpetual price");
        assertThatThrownBy(() -> PerpetualFairValue.of(0.0, 0.0, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fundingIntensity'");
        assertThatThrownBy(() -> PerpetualFairValue.of(Double.NaN, 0.0, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fundingIntensity'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> PerpetualFairValue.of(1.0, Double.NaN, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quoteRate'");
        assertThatThrownBy(() -> PerpetualFairValue.of(1.0, 0.0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'baseRate'");
        assertThatThrownBy(() -> PerpetualFairValue.of(1.0, 0.05, 0.0).fairPrice(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'spot'").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> PerpetualFairValue.intensityOf(Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interval'");
    }

    @Property
    void fairPriceSolvesTheDriftCondition(
            @ForAll @DoubleRange(min = 0.5, max = 10_000) @Scale(12) double kappa,
            @ForAll @DoubleRange(min = -0.2, max = 0.2) @Scale(12) double quoteRate,
            @ForAll @DoubleRange(min = -0.2, max = 0.2) @Scale(12) double baseRate) {
        // F = c S must satisfy c (r_a - r_b) = kappa (c - 1) (expected perpetual drift = funding paid).
        PerpetualFairValue m = PerpetualFairValue.of(kappa, quoteRate, baseRate);
        double c = m.fairRatio();
        assertThat(c * (quoteRate - baseRate)).isCloseTo(kappa * (c - 1), within(1e-12 * Math.max(1, kappa)));
        // The premium has the sign of r_a - r_b and shrinks as kappa grows.
        assertThat(Math.signum(m.fairPremium())).isEqualTo(Math.signum(quoteRate - baseRate));
        double faster = PerpetualFairValue.of(2 * kappa, quoteRate, baseRate).fairPremium();
        assertThat(Math.abs(faster)).isLessThanOrEqualTo(Math.abs(m.fairPremium()));
    }
}
