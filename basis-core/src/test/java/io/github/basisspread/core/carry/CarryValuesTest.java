package io.github.basisspread.core.carry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.basis.Compounding;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation") // exercises the positional factories kept as deprecated delegates
class CarryValuesTest {

    @Test
    void bidAsk() {
        BidAsk q = BidAsk.of(99.5, 100.5);
        assertThat(q.mid()).isEqualTo(100.0); // (99.5 + 100.5)/2
        assertThat(q.spread()).isEqualTo(1.0);
        assertThat(q.halfSpread()).isEqualTo(0.5);
        assertThat(BidAsk.ofMid(7).spread()).isZero();
        assertThatThrownBy(() -> BidAsk.of(101, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ask'").hasMessageContaining("100.0").hasMessageContaining("101.0");
        assertThatThrownBy(() -> BidAsk.of(Double.NaN, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bid'").hasMessageContaining("NaN");
    }

    @Test
    void feeSchedule() {
        FeeSchedule f = FeeSchedule.ofBasisPoints(-1, 4.5); // -1 bp rebate, 4.5 bp taker
        assertThat(f.rate(LiquidityRole.MAKER)).isCloseTo(-0.0001, within(1e-18));
        assertThat(f.rate(LiquidityRole.TAKER)).isCloseTo(0.00045, within(1e-18));
        assertThat(FeeSchedule.ZERO.takerRate()).isZero();
        assertThatThrownBy(() -> FeeSchedule.of(0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'takerRate'").hasMessageContaining("5.0");
        assertThatThrownBy(() -> FeeSchedule.of(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'makerRate'");
        assertThatThrownBy(() -> f.rate(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'role'");
    }

    @Test
    void tradingCosts() {
        TradingCosts c = TradingCosts.frictionless(0.05, 0.02);
        assertThat(c.cashBorrowRate()).isEqualTo(0.05);
        assertThat(c.cashLendRate()).isEqualTo(0.05);
        assertThat(c.coinBorrowRate()).isEqualTo(0.02);
        assertThat(c.coinYield()).isEqualTo(0.02);
        assertThat(c.spotFeeRate()).isZero();
        assertThatThrownBy(() -> TradingCosts.of(null, FeeSchedule.ZERO, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'spotFees'");
        assertThatThrownBy(() -> TradingCosts.of(FeeSchedule.ZERO, FeeSchedule.ZERO, Double.NaN, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cashBorrowRate'");
        assertThatThrownBy(() -> c.withRoles(LiquidityRole.MAKER, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'derivativeRole'");
    }

    @Test
    void returnOnCapital() {
        // capital = 10000 spot + 10% x 10000 margin = 11000
        double capital = ReturnOnCapital.capital(10_000, 10_000, 0.10);
        assertThat(capital).isCloseTo(11_000, within(1e-9));
        ReturnOnCapital roc = ReturnOnCapital.of(150, capital, 0.25);
        // 150 / 11000 = 0.0136364; simple / 0.25 = 0.0545455; continuous ln(1.0136364)/0.25 = 0.0541769
        assertThat(roc.periodReturn()).isCloseTo(0.013636363636363636, within(1e-15));
        assertThat(roc.annualized(Compounding.SIMPLE)).isCloseTo(0.05454545454545454, within(1e-15));
        assertThat(roc.annualized(Compounding.CONTINUOUS)).isCloseTo(0.05417690043102888, within(1e-15));
        assertThatThrownBy(() -> ReturnOnCapital.of(-200, 100, 1).annualized(Compounding.CONTINUOUS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'netPnl'")
                .hasMessageContaining("-200.0");
        assertThatThrownBy(() -> ReturnOnCapital.capital(1, 1, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'initialMarginFraction'").hasMessageContaining("1.5");
        assertThatThrownBy(() -> ReturnOnCapital.of(1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'capital'");
        assertThatThrownBy(() -> roc.annualized(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'compounding'");
    }
}
