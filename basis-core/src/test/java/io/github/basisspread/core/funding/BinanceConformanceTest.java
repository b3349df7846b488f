package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Binance USD-M funding as Binance publishes it.
 *
 * <p>Sources (checked 2026-12-05):
 * <ul>
 *   <li>[FAQ] Binance, "Introduction to Binance Futures Funding Rates" (binance.com/en/support/faq,
 *       USD-M Futures). The FAQ page itself was not in the search corpus; its text is read here
 *       through Binance's own pages quoting it: the funding-history page ("Funding Rate = Premium
 *       Index + clamp(Interest Rate - Premium Index, 0.05%, -0.05%)") and Binance Square posts
 *       (interest 0.03% a day, 0.01% per 8-hour interval; premium every 5 s, 5,760 points in
 *       8 h, time-weighted), and the N-hour form {@code F = [P + clamp(I - P, ±0.05%)] / (8/N)}
 *       with equal weights on 1-hour intervals as quoted in issue 13.</li>
 *   <li>[CAP] Binance announcement "Binance Futures Adjusts Capped Funding Rate for USDⓈ-M OGNUSDT
 *       Perpetual Contract" (2023-10-01): cap ±3.00%; "capped funding rate = clamp(funding rate,
 *       -0.75 x maintenance margin ratio, 0.75 x maintenance margin ratio)" for symbols without
 *       an announced cap; the YGGUSDT announcement (August 2023) raising the multiplier from 0.75
 *       to 1.</li>
 *   <li>[TIME] "Funding payments occur every 8 hours at 00:00 UTC, 08:00 UTC and 16:00 UTC"
 *       (Binance announcement quoted by docs.traderwagon.com "Funding Fee").</li>
 * </ul>
 */
class BinanceConformanceTest {

    private static final double TOL = 1e-15;
    private static final Duration H1 = Duration.ofHours(1);
    private static final Duration H2 = Duration.ofHours(2);
    private static final Duration H4 = Duration.ofHours(4);
    private static final Duration H8 = Duration.ofHours(8);

    @Test
    void fourHourIntervalScalesTheWhole8HourRate() {
        // Issue 13 / [FAQ]: N = 4, P = 0.20%: [0.20% + clamp(0.01% - 0.20%, ±0.05%)] / (8/4) = 0.15% / 2 = 0.075%.
        // The old code scaled only the interest and gave 0.150%.
        assertThat(BinanceFunding.btcUsdt().withInterval(H4).rate(0.002)).isCloseTo(0.00075, within(TOL));
    }

    @Test
    void oneHourIntervalIsAnEighthOfThe8HourRate() {
        // N = 1, P = 0.20%: 0.15% / 8 = 0.01875% (the old code gave 0.15%, eight times too large).
        assertThat(BinanceFunding.btcUsdt().withInterval(H1).rate(0.002)).isCloseTo(0.0001875, within(TOL));
        // N = 2: 0.15% / 4 = 0.0375%.
        assertThat(BinanceFunding.btcUsdt().withInterval(H2).rate(0.002)).isCloseTo(0.000375, within(TOL));
    }

    @Test
    void interestRateIs001PercentPer8HoursAndScalesWithTheInterval() {
        // [FAQ]: 0.03% a day = 0.01% per 8 h; inside the damper F = I. P = 0 gives I for each N.
        assertThat(BinanceFunding.btcUsdt().rate(0.0)).isCloseTo(0.0001, within(TOL));
        assertThat(BinanceFunding.btcUsdt().withInterval(H4).rate(0.0)).isCloseTo(0.00005, within(TOL));
        assertThat(BinanceFunding.btcUsdt().withInterval(H1).rate(0.0)).isCloseTo(0.0000125, within(TOL));
        assertThat(BinanceFunding.btcUsdt().withInterval(H1).interestRate()).isCloseTo(0.0000125, within(TOL));
        // Contracts with 0% interest (BNBUSDT in the FAQ): inside the damper F = 0.
        assertThat(BinanceFunding.of(H8, 0.0, BinanceFunding.DAMPER, 0.003).rate(0.0004)).isCloseTo(0.0, within(TOL));
    }

    @Test
    void damperBoundaries() {
        BinanceFunding b = BinanceFunding.btcUsdt();
        // [FAQ]: "if (I - P) is within ±0.05% then F = P + (I - P) = I". At the edges P = I ± 0.05%, F = I.
        assertThat(b.rate(0.0001 + 0.0005)).isCloseTo(0.0001, within(1e-18));
        assertThat(b.rate(0.0001 - 0.0005)).isCloseTo(0.0001, within(1e-18));
        // Just outside, the rate follows the premium less the damper: P = 0.0601% -> 0.0101%.
        assertThat(b.rate(0.000601)).isCloseTo(0.000101, within(1e-18));
        assertThat(b.rate(-0.000401)).isCloseTo(0.000099, within(1e-18));
        // The damper half-width itself is the published ±0.05%.
        assertThat(BinanceFunding.DAMPER).isEqualTo(0.0005);
        assertThat(b.clampBound()).isEqualTo(0.0005);
    }

    @Test
    void capsArePerSymbolWithDocumentedMajorsAndTheMaintenanceMarginRule() {
        // BTCUSDT ±0.30% = 0.75 x 0.40%; ETHUSDT ±0.375% = 0.75 x 0.50% ([CAP] rule, and the largest
        // published 2020-2023 rates in FundingRealDataConformanceTest).
        assertThat(BinanceFunding.btcUsdt().cap()).isEqualTo(0.003);
        assertThat(BinanceFunding.ethUsdt().cap()).isEqualTo(0.00375);
        assertThat(BinanceFunding.capFromMaintenanceMargin(0.004)).isCloseTo(0.003, within(TOL));
        assertThat(BinanceFunding.capFromMaintenanceMargin(0.005)).isCloseTo(0.00375, within(TOL));
        assertThat(BinanceFunding.ofMaintenanceMargin(H8, 0.01).cap()).isCloseTo(0.0075, within(TOL));
        // At and around the cap: P = 0.35% -> 0.30% exactly; P = 0.3499% -> 0.2999%; P = 1% -> 0.30%.
        BinanceFunding btc = BinanceFunding.btcUsdt();
        assertThat(btc.rate(0.0035)).isCloseTo(0.003, within(TOL));
        assertThat(btc.rate(0.003499)).isCloseTo(0.002999, within(TOL));
        assertThat(btc.rate(0.01)).isEqualTo(0.003);
        assertThat(btc.rate(-0.01)).isEqualTo(-0.003);
        // OGNUSDT from 2023-10-01 ([CAP]): ±3.00%; the cap applies to the rate of the interval.
        BinanceFunding ogn = BinanceFunding.withCap(H4, 0.03);
        assertThat(ogn.rate(0.2)).isEqualTo(0.03);
        assertThat(ogn.rate(0.05)).isCloseTo((0.05 - 0.0005) / 2, within(TOL));
        assertThatThrownBy(() -> BinanceFunding.capFromMaintenanceMargin(0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'maintenanceMarginRatio'")
                .hasMessageContaining("0.0");
    }

    @Test
    void intervalsAboveEightHoursAreRefused() {
        assertThatThrownBy(() -> BinanceFunding.btcUsdt().withInterval(Duration.ofHours(12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interval'")
                .hasMessageContaining("PT12H");
    }

    @Test
    void premiumAveragingIsLinearOn8And4HoursAndEqualOn1Hour() {
        // [FAQ]: 8 h and 4 h intervals weight the 5-second premia 1..n; 1 h intervals weight them equally.
        assertThat(BinanceFunding.btcUsdt().premiumAveraging()).isEqualTo(PremiumAveraging.LINEAR_WEIGHTED);
        assertThat(BinanceFunding.btcUsdt().withInterval(H4).premiumAveraging()).isEqualTo(PremiumAveraging.LINEAR_WEIGHTED);
        assertThat(BinanceFunding.btcUsdt().withInterval(H1).premiumAveraging()).isEqualTo(PremiumAveraging.SIMPLE);
        // 720 samples of an hour (every 5 s): the first half at 0.2%, the second at 0.4%. Equal weights average 0.3%,
        // linear weights (1..720) would give (0.2% * 64980 + 0.4% * 194580) / 259560 = 0.3499%.
        double[] samples = new double[720];
        Arrays.fill(samples, 0, 360, 0.002);
        Arrays.fill(samples, 360, 720, 0.004);
        // F = (0.003 - 0.0005) / 8 = 0.0003125.
        assertThat(BinanceFunding.btcUsdt().withInterval(H1).rateFromSamples(samples)).isCloseTo(0.0003125, within(1e-15));
    }

    @Test
    void settlementTimesAre00_08_16Utc() {
        // [TIME]
        assertThat(FundingSchedule.binance8h().settlementTimesOfDay())
                .isEqualTo(List.of(LocalTime.of(0, 0), LocalTime.of(8, 0), LocalTime.of(16, 0)));
    }
}
