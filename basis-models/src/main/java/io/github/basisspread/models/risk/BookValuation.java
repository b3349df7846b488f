package io.github.basisspread.models.risk;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A book marked to market at an instant: one {@link PositionValuation} per position and the totals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time the instant of the quotes, not null
 * @param positions the valuations in the book's order, not null
 */
public record BookValuation(Instant time, List<PositionValuation> positions) {

    /**
     * Validates and copies.
     *
     * @param time the time
     * @param positions the valuations
     * @throws IllegalArgumentException if an argument is null
     */
    public BookValuation {
        RiskArgs.notNull(time, "time");
        positions = List.copyOf(RiskArgs.notNull(positions, "positions"));
    }

    /**
     * Returns the total P&amp;L (price and funding) in the quote currency.
     *
     * @return the total
     */
    public double pnl() {
        return positions.stream().mapToDouble(PositionValuation::pnl).sum();
    }

    /**
     * Returns the total funding received (negative when paid) in the quote currency.
     *
     * @return the funding
     */
    public double funding() {
        return positions.stream().mapToDouble(PositionValuation::funding).sum();
    }

    /**
     * Returns the P&amp;L in coin per underlying (the total quote P&amp;L of its positions over
     * its spot price).
     *
     * @return underlying code to coin P&amp;L, sorted
     */
    public Map<String, Double> pnlInCoin() {
        Map<String, Double> m = new TreeMap<>();
        for (PositionValuation v : positions) {
            m.merge(v.position().underlying(), v.pnlInCoin(), Double::sum);
        }
        return m;
    }

    /**
     * Returns a table: one row per position, then the totals.
     *
     * @return the table
     */
    public String summary() {
        StringBuilder sb = new StringBuilder("Book marked to market at ").append(time).append(System.lineSeparator());
        sb.append(String.format(Locale.ROOT, "%-16s %-9s %-7s %14s %12s %16s %14s %12s %14s %14s%n", "instrument",
                "venue", "settle", "quantity", "mark", "notional", "price P&L", "funding", "P&L", "P&L coin"));
        for (PositionValuation v : positions) {
            sb.append(v).append(System.lineSeparator());
        }
        sb.append(String.format(Locale.ROOT, "total P&L %.2f (funding %.2f); in coin %s", pnl(), funding(),
                pnlInCoin()));
        return sb.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
