package io.github.basisspread.models.backtest;

/** The position of a basis trade. */
public enum Position {
    /** No position. */
    FLAT,
    /** Cash and carry: long spot, short the derivative (gains as a positive basis converges, receives positive funding). */
    CARRY,
    /** Reverse cash and carry: short spot, long the derivative. */
    REVERSE
}
