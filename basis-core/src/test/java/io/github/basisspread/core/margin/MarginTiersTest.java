package io.github.basisspread.core.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarginTiersTest {

    /*
     * Binance announcement "Updates to Leverage and Margin Tiers of Binance Futures Contracts
     * (2021-03-18)", BTCUSDT 125x perpetual table; amounts by the rule of the Binance FAQ "How to
     * Calculate Liquidation Price of USDⓈ-M Futures Contracts" (2020-08-14), worked by hand:
     * 50 = 50,000 x 0.1%; 1,300 = 50 + 250,000 x 0.5%; 16,300 = 1,300 + 1,000,000 x 1.5%; ...
     */
    @Test
    void binanceBtcUsdtBracketsAndAmounts() {
        MarginTiers t = BinanceMargin.btcUsdtPerpetual();
        assertThat(t.tiers()).hasSize(10);
        double[] amounts = {0, 50, 1_300, 16_300, 266_300, 1_266_300, 2_516_300, 5_016_300, 25_016_300, 100_016_300};
        for (int i = 0; i < amounts.length; i++) {
            assertThat(t.tiers().get(i).maintenanceAmount()).as("tier %d", i + 1).isCloseTo(amounts[i], within(1e-6));
        }
        // the FAQ's examples: 264,000 USDT -> rate 1%; 500,000 USDT -> amount 1,300 USDT
        assertThat(t.tier(264_000).maintenanceMarginRate()).isEqualTo(0.01);
        assertThat(t.tier(500_000).maintenanceAmount()).isCloseTo(1_300, within(1e-9));
        assertThat(t.maintenanceMargin(500_000)).isCloseTo(3_700, within(1e-9));
        assertThat(t.maxLeverage(50_000)).isEqualTo(125);
        assertThat(t.maxLeverage(50_000.01)).isEqualTo(100);
        assertThat(t.initialMargin(200_000, 20)).isCloseTo(10_000, within(1e-9));
    }

    @Test
    void maintenanceMarginIsContinuousAtEveryCap() {
        MarginTiers t = BinanceMargin.btcUsdtPerpetual();
        for (MarginTier tier : t.tiers().subList(0, 9)) {
            double cap = tier.notionalCap();
            assertThat(t.maintenanceMargin(Math.nextUp(cap))).isCloseTo(t.maintenanceMargin(cap), within(1e-6 * cap));
        }
    }

    @Test
    void refusesBadTablesAndArguments() {
        MarginTiers t = BinanceMargin.btcUsdtPerpetual();
        assertThatThrownBy(() -> t.tier(600_000_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'notional'").hasMessageContaining("6.0E8");
        assertThatThrownBy(() -> t.initialMargin(2_000_000, 50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'leverage'").hasMessageContaining("50.0");
        assertThatThrownBy(() -> MarginTiers.of(List.of(new MarginTier(0, 10, 10, 0.01, 0),
                new MarginTier(10, 20, 5, 0.02, 0.5)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tiers[1].maintenanceAmount'").hasMessageContaining("0.5");
        assertThatThrownBy(() -> MarginTiers.of(List.of(new MarginTier(0, 10, 10, 0.01, 0),
                new MarginTier(11, 20, 5, 0.02, 0.11)))).hasMessageContaining("'tiers[1].notionalFloor'");
        assertThatThrownBy(() -> new MarginTier(0, 10, 10, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'maintenanceMarginRate'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> MarginTiers.fromRates(new double[] {1, 2}, new double[] {1}, new double[] {0.1, 0.2}))
                .hasMessageContaining("'maxLeverage'");
    }
}
