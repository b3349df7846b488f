package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PremiumIndexTest {

    /** Tolerance for premia of order 1e-2 from one subtraction and one division. */
    private static final double TOL = 1e-15;

    @Test
    void premiumFollowsTheImpactPrices() {
        // Impact bid 101 above index 100: (max(0, 1) - max(0, -2)) / 100 = 0.01.
        assertThat(PremiumIndex.of(101, 102, 100).value()).isCloseTo(0.01, within(TOL));
        assertThat(PremiumIndex.of(101, 102, 100).toBasisPoints()).isCloseTo(100.0, within(1e-11));
        // Impact ask 98 below index 100: (0 - max(0, 2)) / 100 = -0.02.
        assertThat(PremiumIndex.of(97, 98, 100).value()).isCloseTo(-0.02, within(TOL));
        // Index between the impact prices: zero.
        assertThat(PremiumIndex.of(99.5, 100.5, 100).value()).isZero();
        // Touching: bid = index gives zero.
        assertThat(PremiumIndex.of(100, 100.5, 100).value()).isZero();
    }

    @Test
    void okxMidPremium() {
        // Mid (100.1 + 100.3) / 2 = 100.2; (100.2 - 100) / 100 = 0.002.
        assertThat(PremiumIndex.midPremium(100.1, 100.3, 100)).isCloseTo(0.002, within(1e-14));
        assertThatThrownBy(() -> PremiumIndex.midPremium(101, 100, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'bestBid'").hasMessageContaining("101.0");
        assertThatThrownBy(() -> PremiumIndex.midPremium(99, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'indexPrice'");
    }

    @Test
    void averagingRules() {
        double[] samples = {0.001, 0.002, 0.004};
        // Linear weights: (1*0.001 + 2*0.002 + 3*0.004) / (1 + 2 + 3) = 0.017 / 6 = 0.0028333...
        assertThat(PremiumAveraging.LINEAR_WEIGHTED.average(samples)).isCloseTo(0.017 / 6, within(TOL));
        // Simple: 0.007 / 3 = 0.0023333...
        assertThat(PremiumAveraging.SIMPLE.average(samples)).isCloseTo(0.007 / 3, within(TOL));
        // One sample is its own average either way.
        assertThat(PremiumAveraging.LINEAR_WEIGHTED.average(-0.0004)).isEqualTo(-0.0004);
    }

    @Test
    void badInputIsRejectedWithTheArgumentNamed() {
        assertThatThrownBy(() -> PremiumIndex.of(0, 100, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'impactBid'").hasMessageContaining("0.0");
        assertThatThrownBy(() -> PremiumIndex.of(100, Double.NaN, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'impactAsk'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> PremiumIndex.of(99, 100, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'indexPrice'");
        assertThatThrownBy(() -> PremiumIndex.of(101, 100, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'impactBid'")
                .hasMessageContaining("'impactAsk' 100.0").hasMessageContaining("101.0");
        assertThatThrownBy(() -> PremiumAveraging.SIMPLE.average())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'samples'");
        assertThatThrownBy(() -> PremiumAveraging.SIMPLE.average((double[]) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'samples'");
        assertThatThrownBy(() -> PremiumAveraging.LINEAR_WEIGHTED.average(0.001, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'samples'")
                .hasMessageContaining("NaN at index 1");
    }

    @Property
    void premiumSignMatchesWhereTheIndexLies(
            @ForAll @DoubleRange(min = 1, max = 1e5) @Scale(12) double bid,
            @ForAll @DoubleRange(min = 0, max = 0.05) @Scale(12) double spreadFraction,
            @ForAll @DoubleRange(min = 1, max = 1e5) @Scale(12) double index) {
        double ask = bid * (1 + spreadFraction);
        double p = PremiumIndex.of(bid, ask, index).value();
        if (index < bid) {
            assertThat(p).isPositive();
        } else if (index > ask) {
            assertThat(p).isNegative();
        } else {
            assertThat(p).isZero();
        }
    }

    @Property
    void averagesLieBetweenTheSmallestAndLargestSample(
            @ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = -0.01, max = 0.01) @Scale(12) Double> sampleList) {
        double[] samples = sampleList.stream().mapToDouble(Double::doubleValue).toArray();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double s : samples) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        for (PremiumAveraging avg : PremiumAveraging.values()) {
            double a = avg.average(samples);
            // A convex combination, up to the rounding of the sums (relative 1e-13 of 0.01).
            assertThat(a).isBetween(min - 1e-15, max + 1e-15);
        }
    }
}
