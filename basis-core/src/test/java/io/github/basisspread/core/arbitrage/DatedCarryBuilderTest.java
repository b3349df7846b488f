package io.github.basisspread.core.arbitrage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.LiquidityRole;
import io.github.basisspread.core.carry.TradingCosts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The named builders of the carry trades (dated and funding) and of their costs. */
class DatedCarryBuilderTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant EXPIRY = T0.plus(Duration.ofDays(73));
    private static final BidAsk SPOT = BidAsk.of(99.9, 100.1);
    private static final BidAsk FUTURE = BidAsk.of(101.9, 102.1);
    private static final TradingCosts COSTS = new TradingCosts(FeeSchedule.ofBasisPoints(0, 10), LiquidityRole.TAKER,
            FeeSchedule.ofBasisPoints(0, 5), LiquidityRole.TAKER, 0.05, 0.05, 0.02, 0.0);

    @Test
    void tradingCostsBuilderNamesEachRate() {
        TradingCosts built = TradingCosts.builder()
                .spotFees(FeeSchedule.ofBasisPoints(0, 10))
                .derivativeFees(FeeSchedule.ofBasisPoints(0, 5))
                .cashRate(0.05)
                .coinBorrowRate(0.02)
                .build();
        assertThat(built).isEqualTo(COSTS);

        TradingCosts split = TradingCosts.builder().cashBorrowRate(0.07).cashLendRate(0.03).coinYield(0.01)
                .roles(LiquidityRole.MAKER, LiquidityRole.TAKER).build();
        assertThat(split).isEqualTo(new TradingCosts(FeeSchedule.ZERO, LiquidityRole.MAKER, FeeSchedule.ZERO,
                LiquidityRole.TAKER, 0.07, 0.03, 0.0, 0.01));
    }

    @Test
    void tradingCostsBuilderNamesTheBadComponent() {
        assertThatThrownBy(() -> TradingCosts.builder().spotFees(null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'spotFees'");
        assertThatThrownBy(() -> TradingCosts.builder().coinBorrowRate(Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'coinBorrowRate'");
    }

    @Test
    void cashAndCarryBuilderGivesTheCanonicalTrade() {
        CashAndCarry built = CashAndCarry.builder().spot(SPOT).future(FUTURE).costs(COSTS).notional(10_000)
                .initialMarginFraction(0.10).valuationTime(T0).expiry(EXPIRY).build();
        assertThat(built).isEqualTo(new CashAndCarry(SPOT, FUTURE, COSTS, 10_000, 0.10, T0, EXPIRY));
    }

    @Test
    void fundingCarryBuilderGivesTheCanonicalTrade() {
        FundingAssumption funding = FundingAssumption.perInterval(0.0001, Duration.ofHours(8));
        FundingCarry built = FundingCarry.builder().horizon(Duration.ofDays(30)).initialMarginFraction(0.1)
                .notional(2_000).funding(funding).costs(COSTS).perpetual(FUTURE).spot(SPOT).build();
        assertThat(built).isEqualTo(new FundingCarry(SPOT, FUTURE, COSTS, funding, 2_000, 0.1, Duration.ofDays(30)));
        assertThatThrownBy(() -> FundingCarry.builder().spot(SPOT).perpetual(FUTURE).costs(COSTS).funding(funding)
                .initialMarginFraction(0.1).horizon(Duration.ofDays(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'notional'");
        assertThatThrownBy(() -> FundingCarry.builder().spot(SPOT).perpetual(FUTURE).costs(COSTS).notional(1)
                .initialMarginFraction(0.1).horizon(Duration.ofDays(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'funding'");
    }

    @Test
    void reverseCashAndCarryBuilderGivesTheCanonicalTrade() {
        ReverseCashAndCarry built = ReverseCashAndCarry.builder().expiry(EXPIRY).valuationTime(T0)
                .initialMarginFraction(0.2).notional(5_000).costs(COSTS).future(FUTURE).spot(SPOT).build();
        assertThat(built).isEqualTo(new ReverseCashAndCarry(SPOT, FUTURE, COSTS, 5_000, 0.2, T0, EXPIRY));
    }

    @Test
    void anUnsetTermIsNamed() {
        assertThatThrownBy(() -> CashAndCarry.builder().spot(SPOT).future(FUTURE).costs(COSTS)
                .initialMarginFraction(0.1).valuationTime(T0).expiry(EXPIRY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'notional'");
        assertThatThrownBy(() -> ReverseCashAndCarry.builder().spot(SPOT).future(FUTURE).costs(COSTS)
                .notional(1_000).valuationTime(T0).expiry(EXPIRY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'initialMarginFraction'");
        assertThatThrownBy(() -> CashAndCarry.builder().spot(SPOT).costs(COSTS).notional(1_000)
                .initialMarginFraction(0.1).valuationTime(T0).expiry(EXPIRY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'future'");
    }

    @Test
    void swappedInstantsAreRefused() {
        assertThatThrownBy(() -> CashAndCarry.builder().spot(SPOT).future(FUTURE).costs(COSTS).notional(1_000)
                .initialMarginFraction(0.1).valuationTime(EXPIRY).expiry(T0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'expiry'")
                .hasMessageContaining("after the valuation time");
    }
}
