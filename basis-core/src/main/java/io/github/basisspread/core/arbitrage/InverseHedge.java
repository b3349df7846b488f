package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The size of a short inverse (coin-margined) future that hedges a coin holding in USD.
 *
 * <p>Hold {@code C} coins and short inverse futures of USD notional {@code N} entered at
 * {@code F_0}. At an exit price {@code P} (the future converged to spot) the coin balance is
 * {@code C + N (1/P - 1/F_0)} (the short's coin P&amp;L is {@code -N (1/F_0 - 1/P)}), worth
 * {@code C P + N - N P / F_0} in USD. With {@code N = C F_0} that is exactly {@code C F_0} for
 * every {@code P}: an inverse hedge of a coin holding is exactly USD-neutral, because the short
 * inverse future's coin P&amp;L offsets the coin's USD moves; it locks the holding's value at the
 * entry futures price. Sized at the spot price instead, the hedge is neutral up to the basis.
 *
 * <p>Stateless and thread-safe.
 */
public final class InverseHedge {

    private InverseHedge() {
    }

    /**
     * The USD notional of short inverse futures that makes a coin holding USD-neutral:
     * {@code N = coinAmount * price}.
     *
     * @param coinAmount the coins held, finite and positive
     * @param price the entry price of the inverse future (for exact neutrality), finite and positive
     * @return the USD notional to sell
     * @throws IllegalArgumentException if an argument is not finite and positive
     */
    public static double notionalUsd(double coinAmount, double price) {
        ArgChecker.positive(coinAmount, "coinAmount");
        ArgChecker.positive(price, "price");
        return coinAmount * price;
    }

    /**
     * The number of USD-face contracts to sell: {@code N / faceValue = coinAmount * price / faceValue},
     * not rounded (round it to the venue's lot size, which leaves a small residual exposure).
     *
     * @param coinAmount the coins held, finite and positive
     * @param price the entry price of the inverse future, finite and positive
     * @param faceValueUsd the USD face value of one contract (e.g. 100 for BTCUSD coin-margined), finite and positive
     * @return the number of contracts to sell
     * @throws IllegalArgumentException if an argument is not finite and positive
     */
    public static double contracts(double coinAmount, double price, double faceValueUsd) {
        ArgChecker.positive(faceValueUsd, "faceValueUsd");
        return notionalUsd(coinAmount, price) / faceValueUsd;
    }
}
