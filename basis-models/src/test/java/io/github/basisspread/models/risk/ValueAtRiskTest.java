package io.github.basisspread.models.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueAtRiskTest {

    private static final Map<String, Double> R = RiskReference.values();
    private static final double[] PNL = RiskReference.pnlSample();
    private static final double TIGHT = 1e-9;

    private static double r(String key) {
        Double v = R.get(key);
        assertThat(v).as("reference value " + key).isNotNull();
        return v;
    }

    @Test
    void quantilesMatchRType7() {
        for (double p : new double[] {0.01, 0.025, 0.05, 0.5, 0.975}) {
            String key = "quantile7_" + (p == 0.5 ? "0.5" : Double.toString(p));
            assertThat(ValueAtRisk.quantileType7(PNL, p)).as(key).isCloseTo(r(key), within(TIGHT));
        }
    }

    @Test
    void type7QuantileByHand() {
        // sorted 1, 2, 4, 10: h = 3 * 0.25 = 0.75 -> 1 + 0.75 * (2 - 1)
        assertThat(ValueAtRisk.quantileType7(new double[] {10, 2, 1, 4}, 0.25)).isEqualTo(1.75);
        assertThat(ValueAtRisk.quantileType7(new double[] {10, 2, 1, 4}, 1)).isEqualTo(10);
        assertThat(ValueAtRisk.quantileType7(new double[] {10, 2, 1, 4}, 0)).isEqualTo(1);
    }

    @Test
    void historicalByHand() {
        // 11 values -10..0 step 1 in some order: 0.9 level -> h = 10 * 0.1 = 1 -> q = -9; ES = mean(-10, -9)
        double[] pnl = {0, -3, -10, -1, -2, -9, -4, -5, -6, -7, -8};
        RiskEstimate e = ValueAtRisk.historical(pnl, 0.9);
        assertThat(e.valueAtRisk()).isEqualTo(9);
        assertThat(e.expectedShortfall()).isEqualTo(9.5);
        assertThat(e.nobs()).isEqualTo(11);
    }

    @Test
    void allMethodsMatchR() {
        for (double a : new double[] {0.95, 0.99}) {
            String s = "_" + a;
            check(ValueAtRisk.historical(PNL, a), "hs" + s, TIGHT);
            check(ValueAtRisk.normal(PNL, a), "normal" + s, 1e-7);
            check(ValueAtRisk.studentT(PNL, a, 5), "t5" + s, 1e-6);
            check(ValueAtRisk.studentT(PNL, a), "tmm" + s, 1e-6);
            check(ValueAtRisk.cornishFisher(PNL, a), "cf" + s, 1e-6);
            check(ValueAtRisk.filteredHistorical(PNL, a, EwmaVolatility.riskMetrics()), "fhs" + s, 1e-7);
        }
    }

    private static void check(RiskEstimate e, String key, double tolerance) {
        assertThat(e.valueAtRisk()).as(key + " VaR").isCloseTo(r(key.replaceFirst("_", "_var_")), within(tolerance));
        assertThat(e.expectedShortfall()).as(key + " ES").isCloseTo(r(key.replaceFirst("_", "_es_")),
                within(tolerance));
        assertThat(e.expectedShortfall()).as(key + " ES >= VaR").isGreaterThanOrEqualTo(e.valueAtRisk());
    }

    @Test
    void degreesOfFreedomMatchTheKurtosis() {
        assertThat(ValueAtRisk.momentMatchedDegreesOfFreedom(1.0)).isEqualTo(10.0);
        assertThat(ValueAtRisk.momentMatchedDegreesOfFreedom(0.0)).isEqualTo(100.0);
        assertThat(ValueAtRisk.momentMatchedDegreesOfFreedom(-1.0)).isEqualTo(100.0);
        assertThat(ValueAtRisk.studentT(PNL, 0.99).note()).contains("df " + String.format("%.4g",
                4 + 6 / r("excess_kurtosis")));
    }

    @Test
    void farTailNormalQuantileMatchesR() {
        // R 4.2.2: print(qnorm(c(1e-20, 1e-40, 1e-11)), digits = 17)
        assertThat(ValueAtRisk.normalQuantile(1e-20)).isCloseTo(-9.2623400897984052, within(1e-12));
        assertThat(ValueAtRisk.normalQuantile(1e-40)).isCloseTo(-13.310921371425172, within(1e-12));
        assertThat(ValueAtRisk.normalQuantile(1e-11)).isCloseTo(-6.7060231554951359, within(1e-12));
    }

    @Test
    void ewmaByHand() {
        double[] x = {1, -2};
        double[] sigma = EwmaVolatility.of(0.5).conditionalVolatilities(x);
        // start mean(x^2) = 2.5; then 0.5 * 2.5 + 0.5 * 1 = 1.75; then 0.5 * 1.75 + 0.5 * 4 = 2.875
        assertThat(sigma).containsExactly(Math.sqrt(2.5), Math.sqrt(1.75), Math.sqrt(2.875));
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> ValueAtRisk.historical(PNL, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argument 'level' must be in (0, 1) but has value 1.0");
        assertThatThrownBy(() -> ValueAtRisk.historical(new double[] {1, Double.NaN}, 0.9))
                .hasMessage("Argument 'pnl' must hold finite values but has value NaN at index 1");
        assertThatThrownBy(() -> ValueAtRisk.normal(new double[] {2, 2, 2}, 0.9))
                .hasMessage("Argument 'pnl' must not be constant (zero variance) but has value constant at 2.0");
        assertThatThrownBy(() -> ValueAtRisk.studentT(PNL, 0.9, 2))
                .hasMessage("Argument 'degreesOfFreedom' must be finite and above 2 but has value 2.0");
        assertThatThrownBy(() -> EwmaVolatility.of(1.0))
                .hasMessage("Argument 'lambda' must be in (0, 1) but has value 1.0");
        assertThatThrownBy(() -> ValueAtRisk.filteredHistorical(PNL, 0.99, null))
                .hasMessage("Argument 'scaler' must not be null but has value null");
    }

    @Test
    void summaryIsATableRow() {
        String s = ValueAtRisk.normal(PNL, 0.99).summary();
        assertThat(s).startsWith("parametric normal").contains("level 0.9900").contains("VaR").contains("ES")
                .contains("n    500");
    }

    /**
     * The Cornish-Fisher expansion's domain: its derivative in z, a z^2 + b z + c with
     * a = K/8 - S^2/6, b = S/3, c = 1 - K/8 + 5 S^2/36, must stay non-negative on |z| <= 6. Worked by
     * hand: S = 0, K = 9 gives c = -0.125 < 0 at z = 0; S = 1, K = 0 gives -36/6 + 6/3 + 41/36 < 0 at
     * z = 6; S = 0, K = -0.1 turns only beyond |z| = 9 (a = -0.0125, c = 1.0125) and passes.
     */
    @Test
    void cornishFisherDomainOfValidity() {
        assertThat(ValueAtRisk.cornishFisherIsMonotone(0, 0)).isTrue();
        assertThat(ValueAtRisk.cornishFisherIsMonotone(0, 4)).isTrue();
        assertThat(ValueAtRisk.cornishFisherIsMonotone(0, 8)).isTrue();
        assertThat(ValueAtRisk.cornishFisherIsMonotone(0, 9)).isFalse();
        assertThat(ValueAtRisk.cornishFisherIsMonotone(1, 0)).isFalse();
        assertThat(ValueAtRisk.cornishFisherIsMonotone(0.5, 3)).isTrue();
        assertThat(ValueAtRisk.cornishFisherIsMonotone(0, -0.1)).isTrue();
        // Brute force: the expansion decreases somewhere on [-6, 6] exactly outside the domain.
        for (double skew = -2; skew <= 2; skew += 0.25) {
            for (double kurt = -1; kurt <= 12; kurt += 0.5) {
                boolean decreases = false;
                double previous = Double.NEGATIVE_INFINITY;
                for (double z = -6; z <= 6; z += 0.001) {
                    double v = z + (z * z - 1) * skew / 6 + (z * z * z - 3 * z) * kurt / 24
                            - (2 * z * z * z - 5 * z) * skew * skew / 36;
                    decreases |= v < previous - 1e-12;
                    previous = v;
                }
                if (decreases) {
                    assertThat(ValueAtRisk.cornishFisherIsMonotone(skew, kurt)).as("S %s K %s", skew, kurt).isFalse();
                } else {
                    assertThat(ValueAtRisk.cornishFisherIsMonotone(skew, kurt)).as("S %s K %s", skew, kurt).isTrue();
                }
            }
        }
    }

    @Test
    void cornishFisherSaysWhenItIsNotUsable() {
        double[] calm = new double[200];
        double[] spiky = new double[200];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            calm[i] = rnd.nextGaussian();
            spiky[i] = (rnd.nextDouble() - 0.5) * 0.01;
        }
        spiky[100] = 50; // one jump: excess kurtosis near 200
        RiskEstimate fine = ValueAtRisk.cornishFisher(calm, 0.99);
        RiskEstimate broken = ValueAtRisk.cornishFisher(spiky, 0.99);
        assertThat(fine.usable()).isTrue();
        assertThat(fine.note()).doesNotContain(ValueAtRisk.CORNISH_FISHER_INVALID);
        assertThat(broken.usable()).isFalse();
        assertThat(broken.note()).contains(ValueAtRisk.CORNISH_FISHER_INVALID);
    }
}
