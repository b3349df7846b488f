package io.github.basisspread.core.basis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class AnnualizedBasisTest {

    @Test
    void ratioForwardAndTotalCarry() {
        // simple 7.3% over 100/365 years: ratio 1 + 0.073 x 100/365 = 1.02
        AnnualizedBasis a = AnnualizedBasis.of(0.073, Compounding.SIMPLE, 100.0 / 365);
        assertThat(a.ratio()).isCloseTo(1.02, within(1e-15));
        assertThat(a.forwardPrice(50_000)).isCloseTo(51_000, within(1e-9)); // 50000 x 1.02
        assertThat(a.totalCarry()).isCloseTo(0.01980262729617973, within(1e-15)); // ln 1.02
        // continuous 10% over 0.2 years: carry 0.02, ratio exp(0.02) = 1.02020134
        AnnualizedBasis c = AnnualizedBasis.of(0.10, Compounding.CONTINUOUS, 0.2);
        assertThat(c.totalCarry()).isCloseTo(0.02, within(1e-15));
        assertThat(c.ratio()).isCloseTo(1.0202013400267558, within(1e-15));
    }

    @Test
    void convertsBetweenCompoundings() {
        // simple 7.3% over 100 days (ratio 1.02) is continuous ln(1.02) x 3.65 = 0.0722795896
        AnnualizedBasis a = AnnualizedBasis.of(0.073, Compounding.SIMPLE, 100.0 / 365);
        AnnualizedBasis c = a.to(Compounding.CONTINUOUS);
        assertThat(c.rate()).isCloseTo(0.07227958963105602, within(1e-15));
        assertThat(c.compounding()).isEqualTo(Compounding.CONTINUOUS);
        assertThat(c.to(Compounding.SIMPLE).rate()).isCloseTo(0.073, within(1e-15));
        assertThat(a.to(Compounding.SIMPLE)).isSameAs(a);
    }

    @Test
    void fromPricesAndBasisPoints() {
        // F/S = 101/100 over 0.25 years, simple: 0.01/0.25 = 0.04 = 400 bp
        AnnualizedBasis a = AnnualizedBasis.fromPrices(100, 101, Compounding.SIMPLE, 0.25);
        assertThat(a.rate()).isCloseTo(0.04, within(1e-15));
        assertThat(a.toBasisPoints()).isCloseTo(400, within(1e-10));
        assertThat(AnnualizedBasis.ofBasisPoints(400, Compounding.SIMPLE, 0.25).rate()).isCloseTo(0.04, within(1e-17));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> AnnualizedBasis.of(Double.NaN, Compounding.SIMPLE, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rate'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> AnnualizedBasis.of(0.1, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'compounding'");
        assertThatThrownBy(() -> AnnualizedBasis.of(0.1, Compounding.SIMPLE, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'yearFraction'");
        // simple -2 over 0.5 years: 1 - 1 = 0, not a positive ratio
        assertThatThrownBy(() -> AnnualizedBasis.of(-2, Compounding.SIMPLE, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rate'").hasMessageContaining("-2.0");
        // continuous 1000 over 1 year overflows exp
        assertThatThrownBy(() -> AnnualizedBasis.of(1000, Compounding.CONTINUOUS, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> AnnualizedBasis.ofBasisPoints(Double.POSITIVE_INFINITY, Compounding.SIMPLE, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rateInBasisPoints'");
        AnnualizedBasis a = AnnualizedBasis.of(0.1, Compounding.SIMPLE, 1);
        assertThatThrownBy(() -> a.forwardPrice(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spotPrice'").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> a.to(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'target'");
        assertThatThrownBy(() -> AnnualizedBasis.fromPrices(100, 0, Compounding.SIMPLE, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'forwardPrice'");
    }

    @Property
    void conversionKeepsTheRatio(
            @ForAll @DoubleRange(min = -0.9, max = 2.0) double rate,
            @ForAll @DoubleRange(min = 0.01, max = 1.0) double tau,
            @ForAll Compounding from,
            @ForAll Compounding to) {
        AnnualizedBasis a = AnnualizedBasis.of(rate, from, tau);
        AnnualizedBasis b = a.to(to);
        assertThat(b.ratio()).isCloseTo(a.ratio(), within(1e-12 * a.ratio()));
        assertThat(b.to(from).rate()).isCloseTo(rate, within(1e-9 * (1 + Math.abs(rate))));
        // de-annualize then annualize again
        assertThat(AnnualizedBasis.fromPrices(1.0, a.forwardPrice(1.0), from, tau).rate())
                .isCloseTo(rate, within(1e-9 * (1 + Math.abs(rate))));
    }
}
