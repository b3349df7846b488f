package io.github.basisspread.models.risk;

import io.github.basisspread.core.margin.MarginMode;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The margin of one derivative leg of a book and its distance to liquidation.
 *
 * <p>Amounts are in the leg's margin currency ({@code marginCurrency}: the quote currency of a
 * linear contract, the coin of an inverse one). The liquidation moves are relative moves of the
 * underlying's spot price, every derivative price moving in proportion (basis held relative),
 * that bring the leg's margin balance (isolated) or its account's (cross) down to the
 * maintenance margin.
 *
 * <p>Immutable and thread-safe.
 *
 * @param position the leg, not null
 * @param mode isolated or cross, not null
 * @param account the margin account: the symbol for an isolated leg, {@code VENUE:CURRENCY} for
 *     a cross account, not null
 * @param marginCurrency the currency of the amounts, not null
 * @param notional the absolute notional at the mark, in the margin currency, finite
 * @param initialMargin the initial margin at the mark, {@code notional / leverage}, finite
 * @param maintenanceMargin the maintenance margin at the mark, finite
 * @param marginBalance the collateral plus unrealized P&amp;L: the leg's own (isolated) or the
 *     account's (cross), finite
 * @param liquidationMoveUp the smallest rise of spot (e.g. 0.19 for +19%) that liquidates, empty
 *     if none up to a hundredfold
 * @param liquidationMoveDown the smallest fall of spot (negative, e.g. -0.3) that liquidates, empty
 *     if none down to a ten-thousandth of the price
 * @param markPrice the leg's current mark, positive
 */
public record LegMargin(Position position, MarginMode mode, String account, String marginCurrency, double notional,
        double initialMargin, double maintenanceMargin, double marginBalance, OptionalDouble liquidationMoveUp,
        OptionalDouble liquidationMoveDown, double markPrice) {

    /**
     * Validates the components.
     *
     * @param position the leg
     * @param mode the mode
     * @param account the account
     * @param marginCurrency the margin currency
     * @param notional the notional
     * @param initialMargin the initial margin
     * @param maintenanceMargin the maintenance margin
     * @param marginBalance the margin balance
     * @param liquidationMoveUp the rise that liquidates
     * @param liquidationMoveDown the fall that liquidates
     * @param markPrice the mark
     * @throws IllegalArgumentException naming the argument if one is null or not finite
     */
    public LegMargin {
        RiskArgs.notNull(position, "position");
        RiskArgs.notNull(mode, "mode");
        RiskArgs.notNull(account, "account");
        RiskArgs.notNull(marginCurrency, "marginCurrency");
        RiskArgs.finite(notional, "notional");
        RiskArgs.finite(initialMargin, "initialMargin");
        RiskArgs.finite(maintenanceMargin, "maintenanceMargin");
        RiskArgs.finite(marginBalance, "marginBalance");
        RiskArgs.notNull(liquidationMoveUp, "liquidationMoveUp");
        RiskArgs.notNull(liquidationMoveDown, "liquidationMoveDown");
        RiskArgs.positive(markPrice, "markPrice");
    }

    /**
     * Returns the distance to liquidation: the liquidating spot move nearer to zero, signed.
     *
     * @return the move, or empty when neither direction liquidates in range
     */
    public OptionalDouble distance() {
        if (liquidationMoveUp.isEmpty()) {
            return liquidationMoveDown;
        }
        if (liquidationMoveDown.isEmpty()) {
            return liquidationMoveUp;
        }
        return Math.abs(liquidationMoveDown.getAsDouble()) < liquidationMoveUp.getAsDouble() ? liquidationMoveDown
                : liquidationMoveUp;
    }

    /**
     * Returns the leg's mark price at the nearer liquidating move, {@code mark (1 + distance)}.
     *
     * @return the liquidation price, or empty
     */
    public OptionalDouble liquidationPrice() {
        OptionalDouble d = distance();
        return d.isPresent() ? OptionalDouble.of(markPrice * (1 + d.getAsDouble())) : OptionalDouble.empty();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-16s %-9s %-8s %-14s %14.2f %12.4f %12.4f %14.4f %10s %10s %14s",
                position.instrument().symbol(), position.venue(), mode, account, notional, initialMargin,
                maintenanceMargin, marginBalance, percent(liquidationMoveUp), percent(liquidationMoveDown),
                liquidationPrice().isPresent() ? String.format(Locale.ROOT, "%.2f", liquidationPrice().getAsDouble())
                        : "none");
    }

    private static String percent(OptionalDouble x) {
        return x.isPresent() ? String.format(Locale.ROOT, "%+.2f%%", 100 * x.getAsDouble()) : "none";
    }
}
