package io.github.basisspread.core.carry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class CostOfCarryTest {

    @Test
    void fairForwardGrowsSpotAtTheNetCarryRate() {
        // r + u - y - q = 0.06 + 0.01 - 0.02 - 0.03 = 0.02; over 0.5 years: 100 e^0.01 = 101.0050167084
        CostOfCarry c = CostOfCarry.of(0.06, 0.01, 0.02, 0.03);
        assertThat(c.netCarryRate()).isCloseTo(0.02, within(1e-16));
        assertThat(c.fairForward(100, 0.5)).isCloseTo(101.00501670841679, within(1e-12));
        assertThat(c.fairForward(100, 0.0)).isEqualTo(100.0);
        // with a yield larger than financing the forward is below spot: (0.03 - 0.05) x 1 = -0.02
        assertThat(CostOfCarry.ofFinancingAndYield(0.03, 0.05).fairForward(100, 1)).isCloseTo(98.01986733067553, within(1e-11));
    }

    @Test
    void impliedRates() {
        // r = ln(102/100)/1 - u + y + q = 0.0198026273 - 0 + 0 + 0.03 = 0.0498026273
        CostOfCarry c = CostOfCarry.ofFinancingAndYield(0.05, 0.03);
        assertThat(c.impliedFinancingRate(100, 102, 1)).isCloseTo(0.04980262729617973, within(1e-15));
        // y = r + u - q - ln(101/100)/0.25 = 0.05 + 0.01 - 0 - 0.0398013234 = 0.0201986766
        CostOfCarry d = CostOfCarry.of(0.05, 0.01, 0.0, 0.0);
        assertThat(d.impliedConvenienceYield(100, 101, 0.25)).isCloseTo(0.02019867658732763, within(1e-15));
        // q = r + u - y - ln(101/100)/0.25 = 0.06 - 0.0398013234 = 0.0201986766 (same numbers)
        assertThat(d.impliedAssetYield(100, 101, 0.25)).isCloseTo(0.02019867658732763, within(1e-15));
        assertThat(CostOfCarry.impliedNetCarryRate(100, 101, 0.25)).isCloseTo(0.03980132341267237, within(1e-15));
        assertThat(d.withFinancingRate(0.07).financingRate()).isEqualTo(0.07);
        assertThat(d.withConvenienceYield(0.01).convenienceYield()).isEqualTo(0.01);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> CostOfCarry.of(Double.NaN, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'financingRate'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> CostOfCarry.of(0, -0.01, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'storageCost'").hasMessageContaining("-0.01");
        assertThatThrownBy(() -> CostOfCarry.of(0, 0, Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'convenienceYield'");
        assertThatThrownBy(() -> CostOfCarry.of(0, 0, 0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'assetYield'");
        CostOfCarry c = CostOfCarry.ofFinancingAndYield(0.05, 0);
        assertThatThrownBy(() -> c.fairForward(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spotPrice'");
        assertThatThrownBy(() -> c.fairForward(100, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yearFraction'").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> CostOfCarry.ofFinancingAndYield(1e6, 0).fairForward(100, 1e3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'yearFraction'");
        assertThatThrownBy(() -> c.impliedFinancingRate(100, -5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'forwardPrice'").hasMessageContaining("-5.0");
        assertThatThrownBy(() -> c.impliedConvenienceYield(100, 101, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yearFraction'");
    }

    @Property
    void fairForwardImpliesBackItsInputs(
            @ForAll @DoubleRange(min = -0.2, max = 0.5) double r,
            @ForAll @DoubleRange(min = 0.0, max = 0.1) double u,
            @ForAll @DoubleRange(min = -0.1, max = 0.2) double y,
            @ForAll @DoubleRange(min = -0.1, max = 0.3) double q,
            @ForAll @DoubleRange(min = 1.0, max = 1e5) double spot,
            @ForAll @DoubleRange(min = 0.01, max = 3.0) double tau) {
        CostOfCarry c = CostOfCarry.of(r, u, y, q);
        double forward = c.fairForward(spot, tau);
        double tol = 1e-12 / tau + 1e-14;
        assertThat(c.impliedFinancingRate(spot, forward, tau)).isCloseTo(r, within(tol));
        assertThat(c.impliedConvenienceYield(spot, forward, tau)).isCloseTo(y, within(tol));
        assertThat(c.impliedAssetYield(spot, forward, tau)).isCloseTo(q, within(tol));
        assertThat(CostOfCarry.impliedNetCarryRate(spot, forward, tau)).isCloseTo(c.netCarryRate(), within(tol));
    }
}
