package io.github.basisspread.models.backtest;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import java.util.List;

/**
 * The outcome of a {@link Backtest}: the closed trades, the equity curve, the P&amp;L by source,
 * every funding settlement on the position, every decision of the strategy (one per observation,
 * in time order) and the performance measures.
 *
 * <p>The accounting identity holds: the final equity equals the initial capital plus
 * {@code attribution().total()}, and {@code attribution().funding()} is the sum of the funding
 * cash flows. Immutable and thread-safe.
 *
 * @param initialCapital the capital at the start
 * @param trades the closed trades, in time order, an immutable copy
 * @param equity the equity (cash plus the value of the positions) at each observation
 * @param attribution the P&amp;L by source over the whole run
 * @param fundingEvents the funding settlements on the position, an immutable copy
 * @param decisions the decision at each observation, an immutable copy
 * @param metrics the performance measures
 */
public record BacktestResult(double initialCapital, List<Trade> trades, TimeSeries equity, PnlAttribution attribution,
        List<FundingEvent> fundingEvents, List<Decision> decisions, PerformanceMetrics metrics) {

    /**
     * Validates and copies the components.
     *
     * @param initialCapital the initial capital
     * @param trades the trades
     * @param equity the equity curve
     * @param attribution the attribution
     * @param fundingEvents the funding settlements
     * @param decisions the decisions
     * @param metrics the measures
     * @throws IllegalArgumentException if a component is null or the capital not positive
     */
    public BacktestResult {
        ArgChecker.positive(initialCapital, "initialCapital");
        trades = List.copyOf(ArgChecker.notNull(trades, "trades"));
        ArgChecker.notNull(equity, "equity");
        ArgChecker.notNull(attribution, "attribution");
        fundingEvents = List.copyOf(ArgChecker.notNull(fundingEvents, "fundingEvents"));
        decisions = List.copyOf(ArgChecker.notNull(decisions, "decisions"));
        ArgChecker.notNull(metrics, "metrics");
    }

    /**
     * Returns the final equity.
     *
     * @return the last value of the equity curve
     */
    public double finalEquity() {
        return equity.value(equity.size() - 1);
    }
}
