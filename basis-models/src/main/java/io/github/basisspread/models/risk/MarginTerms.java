package io.github.basisspread.models.risk;

import io.github.basisspread.core.margin.MarginMode;
import io.github.basisspread.core.margin.MarginTiers;
import java.util.OptionalDouble;

/**
 * How one derivative leg is margined: its venue's brackets, the chosen leverage and the margin
 * mode; in isolated mode, the collateral set aside for it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode isolated or cross, not null
 * @param tiers the contract's leverage and margin brackets (notional in the quote currency for
 *     linear contracts, in coin for inverse ones), not null
 * @param leverage the chosen leverage, at least 1 (checked against the bracket's maximum when
 *     the initial margin is computed)
 * @param isolatedCollateral the isolated collateral in the leg's settlement currency, zero or
 *     positive; empty means the initial margin at entry ({@code notional at entry / leverage});
 *     always empty in cross mode (the account's wallet balance is set on {@link MarginPlan})
 */
public record MarginTerms(MarginMode mode, MarginTiers tiers, double leverage, OptionalDouble isolatedCollateral) {

    /**
     * Validates the components.
     *
     * @param mode the mode
     * @param tiers the brackets
     * @param leverage the leverage
     * @param isolatedCollateral the isolated collateral
     * @throws IllegalArgumentException naming the argument if one is null or out of range
     */
    public MarginTerms {
        RiskArgs.notNull(mode, "mode");
        RiskArgs.notNull(tiers, "tiers");
        if (!(leverage >= 1) || !Double.isFinite(leverage)) {
            throw RiskArgs.fail("leverage", leverage, "be finite and at least 1");
        }
        RiskArgs.notNull(isolatedCollateral, "isolatedCollateral");
        if (isolatedCollateral.isPresent()) {
            if (mode == MarginMode.CROSS) {
                throw RiskArgs.fail("isolatedCollateral", isolatedCollateral, "be empty in cross mode");
            }
            double c = isolatedCollateral.getAsDouble();
            if (!(c >= 0) || !Double.isFinite(c)) {
                throw RiskArgs.fail("isolatedCollateral", c, "be finite and zero or positive");
            }
        }
    }

    /**
     * Isolated margin with the initial margin at entry as collateral.
     *
     * @param tiers the brackets, not null
     * @param leverage the leverage, at least 1
     * @return the terms
     * @throws IllegalArgumentException naming the argument if one is invalid
     */
    public static MarginTerms isolated(MarginTiers tiers, double leverage) {
        return new MarginTerms(MarginMode.ISOLATED, tiers, leverage, OptionalDouble.empty());
    }

    /**
     * Isolated margin with a given collateral.
     *
     * @param tiers the brackets, not null
     * @param leverage the leverage, at least 1
     * @param collateral the collateral in the leg's settlement currency, zero or positive
     * @return the terms
     * @throws IllegalArgumentException naming the argument if one is invalid
     */
    public static MarginTerms isolated(MarginTiers tiers, double leverage, double collateral) {
        return new MarginTerms(MarginMode.ISOLATED, tiers, leverage, OptionalDouble.of(collateral));
    }

    /**
     * Cross margin: the leg shares its account's wallet balance ({@link MarginPlan.Builder#wallet}).
     *
     * @param tiers the brackets, not null
     * @param leverage the leverage, at least 1
     * @return the terms
     * @throws IllegalArgumentException naming the argument if one is invalid
     */
    public static MarginTerms cross(MarginTiers tiers, double leverage) {
        return new MarginTerms(MarginMode.CROSS, tiers, leverage, OptionalDouble.empty());
    }
}
