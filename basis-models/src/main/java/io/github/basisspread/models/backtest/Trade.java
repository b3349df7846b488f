package io.github.basisspread.models.backtest;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;

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
}
