package io.github.basisspread.core.arbitrage;

/** The direction of a position. */
public enum Side {
    /** Bought: gains when the price rises. */
    LONG,
    /** Sold: gains when the price falls. */
    SHORT;

    /**
     * The sign of the position's P&amp;L against a price rise.
     *
     * @return {@code +1} for long, {@code -1} for short
     */
    public int sign() {
        return switch (this) {
            case LONG -> 1;
            case SHORT -> -1;
        };
    }
}
