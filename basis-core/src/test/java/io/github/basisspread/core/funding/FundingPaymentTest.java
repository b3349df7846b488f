package io.github.basisspread.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class FundingPaymentTest {

    /** Tolerance for payments of order 1 to 100 computed with two or three roundings. */
    private static final double TOL = 1e-12;

    @Test
    void linearPaymentIsNotionalTimesRate() {
        // 2 BTC at mark 30000 = 60000 USDT notional; * 0.0001 = 6 USDT paid by longs to shorts.
        double payment = FundingPayment.linear(2.0, 30_000.0, 0.0001);
        assertThat(payment).isCloseTo(6.0, within(TOL));
        assertThat(FundingPayment.longCashFlow(payment)).isCloseTo(-6.0, within(TOL));
        assertThat(FundingPayment.shortCashFlow(payment)).isCloseTo(6.0, within(TOL));
        // Negative rate: 60000 * -0.0005 = -30: shorts pay longs, the long receives 30.
        double negative = FundingPayment.linear(2.0, 30_000.0, -0.0005);
        assertThat(negative).isCloseTo(-30.0, within(TOL));
        assertThat(FundingPayment.longCashFlow(negative)).isCloseTo(30.0, within(TOL));
        assertThat(FundingPayment.shortCashFlow(negative)).isCloseTo(-30.0, within(TOL));
    }

    @Test
    void inversePaymentIsInCoin() {
        // 100 contracts * 100 USD = 10000 USD; / 25000 = 0.4 BTC; * 0.0001 = 0.00004 BTC.
        assertThat(FundingPayment.inverse(100, 100.0, 25_000.0, 0.0001)).isCloseTo(0.00004, within(1e-18));
        // Deribit-style 10 USD contracts: 500 * 10 = 5000 USD / 50000 = 0.1 BTC * -0.0002 = -0.00002 BTC.
        assertThat(FundingPayment.inverse(500, 10.0, 50_000.0, -0.0002)).isCloseTo(-0.00002, within(1e-18));
    }

    @Test
    void badInputIsRejectedWithTheArgumentNamed() {
        assertThatThrownBy(() -> FundingPayment.linear(-1, 30_000, 0.0001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quantity'").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> FundingPayment.linear(1, 0, 0.0001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'markPrice'").hasMessageContaining("0.0");
        assertThatThrownBy(() -> FundingPayment.linear(1, 30_000, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rate'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> FundingPayment.inverse(-5, 100, 30_000, 0.0001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'contracts'");
        assertThatThrownBy(() -> FundingPayment.inverse(5, Double.NaN, 30_000, 0.0001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'faceValue'");
        assertThatThrownBy(() -> FundingPayment.inverse(5, 100, Double.POSITIVE_INFINITY, 0.0001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'markPrice'").hasMessageContaining("Infinity");
        assertThatThrownBy(() -> FundingPayment.inverse(5, 100, 30_000, Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rate'");
        assertThatThrownBy(() -> FundingPayment.longCashFlow(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'payment'");
        assertThatThrownBy(() -> FundingPayment.shortCashFlow(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'payment'");
    }

    @Property
    void inverseCoinPaymentTimesMarkEqualsLinearPaymentOnTheSameUsdNotional(
            @ForAll @DoubleRange(min = 0, max = 1e6) @Scale(12) double contracts,
            @ForAll @DoubleRange(min = 1, max = 100) @Scale(12) double faceValue,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) @Scale(12) double mark,
            @ForAll @DoubleRange(min = -0.03, max = 0.03) @Scale(12) double rate) {
        double coin = FundingPayment.inverse(contracts, faceValue, mark, rate);
        double usdNotional = contracts * faceValue;
        double linear = FundingPayment.linear(usdNotional / mark, mark, rate);
        // Both are usdNotional * rate up to a few roundings: relative 1e-14.
        assertThat(coin * mark).isCloseTo(linear, within(1e-14 * Math.abs(usdNotional * rate) + Double.MIN_VALUE));
        assertThat(coin * mark).isCloseTo(usdNotional * rate, within(1e-14 * Math.abs(usdNotional * rate) + Double.MIN_VALUE));
    }

    @Property
    void fundingIsZeroSum(@ForAll @DoubleRange(min = -1e9, max = 1e9) @Scale(12) double payment) {
        assertThat(FundingPayment.longCashFlow(payment) + FundingPayment.shortCashFlow(payment)).isZero();
    }
}
