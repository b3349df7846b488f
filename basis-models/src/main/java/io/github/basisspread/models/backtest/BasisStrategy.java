package io.github.basisspread.models.backtest;

/**
 * A basis-trading rule: at each time it sees the market up to that time, and its position, and
 * decides. Implementations must be deterministic functions of their arguments (so a backtest is
 * reproducible), immutable and thread-safe. {@link Strategies} holds the usual ones.
 */
@FunctionalInterface
public interface BasisStrategy {

    /**
     * Decides at the last time of the view.
     *
     * @param view the market up to and including now
     * @param position the position held
     * @return the decision
     */
    Decision decide(MarketView view, Position position);
}
