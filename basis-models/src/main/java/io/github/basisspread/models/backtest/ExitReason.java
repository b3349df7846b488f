package io.github.basisspread.models.backtest;

/** Why a trade was closed. */
public enum ExitReason {
    /** The strategy closed it (the basis converged, the signal faded). */
    SIGNAL,
    /** Its loss reached the stop. */
    STOP,
    /** The dated future expired. */
    EXPIRY,
    /** The data ended with the position open; it is closed at the last prices. */
    END_OF_DATA
}
