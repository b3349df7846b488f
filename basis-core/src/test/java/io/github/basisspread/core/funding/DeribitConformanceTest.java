package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deribit perpetual funding as Deribit publishes it.
 *
 * <p>Source (checked 2026-12-05): Deribit support centre, "Funding Specifications"
 * (support.deribit.com, articles 31424939178397 and 25944756883229):
 * "Premium Rate = ((Mark Price - Deribit Index) / Deribit Index) * 100%"; "If the premium rate is
 * within -0.025% and 0.025% range, the actual funding rate will be reduced to 0.00%"; below
 * -0.025% it is "the premium rate + 0.025%", above 0.025% "the premium rate - 0.025%";
 * "Funding Rate = Minimum (Maximum_Cap, Maximum (Minimum_Cap, (Maximum (0.025%, Premium Rate) +
 * Minimum (-0.025%, Premium Rate))))", the cap varying by instrument; the rate is expressed per
 * 8 hours and "Funding Payment = Funding Rate * Position Size * Time Fraction" with "Time Fraction
 * = Funding Rate Time Period / 8 hours", calculated every millisecond. No numeric cap is published
 * on that page; Basis's 0.5% default is an example to set per instrument.
 */
class DeribitConformanceTest {

    private static final double TOL = 1e-15;

    @Test
    void deadBandAndItsBoundaries() {
        DeribitFunding d = DeribitFunding.defaults();
        assertThat(d.damper()).isEqualTo(0.00025);
        // Inside and at the edges of ±0.025%: 0.
        assertThat(d.rate(0.0)).isZero();
        assertThat(d.rate(0.00025)).isZero();
        assertThat(d.rate(-0.00025)).isZero();
        assertThat(d.rate(0.0002499)).isZero();
        // Above: premium - 0.025%; below: premium + 0.025%.
        assertThat(d.rate(0.00026)).isCloseTo(0.00001, within(TOL));
        assertThat(d.rate(0.0005)).isCloseTo(0.00025, within(TOL));
        assertThat(d.rate(-0.0003)).isCloseTo(-0.00005, within(TOL));
    }

    @Test
    void capAppliedAfterTheDamper() {
        DeribitFunding d = DeribitFunding.of(0.00025, 0.005);
        // Uncapped 0.5% exactly at P = 0.525%; beyond it the cap binds.
        assertThat(d.rate(0.00525)).isCloseTo(0.005, within(TOL));
        assertThat(d.rate(0.0052)).isCloseTo(0.00495, within(TOL));
        assertThat(d.rate(0.01)).isEqualTo(0.005);
        assertThat(d.rate(-0.01)).isEqualTo(-0.005);
    }

    @Test
    void paymentIsRateTimesSizeTimesTheFractionOf8Hours() {
        // Funding Payment = Funding Rate * Position Size * Time Fraction: 0.03% per 8 h on 10,000 USD held
        // 2 h 24 min (time fraction 0.3) pays 0.0003 * 10000 * 0.3 = 0.9.
        DeribitFunding d = DeribitFunding.defaults();
        Instant t = Instant.parse("2024-03-01T00:00:00Z");
        List<FundingRate> path = List.of(d.fundingRateFromPremium(0.00055, t));
        assertThat(FundingAccrual.continuous(path, t, t.plus(Duration.ofMinutes(144)), 10_000))
                .isCloseTo(0.9, within(1e-12));
        assertThat(d.accruesContinuously()).isTrue();
        assertThat(d.interval()).isEqualTo(Duration.ofHours(8));
    }
}
