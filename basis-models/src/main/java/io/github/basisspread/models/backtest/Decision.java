package io.github.basisspread.models.backtest;

import java.util.Optional;

/** What a strategy decides at one time; the opening decisions name the {@link Position} they open. */
public enum Decision {
    /** Keep the current position (or stay flat). */
    HOLD,
    /** Open a cash-and-carry position (long spot, short derivative); ignored unless flat. */
    OPEN_CARRY,
    /** Open a reverse cash-and-carry position (short spot, long derivative); ignored unless flat. */
    OPEN_REVERSE,
    /** Close the position (the basis has converged); ignored when flat. */
    CLOSE;

    /**
     * Returns the position this decision opens: {@link Position#CARRY} for {@link #OPEN_CARRY},
     * {@link Position#REVERSE} for {@link #OPEN_REVERSE}, empty for the others.
     *
     * @return the position opened
     */
    public Optional<Position> opens() {
        return switch (this) {
            case OPEN_CARRY -> Optional.of(Position.CARRY);
            case OPEN_REVERSE -> Optional.of(Position.REVERSE);
            case HOLD, CLOSE -> Optional.empty();
        };
    }
}
