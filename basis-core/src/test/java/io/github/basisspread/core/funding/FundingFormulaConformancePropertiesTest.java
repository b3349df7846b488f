package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Properties every venue formula must have, checked across all seven venues and their interval
 * variants (the per-venue sources are cited in the venue conformance tests):
 * <ul>
 *   <li>the rate is monotone non-decreasing in the premium;</li>
 *   <li>inside the damper band the rate is exactly the interest component (Binance, Bybit,
 *       BitMEX, OKX's damped forms, Hyperliquid; Deribit's band gives 0). OKX's original rule and
 *       dYdX v4 have no damper: for them the rate at a premium equal to the interest (OKX) or at
 *       zero premium (dYdX) is checked instead;</li>
 *   <li>the rate never leaves the caps;</li>
 *   <li>where the venue says the N-hour rate is the 8-hour rate times {@code N / 8} (Binance, OKX's
 *       interval-scaled update, Hyperliquid's hourly eighths), it is. Bybit does not say so in the
 *       documents found, and is not checked.</li>
 * </ul>
 */
class FundingFormulaConformancePropertiesTest {

    private static final Duration H1 = Duration.ofHours(1);
    private static final Duration H2 = Duration.ofHours(2);
    private static final Duration H4 = Duration.ofHours(4);
    private static final Duration H8 = Duration.ofHours(8);

    /**
     * One formula with the centre and half-width of its damper band, the rate it pays inside it,
     * and its floor and cap.
     */
    private record Case(FundingFormula formula, double bandCentre, double bandHalfWidth, double rateInBand,
            double floor, double cap) {
    }

    private static List<Case> cases() {
        return List.of(
                binance(BinanceFunding.btcUsdt()),
                binance(BinanceFunding.btcUsdt().withInterval(H4)),
                binance(BinanceFunding.btcUsdt().withInterval(H2)),
                binance(BinanceFunding.btcUsdt().withInterval(H1)),
                binance(BinanceFunding.withCap(H4, 0.03)),
                binance(BinanceFunding.ofMaintenanceMargin(H8, 0.025)),
                new Case(BitmexFunding.defaults(), 0.0001, 0.0005, 0.0001, -0.00375, 0.00375),
                bitmex(BitmexFunding.ofMargins(H4, 0.0006, 0.0003, 0.02, 0.002)),
                new Case(BybitFunding.defaults(), 0.0001, 0.0005, 0.0001, -0.0075, 0.0075),
                new Case(BybitFunding.of(H4, 0.0001, 0.0005, 0.02), 0.00005, 0.0005, 0.00005, -0.02, 0.02),
                new Case(OkxFunding.defaults(), 0.0001, 0.0005, 0.0001, -0.015, 0.015),
                new Case(OkxFunding.intervalScaled(H8), 0.0001, 0.0005, 0.0001, -0.015, 0.015),
                new Case(OkxFunding.intervalScaled(H4), 0.0001, 0.0005, 0.00005, -0.015, 0.015),
                new Case(OkxFunding.intervalScaled(H1), 0.0001, 0.0005, 0.0000125, -0.015, 0.015),
                // No damper: a zero-width band at P = I, where the rate is P - I = 0.
                new Case(OkxFunding.original(), 0.0, 0.0, 0.0, -0.015, 0.015),
                new Case(OkxFunding.of(OkxFunding.Method.PREMIUM_LESS_INTEREST, H8, 0.0, 0.0, -0.001, 0.003), 0.0, 0.0, 0.0,
                        -0.001, 0.003),
                new Case(DeribitFunding.defaults(), 0.0, 0.00025, 0.0, -0.005, 0.005),
                new Case(HyperliquidFunding.defaults(), 0.0001, 0.0005, 0.0000125, -0.04, 0.04),
                // No damper: at P = 0 the rate is the interest component.
                new Case(DydxV4Funding.defaults(), 0.0, 0.0, 0.0, -0.015, 0.015),
                new Case(DydxV4Funding.of(0.0000125, 0.015), 0.0, 0.0, 0.0000125, -0.015, 0.015));
    }

    private static Case binance(BinanceFunding b) {
        return new Case(b, b.interestRatePer8h(), BinanceFunding.DAMPER, b.interestRate(), -b.cap(), b.cap());
    }

    private static Case bitmex(BitmexFunding m) {
        return new Case(m, m.interestRate(), 0.0005, m.interestRate(), -m.cap(), m.cap());
    }

    @Property(tries = 300)
    void monotoneNonDecreasingInThePremium(@ForAll @DoubleRange(min = -0.5, max = 0.5) @Scale(12) double p1,
            @ForAll @DoubleRange(min = -0.5, max = 0.5) @Scale(12) double p2) {
        double low = Math.min(p1, p2);
        double high = Math.max(p1, p2);
        for (Case c : cases()) {
            assertThat(c.formula().rate(low)).as(c.formula().toString()).isLessThanOrEqualTo(c.formula().rate(high));
        }
    }

    @Property(tries = 300)
    void equalsTheInterestInsideTheDamperBand(@ForAll @DoubleRange(min = -1.0, max = 1.0) @Scale(12) double position) {
        for (Case c : cases()) {
            double premium = c.bandCentre() + position * c.bandHalfWidth();
            assertThat(c.formula().rate(premium)).as(c.formula() + " at " + premium)
                    .isCloseTo(c.rateInBand(), within(1e-15));
        }
    }

    @Property(tries = 300)
    void neverLeavesTheCaps(@ForAll @DoubleRange(min = -5.0, max = 5.0) @Scale(12) double premium) {
        for (Case c : cases()) {
            assertThat(c.formula().rate(premium)).as(c.formula().toString()).isBetween(c.floor(), c.cap());
        }
    }

    @Property(tries = 200)
    void bitmexSequencesStayWithinBothCaps(@ForAll @DoubleRange(min = -0.05, max = 0.05) @Scale(12) double p1,
            @ForAll @DoubleRange(min = -0.05, max = 0.05) @Scale(12) double p2, @ForAll @DoubleRange(min = -0.05, max = 0.05) @Scale(12) double p3,
            @ForAll @DoubleRange(min = -0.0135, max = 0.0135) @Scale(12) double previous) {
        BitmexFunding m = BitmexFunding.ofMargins(H8, 0.0006, 0.0003, 0.02, 0.002);
        double[] rates = m.rates(previous, p1, p2, p3);
        double before = previous;
        for (double f : rates) {
            assertThat(Math.abs(f - before)).isLessThanOrEqualTo(m.changeCap() + 1e-15);
            assertThat(Math.abs(f)).isLessThanOrEqualTo(m.cap());
            before = f;
        }
        // Each step is the uncapped formula when the change cap does not bind.
        if (Math.abs(m.rate(p1) - previous) <= m.changeCap()) {
            assertThat(rates[0]).isEqualTo(m.rate(p1));
        }
    }

    @Property(tries = 300)
    void nHourRateTimes8OverNIsThe8HourRate(@ForAll @DoubleRange(min = -0.2, max = 0.2) @Scale(12) double premium,
            @ForAll @IntRange(min = 0, max = 3) int exponent) {
        Duration interval = Duration.ofHours(1L << exponent);
        double n = interval.toHours();
        // Caps far away so that only the scaling is tested.
        double binance8 = BinanceFunding.withCap(H8, 10.0).rate(premium);
        assertThat(BinanceFunding.withCap(interval, 10.0).rate(premium) * 8 / n).isCloseTo(binance8, within(1e-15));
        OkxFunding okx8 = OkxFunding.of(OkxFunding.Method.DAMPED_INTEREST_INTERVAL_SCALED, H8, 0.0001, 0.0005, -10, 10);
        OkxFunding okxN = OkxFunding.of(OkxFunding.Method.DAMPED_INTEREST_INTERVAL_SCALED, interval, 0.0001, 0.0005, -10, 10);
        assertThat(okxN.rate(premium) * 8 / n).isCloseTo(okx8.rate(premium), within(1e-15));
        HyperliquidFunding h = HyperliquidFunding.of(0.0001, 0.0005, 10.0);
        assertThat(h.rate(premium) * 8).isCloseTo(h.eightHourRate(premium), within(1e-15));
    }
}
