package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * How a venue averages the premium index samples taken during a funding interval.
 *
 * <ul>
 *   <li>{@link #LINEAR_WEIGHTED}: sample {@code i} of {@code n} (oldest first) has weight
 *       {@code i}, so later samples weigh more:
 *       {@code (1 p1 + 2 p2 + ... + n pn) / (1 + 2 + ... + n)}. Binance USD-M (premium every
 *       5 s, 5760 samples in 8 h) and Bybit (every minute, 480 samples in 8 h) publish this
 *       weighting and call it a time-weighted average.</li>
 *   <li>{@link #SIMPLE}: the arithmetic mean. OKX (moving average of minute premia), dYdX v4
 *       (mean of the 60 minute samples of the hour), Hyperliquid (5-second samples averaged over
 *       the hour) and BitMEX (time-weighted average of the minute premium index).</li>
 * </ul>
 */
public enum PremiumAveraging {
    /** Weights {@code 1, 2, ..., n}: later samples weigh more. */
    LINEAR_WEIGHTED,
    /** Equal weights. */
    SIMPLE;

    /**
     * Averages premium samples, oldest first.
     *
     * @param samples the premium samples as decimals, oldest first; not empty, all finite
     * @return the average
     * @throws IllegalArgumentException if the array is null or empty or holds a non-finite value
     */
    public double average(double... samples) {
        ArgChecker.notNull(samples, "samples");
        ArgChecker.isTrue(samples.length > 0, "samples", "an empty array", "hold at least one sample");
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < samples.length; i++) {
            double p = samples[i];
            if (!Double.isFinite(p)) {
                throw new IllegalArgumentException("Argument 'samples' must hold finite values but has value " + p
                        + " at index " + i);
            }
            double w = switch (this) {
                case LINEAR_WEIGHTED -> i + 1;
                case SIMPLE -> 1;
            };
            weighted += w * p;
            weights += w;
        }
        return weighted / weights;
    }
}
