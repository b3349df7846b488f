package io.github.basisspread.models.risk;

/**
 * One shock of a user-defined {@link Scenario}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the kind of shock, not null
 * @param target the underlying's code for {@link ShockType#SPOT}, the derivative's symbol
 *     otherwise; not blank
 * @param value the size of the shock (see {@link ShockType}), finite; a relative move above -1
 * @param settlements the number of funding settlements a {@link ShockType#FUNDING} shock lasts,
 *     positive; 1 for the other types
 */
public record Shock(ShockType type, String target, double value, int settlements) {

    /**
     * Validates the components.
     *
     * @param type the type
     * @param target the target
     * @param value the value
     * @param settlements the settlements
     * @throws IllegalArgumentException naming the argument if one is null, blank or out of range
     */
    public Shock {
        RiskArgs.notNull(type, "type");
        if (target == null || target.isBlank()) {
            throw RiskArgs.fail("target", target == null ? "null" : "'" + target + "'", "not be blank");
        }
        RiskArgs.finite(value, "value");
        if ((type == ShockType.SPOT || type == ShockType.PRICE) && !(value > -1)) {
            throw RiskArgs.fail("value", value, "be above -1 for a relative " + type + " move");
        }
        if (settlements <= 0 || (type != ShockType.FUNDING && settlements != 1)) {
            throw RiskArgs.fail("settlements", settlements,
                    type == ShockType.FUNDING ? "be positive" : "be 1 for a " + type + " shock");
        }
    }

    /**
     * A shock other than funding.
     *
     * @param type the type, not {@link ShockType#FUNDING}
     * @param target the underlying or symbol
     * @param value the size
     * @return the shock
     * @throws IllegalArgumentException naming the argument if one is invalid
     */
    public static Shock of(ShockType type, String target, double value) {
        return new Shock(type, target, value, 1);
    }

    /**
     * A funding shock: a rate per interval for a number of settlements.
     *
     * @param symbol the perpetual's symbol
     * @param ratePerInterval the rate per the perpetual's interval
     * @param settlements the number of settlements, positive
     * @return the shock
     * @throws IllegalArgumentException naming the argument if one is invalid
     */
    public static Shock funding(String symbol, double ratePerInterval, int settlements) {
        return new Shock(ShockType.FUNDING, symbol, ratePerInterval, settlements);
    }
}
