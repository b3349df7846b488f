package io.github.basisspread.models.backtest;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One closed basis trade.
 *
 * <p>Immutable and thread-safe.
 *
 * @param position carry or reverse
 * @param entryTime the time it was opened
 * @param exitTime the time it was closed
 * @param entryBasis the relative basis {@code F / S - 1} at entry
 * @param exitBasis the relative basis at exit
 * @param spotQuantity the spot quantity in coin, positive long, negative short
 * @param derivativeQuantity the derivative position, positive long: in coin for a linear
 *     contract, in USD face value for an inverse one
 * @param notional the notional of each leg at entry, in the quote currency, positive
 * @param margin the initial margin posted for the derivative leg, in the quote currency
 * @param pnl the P&amp;L of the trade by source, entry and exit fees included
 * @param exitReason why it was closed
 */
public record Trade(Position position, Instant entryTime, Instant exitTime, double entryBasis, double exitBasis,
        double spotQuantity, double derivativeQuantity, double notional, double margin, PnlAttribution pnl,
        ExitReason exitReason) {

    /**
     * Validates the components.
     *
     * @param position carry or reverse
     * @param entryTime the entry time
     * @param exitTime the exit time
     * @param entryBasis the basis at entry
     * @param exitBasis the basis at exit
     * @param spotQuantity the spot quantity
     * @param derivativeQuantity the derivative quantity
     * @param notional the notional
     * @param margin the margin
     * @param pnl the P&amp;L
     * @param exitReason the exit reason
     * @throws IllegalArgumentException if a component is null, flat, not finite or out of order
     */
    public Trade {
        ArgChecker.notNull(position, "position");
        ArgChecker.isTrue(position != Position.FLAT, "position", position, "be CARRY or REVERSE");
        ArgChecker.notNull(entryTime, "entryTime");
        ArgChecker.notNull(exitTime, "exitTime");
        ArgChecker.isTrue(!exitTime.isBefore(entryTime), "exitTime", exitTime, "not be before entryTime " + entryTime);
        ArgChecker.finite(entryBasis, "entryBasis");
        ArgChecker.finite(exitBasis, "exitBasis");
        ArgChecker.finite(spotQuantity, "spotQuantity");
        ArgChecker.finite(derivativeQuantity, "derivativeQuantity");
        ArgChecker.positive(notional, "notional");
        ArgChecker.nonNegative(margin, "margin");
        ArgChecker.notNull(pnl, "pnl");
        ArgChecker.notNull(exitReason, "exitReason");
    }

    /**
     * Describes the trade on one line.
     *
     * @return e.g. {@code Trade[CARRY 2024-01-05T08:00:00Z -> 2024-02-01T08:00:00Z, basis 2.31% -> 0.75%,
     *     notional 909,090.91, P&L 13,245.12 (basis 14,100.00, funding 0.00, fees -854.88, financing 0.00), SIGNAL]}
     */
    @Override
    public String toString() {
        return "Trade[" + position + " " + entryTime + " -> " + exitTime + ", basis " + TextTables.percent(entryBasis)
                + " -> " + TextTables.percent(exitBasis) + ", notional " + TextTables.money(notional) + ", P&L "
                + TextTables.money(pnl.total()) + " (basis " + TextTables.money(pnl.basisConvergence()) + ", funding "
                + TextTables.money(pnl.funding()) + ", fees " + TextTables.money(pnl.fees()) + ", financing "
                + TextTables.money(pnl.financing()) + "), " + exitReason + "]";
    }

    /**
     * Returns the trade as a table: its legs, the basis at entry and exit, and its P&amp;L by source.
     *
     * @return the table, lines ending in a newline
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        TextTables.pairs(sb, List.of(
                new String[] {"Position", position.name()}, new String[] {"Exit reason", exitReason.name()},
                new String[] {"Entry", entryTime.toString()}, new String[] {"Exit", exitTime.toString()},
                new String[] {"Entry basis", TextTables.percent(entryBasis)},
                new String[] {"Exit basis", TextTables.percent(exitBasis)},
                new String[] {"Spot quantity", String.format(Locale.ROOT, "%.6g", spotQuantity)},
                new String[] {"Derivative quantity", String.format(Locale.ROOT, "%.6g", derivativeQuantity)},
                new String[] {"Notional", TextTables.money(notional)}, new String[] {"Margin", TextTables.money(margin)}));
        TextTables.table(sb, List.of("P&L", "amount", "of notional"), attributionRows(pnl, notional));
        return sb.toString();
    }

    /** The attribution as rows of source, amount and share of a base amount. */
    static List<List<String>> attributionRows(PnlAttribution a, double base) {
        return List.of(
                List.of("basis convergence", TextTables.money(a.basisConvergence()), TextTables.percent(a.basisConvergence() / base)),
                List.of("funding", TextTables.money(a.funding()), TextTables.percent(a.funding() / base)),
                List.of("fees and slippage", TextTables.money(a.fees()), TextTables.percent(a.fees() / base)),
                List.of("financing", TextTables.money(a.financing()), TextTables.percent(a.financing() / base)),
                List.of("total", TextTables.money(a.total()), TextTables.percent(a.total() / base)));
    }
}
