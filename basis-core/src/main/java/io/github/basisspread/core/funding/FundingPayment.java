package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The funding payment exchanged at one settlement, for linear and inverse perpetuals.
 *
 * <h2>Sign convention</h2>
 * A <b>payment</b> is positive when paid by longs to shorts (the rate is positive, the perpetual
 * trades rich) and negative when paid by shorts to longs. A <b>cash flow</b> is the change in
 * one side's balance: {@link #longCashFlow(double)} is {@code -payment} and
 * {@link #shortCashFlow(double)} is {@code +payment}. Funding is zero-sum: the two cash flows
 * always add to zero.
 *
 * <h2>Linear contracts</h2>
 * Quoted and settled in the quote currency (BTCUSDT): notional = quantity x mark price, and
 * payment = notional x rate, in the quote currency.
 *
 * <h2>Inverse contracts</h2>
 * Quoted in USD, settled in the coin (BTCUSD coin-margined): a contract has a USD face value,
 * the coin notional is {@code contracts * faceValue / mark}, and the payment in coin is that coin
 * notional times the rate. Multiplied by the mark price it equals the linear payment on the same
 * USD notional.
 *
 * <p>Stateless and thread-safe.
 */
public final class FundingPayment {

    private FundingPayment() {
    }

    /**
     * Returns the payment on a linear contract position.
     *
     * @param quantity the position size in base units (e.g. BTC), zero or positive
     * @param markPrice the mark price in the quote currency, positive
     * @param rate the funding rate of this settlement as a decimal, finite
     * @return {@code quantity * markPrice * rate} in the quote currency, positive when longs pay
     * @throws IllegalArgumentException if an argument is outside its domain or not finite
     */
    public static double linear(double quantity, double markPrice, double rate) {
        ArgChecker.nonNegative(quantity, "quantity");
        ArgChecker.positive(markPrice, "markPrice");
        ArgChecker.finite(rate, "rate");
        return quantity * markPrice * rate;
    }

    /**
     * Returns the payment on an inverse contract position, in the coin.
     *
     * @param contracts the number of contracts, zero or positive
     * @param faceValue the USD face value of one contract (e.g. 100 at BitMEX/Binance COIN-M
     *     BTCUSD, 10 at Deribit), positive
     * @param markPrice the mark price in USD per coin, positive
     * @param rate the funding rate of this settlement as a decimal, finite
     * @return {@code contracts * faceValue / markPrice * rate} in coin, positive when longs pay
     * @throws IllegalArgumentException if an argument is outside its domain or not finite
     */
    public static double inverse(double contracts, double faceValue, double markPrice, double rate) {
        ArgChecker.nonNegative(contracts, "contracts");
        ArgChecker.positive(faceValue, "faceValue");
        ArgChecker.positive(markPrice, "markPrice");
        ArgChecker.finite(rate, "rate");
        return contracts * faceValue / markPrice * rate;
    }

    /**
     * Returns the cash flow of the long side for a payment: {@code -payment}.
     *
     * @param payment the payment, positive when paid by longs to shorts
     * @return the change in the long's balance (negative when the long pays)
     * @throws IllegalArgumentException if the payment is not finite
     */
    public static double longCashFlow(double payment) {
        return -ArgChecker.finite(payment, "payment");
    }

    /**
     * Returns the cash flow of the short side for a payment: {@code +payment}.
     *
     * @param payment the payment, positive when paid by longs to shorts
     * @return the change in the short's balance (positive when the short receives)
     * @throws IllegalArgumentException if the payment is not finite
     */
    public static double shortCashFlow(double payment) {
        return ArgChecker.finite(payment, "payment");
    }
}
