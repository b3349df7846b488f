package io.github.basisspread.core.carry;

/** Where a futures quote sits against a {@link NoArbitrageBand}. */
public enum BandPosition {
    /** The futures bid is above the upper bound: a cash-and-carry (long spot, short future) pays. */
    ABOVE_UPPER,
    /** The futures ask is below the lower bound: a reverse cash-and-carry (short spot, long future) pays. */
    BELOW_LOWER,
    /** Neither trade pays once every cost is counted. */
    INSIDE
}
