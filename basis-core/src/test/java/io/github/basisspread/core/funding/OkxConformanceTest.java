package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * OKX perpetual swap funding as OKX publishes it.
 *
 * <p>Sources (checked 2026-12-05):
 * <ul>
 *   <li>[2019] OKX notice on funding-fee rule adjustments, effective 2019-07-18: "Funding Rate =
 *       Clamp(MA((Mid-Price - Index)/Index - Interest), a, b)", interest 0, BTC/ETH/... a = -0.3%,
 *       b = 0.3% (English restatement at amorrr.com of the Chinese notice).</li>
 *   <li>[FIL] OKX, "Announcement on Adjustment of Funding Rate Rules for FILUSDT Perpetual Swap",
 *       2020-10-17: same formula, interest zero, limits from ±0.75% to ±4.00%.</li>
 *   <li>[2024] OKX, "OKX to optimize funding rate calculation", published 2024-01-25, updated
 *       2024-01-31, effective 2024-03-05 08:00 UTC: "Funding rate = Clamp[Average premium index,
 *       Funding cap, Funding floor]", "Average premium index = MA(Premium index - Interest rate)",
 *       "Interest rate = 0", premium from the mid price, MA over the last N hours (N the funding
 *       interval) of one premium a minute.</li>
 *   <li>[CURRENT] the damped-interest rule {@code clamp(P + clamp(I - P, ±0.05%), floor, cap)} and
 *       its {@code 8/N}-scaled update: OKX's revision notices were NOT found in the search corpus;
 *       the rule and the 0.01% per 8 h interest are those stated in issue 13.</li>
 * </ul>
 */
class OkxConformanceTest {

    private static final double TOL = 1e-15;
    private static final Duration H4 = Duration.ofHours(4);
    private static final Duration H8 = Duration.ofHours(8);

    @Test
    void theDefaultIsTheCurrentRuleWithInterest() {
        // [CURRENT]: at P = 0 OKX pays 0.01% per 8 h; the old default (interest-free) gave 0.
        assertThat(OkxFunding.defaults().method()).isEqualTo(OkxFunding.Method.DAMPED_INTEREST);
        assertThat(OkxFunding.defaults().rate(0.0)).isCloseTo(0.0001, within(TOL));
        // 0.01% x 1095 = 10.95% APR, the difference the issue describes.
        assertThat(FundingRate.of(OkxFunding.defaults().rate(0.0), H8, java.time.Instant.EPOCH).apr())
                .isCloseTo(0.1095, within(1e-12));
        // Damper boundaries: P = I ± 0.05% gives I; beyond, P - 0.05%.
        assertThat(OkxFunding.defaults().rate(0.0006)).isCloseTo(0.0001, within(1e-18));
        assertThat(OkxFunding.defaults().rate(-0.0004)).isCloseTo(0.0001, within(1e-18));
        assertThat(OkxFunding.defaults().rate(0.0010)).isCloseTo(0.0005, within(1e-18));
    }

    @Test
    void theOriginalRuleIsThePremiumLessAZeroInterest() {
        // [2019], [2024]: F = clamp(MA(P - 0), floor, cap); P = 0.03% passes through.
        OkxFunding original = OkxFunding.original();
        assertThat(original.rate(0.0)).isZero();
        assertThat(original.rate(0.0003)).isCloseTo(0.0003, within(TOL));
        // [2019] BTC limits ±0.3% at and around the cap.
        OkxFunding btc2019 = OkxFunding.of(OkxFunding.Method.PREMIUM_LESS_INTEREST, H8, 0.0, 0.0, -0.003, 0.003);
        assertThat(btc2019.rate(0.003)).isEqualTo(0.003);
        assertThat(btc2019.rate(0.0031)).isEqualTo(0.003);
        assertThat(btc2019.rate(-0.0031)).isEqualTo(-0.003);
        // [FIL]: ±4.00%.
        OkxFunding fil = OkxFunding.of(OkxFunding.Method.PREMIUM_LESS_INTEREST, H8, 0.0, 0.0, -0.04, 0.04);
        assertThat(fil.rate(0.05)).isEqualTo(0.04);
        assertThat(fil.rate(0.0399)).isCloseTo(0.0399, within(TOL));
    }

    @Test
    void theIntervalScaledUpdateScalesTheWhole8HourRate() {
        // [CURRENT], updated: N = 4, P = 0.20%: (0.20% - 0.05%) / 2 = 0.075%.
        assertThat(OkxFunding.intervalScaled(H4).rate(0.002)).isCloseTo(0.00075, within(TOL));
        assertThat(OkxFunding.intervalScaled(H4).rate(0.0)).isCloseTo(0.00005, within(TOL));
        // At N = 8 it is the current rule.
        for (double p : new double[] {-0.01, -0.001, 0.0, 0.0004, 0.002, 0.03}) {
            assertThat(OkxFunding.intervalScaled(H8).rate(p)).isCloseTo(OkxFunding.defaults().rate(p), within(TOL));
        }
    }

    @Test
    void premiumIsTheMidPremiumAveragedWithEqualWeights() {
        // [2024]: premium = ((best bid + best offer) / 2 - index) / index, one a minute, simple MA.
        assertThat(PremiumIndex.midPremium(100.0, 100.2, 100.0)).isCloseTo(0.001, within(1e-15));
        assertThat(OkxFunding.defaults().premiumAveraging()).isEqualTo(PremiumAveraging.SIMPLE);
        // 480 minutes of 8 h: 240 at 0.1%, 240 at 0.3%: MA 0.2%, F = 0.2% - 0.05% = 0.15%.
        double[] minutes = new double[480];
        java.util.Arrays.fill(minutes, 0, 240, 0.001);
        java.util.Arrays.fill(minutes, 240, 480, 0.003);
        assertThat(OkxFunding.defaults().rateFromSamples(minutes)).isCloseTo(0.0015, within(1e-15));
    }
}
