package io.github.basisspread.core.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Liquidation prices against hand computations of Binance's formulas (FAQ "How to Calculate
 * Liquidation Price of USDⓈ-M Futures Contracts", 2020-08-14; "... of COIN-M Futures Contracts",
 * 2021-02-05), with the BTCUSDT brackets of the announcement of 2021-03-18.
 */
class LiquidationPriceTest {

    private static final MarginTiers BTCUSDT = BinanceMargin.btcUsdtPerpetual();

    @Test
    void isolatedShortMovesToTheSecondBracket() {
        // 1 BTC short at 50,000, 10x: collateral 5,000. Bracket 1 gives 55,000 / 1.004 = 54,780.88,
        // a notional above its 50,000 cap; bracket 2: (5,000 + 50 + 50,000) / 1.005 = 54,776.1194...
        double lp = LiquidationPrice.linear(-1, 50_000, 5_000, BTCUSDT).orElseThrow();
        assertThat(lp).isCloseTo(55_050 / 1.005, within(1e-9));
        assertThat(lp).isCloseTo(54_776.119402985, within(1e-6));
    }

    @Test
    void isolatedLongStaysInTheFirstBracket() {
        // 1 BTC long at 50,000, 10x: (5,000 - 50,000) / (0.004 - 1) = 45,180.7228...
        double lp = LiquidationPrice.linear(1, 50_000, 5_000, BTCUSDT).orElseThrow();
        assertThat(lp).isCloseTo(45_000 / 0.996, within(1e-9));
    }

    @Test
    void fullyCollateralisedLongIsNeverLiquidated() {
        assertThat(LiquidationPrice.linear(1, 50_000, 50_000, BTCUSDT)).isEmpty();
    }

    @Test
    void crossAccountCountsTheOtherPositions() {
        // wallet 10,000, others' maintenance 1,000 and unrealized P&L -2,000: balance 7,000;
        // 2 BTC short at 40,000 (notional at LP > 50,000 -> bracket 2): (7,000 + 50 + 80,000) / (2 x 1.005)
        double lp = LiquidationPrice.linearCross(-2, 40_000, 10_000, 1_000, -2_000, BTCUSDT).orElseThrow();
        assertThat(lp).isCloseTo(87_050 / 2.010, within(1e-9));
    }

    @Test
    void inverseShortAndLong() {
        MarginTiers flat = MarginTiers.flat(100, 0.005);
        // 100 contracts of 100 USD short at 50,000, collateral 0.02 BTC:
        // LP = 10,000 (0.005 - 1) / (0.02 - 10,000 / 50,000) = 9,950 / 0.18 = 55,277.77...
        assertThat(LiquidationPrice.inverse(-100, 100, 50_000, 0.02, flat).orElseThrow())
                .isCloseTo(9_950 / 0.18, within(1e-8));
        // long: 10,000 x 1.005 / (0.02 + 0.2) = 45,681.81...
        assertThat(LiquidationPrice.inverse(100, 100, 50_000, 0.02, flat).orElseThrow())
                .isCloseTo(10_050 / 0.22, within(1e-8));
        // equity equals maintenance margin there (coin): the price solves the balance equation
        double p = 9_950 / 0.18;
        double equity = 0.02 - 10_000 * (1 / 50_000.0 - 1 / p);
        assertThat(equity).isCloseTo(10_000 / p * 0.005, within(1e-15));
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> LiquidationPrice.linear(0, 50_000, 5_000, BTCUSDT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quantity'");
        assertThatThrownBy(() -> LiquidationPrice.linear(1, Double.NaN, 5_000, BTCUSDT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'entryPrice'");
        assertThatThrownBy(() -> LiquidationPrice.inverse(1, 100, 50_000, 0.1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tiers'");
    }
}
