package io.github.basisspread.models.backtest;

/** What a strategy decides at one time. */
public enum Decision {
    /** Keep the current position (or stay flat). */
    HOLD,
    /** Open a cash-and-carry position (long spot, short derivative); ignored unless flat. */
    OPEN_CARRY,
    /** Open a reverse cash-and-carry position (short spot, long derivative); ignored unless flat. */
    OPEN_REVERSE,
    /** Close the position (the basis has converged); ignored when flat. */
    CLOSE
}
