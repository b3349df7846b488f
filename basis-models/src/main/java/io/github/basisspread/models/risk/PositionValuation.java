package io.github.basisspread.models.risk;

import java.util.Locale;

/**
 * A position marked to market: its mark price, notional and P&amp;L since entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param position the position, not null
 * @param markPrice the mark price used, positive
 * @param notional the signed notional in the quote currency
 * @param pricePnl the price P&amp;L in the quote currency (inverse: the coin P&amp;L times spot)
 * @param funding the funding received (negative when paid) since entry, in the quote currency
 * @param pnlInCoin the total P&amp;L in the underlying's coin: total quote P&amp;L / spot (for
 *     an inverse contract, exactly its coin P&amp;L plus coin funding)
 */
public record PositionValuation(Position position, double markPrice, double notional, double pricePnl,
        double funding, double pnlInCoin) {

    /**
     * Validates the components.
     *
     * @param position the position
     * @param markPrice the mark price
     * @param notional the notional
     * @param pricePnl the price P&amp;L
     * @param funding the funding
     * @param pnlInCoin the coin P&amp;L
     * @throws IllegalArgumentException naming the argument if it is null or not finite
     */
    public PositionValuation {
        RiskArgs.notNull(position, "position");
        RiskArgs.positive(markPrice, "markPrice");
        RiskArgs.finite(notional, "notional");
        RiskArgs.finite(pricePnl, "pricePnl");
        RiskArgs.finite(funding, "funding");
        RiskArgs.finite(pnlInCoin, "pnlInCoin");
    }

    /**
     * Returns the total P&amp;L in the quote currency, price plus funding.
     *
     * @return the total
     */
    public double pnl() {
        return pricePnl + funding;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-16s %-9s %-7s %14.6g %12.2f %16.2f %14.2f %12.2f %14.2f %14.8f",
                position.instrument().symbol(), position.venue(), position.settlement(), position.quantity(),
                markPrice, notional, pricePnl, funding, pnl(), pnlInCoin);
    }
}
