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
 * @param financing the net carry of the spot leg
 *     ({@link io.github.basisspread.core.carry.TradingCosts#longSpotCarry TradingCosts.longSpotCarry}
 *     and {@link io.github.basisspread.core.carry.TradingCosts#shortSpotCarry shortSpotCarry}): the
 *     cash borrow rate on a long spot leg less its coin yield, the coin loan of a short spot leg
 *     less the interest its proceeds earn; negative when it costs
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
     * @param financing the net carry of the spot leg
     * @throws IllegalArgumentException if a value is not finite or the fees are positive
     */
    public PnlAttribution {
        ArgChecker.finite(basisConvergence, "basisConvergence");
        ArgChecker.finite(funding, "funding");
        ArgChecker.isTrue(fees <= 0 && Double.isFinite(fees), "fees", fees, "be zero or negative and finite");
        ArgChecker.finite(financing, "financing");
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
