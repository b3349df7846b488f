package io.github.basisspread.models.backtest;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * Profit and loss split by source, in the quote currency. Costs are negative.
 *
 * <p>Immutable and thread-safe.
 *
 * @param basisConvergence the price P&amp;L of the two legs together (for an inverse derivative,
 *     its coin P&amp;L of each period converted at that period's closing mark)
 * @param funding the funding received (positive) or paid (negative)
 * @param fees the trading fees and slippage, zero or negative
 * @param financing the cost of financing the spot leg (or borrowing it for a reverse trade),
 *     zero or negative
 */
public record PnlAttribution(double basisConvergence, double funding, double fees, double financing) {

    /** No P&amp;L. */
    public static final PnlAttribution ZERO = new PnlAttribution(0, 0, 0, 0);

    /**
     * Validates the components.
     *
     * @param basisConvergence the convergence P&amp;L
     * @param funding the funding P&amp;L
     * @param fees the fees, not positive
     * @param financing the financing, not positive
     * @throws IllegalArgumentException if a value is not finite or a cost is positive
     */
    public PnlAttribution {
        ArgChecker.finite(basisConvergence, "basisConvergence");
        ArgChecker.finite(funding, "funding");
        ArgChecker.isTrue(fees <= 0 && Double.isFinite(fees), "fees", fees, "be zero or negative and finite");
        ArgChecker.isTrue(financing <= 0 && Double.isFinite(financing), "financing", financing, "be zero or negative and finite");
    }

    /**
     * Returns the total P&amp;L.
     *
     * @return the sum of the four sources
     */
    public double total() {
        return basisConvergence + funding + fees + financing;
    }

    PnlAttribution plus(double convergence, double fundingFlow, double fee, double finance) {
        return new PnlAttribution(basisConvergence + convergence, funding + fundingFlow, fees + fee, financing + finance);
    }
}
