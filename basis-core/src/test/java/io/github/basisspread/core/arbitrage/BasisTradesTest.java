package io.github.basisspread.core.arbitrage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.NoArbitrageBand;
import io.github.basisspread.core.carry.TradingCosts;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation") // exercises the positional factories kept as deprecated delegates
class BasisTradesTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant EXPIRY = T0.plus(Duration.ofDays(73)); // tau = 0.2
    private static final BidAsk SPOT = BidAsk.of(99.9, 100.1); // mid 100, half spread 0.1
    // spot taker 10 bp, derivative taker 5 bp; cash 5%, coin borrow 2%, no staking
    private static final TradingCosts COSTS = TradingCosts.of(FeeSchedule.ofBasisPoints(0, 10),
            FeeSchedule.ofBasisPoints(0, 5), 0.05, 0.02, 0.0);

    @Test
    void cashAndCarryHeldToExpiry() {
        // notional 10000 at mid 100: Q = 100 coins; future 101.9/102.1 (mid 102); margin 10%
        OpportunityEvaluation ev = CashAndCarry.of(SPOT, BidAsk.of(101.9, 102.1), COSTS, 10_000, 0.10, T0, EXPIRY)
                .holdToExpiry();
        assertThat(ev.strategy()).isEqualTo(Strategy.CASH_AND_CARRY);
        assertThat(ev.quantity()).isCloseTo(100, within(1e-12));
        assertThat(ev.yearFraction()).isCloseTo(0.2, within(1e-15));
        assertThat(ev.grossPnl()).isCloseTo(200, within(1e-9)); // 100 x (102 - 100)
        assertThat(ev.spreadCost()).isCloseTo(20, within(1e-9)); // 100 x (0.1 + 0.1), entry only
        assertThat(ev.spotFeeCost()).isCloseTo(10.01, within(1e-9)); // 100 x 100.1 x 0.001
        assertThat(ev.derivativeFeeCost()).isCloseTo(5.095, within(1e-9)); // 100 x 101.9 x 0.0005
        // (100 x 100.1 x 1.001 + 5.095) x (e^{0.05 x 0.2} - 1) = 10025.105 x 0.0100501671 = 100.7539803
        assertThat(ev.financingCost()).isCloseTo(100.7539802863275, within(1e-9));
        assertThat(ev.borrowCost()).isZero();
        assertThat(ev.coinYieldIncome()).isZero();
        // 200 - 20 - 10.01 - 5.095 - 100.7539803 = 64.1410197
        assertThat(ev.netPnl()).isCloseTo(64.1410197136725, within(1e-9));
        // capital 100 x 100.1 + 10% x 100 x 101.9 = 10010 + 1019 = 11029; 64.141/11029/0.2 = 0.0290783
        assertThat(ev.capital()).isCloseTo(11_029, within(1e-9));
        assertThat(ev.annualizedReturnOnCapital()).isCloseTo(0.02907834786185171, within(1e-12));
        assertThat(ev.clearsHurdle(0.02)).isTrue();
        assertThat(ev.clearsHurdle(0.03)).isFalse();
        // break-even mid: 102 - 64.141/(100 x (1 - 0.0005 e^{0.01})) = 101.358266; basis 0.0135827
        assertThat(ev.breakEven().measure()).isEqualTo(BreakEvenMeasure.ENTRY_BASIS);
        assertThat(ev.breakEven().value()).isCloseTo(0.013582657109503238, within(1e-12));
    }

    @Test
    void cashAndCarryExitedEarlyAtAnAssumedBasis() {
        // exit after 36.5 days (tau 0.1) at basis 0.5%: exit future mid 100.5
        OpportunityEvaluation ev = CashAndCarry.of(SPOT, BidAsk.of(101.9, 102.1), COSTS, 10_000, 0.10, T0, EXPIRY)
                .exitAt(T0.plus(Duration.ofHours(876)), 0.005);
        assertThat(ev.grossPnl()).isCloseTo(150, within(1e-9)); // 100 x (102 - 100.5)
        assertThat(ev.spreadCost()).isCloseTo(40, within(1e-9)); // entry and exit: 2 x 100 x 0.2
        assertThat(ev.spotFeeCost()).isCloseTo(20, within(1e-9)); // 100 x (100.1 + 99.9) x 0.001
        assertThat(ev.derivativeFeeCost()).isCloseTo(10.125, within(1e-9)); // 100 x (101.9 + 100.6) x 0.0005
        // 10025.105 x (e^{0.005} - 1) = 10025.105 x 0.0050125209 = 50.2510479
        assertThat(ev.financingCost()).isCloseTo(50.251047930184846, within(1e-9));
        assertThat(ev.netPnl()).isCloseTo(29.623952069816575, within(1e-9));
    }

    @Test
    void reverseCashAndCarryHeldToExpiry() {
        // future 97.9/98.1 (mid 98) below spot
        OpportunityEvaluation ev = ReverseCashAndCarry.of(SPOT, BidAsk.of(97.9, 98.1), COSTS, 10_000, 0.10, T0, EXPIRY)
                .holdToExpiry();
        assertThat(ev.strategy()).isEqualTo(Strategy.REVERSE_CASH_AND_CARRY);
        assertThat(ev.grossPnl()).isCloseTo(200, within(1e-9)); // 100 x (100 - 98)
        assertThat(ev.spreadCost()).isCloseTo(20, within(1e-9));
        assertThat(ev.spotFeeCost()).isCloseTo(9.99, within(1e-9)); // 100 x 99.9 x 0.001
        assertThat(ev.derivativeFeeCost()).isCloseTo(4.905, within(1e-9)); // 100 x 98.1 x 0.0005
        // (100 x 99.9 x 0.999 - 4.905) x (e^{0.01} - 1) = 9975.105 x 0.0100501671 = 100.2514719
        assertThat(ev.interestIncome()).isCloseTo(100.25147193211913, within(1e-9));
        // The coin loan's interest, 100 x (e^{0.02 x 0.2} - 1) = 0.400801068 coins, bought forward at the
        // futures ask 98.1 with its fee financed: 0.400801068 x 98.1 x (1 + 0.0005 e^{0.01}) = 39.3384416
        assertThat(ev.borrowCost()).isCloseTo(39.33844161626923, within(1e-9));
        assertThat(ev.financingCost()).isZero();
        // 200 + 100.2514719 - 20 - 9.99 - 4.905 - 39.3384416 = 226.0180303
        assertThat(ev.netPnl()).isCloseTo(226.0180303158499, within(1e-9));
        assertThat(ev.capital()).isCloseTo(10_971, within(1e-9)); // 9990 + 10% x 9810
        assertThat(ev.annualizedReturnOnCapital()).isCloseTo(0.10300703231968365, within(1e-12)); // 226.018 / 10971 / 0.2
        // break-even mid 98 + 226.018/(100 e^{0.004} (1 + 0.0005 e^{0.01})) = 100.2500; basis 0.00250021
        assertThat(ev.breakEven().value()).isCloseTo(0.002500213220976155, within(1e-12));
        assertThat(ev.totalIncome() - ev.totalCosts()).isCloseTo(ev.netPnl(), within(1e-12));
    }

    @Test
    void reverseCashAndCarryAtTheBandsLowerEdgeBreaksEven() {
        // Issue 13: the band borrows e^(-b tau) coins while the trade priced the coin loan at mid without
        // compounding, so on 1M notional the trade showed +12 at the band's lower edge. With one model of the
        // borrow (CoinBorrow) the trade bought at exactly the lower bound is worth exactly nothing, and the
        // break-even equals the bound.
        NoArbitrageBand band = NoArbitrageBand.of(SPOT, COSTS, 0.2);
        double lower = band.lower();
        BidAsk future = BidAsk.of(lower - 0.2, lower);
        OpportunityEvaluation ev = ReverseCashAndCarry.of(SPOT, future, COSTS, 1_000_000, 0.10, T0, EXPIRY).holdToExpiry();
        assertThat(ev.netPnl()).isCloseTo(0.0, within(1e-7));
        // Break-even entry basis at mid: the mid whose ask is the lower bound.
        assertThat(ev.breakEven().value()).isCloseTo((lower - 0.1) / 100.0 - 1.0, within(1e-12));
        // A tick below the bound pays, a tick above loses.
        BidAsk below = BidAsk.of(lower - 0.21, lower - 0.01);
        BidAsk above = BidAsk.of(lower - 0.19, lower + 0.01);
        assertThat(ReverseCashAndCarry.of(SPOT, below, COSTS, 1_000_000, 0.10, T0, EXPIRY).holdToExpiry().netPnl()).isPositive();
        assertThat(ReverseCashAndCarry.of(SPOT, above, COSTS, 1_000_000, 0.10, T0, EXPIRY).holdToExpiry().netPnl()).isNegative();
    }

    @Test
    void reverseExitedEarly() {
        // exit at tau 0.1 with basis -1%: gross 100 x (99 - 98) = 100
        OpportunityEvaluation ev = ReverseCashAndCarry.of(SPOT, BidAsk.of(97.9, 98.1), COSTS, 10_000, 0.10, T0, EXPIRY)
                .exitAt(T0.plus(Duration.ofHours(876)), -0.01);
        assertThat(ev.grossPnl()).isCloseTo(100, within(1e-9));
        assertThat(ev.spotFeeCost()).isCloseTo(20, within(1e-9)); // 100 x (99.9 + 100.1) x 0.001
        assertThat(ev.derivativeFeeCost()).isCloseTo(9.85, within(1e-9)); // 100 x (98.1 + 98.9) x 0.0005 = 100 x 197 x 0.0005
        assertThat(ev.spreadCost()).isCloseTo(40, within(1e-9));
    }

    @Test
    void fundingCarry() {
        // perp 100.0/100.2 (mid 100.1, premium 0.1%), 1 bp per 8 h = 0.0001 x 1095 = 10.95% APR, 90 days
        FundingCarry trade = FundingCarry.of(SPOT, BidAsk.of(100.0, 100.2), COSTS,
                FundingAssumption.perInterval(0.0001, Duration.ofHours(8)), 10_000, 0.20, Duration.ofDays(90));
        OpportunityEvaluation ev = trade.evaluate();
        assertThat(ev.strategy()).isEqualTo(Strategy.FUNDING_CARRY);
        assertThat(ev.grossPnl()).isCloseTo(0, within(1e-9)); // premium unchanged
        // 90 days = 270 intervals: 0.0001 x 270 x 100 x 100.1 = 270.27
        assertThat(ev.fundingIncome()).isCloseTo(270.27, within(1e-9));
        assertThat(ev.spreadCost()).isCloseTo(40, within(1e-9)); // 2 x 100 x (0.1 + 0.1)
        assertThat(ev.spotFeeCost()).isCloseTo(20, within(1e-9)); // 100 x (100.1 + 99.9) x 0.001
        assertThat(ev.derivativeFeeCost()).isCloseTo(10.01, within(1e-9)); // 100 x (100.0 + 100.2) x 0.0005
        // (10010 x 1.001 + 5.0) x (e^{0.05 x 90/365} - 1) = 10025.01 x 0.0124052... = 124.3610477
        assertThat(ev.financingCost()).isCloseTo(124.36104767624458, within(1e-9));
        assertThat(ev.netPnl()).isCloseTo(75.89895232375592, within(1e-9));
        assertThat(ev.capital()).isCloseTo(12_010, within(1e-9)); // 10010 + 20% x 10000
        assertThat(ev.annualizedReturnOnCapital()).isCloseTo(0.02562967674916358, within(1e-12));
        // break-even APR: 0.1095 - 75.899/(100 x 100.1 x 90/365) = 0.0787495
        assertThat(ev.breakEven().measure()).isEqualTo(BreakEvenMeasure.ANNUAL_FUNDING_RATE);
        assertThat(ev.breakEven().value()).isCloseTo(0.07874950871553901, within(1e-12));
        // the same funding given as an APR gives the same evaluation
        FundingCarry annual = FundingCarry.of(SPOT, BidAsk.of(100.0, 100.2), COSTS, FundingAssumption.annual(0.1095),
                10_000, 0.20, Duration.ofDays(90));
        assertThat(annual.evaluate().netPnl()).isCloseTo(ev.netPnl(), within(1e-9));
        // premium collapsing to zero at exit: gross 100 x (100.1 - 100) = 10
        assertThat(trade.evaluate(0.0).grossPnl()).isCloseTo(10, within(1e-9));
    }

    @Test
    void badInput() {
        BidAsk fut = BidAsk.of(101.9, 102.1);
        assertThatThrownBy(() -> CashAndCarry.of(SPOT, fut, COSTS, 10_000, 0.1, T0, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'expiry'")
                .hasMessageContaining(T0.toString());
        assertThatThrownBy(() -> CashAndCarry.of(SPOT, fut, COSTS, -1, 0.1, T0, EXPIRY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'notional'").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> CashAndCarry.of(SPOT, null, COSTS, 1, 0.1, T0, EXPIRY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'future'");
        assertThatThrownBy(() -> ReverseCashAndCarry.of(SPOT, fut, COSTS, 1, 2.0, T0, EXPIRY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'initialMarginFraction'")
                .hasMessageContaining("2.0");
        CashAndCarry cc = CashAndCarry.of(SPOT, fut, COSTS, 10_000, 0.1, T0, EXPIRY);
        Instant late = EXPIRY.plusSeconds(1);
        assertThatThrownBy(() -> cc.exitAt(late, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'horizon'")
                .hasMessageContaining(late.toString()).hasMessageContaining(EXPIRY.toString());
        assertThatThrownBy(() -> cc.exitAt(T0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'horizon'");
        assertThatThrownBy(() -> cc.exitAt(EXPIRY, -1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'exitBasis'").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> cc.exitAt(EXPIRY, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'exitBasis'").hasMessageContaining("NaN");
        ReverseCashAndCarry rc = ReverseCashAndCarry.of(SPOT, fut, COSTS, 10_000, 0.1, T0, EXPIRY);
        assertThatThrownBy(() -> rc.exitAt(late, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'horizon'");
        FundingAssumption f = FundingAssumption.annual(0.1);
        assertThatThrownBy(() -> FundingCarry.of(SPOT, fut, COSTS, f, 1, 0.1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'horizon'").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> FundingCarry.of(SPOT, fut, COSTS, null, 1, 0.1, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'funding'");
        assertThatThrownBy(() -> FundingAssumption.perInterval(0.0001, Duration.ofHours(-8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'interval'").hasMessageContaining("PT-8H");
        assertThatThrownBy(() -> FundingAssumption.annual(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'annualRate'");
        OpportunityEvaluation ev = cc.holdToExpiry();
        assertThatThrownBy(() -> ev.clearsHurdle(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'hurdleRate'");
        assertThatThrownBy(() -> BreakEven.of(Double.POSITIVE_INFINITY, BreakEvenMeasure.ENTRY_BASIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'value'");
    }

    @Test
    void fundingAssumptionAnnualizes() {
        // 8 h: 365 x 3 = 1095 intervals; 1 h: 8760
        assertThat(FundingAssumption.perInterval(0.0001, Duration.ofHours(8)).annualRate()).isCloseTo(0.1095, within(1e-15));
        assertThat(FundingAssumption.perInterval(0.00001, Duration.ofHours(1)).annualRate()).isCloseTo(0.0876, within(1e-15));
    }

    @Property
    void atTheBreakEvenBasisTheNetPnlIsZero(
            @ForAll @DoubleRange(min = 50, max = 50_000) double spotMid,
            @ForAll @DoubleRange(min = -0.05, max = 0.05) @Scale(6) double basis,
            @ForAll @DoubleRange(min = 0, max = 0.001) @Scale(6) double halfSpreadFraction,
            @ForAll @DoubleRange(min = 0, max = 0.002) @Scale(6) double fee,
            @ForAll @DoubleRange(min = -0.02, max = 0.2) @Scale(4) double rate,
            @ForAll @IntRange(min = 1, max = 400) int days,
            @ForAll boolean reverse) {
        double h = spotMid * halfSpreadFraction;
        BidAsk spot = BidAsk.of(spotMid - h, spotMid + h);
        TradingCosts costs = TradingCosts.of(FeeSchedule.of(0, fee), FeeSchedule.of(0, fee), rate, rate / 2, rate / 3);
        Instant expiry = T0.plus(Duration.ofDays(days));
        double fMid = spotMid * (1 + basis);
        OpportunityEvaluation ev = evaluate(reverse, spot, BidAsk.of(fMid - h, fMid + h), costs, expiry);
        double fStar = spotMid * (1 + ev.breakEven().value());
        OpportunityEvaluation atBreakEven = evaluate(reverse, spot, BidAsk.of(fStar - h, fStar + h), costs, expiry);
        assertThat(atBreakEven.netPnl()).isCloseTo(0.0, within(1e-9 * ev.capital()));
        assertThat(atBreakEven.breakEven().value()).isCloseTo(ev.breakEven().value(), within(1e-10));
    }

    private static OpportunityEvaluation evaluate(boolean reverse, BidAsk spot, BidAsk future, TradingCosts costs,
            Instant expiry) {
        return reverse
                ? ReverseCashAndCarry.of(spot, future, costs, 1_000_000, 0.1, T0, expiry).holdToExpiry()
                : CashAndCarry.of(spot, future, costs, 1_000_000, 0.1, T0, expiry).holdToExpiry();
    }

    @Property
    void atTheBreakEvenFundingRateTheNetPnlIsZero(
            @ForAll @DoubleRange(min = -0.5, max = 0.5) @Scale(4) double apr,
            @ForAll @IntRange(min = 1, max = 400) int days) {
        BidAsk perp = BidAsk.of(100.05, 100.15);
        OpportunityEvaluation ev = FundingCarry.of(SPOT, perp, COSTS, FundingAssumption.annual(apr), 10_000, 0.1,
                Duration.ofDays(days)).evaluate();
        OpportunityEvaluation atBreakEven = FundingCarry.of(SPOT, perp, COSTS,
                FundingAssumption.annual(ev.breakEven().value()), 10_000, 0.1, Duration.ofDays(days)).evaluate();
        assertThat(atBreakEven.netPnl()).isCloseTo(0.0, within(1e-9));
    }
}
