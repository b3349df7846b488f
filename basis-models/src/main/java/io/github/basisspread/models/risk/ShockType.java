package io.github.basisspread.models.risk;

import java.util.Locale;

/**
 * The kinds of shock a user-defined {@link Scenario} applies.
 */
public enum ShockType {
    /**
     * A relative move of an underlying's spot price ({@code -0.2} for -20%); the derivatives on it
     * move in proportion unless shocked themselves (basis held).
     */
    SPOT,
    /**
     * An additive change of a derivative's basis: the simple annualized basis (ACT/365F) of a dated
     * future, the relative basis {@code F / S - 1} of a perpetual ({@code -0.05} for -5 points).
     */
    BASIS,
    /** A relative move of one derivative's price on top of its underlying's move. */
    PRICE,
    /**
     * A perpetual's funding rate per its interval, paid for a number of settlements on the
     * notional at the scenario's mark ({@code 0.003} for 0.3% per interval).
     */
    FUNDING;

    /**
     * Parses a name, case ignored: {@code spot}, {@code basis}, {@code price}, {@code funding}.
     *
     * @param name the name
     * @return the type
     * @throws IllegalArgumentException naming the value if it is none of them
     */
    public static ShockType parse(String name) {
        RiskArgs.notNull(name, "type");
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RiskArgs.fail("type", "'" + name + "'", "be one of spot, basis, price, funding");
        }
    }
}
