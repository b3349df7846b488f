package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class FundingFormulaTest {

    /** Tolerance for rates of order 1e-4 to 1e-2 computed with a few additions. */
    private static final double TOL = 1e-15;

    private static final Duration H8 = Duration.ofHours(8);
    private static final Duration H4 = Duration.ofHours(4);
    private static final Duration H1 = Duration.ofHours(1);

    /** Samples 0.0001, 0.0004, 0.0010 (oldest first), used with both averaging rules. */
    private static final double[] SAMPLES = {0.0001, 0.0004, 0.0010};

    @Test
    void binanceUsdm() {
        BinanceFunding b = BinanceFunding.btcUsdt();
        assertThat(b.interval()).isEqualTo(H8);
        assertThat(b.premiumAveraging()).isEqualTo(PremiumAveraging.LINEAR_WEIGHTED);
        assertThat(b.accruesContinuously()).isFalse();
        assertThat(b.venue()).isEqualTo("Binance USD-M");
        // Clamp inactive: I - P = 0.0001 - 0.0003 = -0.0002 inside ±0.0005, so F = P + (I - P) = I = 0.0001.
        assertThat(b.rate(0.0003)).isCloseTo(0.0001, within(TOL));
        // Clamp active: I - P = -0.0019 -> -0.0005; F = 0.002 - 0.0005 = 0.0015.
        assertThat(b.rate(0.002)).isCloseTo(0.0015, within(TOL));
        // Clamp active, negative premium: I - P = 0.0011 -> +0.0005; F = -0.001 + 0.0005 = -0.0005.
        assertThat(b.rate(-0.001)).isCloseTo(-0.0005, within(TOL));
        // Cap active (BTCUSDT ±0.3%): 0.01 - 0.0005 = 0.0095 -> 0.003; floor: -0.02 + 0.0005 = -0.0195 -> -0.003.
        assertThat(b.rate(0.01)).isCloseTo(0.003, within(TOL));
        assertThat(b.rate(-0.02)).isCloseTo(-0.003, within(TOL));
        // 4 h interval: the whole 8 h rate halves. P = 0.0002: I - P = -0.0001 inside, F = 0.0001 / 2 = 0.00005.
        BinanceFunding four = b.withInterval(H4);
        assertThat(four.interestRate()).isCloseTo(0.00005, within(TOL));
        assertThat(four.rate(0.0002)).isCloseTo(0.00005, within(TOL));
        // P = 0.003: I - P = -0.0029 -> -0.0005; 8 h rate 0.0025, so F = 0.0025 / 2 = 0.00125.
        assertThat(four.rate(0.003)).isCloseTo(0.00125, within(TOL));
        // Linear weights: P = (1*0.0001 + 2*0.0004 + 3*0.0010) / 6 = 0.0039 / 6 = 0.00065;
        // I - P = -0.00055 -> -0.0005; F = 0.00015.
        assertThat(b.rateFromSamples(SAMPLES)).isCloseTo(0.00015, within(TOL));
        Instant t = Instant.parse("2024-03-01T08:00:00Z");
        assertThat(b.fundingRateFromPremium(0.002, t)).isEqualTo(FundingRate.of(b.rate(0.002), H8, t));
        assertThat(BinanceFunding.of(H8, 0.0, 0.0005, 0.02).rate(0.0003)).isCloseTo(0.0, within(TOL));
    }

    @Test
    void bitmex() {
        BitmexFunding m = BitmexFunding.defaults();
        assertThat(m.venue()).isEqualTo("BitMEX");
        assertThat(m.premiumAveraging()).isEqualTo(PremiumAveraging.SIMPLE);
        // I = (0.06% - 0.03%) / 3 = 0.01%.
        assertThat(m.interestRate()).isCloseTo(0.0001, within(TOL));
        // Clamp inactive: P = 0.0003 -> F = I = 0.0001.
        assertThat(m.rate(0.0003)).isCloseTo(0.0001, within(TOL));
        // Clamp active: I - P = 0.0009 -> 0.0005; F = -0.0008 + 0.0005 = -0.0003.
        assertThat(m.rate(-0.0008)).isCloseTo(-0.0003, within(TOL));
        // Cap active: 0.005 - 0.0005 = 0.0045 -> 0.00375.
        assertThat(m.rate(0.005)).isCloseTo(0.00375, within(TOL));
        // Simple average of SAMPLES: 0.0015 / 3 = 0.0005; I - P = -0.0004 inside, F = 0.0001.
        assertThat(m.rateFromSamples(SAMPLES)).isCloseTo(0.0001, within(TOL));
        // BitMEX guide example: quote 1.00%/day, base 0.25%/day: I = 0.75% / 3 = 0.25%; P = I gives F = 0.25%.
        BitmexFunding guide = BitmexFunding.of(H8, 0.01, 0.0025, 0.0005, 0.00375, 0.00375);
        assertThat(guide.rate(0.0025)).isCloseTo(0.0025, within(TOL));
        // 4 h interval: 6 intervals a day, I = 0.0003 / 6 = 0.00005.
        assertThat(BitmexFunding.of(H4, 0.0006, 0.0003, 0.0005, 0.00375, 0.00375).interestRate()).isCloseTo(0.00005, within(TOL));
    }

    @Test
    void deribit() {
        DeribitFunding d = DeribitFunding.defaults();
        assertThat(d.interval()).isEqualTo(H8);
        assertThat(d.accruesContinuously()).isTrue();
        assertThat(d.venue()).isEqualTo("Deribit");
        assertThat(d.premiumAveraging()).isEqualTo(PremiumAveraging.SIMPLE);
        // Inside the band: max(0.00025, 0.0002) + min(-0.00025, 0.0002) = 0.00025 - 0.00025 = 0.
        assertThat(d.rate(0.0002)).isZero();
        assertThat(d.rate(0.00025)).isZero();
        // Above: 0.001 - 0.00025 = 0.00075. Below: 0.00025 + (-0.0004) = -0.00015.
        assertThat(d.rate(0.001)).isCloseTo(0.00075, within(TOL));
        assertThat(d.rate(-0.0004)).isCloseTo(-0.00015, within(TOL));
        // Cap active: 0.01 - 0.00025 = 0.00975 -> 0.005; and -0.00975 -> -0.005.
        assertThat(d.rate(0.01)).isCloseTo(0.005, within(TOL));
        assertThat(d.rate(-0.01)).isCloseTo(-0.005, within(TOL));
        // Continuous accrual of 0.00075 per 8 h held 2 h: 0.00075 * 2 / 8 = 0.0001875.
        Instant t = Instant.parse("2024-03-01T00:00:00Z");
        List<FundingRate> path = List.of(d.fundingRateFromPremium(0.001, t));
        assertThat(FundingAccrual.continuousRate(path, t, t.plus(Duration.ofHours(2)))).isCloseTo(0.0001875, within(TOL));
        assertThat(DeribitFunding.of(0.0005, 0.01).rate(0.0004)).isZero();
    }

    @Test
    void okx() {
        OkxFunding o = OkxFunding.original();
        assertThat(o.method()).isEqualTo(OkxFunding.Method.PREMIUM_LESS_INTEREST);
        assertThat(o.venue()).isEqualTo("OKX");
        assertThat(o.interval()).isEqualTo(H8);
        assertThat(o.premiumAveraging()).isEqualTo(PremiumAveraging.SIMPLE);
        // Help-centre form, interest 0: F = clamp(P, -1.5%, 1.5%); P = 0.0003 passes through.
        assertThat(o.rate(0.0003)).isCloseTo(0.0003, within(TOL));
        // Cap and floor active.
        assertThat(o.rate(0.02)).isCloseTo(0.015, within(TOL));
        assertThat(o.rate(-0.02)).isCloseTo(-0.015, within(TOL));
        // BTC tier ±0.375%: P = 0.005 -> 0.00375.
        OkxFunding btc = OkxFunding.of(OkxFunding.Method.PREMIUM_LESS_INTEREST, H8, 0.0, 0.0, -0.00375, 0.00375);
        assertThat(btc.rate(0.005)).isCloseTo(0.00375, within(TOL));
        // Premium less a nonzero interest: 0.0003 - 0.0001 = 0.0002.
        OkxFunding less = OkxFunding.of(OkxFunding.Method.PREMIUM_LESS_INTEREST, H8, 0.0001, 0.0, -0.015, 0.015);
        assertThat(less.rate(0.0003)).isCloseTo(0.0002, within(TOL));
        // Damped-interest form: clamp inactive P = 0.0003 -> I = 0.0001; active P = 0.002 -> 0.0015;
        // cap active P = 0.02 -> 0.0195 -> 0.015.
        OkxFunding damped = OkxFunding.defaults();
        assertThat(damped.rate(0.0003)).isCloseTo(0.0001, within(TOL));
        assertThat(damped.rate(0.002)).isCloseTo(0.0015, within(TOL));
        assertThat(damped.rate(0.02)).isCloseTo(0.015, within(TOL));
        // Mid premia of three minutes, simple average: ((0.0002 + 0.0004 + 0.0009) / 3 = 0.0005.
        assertThat(o.rateFromSamples(0.0002, 0.0004, 0.0009)).isCloseTo(0.0005, within(TOL));
    }

    @Test
    void bybit() {
        BybitFunding y = BybitFunding.defaults();
        assertThat(y.venue()).isEqualTo("Bybit");
        assertThat(y.premiumAveraging()).isEqualTo(PremiumAveraging.LINEAR_WEIGHTED);
        // Clamp inactive: F = I = 0.0001. Active: 0.002 -> 0.0015. Cap: 0.01 -> 0.0095 -> 0.0075.
        assertThat(y.rate(0.0003)).isCloseTo(0.0001, within(TOL));
        assertThat(y.rate(0.002)).isCloseTo(0.0015, within(TOL));
        assertThat(y.rate(0.01)).isCloseTo(0.0075, within(TOL));
        // Linear weights favour the late 0.0010 sample: P = 0.00065, F = 0.00015 (clamp active);
        // the simple mean 0.0005 would have left the clamp inactive and given F = I = 0.0001.
        assertThat(y.rateFromSamples(SAMPLES)).isCloseTo(0.00015, within(TOL));
        assertThat(y.rate(PremiumAveraging.SIMPLE.average(SAMPLES))).isCloseTo(0.0001, within(TOL));
        // 1 h interval: I = 0.0001 / 8 = 0.0000125; P = I gives F = I.
        BybitFunding hourly = BybitFunding.of(H1, 0.0001, 0.0005, 0.0075);
        assertThat(hourly.interestRate()).isCloseTo(0.0000125, within(TOL));
        assertThat(hourly.rate(0.0000125)).isCloseTo(0.0000125, within(TOL));
    }

    @Test
    void hyperliquid() {
        HyperliquidFunding h = HyperliquidFunding.defaults();
        assertThat(h.interval()).isEqualTo(H1);
        assertThat(h.venue()).isEqualTo("Hyperliquid");
        assertThat(h.premiumAveraging()).isEqualTo(PremiumAveraging.SIMPLE);
        // Clamp inactive: F8 = I = 0.0001; hourly 0.0001 / 8 = 0.0000125.
        assertThat(h.rate(0.0003)).isCloseTo(0.0000125, within(TOL));
        // Clamp active (impact bid 10100 over oracle 10000: P = 1%): F8 = 0.01 - 0.0005 = 0.0095;
        // hourly 0.0095 / 8 = 0.0011875.
        double p = PremiumIndex.of(10_100, 10_200, 10_000).value();
        assertThat(h.eightHourRate(p)).isCloseTo(0.0095, within(TOL));
        assertThat(h.rate(p)).isCloseTo(0.0011875, within(TOL));
        // Cap active: F8 = 0.5 - 0.0005 = 0.4995; / 8 = 0.0624375 -> 0.04. Mirror: -0.04.
        assertThat(h.rate(0.5)).isCloseTo(0.04, within(TOL));
        assertThat(h.rate(-0.5)).isCloseTo(-0.04, within(TOL));
        assertThat(HyperliquidFunding.of(0.0, 0.0005, 0.04).rate(0.0003)).isCloseTo(0.0, within(TOL));
    }

    @Test
    void dydxV4() {
        DydxV4Funding x = DydxV4Funding.defaults();
        assertThat(x.interval()).isEqualTo(H1);
        assertThat(x.venue()).isEqualTo("dYdX v4");
        assertThat(x.premiumAveraging()).isEqualTo(PremiumAveraging.SIMPLE);
        // No interest by default: 0.0008 / 8 = 0.0001 per hour.
        assertThat(x.rate(0.0008)).isCloseTo(0.0001, within(TOL));
        // With 0.00125% an hour: 0.0001 + 0.0000125 = 0.0001125.
        assertThat(DydxV4Funding.of(0.0000125, 0.015).rate(0.0008)).isCloseTo(0.0001125, within(TOL));
        // Cap active: 0.2 / 8 = 0.025 -> 0.015; -0.025 -> -0.015.
        assertThat(x.rate(0.2)).isCloseTo(0.015, within(TOL));
        assertThat(x.rate(-0.2)).isCloseTo(-0.015, within(TOL));
        // Sixty minute samples averaged: three shown, (0.0004 + 0.0008 + 0.0012) / 3 = 0.0008 -> 0.0001.
        assertThat(x.rateFromSamples(0.0004, 0.0008, 0.0012)).isCloseTo(0.0001, within(TOL));
    }

    @Test
    void badParametersAreRejectedWithTheArgumentNamed() {
        assertThatThrownBy(() -> BinanceFunding.of(Duration.ZERO, 0.0001, 0.0005, 0.0075))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interval'").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> BinanceFunding.of(H8, Double.NaN, 0.0005, 0.0075))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interestRatePer8h'");
        assertThatThrownBy(() -> BinanceFunding.of(H8, 0.0001, -0.0005, 0.0075))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'clampBound'").hasMessageContaining("-5.0E-4");
        assertThatThrownBy(() -> BinanceFunding.of(H8, 0.0001, 0.0005, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cap'").hasMessageContaining("0.0");
        assertThatThrownBy(() -> BinanceFunding.btcUsdt().withInterval(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interval'");
        assertThatThrownBy(() -> BybitFunding.of(H8, 0.0001, 0.0005, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cap'").hasMessageContaining("Infinity");
        assertThatThrownBy(() -> BitmexFunding.of(H8, Double.NaN, 0.0003, 0.0005, 0.00375, 0.00375))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quoteRatePerDay'");
        assertThatThrownBy(() -> BitmexFunding.of(H8, 0.0006, Double.NaN, 0.0005, 0.00375, 0.00375))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'baseRatePerDay'");
        assertThatThrownBy(() -> DeribitFunding.of(-0.00025, 0.005))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'damper'");
        assertThatThrownBy(() -> DeribitFunding.of(0.00025, -0.005))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cap'").hasMessageContaining("-0.005");
        assertThatThrownBy(() -> OkxFunding.of(null, H8, 0, 0, -0.01, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'method'");
        assertThatThrownBy(() -> OkxFunding.of(OkxFunding.Method.DAMPED_INTEREST, H8, 0, 0, 0.01, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'floor'")
                .hasMessageContaining("'cap' 0.01");
        assertThatThrownBy(() -> OkxFunding.of(OkxFunding.Method.DAMPED_INTEREST, H8, 0, 0, Double.NaN, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'floor'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> HyperliquidFunding.of(0.0001, 0.0005, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'hourlyCap'");
        assertThatThrownBy(() -> DydxV4Funding.of(Double.NEGATIVE_INFINITY, 0.015))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interestRatePerHour'");
        for (FundingFormula f : allDefaults()) {
            assertThatThrownBy(() -> f.rate(Double.NaN)).as(f.venue())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'averagePremium'")
                    .hasMessageContaining("NaN");
            assertThatThrownBy(() -> f.fundingRateFromPremium(0.0, null)).as(f.venue())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'settlement'");
            assertThatThrownBy(() -> f.rateFromSamples()).as(f.venue())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'samples'");
        }
    }

    private static List<FundingFormula> allDefaults() {
        return List.of(BinanceFunding.btcUsdt(), BitmexFunding.defaults(), BybitFunding.defaults(),
                DeribitFunding.defaults(), DydxV4Funding.defaults(), HyperliquidFunding.defaults(), OkxFunding.defaults(),
                OkxFunding.original());
    }

    /** The absolute cap of each default formula, for the bounds property. */
    private static double capOf(FundingFormula f) {
        if (f instanceof BinanceFunding b) {
            return b.cap();
        } else if (f instanceof BitmexFunding m) {
            return m.cap();
        } else if (f instanceof BybitFunding y) {
            return y.cap();
        } else if (f instanceof DeribitFunding d) {
            return d.cap();
        } else if (f instanceof DydxV4Funding x) {
            return x.hourlyCap();
        } else if (f instanceof HyperliquidFunding h) {
            return h.hourlyCap();
        } else {
            return ((OkxFunding) f).cap();
        }
    }

    @Property
    void everyVenueRespectsItsCap(@ForAll @DoubleRange(min = -2, max = 2) @Scale(12) double premium) {
        for (FundingFormula f : allDefaults()) {
            assertThat(Math.abs(f.rate(premium))).as(f.venue()).isLessThanOrEqualTo(capOf(f));
        }
        OkxFunding asymmetric = OkxFunding.of(OkxFunding.Method.PREMIUM_LESS_INTEREST, H8, 0, 0, -0.001, 0.003);
        assertThat(asymmetric.rate(premium)).isBetween(-0.001, 0.003);
    }

    @Property
    void dampedInterestStaysWithinTheClampOfThePremium(
            @ForAll @DoubleRange(min = -0.05, max = 0.05) @Scale(12) double premium,
            @ForAll @DoubleRange(min = -0.001, max = 0.001) @Scale(12) double interest) {
        // Caps far away so only the inner clamp acts: |F - P| <= 0.0005, and F = I when |I - P| <= 0.0005.
        List<Double> rates = List.of(
                BinanceFunding.of(H8, interest, 0.0005, 1.0).rate(premium),
                BybitFunding.of(H8, interest, 0.0005, 1.0).rate(premium),
                BitmexFunding.of(H8, 3 * interest, 0.0, 0.0005, 1.0, 1.0).rate(premium),
                OkxFunding.of(OkxFunding.Method.DAMPED_INTEREST, H8, interest, 0.0005, -1.0, 1.0).rate(premium),
                HyperliquidFunding.of(interest, 0.0005, 1.0).eightHourRate(premium));
        for (double f : rates) {
            assertThat(f - premium).isBetween(-0.0005 - 1e-15, 0.0005 + 1e-15);
            if (Math.abs(interest - premium) <= 0.0005) {
                assertThat(f).isCloseTo(interest, within(1e-15));
            }
        }
    }

    @Property
    void deribitDamperNeverFlipsTheSign(@ForAll @DoubleRange(min = -0.004, max = 0.004) @Scale(12) double premium) {
        double f = DeribitFunding.defaults().rate(premium);
        assertThat(Math.abs(premium - f)).isLessThanOrEqualTo(0.00025 + 1e-15);
        assertThat(f * premium).isGreaterThanOrEqualTo(0.0);
        assertThat(Math.abs(f)).isLessThanOrEqualTo(Math.abs(premium));
    }

    @Test
    void eachFormulaNamesItsExchangeAndTheExchangeSchedulesFundingAtTheFormulasInterval() {
        java.util.Map<String, io.github.basisspread.core.instrument.Venue> expected = java.util.Map.of(
                "Binance USD-M", io.github.basisspread.core.instrument.Venue.BINANCE,
                "BitMEX", io.github.basisspread.core.instrument.Venue.BITMEX,
                "Deribit", io.github.basisspread.core.instrument.Venue.DERIBIT,
                "OKX", io.github.basisspread.core.instrument.Venue.OKX,
                "Bybit", io.github.basisspread.core.instrument.Venue.BYBIT);
        java.util.Set<String> checked = new java.util.HashSet<>();
        for (FundingFormula f : allDefaults()) {
            if (expected.containsKey(f.venue())) {
                assertThat(f.exchange()).as(f.venue()).isEqualTo(expected.get(f.venue()));
                checked.add(f.venue());
            }
            assertThat(f.exchange().defaultFundingSchedule()).as(f.venue()).isPresent();
        }
        assertThat(checked).isEqualTo(expected.keySet());
        assertThat(HyperliquidFunding.defaults().exchange()).isEqualTo(io.github.basisspread.core.instrument.Venue.HYPERLIQUID);
        assertThat(DydxV4Funding.defaults().exchange()).isEqualTo(io.github.basisspread.core.instrument.Venue.DYDX);
    }
}
