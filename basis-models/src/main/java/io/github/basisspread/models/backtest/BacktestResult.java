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

    /**
     * Describes the run on one line.
     *
     * @return e.g. {@code BacktestResult[121 observations 2024-01-05T08:00:00Z to 2024-05-04T08:00:00Z, 3 trades,
     *     capital 1,000,000.00 -> 1,013,245.12 (1.32%), Sharpe 2.176, max drawdown 0.45%]}
     */
    @Override
    public String toString() {
        return "BacktestResult[" + equity.size() + " observations " + equity.firstTime() + " to " + equity.lastTime()
                + ", " + trades.size() + (trades.size() == 1 ? " trade" : " trades") + ", capital "
                + TextTables.money(initialCapital) + " -> " + TextTables.money(finalEquity()) + " ("
                + TextTables.percent(finalEquity() / initialCapital - 1) + "), Sharpe " + TextTables.ratio(metrics.sharpe())
                + ", max drawdown " + TextTables.percent(metrics.maxDrawdown()) + "]";
    }

    /**
     * Returns the run as a report in the manner of statsmodels' {@code summary()}: the sample and
     * the capital, the P&amp;L by source (amount and share of the initial capital), the performance
     * measures, and one line per trade.
     *
     * @return the report, lines ending in a newline
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        TextTables.title(sb, "Basis backtest results");
        TextTables.rule(sb, '=');
        TextTables.pairs(sb, List.of(
                new String[] {"Start", equity.firstTime().toString()}, new String[] {"Observations", String.valueOf(equity.size())},
                new String[] {"End", equity.lastTime().toString()}, new String[] {"Trades", String.valueOf(trades.size())},
                new String[] {"Initial capital", TextTables.money(initialCapital)},
                new String[] {"Funding settlements", String.valueOf(fundingEvents.size())},
                new String[] {"Final equity", TextTables.money(finalEquity())},
                new String[] {"Return", TextTables.percent(finalEquity() / initialCapital - 1)}));
        TextTables.rule(sb, '=');
        TextTables.table(sb, List.of("P&L attribution", "amount", "of capital"), Trade.attributionRows(attribution, initialCapital));
        TextTables.rule(sb, '-');
        TextTables.table(sb, List.of("Performance", "value"), metrics.rows());
        if (!trades.isEmpty()) {
            TextTables.rule(sb, '-');
            List<List<String>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < trades.size(); i++) {
                Trade t = trades.get(i);
                rows.add(List.of(String.valueOf(i + 1), t.position().name(), t.entryTime().toString(), t.exitTime().toString(),
                        TextTables.percent(t.entryBasis()), TextTables.percent(t.exitBasis()), TextTables.money(t.pnl().total()),
                        t.exitReason().name()));
            }
            TextTables.table(sb, List.of("#", "position", "entry", "exit", "basis in", "basis out", "P&L", "exit"), rows);
        }
        TextTables.rule(sb, '=');
        return sb.toString();
    }
}
