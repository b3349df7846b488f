package io.github.basisspread.core.margin;

/**
 * How a position's collateral is shared.
 */
public enum MarginMode {
    /** The position has its own collateral; only it is lost when the position is liquidated. */
    ISOLATED,
    /**
     * The positions of one account (one venue, one margin currency) share the account's wallet
     * balance: the gains of one leg support the others, and the account is liquidated as a whole.
     */
    CROSS
}
