package io.github.basisspread.models.regression;

/**
 * The per-period quantity a hedge regression is run on. Never price levels: see
 * {@link MinimumVarianceHedge}.
 */
public enum HedgeReturns {
    /** Price changes {@code P_t - P_(t-1)}: the hedge ratio is in units of the hedge instrument per unit of spot. */
    PRICE_CHANGES,
    /** Log returns {@code ln(P_t / P_(t-1))}: the hedge ratio is a ratio of notional values. */
    LOG_RETURNS,
    /** Simple returns {@code P_t / P_(t-1) - 1}: the hedge ratio is a ratio of notional values. */
    SIMPLE_RETURNS;

    double transform(double previous, double current) {
        return switch (this) {
            case PRICE_CHANGES -> current - previous;
            case LOG_RETURNS -> Math.log(current / previous);
            case SIMPLE_RETURNS -> current / previous - 1;
        };
    }
}
