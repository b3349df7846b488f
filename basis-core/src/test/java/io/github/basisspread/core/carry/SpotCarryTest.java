package io.github.basisspread.core.carry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The carry of a spot leg held over a period, long (financed) and short (borrowed). */
class SpotCarryTest {

    private static final TradingCosts COSTS = TradingCosts.builder().cashBorrowRate(0.06).cashLendRate(0.04)
            .coinBorrowRate(0.08).coinYield(0.02).build();

    @Test
    void longSpot_earnsTheYieldAndPaysTheCashRate_continuously() {
        // 2 coins at 100 for half a year: 200 (e^0.01 - 1) - 200 (e^0.03 - 1) = 200 (e^0.01 - e^0.03) = -4.0809.
        assertThat(COSTS.longSpotCarry(2, 100, 0.5)).isCloseTo(200 * (Math.exp(0.01) - Math.exp(0.03)), within(1e-12))
                .isCloseTo(-4.08087, within(1e-5));
    }

    @Test
    void shortSpot_earnsTheLendRateAndPaysTheCoinLoan() {
        // Proceeds 200 at 4% for half a year, loan of 2 coins at 8%: 200 (e^0.02 - 1) - 2 (e^0.04 - 1) 100.
        assertThat(COSTS.shortSpotCarry(2, 100, 0.5)).isCloseTo(200 * (Math.exp(0.02) - Math.exp(0.04)), within(1e-12))
                .isCloseTo(-4.12189, within(1e-5));
        // The coin interest is CoinBorrow's, valued at the spot price.
        TradingCosts borrowOnly = TradingCosts.builder().coinBorrowRate(0.08).build();
        assertThat(borrowOnly.shortSpotCarry(2, 100, 0.5)).isEqualTo(-CoinBorrow.of(0.08, 0.5).interestCoins(2) * 100);
    }

    @Test
    void nothingHeldOrNoTime_carriesNothing() {
        assertThat(COSTS.longSpotCarry(0, 100, 1)).isZero();
        assertThat(COSTS.shortSpotCarry(3, 100, 0)).isZero();
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> COSTS.longSpotCarry(-1, 100, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'coins'").hasMessageContaining("-1");
        assertThatThrownBy(() -> COSTS.shortSpotCarry(1, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spotPrice'");
        assertThatThrownBy(() -> COSTS.longSpotCarry(1, 100, -0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yearFraction'");
    }
}
