package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * dYdX v4 (dYdX Chain) funding.
 *
 * <p>Sources: dYdX help centre, "Funding Rates on dYdX Chain", and the dYdX v4 chain's
 * perpetuals module; NEITHER was found in the search corpus on 2026-12-05 (only third-party
 * tools describing hourly dYdX v4 funding). The rules tested are those Basis documents: one
 * premium sample a minute, the hour's premium their average, {@code F1 = P / 8 + I} with a
 * default interest of 0, and, as issue 13 reports of the on-chain average, missing samples
 * padded with zeros. The real-data test shows the published v4 rates' mode is exactly 0, the
 * formula's fixed point with no interest component.
 */
class DydxV4ConformanceTest {

    private static final double TOL = 1e-15;

    @Test
    void hourlyRateIsAnEighthOfThePremiumPlusTheInterest() {
        assertThat(DydxV4Funding.defaults().rate(0.0)).isZero();
        assertThat(DydxV4Funding.defaults().rate(0.0008)).isCloseTo(0.0001, within(TOL));
        assertThat(DydxV4Funding.of(0.0000125, 0.015).rate(0.0)).isCloseTo(0.0000125, within(TOL));
    }

    @Test
    void missingSamplesArePaddedWithZeros() {
        // 30 of the 60 minute samples recorded, each 0.08%: padded average 0.04%, rate 0.005%; averaging only
        // the recorded samples would give 0.08% and 0.01%.
        double[] half = new double[30];
        Arrays.fill(half, 0.0008);
        assertThat(DydxV4Funding.zeroPaddedAverage(DydxV4Funding.SAMPLES_PER_HOUR, half)).isCloseTo(0.0004, within(TOL));
        assertThat(DydxV4Funding.defaults().rateFromSamples(DydxV4Funding.SAMPLES_PER_HOUR, half))
                .isCloseTo(0.00005, within(TOL));
        assertThat(DydxV4Funding.defaults().rateFromSamples(half)).isCloseTo(0.0001, within(TOL));
        // Boundaries: all 60 present is the plain mean; none present is 0; more than expected divides by the count.
        double[] full = new double[60];
        Arrays.fill(full, 0.0008);
        assertThat(DydxV4Funding.zeroPaddedAverage(60, full)).isCloseTo(0.0008, within(TOL));
        assertThat(DydxV4Funding.zeroPaddedAverage(60)).isZero();
        assertThat(DydxV4Funding.zeroPaddedAverage(10, full)).isCloseTo(0.0008, within(TOL));
        assertThatThrownBy(() -> DydxV4Funding.zeroPaddedAverage(0, full))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'expectedSamples'")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> DydxV4Funding.zeroPaddedAverage(60, 0.0, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'samples'")
                .hasMessageContaining("index 1");
    }

    @Test
    void hourlyCapBoundaries() {
        DydxV4Funding x = DydxV4Funding.defaults();
        assertThat(x.rate(0.12)).isCloseTo(0.015, within(TOL));
        assertThat(x.rate(0.1199)).isCloseTo(0.1199 / 8, within(TOL));
        assertThat(x.rate(0.5)).isEqualTo(0.015);
        assertThat(x.rate(-0.5)).isEqualTo(-0.015);
    }
}
