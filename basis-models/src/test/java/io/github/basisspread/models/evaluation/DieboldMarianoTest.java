package io.github.basisspread.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DieboldMarianoTest {

    // Two-sided p of a t on 3 df, closed form: F(t) = 1/2 + (1/pi)(t / (sqrt3 (1 + t^2/3)) + atan(t / sqrt3)).
    private static double twoSidedT3(double t) {
        double a = Math.abs(t);
        return 1 - 2 / Math.PI * (a / (Math.sqrt(3) * (1 + a * a / 3)) + Math.atan(a / Math.sqrt(3)));
    }

    @Test
    void handExample_squaredLoss_h1() {
        // d = e1^2 - e2^2 = [1-4, 4-1, 9-1, 0-1] = [-3, 3, 8, -1]; mean 7/4 = 1.75.
        // deviations [-4.75, 1.25, 6.25, -2.75]; squares sum 22.5625 + 1.5625 + 39.0625 + 7.5625 = 70.75.
        // g0 = 70.75 / 4 = 17.6875; V = g0 / 4 = 4.421875; DM = 1.75 / sqrt(4.421875).
        // HLN: k = sqrt((4 + 1 - 2 + 0) / 4) = sqrt(0.75).
        DieboldMarianoResult r = DieboldMariano.test(new double[] {1, -2, 3, 0}, new double[] {2, 1, -1, 1}, 1, 2);
        double expected = 1.75 / Math.sqrt(4.421875) * Math.sqrt(0.75);
        assertThat(r.statistic()).isCloseTo(expected, within(1e-14));
        assertThat(r.pValue()).isCloseTo(twoSidedT3(expected), within(1e-12));
        assertThat(r.degreesOfFreedom()).isEqualTo(3);
        assertThat(r.meanLossDifferential()).isEqualTo(1.75);
        assertThat(r.horizonUsed()).isEqualTo(1);
        assertThat(r.nobs()).isEqualTo(4);
        assertThat(r.rejectsEqualAccuracy(0.05)).isFalse();
    }

    @Test
    void handExample_squaredLoss_h2_usesOneAutocovariance() {
        // g1 = (1.25 * -4.75 + 6.25 * 1.25 + -2.75 * 6.25) / 4 = (-5.9375 + 7.8125 - 17.1875) / 4 = -3.828125.
        // V = (17.6875 - 2 * 3.828125) / 4 = 10.03125 / 4 = 2.5078125 > 0: no fall-back.
        // k = sqrt((4 + 1 - 4 + 2 * 1 / 4) / 4) = sqrt(0.375).
        DieboldMarianoResult r = DieboldMariano.test(new double[] {1, -2, 3, 0}, new double[] {2, 1, -1, 1}, 2, 2);
        double expected = 1.75 / Math.sqrt(2.5078125) * Math.sqrt(0.375);
        assertThat(r.statistic()).isCloseTo(expected, within(1e-14));
        assertThat(r.pValue()).isCloseTo(twoSidedT3(expected), within(1e-12));
        assertThat(r.horizonUsed()).isEqualTo(2);
    }

    @Test
    void handExample_absoluteLoss() {
        // d = |e1| - |e2| = [1-2, 2-1, 3-1, 0-1] = [-1, 1, 2, -1]; mean 1/4.
        // deviations [-1.25, 0.75, 1.75, -1.25]; squares 1.5625 + 0.5625 + 3.0625 + 1.5625 = 6.75.
        // V = 6.75 / 4 / 4 = 0.421875; k = sqrt(0.75).
        DieboldMarianoResult r = DieboldMariano.test(new double[] {1, -2, 3, 0}, new double[] {2, 1, -1, 1}, 1, 1);
        assertThat(r.statistic()).isCloseTo(0.25 / Math.sqrt(0.421875) * Math.sqrt(0.75), within(1e-14));
    }

    private static double[][] setA() {
        double[] e1 = new double[30];
        double[] e2 = new double[30];
        for (int t = 1; t <= 30; t++) {
            e1[t - 1] = Math.sin(t) + 0.3 * Math.cos(3 * t);
            e2[t - 1] = 0.8 * Math.sin(t + 1);
        }
        return new double[][] {e1, e2};
    }

    private static double[][] setB() {
        double[] e1 = new double[30];
        double[] e2 = new double[30];
        for (int t = 1; t <= 30; t++) {
            e1[t - 1] = Math.sin(t / 4.0) + 0.5 * Math.cos(t);
            e2[t - 1] = 0.7 * Math.cos(t / 5.0);
        }
        return new double[][] {e1, e2};
    }

    @Test
    void matchesRForecastDmTest() {
        // Frozen from src/test/resources/.../validation/dm_reference.R (forecast 8.20, R 4.2.2): dm_reference.txt.
        double[][] b = setB();
        double[][] expected = {
            {1, 1, 2.54765476620438, 0.0164068183714491},
            {1, 2, 2.88504871354693, 0.00731034044190821},
            {2, 1, 1.59942862987241, 0.120565047820696},
            {2, 2, 1.83960516982885, 0.0760840959823042},
            {4, 1, 1.58069765196526, 0.124793956307834},
            {4, 2, 2.00506074598812, 0.0543699508495917},
        };
        for (double[] row : expected) {
            DieboldMarianoResult r = DieboldMariano.test(b[0], b[1], (int) row[0], (int) row[1]);
            assertThat(r.statistic()).as("h=%s p=%s", row[0], row[1]).isCloseTo(row[2], within(1e-12));
            assertThat(r.pValue()).as("h=%s p=%s", row[0], row[1]).isCloseTo(row[3], within(1e-12));
            assertThat(r.horizonUsed()).isEqualTo((int) row[0]);
        }
    }

    @Test
    void negativeVarianceFallsBackToHorizonOne_asR() {
        double[][] a = setA();
        DieboldMarianoResult r = DieboldMariano.test(a[0], a[1], 3, 2);
        assertThat(r.horizon()).isEqualTo(3);
        assertThat(r.horizonUsed()).isEqualTo(1);
        assertThat(r.statistic()).isCloseTo(1.90330671577484, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.066968988359437, within(1e-12));
        DieboldMarianoResult abs = DieboldMariano.test(a[0], a[1], 3, 1);
        assertThat(abs.statistic()).isCloseTo(1.45165102293091, within(1e-12));
        assertThat(abs.pValue()).isCloseTo(0.157331961761071, within(1e-12));
    }

    @Test
    void swappingTheForecastsFlipsTheSign() {
        double[][] b = setB();
        DieboldMarianoResult ab = DieboldMariano.test(b[0], b[1], 2, 2);
        DieboldMarianoResult ba = DieboldMariano.test(b[1], b[0], 2, 2);
        assertThat(ba.statistic()).isCloseTo(-ab.statistic(), within(1e-14));
        assertThat(ba.pValue()).isCloseTo(ab.pValue(), within(1e-14));
    }

    @Test
    void badInput() {
        double[] e = {1, 2, 3, 4};
        assertThatThrownBy(() -> DieboldMariano.test(e, e, 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variance is zero");
        assertThatThrownBy(() -> DieboldMariano.test(e, new double[] {1, 2, 3}, 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'errors2'").hasMessageContaining("3 values");
        assertThatThrownBy(() -> DieboldMariano.test(e, e, 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'power'").hasMessageContaining("3");
        assertThatThrownBy(() -> DieboldMariano.test(e, e, 4, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than the horizon 4");
        assertThatThrownBy(() -> DieboldMariano.test(new double[] {1, Double.NaN, 2, 3}, e, 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("errors1[1]");
        assertThatThrownBy(() -> new DieboldMarianoResult(0, 0.5, 3, 1, 1, 0, 4).rejectsEqualAccuracy(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'alpha'");
    }
}
