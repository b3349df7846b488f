package io.github.basisspread.core.basis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CompoundingTest {

    @Test
    void annualizeAndRatio() {
        // simple: (1.02 - 1)/0.25 = 0.08; continuous: ln(1.02)/0.25 = 0.0198026273 x 4 = 0.0792105092
        assertThat(Compounding.SIMPLE.annualize(1.02, 0.25)).isCloseTo(0.08, within(1e-15));
        assertThat(Compounding.CONTINUOUS.annualize(1.02, 0.25)).isCloseTo(0.07921050918471892, within(1e-15));
        // simple: 1 + 0.08 x 0.25 = 1.02; continuous: exp(0.08 x 0.25) = exp(0.02) = 1.0202013400
        assertThat(Compounding.SIMPLE.ratio(0.08, 0.25)).isCloseTo(1.02, within(1e-15));
        assertThat(Compounding.CONTINUOUS.ratio(0.08, 0.25)).isCloseTo(1.0202013400267558, within(1e-15));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> Compounding.SIMPLE.annualize(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ratio'");
        assertThatThrownBy(() -> Compounding.SIMPLE.annualize(1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yearFraction'");
        // 1 + (-4 x 0.5) = -1: not a ratio
        assertThatThrownBy(() -> Compounding.SIMPLE.ratio(-4, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'annualRate'").hasMessageContaining("-4.0");
        assertThatThrownBy(() -> Compounding.CONTINUOUS.ratio(Double.NaN, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'annualRate'");
    }
}
