package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BitMEX perpetual funding as BitMEX publishes it.
 *
 * <p>Sources (checked 2026-12-05):
 * <ul>
 *   <li>[GUIDE] BitMEX, "Perpetual Contracts Guide", funding section: interest rate
 *       {@code I = (Interest Quote Index - Interest Base Index) / Funding Interval}, 3 intervals a
 *       day; {@code F = P + clamp(I - P, 0.05%, -0.05%)}; an absolute cap of 75% of (initial
 *       margin - maintenance margin) and a cap on the change of the rate of 75% of the maintenance
 *       margin. The guide itself was not returned by the search corpus; its formula is read
 *       through restatements (tradingcenter.org "Explaining BitMex Perpetual Contracts and Crypto
 *       Funding Rate"; Bybit's older help page quoting the same interest example) and the change
 *       cap from issue 13.</li>
 *   <li>[BLOG] BitMEX blog, "Important changes to Bitcoin / USD Swap funding": "An 8 hour
 *       funding interval means that the maximum amount of funding paid or received is ±1.125% per
 *       day" (i.e. ±0.375% per interval for XBTUSD, 1% initial and 0.5% maintenance margin).</li>
 *   <li>[TIME] "traders will pay or receive funding if they hold a position at 04:00 UTC,
 *       12:00 UTC, or 20:00 UTC" (tradingcenter.org, restating the guide).</li>
 * </ul>
 */
class BitmexConformanceTest {

    private static final double TOL = 1e-15;
    private static final Duration H8 = Duration.ofHours(8);

    @Test
    void interestRateIsTheRateDifferenceOverThreeIntervals() {
        // [GUIDE] example: quote 0.06%, base 0.03%: (0.06% - 0.03%) / 3 = 0.01%.
        assertThat(BitmexFunding.defaults().interestRate()).isCloseTo(0.0001, within(TOL));
        assertThat(BitmexFunding.defaults().rate(0.0)).isCloseTo(0.0001, within(TOL));
    }

    @Test
    void capsFromTheMargins() {
        // [GUIDE] with 1% initial and 0.5% maintenance margin: 0.75 x 0.5% = 0.375% for both caps.
        BitmexFunding xbt = BitmexFunding.ofMargins(H8, 0.0006, 0.0003, 0.01, 0.005);
        assertThat(xbt.cap()).isCloseTo(0.00375, within(TOL));
        assertThat(xbt.changeCap()).isCloseTo(0.00375, within(TOL));
        // [BLOG]: three capped intervals a day pay at most 1.125%.
        assertThat(3 * xbt.rate(1.0)).isCloseTo(0.01125, within(TOL));
        // Another contract: 2% initial, 0.2% maintenance: cap 0.75 x 1.8% = 1.35%, change cap 0.15%.
        BitmexFunding wide = BitmexFunding.ofMargins(H8, 0.0006, 0.0003, 0.02, 0.002);
        assertThat(wide.cap()).isCloseTo(0.0135, within(TOL));
        assertThat(wide.changeCap()).isCloseTo(0.0015, within(TOL));
        assertThatThrownBy(() -> BitmexFunding.ofMargins(H8, 0.0006, 0.0003, 0.005, 0.005))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'initialMargin'")
                .hasMessageContaining("0.005");
    }

    @Test
    void theChangeCapNeedsThePreviousRate() {
        BitmexFunding wide = BitmexFunding.ofMargins(H8, 0.0006, 0.0003, 0.02, 0.002);
        // P = 1%: uncapped F = 1% - 0.05% = 0.95%, inside the 1.35% absolute cap. From a previous 0.01% the
        // change cap of 0.15% allows 0.16% at most; the formula without the previous rate gives 0.95%.
        assertThat(wide.rate(0.01)).isCloseTo(0.0095, within(TOL));
        assertThat(wide.rate(0.01, 0.0001)).isCloseTo(0.0016, within(TOL));
        // A sequence at a constant 1% premium climbs by 0.15% per interval until it reaches 0.95%.
        double[] rates = wide.rates(0.0001, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01);
        assertThat(rates).containsExactly(new double[] {0.0016, 0.0031, 0.0046, 0.0061, 0.0076, 0.0091, 0.0095},
                within(1e-15));
        // Boundary: a change of exactly the change cap passes; the absolute cap still binds after it.
        assertThat(wide.rate(0.0021, 0.0001)).isCloseTo(0.0016, within(TOL));
        assertThat(wide.rate(0.05, 0.013)).isCloseTo(0.0135, within(TOL));
        // Downward too: from 0.5% to a -1% premium (F = -0.95%) moves only to 0.35%.
        assertThat(wide.rate(-0.01, 0.005)).isCloseTo(0.0035, within(TOL));
        assertThatThrownBy(() -> wide.rates(Double.NaN, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'previousRate'");
        assertThatThrownBy(() -> wide.rates(0.0, 0.01, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'averagePremia'")
                .hasMessageContaining("index 1");
    }

    @Test
    void damperBoundaries() {
        BitmexFunding m = BitmexFunding.defaults();
        assertThat(m.rate(0.0006)).isCloseTo(0.0001, within(1e-18));
        assertThat(m.rate(-0.0004)).isCloseTo(0.0001, within(1e-18));
        assertThat(m.rate(0.0007)).isCloseTo(0.0002, within(1e-18));
    }

    @Test
    void settlementTimesAre04_12_20Utc() {
        // [TIME]
        assertThat(FundingSchedule.bitmex().settlementTimesOfDay())
                .isEqualTo(List.of(LocalTime.of(4, 0), LocalTime.of(12, 0), LocalTime.of(20, 0)));
    }
}
