package io.github.basisspread.core.carry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation") // exercises the positional factories kept as deprecated delegates
class NoArbitrageBandTest {

    private static final BidAsk SPOT = BidAsk.of(99.9, 100.1);
    // 10 bp spot taker, 5 bp derivative taker; cash at 5%, coin borrow 10%, staking 2%
    private static final TradingCosts COSTS = TradingCosts.of(FeeSchedule.ofBasisPoints(2, 10),
            FeeSchedule.ofBasisPoints(1, 5), 0.05, 0.10, 0.02);

    @Test
    void boundsWorkedByHand() {
        NoArbitrageBand band = NoArbitrageBand.of(SPOT, COSTS, 0.5);
        // upper = 100.1 x 1.001 x e^{(0.05 - 0.02) 0.5} / (1 - 0.0005 e^{0.05 x 0.5})
        //       = 100.2001 x 1.0151130646 / (1 - 0.0005 x 1.0253151205)
        //       = 101.7144305858 / 0.9994873424 = 101.7666020037
        assertThat(band.upper()).isCloseTo(101.76660200370087, within(1e-10));
        // lower = 99.9 x 0.999 x e^{(0.05 - 0.10) 0.5} / (1 + 0.0005 e^{0.025})
        //       = 99.8001 x 0.9753099120 / 1.0005126576 = 97.3360267514 / 1.0005126576 = 97.2861522699
        assertThat(band.lower()).isCloseTo(97.28615226994879, within(1e-10));
        assertThat(band.width()).isCloseTo(101.76660200370087 - 97.28615226994879, within(1e-10));
        assertThat(band.yearFraction()).isEqualTo(0.5);
        // the frictionless forward 100 e^{(0.05 - 0.02) 0.5} = 101.5113064616 is inside
        assertThat(band.contains(101.51130646157189)).isTrue();
        assertThat(band.contains(101.8)).isFalse();
        assertThat(band.contains(97.2)).isFalse();
    }

    @Test
    void theCashAndCarryBreaksEvenExactlyAtTheUpperBound() {
        NoArbitrageBand band = NoArbitrageBand.of(SPOT, COSTS, 0.5);
        double f = band.upper();
        // cash flows of the class documentation, written out independently:
        double coinsBought = Math.exp(-0.02 * 0.5);
        double outlay = coinsBought * 100.1 * 1.001 + 0.0005 * f;
        double profit = f - outlay * Math.exp(0.05 * 0.5);
        assertThat(profit).isCloseTo(0.0, within(1e-11));
        double coinsBorrowed = Math.exp(-0.10 * 0.5);
        double invested = coinsBorrowed * 99.9 * 0.999 - 0.0005 * band.lower();
        assertThat(invested * Math.exp(0.05 * 0.5) - band.lower()).isCloseTo(0.0, within(1e-11));
    }

    @Test
    void positionOfAFuturesQuote() {
        NoArbitrageBand band = NoArbitrageBand.of(SPOT, COSTS, 0.5);
        assertThat(band.position(BidAsk.of(101.8, 101.9))).isEqualTo(BandPosition.ABOVE_UPPER);
        assertThat(band.position(BidAsk.of(97.0, 97.2))).isEqualTo(BandPosition.BELOW_LOWER);
        assertThat(band.position(BidAsk.of(101.7, 101.8))).isEqualTo(BandPosition.INSIDE);
    }

    @Test
    void makerRolesAndLendRate() {
        TradingCosts maker = COSTS.withRoles(LiquidityRole.MAKER, LiquidityRole.MAKER).withCashLendRate(0.04);
        assertThat(maker.spotFeeRate()).isCloseTo(0.0002, within(1e-18));
        assertThat(maker.derivativeFeeRate()).isCloseTo(0.0001, within(1e-18));
        assertThat(maker.cashLendRate()).isEqualTo(0.04);
        // lower = 99.9 x 0.9998 x e^{(0.04 - 0.10) 0.5} / (1 + 0.0001 e^{0.02})
        double expected = 99.9 * 0.9998 * Math.exp(-0.03) / (1 + 0.0001 * Math.exp(0.02));
        assertThat(NoArbitrageBand.of(SPOT, maker, 0.5).lower()).isCloseTo(expected, within(1e-10));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> NoArbitrageBand.of(null, COSTS, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spot'");
        assertThatThrownBy(() -> NoArbitrageBand.of(SPOT, null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'costs'");
        assertThatThrownBy(() -> NoArbitrageBand.of(SPOT, COSTS, -0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yearFraction'").hasMessageContaining("-0.1");
        // a 5% futures fee at 2000% cash over one year: 0.05 e^20 >> 1, the carry can never pay
        TradingCosts absurd = TradingCosts.of(FeeSchedule.ZERO, FeeSchedule.of(0.05, 0.05), 20.0, 0, 0);
        assertThatThrownBy(() -> NoArbitrageBand.of(SPOT, absurd, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'costs'").hasMessageContaining("0.05");
        // 5% maker rebates on both legs at zero spread cross the band
        TradingCosts rebates = TradingCosts.of(FeeSchedule.of(-0.05, 0), FeeSchedule.of(-0.05, 0), 0, 0, 0)
                .withRoles(LiquidityRole.MAKER, LiquidityRole.MAKER);
        assertThatThrownBy(() -> NoArbitrageBand.of(BidAsk.ofMid(100), rebates, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("crossed");
        assertThatThrownBy(() -> new NoArbitrageBand(101, 100, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'upper'").hasMessageContaining("101.0");
        NoArbitrageBand band = NoArbitrageBand.of(SPOT, COSTS, 0.5);
        assertThatThrownBy(() -> band.contains(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'futurePrice'");
        assertThatThrownBy(() -> band.position(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'future'");
    }

    @Property
    void theBandContainsTheFrictionlessFairForward(
            @ForAll @DoubleRange(min = 1.0, max = 1e5) @Scale(6) double spot,
            @ForAll @DoubleRange(min = 0.0, max = 0.01) @Scale(6) double relativeHalfSpread,
            @ForAll @DoubleRange(min = 0.0, max = 0.002) @Scale(6) double spotFee,
            @ForAll @DoubleRange(min = 0.0, max = 0.002) @Scale(6) double derivativeFee,
            @ForAll @DoubleRange(min = -0.05, max = 0.3) @Scale(6) double r,
            @ForAll @DoubleRange(min = 0.0, max = 0.05) @Scale(6) double borrowPremium,
            @ForAll @DoubleRange(min = 0.0, max = 0.05) @Scale(6) double lendDiscount,
            @ForAll @DoubleRange(min = 0.0, max = 0.1) @Scale(6) double q,
            @ForAll @DoubleRange(min = 0.0, max = 0.2) @Scale(6) double coinBorrowPremium,
            @ForAll @DoubleRange(min = 0.0, max = 2.0) @Scale(6) double tau) {
        BidAsk quote = BidAsk.of(spot * (1 - relativeHalfSpread), spot * (1 + relativeHalfSpread));
        TradingCosts costs = new TradingCosts(FeeSchedule.of(0, spotFee), LiquidityRole.TAKER,
                FeeSchedule.of(0, derivativeFee), LiquidityRole.TAKER, r + borrowPremium, r - lendDiscount,
                q + coinBorrowPremium, q);
        NoArbitrageBand band = NoArbitrageBand.of(quote, costs, tau);
        double fair = CostOfCarry.ofFinancingAndYield(r, q).fairForward(spot, tau);
        double slack = 1e-12 * fair;
        assertThat(band.lower()).isLessThanOrEqualTo(fair + slack);
        assertThat(band.upper()).isGreaterThanOrEqualTo(fair - slack);
    }

    @Property
    void withZeroCostsTheBandCollapsesToTheFairForward(
            @ForAll @DoubleRange(min = 1.0, max = 1e5) @Scale(6) double spot,
            @ForAll @DoubleRange(min = -0.05, max = 0.3) @Scale(6) double r,
            @ForAll @DoubleRange(min = 0.0, max = 0.1) @Scale(6) double q,
            @ForAll @DoubleRange(min = 0.0, max = 2.0) @Scale(6) double tau) {
        NoArbitrageBand band = NoArbitrageBand.of(BidAsk.ofMid(spot), TradingCosts.frictionless(r, q), tau);
        double fair = CostOfCarry.ofFinancingAndYield(r, q).fairForward(spot, tau);
        assertThat(band.lower()).isCloseTo(fair, within(1e-12 * fair));
        assertThat(band.upper()).isCloseTo(fair, within(1e-12 * fair));
    }
}
