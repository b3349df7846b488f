package io.github.basisspread.models.backtest;

import io.github.basisspread.core.arbitrage.Side;
import io.github.basisspread.core.arbitrage.Strategy;
import java.util.Optional;

/**
 * The basis position a backtest holds between two decisions.
 *
 * <p>How it relates to {@link Strategy}: a {@code Strategy} names a trade that
 * {@code core.arbitrage} evaluates ex ante (one entry, one horizon, net of every cost); a
 * {@code Position} is the state the backtest carries from one observation to the next, with no
 * horizon and the derivative left open (perpetual or dated). They are the same trades seen from
 * the two sides: {@link #CARRY} against a dated future is {@link Strategy#CASH_AND_CARRY} and
 * against a perpetual {@link Strategy#FUNDING_CARRY}; {@link #REVERSE} against a dated future is
 * {@link Strategy#REVERSE_CASH_AND_CARRY} (see {@link #asStrategy(boolean)}). The backtest prices
 * each leg with the same {@code core} types the evaluations use: the spot leg's carry through
 * {@link io.github.basisspread.core.carry.TradingCosts}, the derivative through
 * {@link io.github.basisspread.core.arbitrage.ContractPosition} with the directions of {@link Side}.
 */
public enum Position {
    /** No position. */
    FLAT,
    /** Cash and carry: long spot, short the derivative (gains as a positive basis converges, receives positive funding). */
    CARRY,
    /** Reverse cash and carry: short spot (borrowed), long the derivative. */
    REVERSE;

    /**
     * Returns the side of the spot leg: long for {@link #CARRY}, short for {@link #REVERSE}, empty
     * when flat. The derivative leg takes the opposite side.
     *
     * @return the spot side
     */
    public Optional<Side> spotSide() {
        return switch (this) {
            case FLAT -> Optional.empty();
            case CARRY -> Optional.of(Side.LONG);
            case REVERSE -> Optional.of(Side.SHORT);
        };
    }

    /**
     * Returns the {@code core.arbitrage} trade that evaluates this position ex ante: cash and carry
     * or funding carry for {@link #CARRY}, reverse cash and carry for {@link #REVERSE} against a
     * dated future; empty when flat and for a reverse position on a perpetual (short spot, long
     * the perpetual, which {@code core.arbitrage} does not evaluate).
     *
     * @param perpetual whether the derivative is a perpetual swap (true) or a dated future (false)
     * @return the strategy
     */
    public Optional<Strategy> asStrategy(boolean perpetual) {
        return switch (this) {
            case FLAT -> Optional.empty();
            case CARRY -> Optional.of(perpetual ? Strategy.FUNDING_CARRY : Strategy.CASH_AND_CARRY);
            case REVERSE -> perpetual ? Optional.empty() : Optional.of(Strategy.REVERSE_CASH_AND_CARRY);
        };
    }
}
