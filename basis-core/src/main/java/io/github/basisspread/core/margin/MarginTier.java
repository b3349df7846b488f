package io.github.basisspread.core.margin;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * One bracket of a venue's leverage and margin table: positions whose notional is in
 * {@code (notionalFloor, notionalCap]} may use up to {@code maxLeverage} and keep a maintenance
 * margin of {@code notional * maintenanceMarginRate - maintenanceAmount}.
 *
 * <p>The maintenance amount makes the maintenance margin continuous across brackets (Binance,
 * "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts": the amount of bracket
 * {@code n} is the floor of bracket {@code n} times the rise of the rate from bracket {@code n-1},
 * plus the amount of bracket {@code n-1}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param notionalFloor the exclusive lower bound of the notional, zero or positive
 * @param notionalCap the inclusive upper bound, above the floor (may be infinite)
 * @param maxLeverage the highest leverage allowed in the bracket, at least 1
 * @param maintenanceMarginRate the maintenance margin rate, in (0, 1]
 * @param maintenanceAmount the maintenance amount, zero or positive, in the notional's unit
 */
public record MarginTier(double notionalFloor, double notionalCap, double maxLeverage,
        double maintenanceMarginRate, double maintenanceAmount) {

    /**
     * Validates the components.
     *
     * @param notionalFloor the floor
     * @param notionalCap the cap
     * @param maxLeverage the maximum leverage
     * @param maintenanceMarginRate the maintenance margin rate
     * @param maintenanceAmount the maintenance amount
     * @throws IllegalArgumentException naming the argument if one is out of range
     */
    public MarginTier {
        ArgChecker.nonNegative(notionalFloor, "notionalFloor");
        ArgChecker.isTrue(notionalCap > notionalFloor, "notionalCap", notionalCap,
                "be greater than notionalFloor " + notionalFloor);
        ArgChecker.isTrue(maxLeverage >= 1 && Double.isFinite(maxLeverage), "maxLeverage", maxLeverage,
                "be finite and at least 1");
        ArgChecker.isTrue(maintenanceMarginRate > 0 && maintenanceMarginRate <= 1, "maintenanceMarginRate",
                maintenanceMarginRate, "be in (0, 1]");
        ArgChecker.nonNegative(maintenanceAmount, "maintenanceAmount");
    }

    /**
     * Returns whether a notional falls in this bracket, {@code (floor, cap]} (a zero notional falls
     * in the bracket whose floor is zero).
     *
     * @param notional the absolute notional
     * @return true if it is in the bracket
     */
    public boolean contains(double notional) {
        return (notional > notionalFloor || (notionalFloor == 0 && notional == 0)) && notional <= notionalCap;
    }

    /**
     * Returns the maintenance margin of a notional in this bracket,
     * {@code notional * rate - amount}.
     *
     * @param notional the absolute notional
     * @return the maintenance margin
     */
    public double maintenanceMargin(double notional) {
        return notional * maintenanceMarginRate - maintenanceAmount;
    }
}
