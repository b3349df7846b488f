package io.github.basisspread.core.arbitrage;

/** The basis trades this package evaluates. */
public enum Strategy {
    /** Long spot at the ask, short a dated future at the bid: earns a positive basis. */
    CASH_AND_CARRY,
    /** Short spot at the bid (borrowing the coin), long a dated future at the ask: earns a negative basis. */
    REVERSE_CASH_AND_CARRY,
    /** Long spot, short a perpetual swap: earns the funding paid by longs to shorts. */
    FUNDING_CARRY
}
