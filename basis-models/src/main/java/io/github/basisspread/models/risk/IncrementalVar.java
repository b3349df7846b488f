package io.github.basisspread.models.risk;

import java.util.Locale;

/**
 * The historical VaR and ES of a book before and after adding a trade
 * ({@link ScenarioRevaluation#whatIf}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param before the book's VaR and ES, not null
 * @param after the VaR and ES of the book with the trade, not null
 */
public record IncrementalVar(RiskEstimate before, RiskEstimate after) {

    /**
     * Validates the components.
     *
     * @param before the book's estimate
     * @param after the estimate with the trade
     * @throws IllegalArgumentException if one is null
     */
    public IncrementalVar {
        RiskArgs.notNull(before, "before");
        RiskArgs.notNull(after, "after");
    }

    /**
     * Returns the change of VaR the trade causes, {@code after - before} (negative: the trade
     * hedges).
     *
     * @return the incremental VaR in the quote currency
     */
    public double incrementalVar() {
        return after.valueAtRisk() - before.valueAtRisk();
    }

    /**
     * Returns the change of ES the trade causes, {@code after - before}.
     *
     * @return the incremental ES in the quote currency
     */
    public double incrementalEs() {
        return after.expectedShortfall() - before.expectedShortfall();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "VaR %.2f -> %.2f (%+.2f), ES %.2f -> %.2f (%+.2f)", before.valueAtRisk(),
                after.valueAtRisk(), incrementalVar(), before.expectedShortfall(), after.expectedShortfall(),
                incrementalEs());
    }
}
