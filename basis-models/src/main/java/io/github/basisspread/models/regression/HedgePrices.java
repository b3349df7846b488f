package io.github.basisspread.models.regression;

import io.github.basisspread.core.series.TimeSeries;

/**
 * The data of a {@link MinimumVarianceHedge}: the spot prices and the hedge instrument's prices
 * at the same times, in time order. The prices are checked by the fit (positive and finite, one
 * length, at least 4), whose messages name {@code spotPrices} and {@code hedgePrices}.
 *
 * <p>Immutable: the arrays are copied in and out.
 *
 * @param spotPrices the spot prices
 * @param hedgePrices the hedge instrument's prices
 */
public record HedgePrices(double[] spotPrices, double[] hedgePrices) {

    /**
     * Copies the prices.
     *
     * @param spotPrices the spot prices, not null
     * @param hedgePrices the hedge instrument's prices, not null
     * @throws IllegalArgumentException if an array is null
     */
    public HedgePrices {
        if (spotPrices == null || hedgePrices == null) {
            throw new IllegalArgumentException("Arguments 'spotPrices' and 'hedgePrices' must not be null");
        }
        spotPrices = spotPrices.clone();
        hedgePrices = hedgePrices.clone();
    }

    /**
     * The prices of two arrays.
     *
     * @param spotPrices the spot prices, not null
     * @param hedgePrices the hedge instrument's prices, not null
     * @return the data
     * @throws IllegalArgumentException if an array is null
     */
    public static HedgePrices of(double[] spotPrices, double[] hedgePrices) {
        return new HedgePrices(spotPrices, hedgePrices);
    }

    /**
     * The prices of two series on the same timestamps.
     *
     * @param spot the spot price series
     * @param hedge the hedge instrument's price series, with the timestamps of {@code spot}
     * @return the data
     * @throws IllegalArgumentException if a series is null or the timestamps differ
     */
    public static HedgePrices of(TimeSeries spot, TimeSeries hedge) {
        requireAligned(spot, hedge);
        return new HedgePrices(spot.valuesArray(), hedge.valuesArray());
    }

    /** @return a copy of the spot prices */
    @Override
    public double[] spotPrices() {
        return spotPrices.clone();
    }

    /** @return a copy of the hedge instrument's prices */
    @Override
    public double[] hedgePrices() {
        return hedgePrices.clone();
    }

    static void requireAligned(TimeSeries spot, TimeSeries hedge) {
        if (spot == null || hedge == null) {
            throw new IllegalArgumentException("Arguments 'spot' and 'hedge' must not be null");
        }
        if (spot.size() != hedge.size()) {
            throw new IllegalArgumentException("Argument 'hedge' must have the timestamps of 'spot' (" + spot.size()
                    + " points) but has " + hedge.size() + " points");
        }
        for (int i = 0; i < spot.size(); i++) {
            if (spot.epochNanos(i) != hedge.epochNanos(i)) {
                throw new IllegalArgumentException("Argument 'hedge' must have the timestamps of 'spot' but has value "
                        + hedge.time(i) + " at index " + i + " where 'spot' has " + spot.time(i));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HedgePrices h && java.util.Arrays.equals(spotPrices, h.spotPrices)
                && java.util.Arrays.equals(hedgePrices, h.hedgePrices);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(spotPrices) + java.util.Arrays.hashCode(hedgePrices);
    }

    @Override
    public String toString() {
        return "HedgePrices[" + spotPrices.length + " spot, " + hedgePrices.length + " hedge]";
    }
}
