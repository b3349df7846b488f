package io.github.basisspread.models.risk;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The margin of each derivative leg of a book and the spot moves that liquidate them
 * ({@link MarginPlan#analyse}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param time the instant of the quotes, not null
 * @param legs one row per derivative leg, in the book's order, not null
 */
public record MarginReport(Instant time, List<LegMargin> legs) {

    /**
     * Validates and copies.
     *
     * @param time the time
     * @param legs the rows
     * @throws IllegalArgumentException if an argument is null
     */
    public MarginReport {
        RiskArgs.notNull(time, "time");
        legs = List.copyOf(RiskArgs.notNull(legs, "legs"));
    }

    /**
     * Returns the smallest rise of spot that liquidates a leg: how a short-perpetual carry trade
     * dies.
     *
     * @return the move (e.g. 0.19 for +19%), or empty if no leg is liquidated on a rise in range
     */
    public OptionalDouble firstLiquidationOnRally() {
        return legs.stream().map(LegMargin::liquidationMoveUp).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).min();
    }

    /**
     * Returns the smallest fall of spot that liquidates a leg.
     *
     * @return the move (negative), or empty if no leg is liquidated on a fall in range
     */
    public OptionalDouble firstLiquidationOnFall() {
        return legs.stream().map(LegMargin::liquidationMoveDown).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max();
    }

    /**
     * Returns the leg liquidated first, by the smallest absolute spot move in either direction.
     *
     * @return the leg, or empty if none is liquidated in range
     */
    public Optional<LegMargin> firstLiquidated() {
        LegMargin best = null;
        for (LegMargin l : legs) {
            OptionalDouble d = l.distance();
            if (d.isPresent() && (best == null || Math.abs(d.getAsDouble()) < Math.abs(best.distance().getAsDouble()))) {
                best = l;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns a table: one row per leg, then the first liquidating moves.
     *
     * @return the table
     */
    public String summary() {
        StringBuilder sb = new StringBuilder("Margin and liquidation at ").append(time).append(System.lineSeparator());
        sb.append(String.format(Locale.ROOT, "%-16s %-9s %-8s %-14s %14s %12s %12s %14s %10s %10s %14s%n",
                "instrument", "venue", "mode", "account", "notional", "initial", "maint.", "balance", "liq. up",
                "liq. down", "liq. price"));
        for (LegMargin l : legs) {
            sb.append(l).append(System.lineSeparator());
        }
        sb.append("first liquidation on a rally: ").append(percent(firstLiquidationOnRally()))
                .append("; on a fall: ").append(percent(firstLiquidationOnFall()));
        return sb.toString();
    }

    private static String percent(OptionalDouble x) {
        return x.isPresent() ? String.format(Locale.ROOT, "%+.2f%% of spot", 100 * x.getAsDouble()) : "none in range";
    }

    @Override
    public String toString() {
        return summary();
    }
}
