package io.github.basisspread.models.risk;

import java.util.Locale;

/**
 * A value-at-risk and expected-shortfall estimate, both stated as <b>positive losses</b> in the
 * unit of the P&amp;L they were computed from (the quote currency for a book).
 *
 * <p>Immutable and thread-safe.
 *
 * @param method how the estimate was computed, not null
 * @param level the confidence level, in (0, 1), e.g. 0.99
 * @param valueAtRisk the loss not exceeded with probability {@code level}, finite
 * @param expectedShortfall the mean loss beyond the VaR, finite, at least the VaR for every
 *     method here
 * @param nobs the number of P&amp;L observations or scenarios used, positive
 * @param note what was assumed or chosen (degrees of freedom, lambda), never null
 * @param usable false when the method's assumptions fail on these data so that the numbers are
 *     not a usable VaR or ES (Cornish-Fisher outside its domain of validity); the note says why
 */
public record RiskEstimate(VarMethod method, double level, double valueAtRisk, double expectedShortfall, int nobs,
        String note, boolean usable) {

    /**
     * Validates the components.
     *
     * @param method the method
     * @param level the level
     * @param valueAtRisk the VaR
     * @param expectedShortfall the ES
     * @param nobs the number of observations
     * @param note the note
     * @param usable whether the numbers are a usable VaR and ES
     * @throws IllegalArgumentException naming the argument if one is null or out of range
     */
    public RiskEstimate {
        RiskArgs.notNull(method, "method");
        RiskArgs.level(level, "level");
        RiskArgs.finite(valueAtRisk, "valueAtRisk");
        RiskArgs.finite(expectedShortfall, "expectedShortfall");
        if (nobs <= 0) {
            throw RiskArgs.fail("nobs", nobs, "be positive");
        }
        RiskArgs.notNull(note, "note");
    }

    /**
     * A usable estimate.
     *
     * @param method the method
     * @param level the level
     * @param valueAtRisk the VaR
     * @param expectedShortfall the ES
     * @param nobs the number of observations
     * @param note the note
     * @throws IllegalArgumentException naming the argument if one is null or out of range
     */
    public RiskEstimate(VarMethod method, double level, double valueAtRisk, double expectedShortfall, int nobs,
            String note) {
        this(method, level, valueAtRisk, expectedShortfall, nobs, note, true);
    }

    /**
     * Returns a one-line table row: method, level, VaR, ES, observations and note.
     *
     * @return the summary
     */
    public String summary() {
        return String.format(Locale.ROOT, "%-32s level %.4f  VaR %14.4f  ES %14.4f  n %6d  %s", method.label(),
                level, valueAtRisk, expectedShortfall, nobs, note);
    }

    @Override
    public String toString() {
        return summary();
    }
}
