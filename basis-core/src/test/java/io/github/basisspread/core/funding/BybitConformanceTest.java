package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bybit perpetual funding as Bybit publishes it.
 *
 * <p>Sources (checked 2026-12-05):
 * <ul>
 *   <li>[HC] Bybit Help Center, "Introduction to Funding Rate" / "What is funding rate and
 *       predicted rate": premium every minute; for an 8-hour interval the average premium is
 *       {@code (P_1 x 1 + P_2 x 2 + ... + P_480 x 480) / (1 + 2 + ... + 480)}, for 4 hours the
 *       coefficients run 1..240; {@code F = P + clamp(I - P, 0.05%, -0.05%)}; "if (I - P) is within
 *       ±0.05%, then F = P + (I - P) = I"; the rate exchanged at 00:00, 08:00 and 16:00 UTC on
 *       8-hour intervals.</li>
 *   <li>[ANN] Bybit announcement page "Funding Rate": interest rate 0.03% (a day), and "during
 *       periods of significant market volatility, Bybit may temporarily adjust the upper and
 *       lower limits of the Funding Rate" (no numeric cap is published there).</li>
 *   <li>[OLD] Bybit's older help article: {@code I = (0.06% - 0.03%) / 3 = 0.01%}.</li>
 * </ul>
 * Not documented in these sources: whether an N-hour rate scales the whole 8-hour rate (as
 * Binance does) or only the interest; Basis scales the interest only and says so.
 */
class BybitConformanceTest {

    private static final double TOL = 1e-15;
    private static final Duration H4 = Duration.ofHours(4);

    @Test
    void interestIs001PercentPer8HoursAndTheDamperIs005Percent() {
        // [OLD], [ANN]: 0.03% a day = 0.01% per 8 h.
        BybitFunding y = BybitFunding.defaults();
        assertThat(y.interestRate()).isCloseTo(0.0001, within(TOL));
        assertThat(y.rate(0.0)).isCloseTo(0.0001, within(TOL));
        // [HC]: inside ±0.05% the rate is I; at the edges too; beyond, P - 0.05% or P + 0.05%.
        assertThat(y.rate(0.0006)).isCloseTo(0.0001, within(1e-18));
        assertThat(y.rate(-0.0004)).isCloseTo(0.0001, within(1e-18));
        assertThat(y.rate(0.0009)).isCloseTo(0.0004, within(1e-18));
        assertThat(y.rate(-0.0009)).isCloseTo(-0.0004, within(1e-18));
    }

    @Test
    void premiaAreWeightedOneToFourHundredEightyOn8Hours() {
        // [HC]: 480 minute premia, weights 1..480. Premium 0 for the first 240 minutes, 0.2% after:
        // P = 0.2% x (241 + ... + 480) / (480 x 481 / 2) = 0.2% x 86520 / 115440 = 0.14990%.
        double[] minutes = new double[480];
        java.util.Arrays.fill(minutes, 240, 480, 0.002);
        double p = 0.002 * 86520.0 / 115440.0;
        assertThat(PremiumAveraging.LINEAR_WEIGHTED.average(minutes)).isCloseTo(p, within(1e-15));
        assertThat(BybitFunding.defaults().rateFromSamples(minutes)).isCloseTo(p - 0.0005, within(1e-15));
        // 4 h: weights 1..240; the same half-and-half shape: 0.2% x (121 + ... + 240) / 28920 = 0.2% x 21660 / 28920.
        double[] fourHours = new double[240];
        java.util.Arrays.fill(fourHours, 120, 240, 0.002);
        assertThat(BybitFunding.of(H4, 0.0001, 0.0005, 0.0075).premiumAveraging().average(fourHours))
                .isCloseTo(0.002 * 21660.0 / 28920.0, within(1e-15));
    }

    @Test
    void settlementTimesAre00_08_16Utc() {
        assertThat(FundingSchedule.bybit8h().settlementTimesOfDay())
                .isEqualTo(List.of(LocalTime.of(0, 0), LocalTime.of(8, 0), LocalTime.of(16, 0)));
    }
}
