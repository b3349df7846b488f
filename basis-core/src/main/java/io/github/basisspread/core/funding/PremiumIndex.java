package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The premium index of a perpetual at one sampling instant, from its impact prices and the
 * spot index.
 *
 * <p>The impact bid (ask) price is the average fill price of a market sell (buy) of the venue's
 * impact notional. The premium is
 * <pre>
 *   P = (max(0, impactBid - index) - max(0, index - impactAsk)) / index
 * </pre>
 * as published by Binance ("Introduction to Binance Futures Funding Rates") and used in the
 * same form by Bybit, BitMEX, Hyperliquid (with the oracle price as index) and dYdX v4. It is
 * positive only when even a sell of the impact notional fills above the index, negative only
 * when even a buy fills below it, and zero when the index lies between the impact prices.
 * OKX instead uses the mid-price premium, {@link #midPremium(double, double, double)}.
 *
 * <p>The samples of a funding interval are averaged with the venue's {@link PremiumAveraging}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param impactBid the impact bid price, positive
 * @param impactAsk the impact ask price, positive and not below the impact bid
 * @param indexPrice the spot index (or oracle) price, positive
 */
public record PremiumIndex(double impactBid, double impactAsk, double indexPrice) {

    /**
     * Validates the prices.
     *
     * @param impactBid the impact bid price, positive
     * @param impactAsk the impact ask price, positive and not below the impact bid
     * @param indexPrice the spot index (or oracle) price, positive
     * @throws IllegalArgumentException if a price is not finite and positive, or the impact bid
     *     is above the impact ask
     */
    public PremiumIndex {
        ArgChecker.positive(impactBid, "impactBid");
        ArgChecker.positive(impactAsk, "impactAsk");
        ArgChecker.positive(indexPrice, "indexPrice");
        ArgChecker.isTrue(impactBid <= impactAsk, "impactBid", impactBid, "not exceed 'impactAsk' " + impactAsk);
    }

    /**
     * Creates a premium index observation.
     *
     * @param impactBid the impact bid price
     * @param impactAsk the impact ask price
     * @param indexPrice the spot index price
     * @return the observation
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static PremiumIndex of(double impactBid, double impactAsk, double indexPrice) {
        return new PremiumIndex(impactBid, impactAsk, indexPrice);
    }

    /**
     * Returns the premium as a decimal.
     *
     * @return {@code (max(0, impactBid - index) - max(0, index - impactAsk)) / index}
     */
    public double value() {
        return (Math.max(0.0, impactBid - indexPrice) - Math.max(0.0, indexPrice - impactAsk)) / indexPrice;
    }

    /**
     * Returns the premium in basis points.
     *
     * @return {@code value() * 10000}
     */
    public double toBasisPoints() {
        return value() * 10_000.0;
    }

    /**
     * Returns OKX's mid-price premium, {@code ((bestBid + bestAsk) / 2 - index) / index}
     * ("Introduction to perpetual swap funding fee", OKX help centre).
     *
     * @param bestBid the best bid price, positive
     * @param bestAsk the best ask price, positive and not below the bid
     * @param indexPrice the spot index price, positive
     * @return the premium as a decimal
     * @throws IllegalArgumentException if a price is not finite and positive, or the bid is
     *     above the ask
     */
    public static double midPremium(double bestBid, double bestAsk, double indexPrice) {
        ArgChecker.positive(bestBid, "bestBid");
        ArgChecker.positive(bestAsk, "bestAsk");
        ArgChecker.positive(indexPrice, "indexPrice");
        ArgChecker.isTrue(bestBid <= bestAsk, "bestBid", bestBid, "not exceed 'bestAsk' " + bestAsk);
        return ((bestBid + bestAsk) / 2.0 - indexPrice) / indexPrice;
    }
}
