package io.github.basisspread.models.regression;

/**
 * Rolling minimum-variance hedges: for each window of {@code window} periods, ending at period
 * {@code window - 1 + w}, the hedge ratio, the hedge effectiveness and the basis risk (see
 * {@link MinimumVarianceHedge}).
 *
 * <p>Period {@code t} is the change from price {@code t} to price {@code t + 1}. Immutable and
 * thread-safe; arrays returned are copies.
 */
public final class RollingHedge {

    private final int window;
    private final double[] hedgeRatios;
    private final double[] effectiveness;
    private final double[] basisRisk;
    private final double[] unhedgedVolatility;

    RollingHedge(int window, double[] hedgeRatios, double[] effectiveness, double[] basisRisk,
            double[] unhedgedVolatility) {
        this.window = window;
        this.hedgeRatios = hedgeRatios;
        this.effectiveness = effectiveness;
        this.basisRisk = basisRisk;
        this.unhedgedVolatility = unhedgedVolatility;
    }

    /**
     * Returns the number of windows.
     *
     * @return the number of windows
     */
    public int size() {
        return hedgeRatios.length;
    }

    /**
     * Returns the window length in periods.
     *
     * @return the window length
     */
    public int window() {
        return window;
    }

    /**
     * Returns the hedge ratio of each window.
     *
     * @return a copy of the hedge ratios
     */
    public double[] hedgeRatios() {
        return hedgeRatios.clone();
    }

    /**
     * Returns the hedge effectiveness (variance reduction) of each window.
     *
     * @return a copy of the effectiveness values, in {@code [0, 1]}
     */
    public double[] effectiveness() {
        return effectiveness.clone();
    }

    /**
     * Returns the basis risk (sample volatility of the hedged P&amp;L) of each window.
     *
     * @return a copy of the basis risks
     */
    public double[] basisRisk() {
        return basisRisk.clone();
    }

    /**
     * Returns the volatility of the unhedged spot changes in each window.
     *
     * @return a copy of the volatilities
     */
    public double[] unhedgedVolatility() {
        return unhedgedVolatility.clone();
    }
}
