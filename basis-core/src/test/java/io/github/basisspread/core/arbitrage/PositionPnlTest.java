package io.github.basisspread.core.arbitrage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.instrument.Settlement;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class PositionPnlTest {

    @Test
    void linearPnlSignedBySide() {
        // 10 contracts of 0.01 BTC, 40000 -> 42000: 10 x 0.01 x 2000 = 200
        assertThat(ContractPosition.of(Side.LONG, Settlement.LINEAR, 10, 0.01, 40_000).pnl(42_000))
                .isCloseTo(200, within(1e-9));
        assertThat(ContractPosition.of(Side.SHORT, Settlement.LINEAR, 10, 0.01, 40_000).pnl(42_000))
                .isCloseTo(-200, within(1e-9));
        assertThat(ContractPosition.of(Side.LONG, Settlement.LINEAR, 10, 0.01, 40_000).pnlInQuoteCurrency(42_000))
                .isCloseTo(200, within(1e-9));
        assertThat(ContractPosition.of(Side.LONG, Settlement.LINEAR, 10, 0.01, 40_000).entryNotional())
                .isCloseTo(4_000, within(1e-9)); // 10 x 0.01 x 40000
    }

    @Test
    void inversePnlInCoinAndUsd() {
        // 100 contracts x $100 = N 10000; 40000 -> 50000: 10000 x (1/40000 - 1/50000) = 10000 x 0.000005 = 0.05 BTC
        ContractPosition longInverse = ContractPosition.of(Side.LONG, Settlement.INVERSE, 100, 100, 40_000);
        assertThat(longInverse.entryNotional()).isCloseTo(10_000, within(1e-9));
        assertThat(longInverse.pnl(50_000)).isCloseTo(0.05, within(1e-15));
        // in USD at the exit mark: 0.05 x 50000 = 2500 = linear P&L of 10000/40000 = 0.25 BTC x 10000
        assertThat(longInverse.pnlInQuoteCurrency(50_000)).isCloseTo(2_500, within(1e-9));
        ContractPosition shortInverse = ContractPosition.of(Side.SHORT, Settlement.INVERSE, 100, 100, 40_000);
        assertThat(shortInverse.pnl(50_000)).isCloseTo(-0.05, within(1e-15));
        // a fall 40000 -> 32000: long loses 10000 x (1/40000 - 1/32000) = 10000 x (0.000025 - 0.00003125) = -0.0625 BTC
        assertThat(longInverse.pnl(32_000)).isCloseTo(-0.0625, within(1e-15));
    }

    @Test
    void notionalAtAMark_andReStrikingAtTheMark() {
        // Linear 10 x 0.01 BTC at a 42000 mark: 4200; inverse 100 x $100: 10000 USD whatever the mark.
        ContractPosition linear = ContractPosition.of(Side.SHORT, Settlement.LINEAR, 10, 0.01, 40_000);
        assertThat(linear.notionalAt(42_000)).isCloseTo(4_200, within(1e-9));
        assertThat(ContractPosition.of(Side.LONG, Settlement.INVERSE, 100, 100, 40_000).notionalAt(25_000))
                .isCloseTo(10_000, within(1e-9));
        // Settled at 41000, the short counts its P&L from there: 41000 -> 42000 is -10 x 0.01 x 1000 = -100.
        ContractPosition marked = linear.markedTo(41_000);
        assertThat(marked.entryPrice()).isEqualTo(41_000);
        assertThat(marked.pnl(42_000)).isCloseTo(-100, within(1e-9));
        assertThat(linear.pnl(41_000) + marked.pnl(42_000)).isCloseTo(linear.pnl(42_000), within(1e-9));
        assertThatThrownBy(() -> linear.notionalAt(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'markPrice'");
        assertThatThrownBy(() -> linear.markedTo(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'entryPrice'");
    }

    @Test
    void quantoPnlStaysInTheSettlementCurrency() {
        // 5 contracts x 0.000001 BTC per USD point, ETH 2000 -> 2100: 5 x 0.000001 x 100 = 0.0005 BTC
        ContractPosition quanto = ContractPosition.of(Side.LONG, Settlement.QUANTO, 5, 0.000001, 2_000);
        assertThat(quanto.pnl(2_100)).isCloseTo(0.0005, within(1e-15));
        assertThat(quanto.entryNotional()).isCloseTo(0.01, within(1e-15));
        assertThatThrownBy(() -> quanto.pnlInQuoteCurrency(2_100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'settlement'").hasMessageContaining("QUANTO");
    }

    @Test
    void inverseHedgeSize() {
        // 2 BTC at 40000: N = 80000 USD = 800 contracts of $100
        assertThat(InverseHedge.notionalUsd(2, 40_000)).isCloseTo(80_000, within(1e-9));
        assertThat(InverseHedge.contracts(2, 40_000, 100)).isCloseTo(800, within(1e-9));
        assertThatThrownBy(() -> InverseHedge.contracts(2, 40_000, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'faceValueUsd'");
        assertThatThrownBy(() -> InverseHedge.notionalUsd(-2, 40_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'coinAmount'").hasMessageContaining("-2.0");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ContractPosition.of(null, Settlement.LINEAR, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'side'");
        assertThatThrownBy(() -> ContractPosition.of(Side.LONG, Settlement.LINEAR, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'contracts'");
        assertThatThrownBy(() -> ContractPosition.of(Side.LONG, Settlement.LINEAR, 1, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'entryPrice'");
        assertThatThrownBy(() -> ContractPosition.of(Side.LONG, Settlement.LINEAR, 1, 1, 1).pnl(-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'exitPrice'")
                .hasMessageContaining("-3.0");
        assertThat(Side.SHORT.sign()).isEqualTo(-1);
    }

    @Property
    void inverseUsdPnlEqualsLinearPnlOfNotionalOverEntryCoins(
            @ForAll @DoubleRange(min = 1, max = 1e6) double notional,
            @ForAll @DoubleRange(min = 100, max = 1e5) double entry,
            @ForAll @DoubleRange(min = 100, max = 1e5) double exit,
            @ForAll Side side) {
        double inverseUsd = ContractPosition.of(side, Settlement.INVERSE, 1, notional, entry).pnlInQuoteCurrency(exit);
        double linear = ContractPosition.of(side, Settlement.LINEAR, 1, notional / entry, entry).pnl(exit);
        assertThat(inverseUsd).isCloseTo(linear, within(1e-9 * (1 + Math.abs(linear))));
        // long and short are mirror images
        Side other = side == Side.LONG ? Side.SHORT : Side.LONG;
        assertThat(ContractPosition.of(other, Settlement.INVERSE, 1, notional, entry).pnl(exit))
                .isEqualTo(-ContractPosition.of(side, Settlement.INVERSE, 1, notional, entry).pnl(exit));
    }

    @Property
    void aShortInverseHedgeLocksTheUsdValueOfACoinHolding(
            @ForAll @DoubleRange(min = 0.01, max = 1000) double coins,
            @ForAll @DoubleRange(min = 100, max = 1e5) double entry,
            @ForAll @DoubleRange(min = 100, max = 1e5) double exit) {
        double notional = InverseHedge.notionalUsd(coins, entry);
        ContractPosition hedge = ContractPosition.of(Side.SHORT, Settlement.INVERSE, 1, notional, entry);
        double coinBalance = coins + hedge.pnl(exit);
        // value at exit = C entry for every exit price
        assertThat(coinBalance * exit).isCloseTo(coins * entry, within(1e-9 * coins * entry));
    }
}
