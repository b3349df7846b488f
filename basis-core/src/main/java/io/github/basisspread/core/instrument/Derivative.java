package io.github.basisspread.core.instrument;

import java.util.OptionalDouble;

/**
 * A derivative on a base asset: a {@link DatedFuture} or a {@link PerpetualSwap}, with its
 * contract terms ({@link ContractSpec}: settlement type, contract size, quanto multiplier).
 *
 * <p>The currencies are consistent with the settlement type, checked on construction: a linear
 * contract settles in its quote currency, an inverse contract in its base asset, a quanto
 * contract in a currency other than its quote currency.
 *
 * <p>Implementations are immutable, thread-safe records.
 */
public sealed interface Derivative extends Instrument permits DatedFuture, PerpetualSwap {

    /**
     * Returns the contract terms.
     *
     * @return the contract terms
     */
    ContractSpec contract();

    /**
     * Returns how the contract settles.
     *
     * @return the settlement type
     */
    default Settlement settlement() {
        return contract().settlement();
    }

    /**
     * Returns the size of one contract: base units for linear, quote-currency face value for
     * inverse, quantity for quanto contracts.
     *
     * @return the contract size, positive
     */
    default double contractSize() {
        return contract().contractSize();
    }

    /**
     * Returns the quanto multiplier, present only for quanto contracts.
     *
     * @return the multiplier, or empty
     */
    default OptionalDouble quantoMultiplier() {
        return contract().quantoMultiplier();
    }

    /**
     * Tells whether the contract is linear.
     *
     * @return true if {@code settlement() == LINEAR}
     */
    default boolean isLinear() {
        return settlement() == Settlement.LINEAR;
    }

    /**
     * Tells whether the contract is inverse (coin-margined).
     *
     * @return true if {@code settlement() == INVERSE}
     */
    default boolean isInverse() {
        return settlement() == Settlement.INVERSE;
    }

    /**
     * Tells whether the contract is quanto.
     *
     * @return true if {@code settlement() == QUANTO}
     */
    default boolean isQuanto() {
        return settlement() == Settlement.QUANTO;
    }

    /**
     * Returns the notional in the quote currency; see {@link ContractSpec#notional(double, double)}.
     *
     * @param price the price, positive and finite
     * @param contracts the number of contracts, finite, negative when short
     * @return the signed quote-currency notional
     * @throws IllegalArgumentException if the price or the number of contracts is invalid
     * @throws UnsupportedOperationException for a quanto contract
     */
    default double notional(double price, double contracts) {
        return contract().notional(price, contracts);
    }

    /**
     * Returns the notional in base units; see {@link ContractSpec#baseNotional(double, double)}.
     *
     * @param price the price, positive and finite
     * @param contracts the number of contracts, finite, negative when short
     * @return the signed notional in base units
     * @throws IllegalArgumentException if the price or the number of contracts is invalid
     * @throws UnsupportedOperationException for a quanto contract
     */
    default double baseNotional(double price, double contracts) {
        return contract().baseNotional(price, contracts);
    }

    /**
     * Returns the notional in the settlement currency; see
     * {@link ContractSpec#settlementNotional(double, double)}.
     *
     * @param price the price, positive and finite
     * @param contracts the number of contracts, finite, negative when short
     * @return the signed settlement-currency notional
     * @throws IllegalArgumentException if the price or the number of contracts is invalid
     */
    default double settlementNotional(double price, double contracts) {
        return contract().settlementNotional(price, contracts);
    }

    /**
     * Describes the contract terms in words, e.g. {@code "linear, 0.001 BTC per contract"}.
     *
     * @return the description
     */
    default String contractDescription() {
        return contract().describe(baseAsset(), quoteCurrency(), settlementCurrency());
    }
}
