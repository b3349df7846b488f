package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hyperliquid perpetual funding.
 *
 * <p>Source: Hyperliquid Docs, Trading, "Funding" (hyperliquid.gitbook.io). The page itself was
 * NOT found in the search corpus on 2026-12-05 (only third-party tools describing hourly
 * funding); the rule tested here is the one Basis documents from it: premium sampled every
 * 5 seconds and averaged over the hour, {@code F8 = P + clamp(I - P, -0.05%, +0.05%)} with a fixed
 * interest of 0.01% per 8 hours, one eighth of it paid every hour ({@code 0.00125%} an hour at the
 * fixed point, 10.95% APR), capped at 4% an hour. A third-party hourly history (ironflow, quoted
 * in the search results) shows hourly rates such as 0.0000125, consistent with that fixed point.
 */
class HyperliquidConformanceTest {

    private static final double TOL = 1e-15;

    @Test
    void hourlyRateIsAnEighthOfTheDamped8HourRate() {
        HyperliquidFunding h = HyperliquidFunding.defaults();
        assertThat(h.rate(0.0)).isCloseTo(0.0000125, within(TOL));
        assertThat(h.rate(0.0006)).isCloseTo(0.0000125, within(1e-18));
        assertThat(h.rate(-0.0004)).isCloseTo(0.0000125, within(1e-18));
        // Outside the damper: P = 0.2%: (0.2% - 0.05%) / 8 = 0.01875%.
        assertThat(h.rate(0.002)).isCloseTo(0.0001875, within(TOL));
        assertThat(h.eightHourRate(0.002)).isCloseTo(0.0015, within(TOL));
        // 8 hourly payments add up to the 8-hour rate.
        assertThat(8 * h.rate(0.002)).isCloseTo(h.eightHourRate(0.002), within(TOL));
        assertThat(h.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(FundingSchedule.hyperliquid().intervalHours()).isEqualTo(1);
    }

    @Test
    void capIsFourPercentAnHour() {
        HyperliquidFunding h = HyperliquidFunding.defaults();
        // Uncapped hourly 4% at P = 32.05%; beyond it 4%.
        assertThat(h.rate(0.3205)).isCloseTo(0.04, within(1e-15));
        assertThat(h.rate(0.3)).isCloseTo((0.3 - 0.0005) / 8, within(1e-15));
        assertThat(h.rate(1.0)).isEqualTo(0.04);
        assertThat(h.rate(-1.0)).isEqualTo(-0.04);
    }
}
