package io.github.basisspread.core.carry;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The trading fees of one venue and instrument, as decimal fractions of traded notional
 * (0.0004 = 4 bp). A negative maker fee is a rebate.
 *
 * <p>Rates are limited to {@code [-0.05, 0.05]} for the maker fee and {@code [0, 0.05]} for the
 * taker fee: a fee beyond 5% of notional is taken as a units mistake (basis points passed as a
 * decimal), use {@link #ofBasisPoints(double, double)} for basis points.
 *
 * <p>Immutable and thread-safe.
 *
 * @param makerRate the maker fee as a decimal of notional, in {@code [-0.05, 0.05]}
 * @param takerRate the taker fee as a decimal of notional, in {@code [0, 0.05]}
 */
public record FeeSchedule(double makerRate, double takerRate) {

    private static final double MAX_FEE = 0.05;
    private static final double BASIS_POINTS_PER_UNIT = 10_000.0;

    /** No fees. */
    public static final FeeSchedule ZERO = new FeeSchedule(0.0, 0.0);

    /**
     * Validates the components.
     *
     * @param makerRate the maker rate
     * @param takerRate the taker rate
     * @throws IllegalArgumentException if a rate is out of range or NaN
     */
    public FeeSchedule {
        ArgChecker.inRangeInclusive(makerRate, -MAX_FEE, MAX_FEE, "makerRate");
        ArgChecker.inRangeInclusive(takerRate, 0.0, MAX_FEE, "takerRate");
    }

    /**
     * Creates a fee schedule from decimal rates.
     *
     * @param makerRate the maker fee as a decimal (negative for a rebate)
     * @param takerRate the taker fee as a decimal
     * @return the schedule
     * @throws IllegalArgumentException if a rate is out of range or NaN
     */
    public static FeeSchedule of(double makerRate, double takerRate) {
        return new FeeSchedule(makerRate, takerRate);
    }

    /**
     * Creates a fee schedule from rates in basis points (e.g. 2 and 5 for 2 bp maker, 5 bp taker).
     *
     * @param makerBasisPoints the maker fee in basis points
     * @param takerBasisPoints the taker fee in basis points
     * @return the schedule
     * @throws IllegalArgumentException if a rate is out of range or NaN
     */
    public static FeeSchedule ofBasisPoints(double makerBasisPoints, double takerBasisPoints) {
        return new FeeSchedule(makerBasisPoints / BASIS_POINTS_PER_UNIT, takerBasisPoints / BASIS_POINTS_PER_UNIT);
    }

    /**
     * The fee rate for a liquidity role.
     *
     * @param role the role, not null
     * @return the maker or taker rate as a decimal
     * @throws IllegalArgumentException if the role is null
     */
    public double rate(LiquidityRole role) {
        ArgChecker.notNull(role, "role");
        return switch (role) {
            case MAKER -> makerRate;
            case TAKER -> takerRate;
        };
    }
}
