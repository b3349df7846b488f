package io.github.basisspread.models.meanreversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class OrnsteinUhlenbeckTest {

    @Test
    void derivedQuantitiesByHand() {
        // theta = ln 2 per year: half-life exactly 1 year. sigma = 0.3: stationary variance
        // 0.09 / (2 ln 2) = 0.09 / 1.3862944 = 0.0649213; sd = 0.3 / 1.1774100 = 0.2547965.
        OrnsteinUhlenbeck ou = OrnsteinUhlenbeck.of(Math.log(2), 0.01, 0.3);
        assertThat(ou.halfLife()).isCloseTo(1.0, within(1e-15));
        assertThat(ou.stationaryVariance()).isCloseTo(0.0649213, within(1e-7));
        assertThat(ou.stationaryStandardDeviation()).isCloseTo(0.2547965, within(1e-7));
        // After one half-life the deviation halves: 0.01 + (0.21 - 0.01)/2 = 0.11, and
        // phi = e^{-ln 2} = 0.5; variance 0.09 (1 - 1/4) / (2 ln 2) = 0.0486910.
        assertThat(ou.ar1Coefficient(1.0)).isCloseTo(0.5, within(1e-15));
        assertThat(ou.conditionalMean(0.21, 1.0)).isCloseTo(0.11, within(1e-15));
        assertThat(ou.conditionalVariance(1.0)).isCloseTo(0.0486910, within(1e-7));
        // Band of 2 sd: 0.01 -/+ 0.5095931.
        OrnsteinUhlenbeck.Band band = ou.band(2);
        assertThat(band.lower()).isCloseTo(-0.4995931, within(1e-7));
        assertThat(band.upper()).isCloseTo(0.5195931, within(1e-7));
        assertThat(band.contains(0.01)).isTrue();
        assertThat(band.contains(0.6)).isFalse();
    }

    @Test
    void deterministicReversionTimeByHand() {
        // theta = 2, mu = 0: from 4 to 1 the mean path 4 e^{-2t} needs t = ln(4)/2 = 0.6931472.
        OrnsteinUhlenbeck ou = OrnsteinUhlenbeck.of(2, 0, 1);
        assertThat(ou.deterministicReversionTime(4, 1)).isCloseTo(0.6931472, within(1e-7));
        assertThat(ou.deterministicReversionTime(-4, -1)).isCloseTo(0.6931472, within(1e-7));
        assertThat(ou.deterministicReversionTime(0.5, 1)).isZero();
        assertThatThrownBy(() -> ou.deterministicReversionTime(4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b' must differ from mu = 0.0");
        assertThatThrownBy(() -> ou.deterministicReversionTime(4, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b' must lie on the same side of mu = 0.0 as x = 4.0 but has value -1.0");
    }

    @Test
    void expectedFirstPassageTimeSmallIntervalByHand() {
        // theta = 1, sigma = 1, mu = 0: E[T] from x = 0.1 to 0 is sqrt(pi) * integral_0^0.1 erfcx(u) du.
        // erfcx(u) = 1 - 2u/sqrt(pi) + u^2 - 4u^3/(3 sqrt(pi)) + u^4/2 - ...; integral
        // = 0.1 - 0.01/sqrt(pi) + 0.001/3 - 0.0001/(3 sqrt(pi)) + 0.00001/10
        // = 0.1 - 0.0056419 + 0.0003333 - 0.0000188 + 0.0000010 = 0.0946736 (next term ~5e-8);
        // times sqrt(pi) = 1.7724539: 0.1678046.
        OrnsteinUhlenbeck ou = OrnsteinUhlenbeck.of(1, 0, 1);
        assertThat(ou.expectedFirstPassageTime(0.1, 0)).isCloseTo(0.1678046, within(2e-7));
        assertThat(ou.expectedFirstPassageTime(-0.1, 0)).isCloseTo(0.1678046, within(2e-7));
        assertThat(ou.expectedFirstPassageTime(0.3, 0.3)).isZero();
        assertThatThrownBy(() -> ou.expectedFirstPassageTime(100, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stationary standard deviations of mu");
    }

    @Property(tries = 40)
    void expectedFirstPassageSolvesTheBackwardEquation(@ForAll @DoubleRange(min = 0.2, max = 5) double theta,
            @ForAll @DoubleRange(min = 0.1, max = 2) double sigma, @ForAll @DoubleRange(min = 0.1, max = 3) double k) {
        // f(x) = E_x[T_b] solves theta (mu - x) f' + sigma^2/2 f'' = -1 (generator equation).
        OrnsteinUhlenbeck ou = OrnsteinUhlenbeck.of(theta, 0.5, sigma);
        double sd = ou.stationaryStandardDeviation();
        double b = 0.5 - 0.5 * sd; // below mu: the path must cross mu to get there
        double x = 0.5 + k * sd;
        double h = 1e-3 * sd;
        double f0 = ou.expectedFirstPassageTime(x, b);
        double fp = ou.expectedFirstPassageTime(x + h, b);
        double fm = ou.expectedFirstPassageTime(x - h, b);
        double d1 = (fp - fm) / (2 * h);
        double d2 = (fp - 2 * f0 + fm) / (h * h);
        assertThat(theta * (0.5 - x) * d1 + sigma * sigma / 2 * d2).isCloseTo(-1.0, within(1e-3));
        assertThat(f0).isPositive();
    }

    @Test
    void refusesInvalidParameters() {
        assertThatThrownBy(() -> OrnsteinUhlenbeck.of(0, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'theta' must be finite and greater than zero but has value 0.0");
        assertThatThrownBy(() -> OrnsteinUhlenbeck.of(1, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mu' must be finite but has value NaN");
        assertThatThrownBy(() -> OrnsteinUhlenbeck.of(1, 0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sigma' must be finite and greater than zero but has value -1.0");
        OrnsteinUhlenbeck ou = OrnsteinUhlenbeck.of(1, 0, 1);
        assertThatThrownBy(() -> ou.band(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'k'");
        assertThatThrownBy(() -> ou.conditionalVariance(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'dt'");
        assertThatThrownBy(() -> new OrnsteinUhlenbeck.Band(1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'upper' must be greater than lower = 1.0 but has value 1.0");
    }
}
