package io.github.basisspread.models.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.models.diagnostics.Stl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * STL against R's {@code stats::stl(x, s.window = 11)} and the seasonal strength against
 * forecast's (frozen by generate_stl_reference.R), and auto-ARIMA's seasonal-difference decision
 * against {@code nsdiffs}.
 */
class StlReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"stl_log_airpassengers.txt", "stl_usaccdeaths.txt", "stl_nottem.txt", "stl_log_ukgas.txt",
        "stl_weak_seasonal.txt"})
    void componentsMatchR(String file) {
        RReference r = RReference.load(file);
        double[] y = r.values("y");
        Stl stl = Stl.decompose(y, (int) r.value("period"));
        double scale = 0;
        for (double v : y) {
            scale = Math.max(scale, Math.abs(v));
        }
        assertClose(stl.seasonal(), r.values("seasonal"), 1e-10 * scale);
        assertClose(stl.trend(), r.values("trend"), 1e-10 * scale);
        assertClose(stl.remainder(), r.values("remainder"), 1e-10 * scale);
        assertThat(stl.seasonalStrength()).isCloseTo(r.value("strength"), within(1e-10));
        assertThat(AutoArima.seasonalStrength(y, (int) r.value("period"))).isCloseTo(r.value("strength"), within(1e-10));
        assertThat(stl.seasonalStrength() > 0.64 ? 1 : 0).isEqualTo((int) r.value("nsdiffs"));
    }

    private static void assertClose(double[] actual, double[] expected, double tol) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int t = 0; t < expected.length; t++) {
            assertThat(actual[t]).as("element %d", t).isCloseTo(expected[t], within(tol));
        }
    }

    @Test
    void decompositionAddsUpAndRejectsBadInput() {
        double[] y = RReference.load("stl_nottem.txt").values("y");
        Stl stl = Stl.decompose(y, 12, 7);
        double[] s = stl.seasonal();
        double[] t = stl.trend();
        double[] e = stl.remainder();
        for (int i = 0; i < y.length; i++) {
            assertThat(s[i] + t[i] + e[i]).isCloseTo(y[i], within(1e-12));
        }
        assertThat(stl.period()).isEqualTo(12);
        assertThatThrownBy(() -> Stl.decompose(new double[24], 12)).hasMessageContaining(
                "Argument 'y' must be longer than two periods (24 values) but has value 24 values");
        assertThatThrownBy(() -> Stl.decompose(y, 1)).hasMessageContaining("'period' must be at least 2");
        assertThatThrownBy(() -> Stl.decompose(y, 12, 8)).hasMessageContaining(
                "'seasonalWindow' must be odd and at least 3 but has value 8");
        double[] bad = y.clone();
        bad[5] = Double.NaN;
        assertThatThrownBy(() -> Stl.decompose(bad, 12)).hasMessageContaining("element 5 is NaN");
    }
}
