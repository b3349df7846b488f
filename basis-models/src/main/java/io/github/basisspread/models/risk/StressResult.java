package io.github.basisspread.models.risk;

import java.util.Locale;

/**
 * The P&amp;L of a book under one stress scenario, in the quote currency (gains positive).
 *
 * <p>Immutable and thread-safe.
 *
 * @param scenario the scenario in words, not null
 * @param pnl the P&amp;L in the quote currency, finite
 */
public record StressResult(String scenario, double pnl) {

    /**
     * Validates the components.
     *
     * @param scenario the scenario
     * @param pnl the P&amp;L
     * @throws IllegalArgumentException if the scenario is null or the P&amp;L not finite
     */
    public StressResult {
        RiskArgs.notNull(scenario, "scenario");
        RiskArgs.finite(pnl, "pnl");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-60s %16.2f", scenario, pnl);
    }
}
