package io.github.basisspread.models.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MacKinnonTest {

    @Test
    void pValueSurfacesMatchStatsmodelsMackinnonp() {
        double[] taus = Reference.values("mackinnonp.taus");
        for (Deterministic d : Deterministic.values()) {
            String code = d == Deterministic.NONE ? "n" : d == Deterministic.CONSTANT ? "c" : "ct";
            for (int n = 1; n <= 6; n++) {
                double[] expected = Reference.values("mackinnonp." + code + "." + n);
                for (int i = 0; i < taus.length; i++) {
                    assertThat(MacKinnon.pValue(taus[i], d, n)).as("%s N=%d tau=%s", d, n, taus[i])
                            .isCloseTo(expected[i], within(1e-12 * expected[i] + 1e-300));
                }
            }
        }
    }

    @Test
    void criticalValueSurfacesMatchStatsmodelsMackinnoncrit() {
        for (Deterministic d : new Deterministic[] {Deterministic.CONSTANT, Deterministic.CONSTANT_TREND}) {
            String code = d == Deterministic.CONSTANT ? "c" : "ct";
            for (int n = 1; n <= 12; n++) {
                assertThat(MacKinnon.criticalValues(n, d, 100))
                        .containsExactly(Reference.values("mackinnoncrit." + code + "." + n + ".100"), within(1e-13));
                assertThat(MacKinnon.criticalValues(n, d, Double.POSITIVE_INFINITY))
                        .containsExactly(Reference.values("mackinnoncrit." + code + "." + n + ".inf"), within(0.0));
            }
        }
        assertThat(MacKinnon.criticalValues(1, Deterministic.NONE, 100))
                .containsExactly(Reference.values("mackinnoncrit.n.1.100"), within(1e-13));
        assertThat(MacKinnon.hasCriticalValues(1, Deterministic.NONE)).isTrue();
        assertThat(MacKinnon.hasCriticalValues(2, Deterministic.NONE)).isFalse();
        assertThat(MacKinnon.hasCriticalValues(12, Deterministic.CONSTANT)).isTrue();
        assertThat(MacKinnon.hasCriticalValues(13, Deterministic.CONSTANT)).isFalse();
    }

    @Test
    void fivePercentConstantCriticalValueByHand() {
        // MacKinnon (2010) Table 2, N = 1, constant, 5%: beta_inf = -2.86154, beta_1 = -2.8903,
        // beta_2 = -4.234, beta_3 = -40.040. At T = 100:
        // -2.86154 - 0.028903 - 0.0004234 - 0.00004004 = -2.89090644.
        assertThat(MacKinnon.criticalValues(1, Deterministic.CONSTANT, 100)[1]).isCloseTo(-2.89090644, within(1e-12));
    }

    @Test
    void pValueByHandAndTailClipping() {
        // MacKinnon (1994) Table 3, constant, N = 1, left of tau* = -1.61: small-p quadratic
        // gamma = (2.1659, 1.4412, 3.8269 x 1e-2). tau = -3: 2.1659 - 4.3236 + 0.344421 = -1.813279;
        // Phi(-1.813279) = 0.0348944 (normal table).
        assertThat(MacKinnon.pValue(-3.0, Deterministic.CONSTANT, 1)).isCloseTo(0.0348944, within(1e-6));
        // Beyond tau_max = 2.74 the p-value is 1; below tau_min = -18.83 it is 0.
        assertThat(MacKinnon.pValue(2.75, Deterministic.CONSTANT, 1)).isEqualTo(1.0);
        assertThat(MacKinnon.pValue(-18.84, Deterministic.CONSTANT, 1)).isEqualTo(0.0);
    }
}
