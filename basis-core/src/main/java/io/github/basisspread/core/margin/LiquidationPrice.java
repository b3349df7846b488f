package io.github.basisspread.core.margin;

import io.github.basisspread.core.internal.ArgChecker;
import java.util.OptionalDouble;

/**
 * Binance's liquidation price of one position (one-way mode), where the position's margin
 * balance falls to its maintenance margin.
 *
 * <p>Sources: Binance FAQ "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts"
 * (2020-08-14) and "How to Calculate Liquidation Price of COIN-M Futures Contracts" (2021-02-05),
 * read 2026-12-05. With side {@code s} (+1 long, -1 short), wallet balance {@code WB}, the
 * maintenance margin {@code TMM} and unrealized P&amp;L {@code UPNL} of the account's other
 * positions (both zero in isolated mode, where {@code WB} is the position's own collateral) and
 * the bracket's rate {@code MMR} and amount {@code cum}:
 * <pre>
 *   linear (USD-M), Q coins entered at EP:
 *     LP = (WB - TMM + UPNL + cum - s Q EP) / (Q MMR - s Q)
 *   inverse (COIN-M), N contracts of face V entered at EP, balances in coin:
 *     LP = (N V MMR + s N V) / (WB - TMM + UPNL + cum + s N V / EP)
 * </pre>
 * Both solve {@code WB - TMM + UPNL + pnl(LP) = notional(LP) MMR - cum}. The bracket is the one
 * of the notional at the liquidation price (Binance: "substitute the maintenance margin rate and
 * amount of the position level at the liquidation price"), so each bracket is tried and the one
 * whose notional at its own solution falls inside it is kept. In cross mode the other positions
 * are held at their current prices.
 *
 * <p>Stateless and thread-safe.
 */
public final class LiquidationPrice {

    private LiquidationPrice() {
    }

    /**
     * The liquidation price of an isolated linear position.
     *
     * @param quantity the signed size in coins (contracts x contract size), finite, not zero
     * @param entryPrice the entry price, positive
     * @param isolatedBalance the position's collateral in the quote currency, zero or positive
     * @param tiers the contract's brackets (notional in the quote currency), not null
     * @return the liquidation price, or empty when no positive price liquidates the position (a
     *     long whose collateral covers its whole notional)
     * @throws IllegalArgumentException naming the argument if one is out of range
     */
    public static OptionalDouble linear(double quantity, double entryPrice, double isolatedBalance, MarginTiers tiers) {
        return linearCross(quantity, entryPrice, isolatedBalance, 0, 0, tiers);
    }

    /**
     * The liquidation price of a linear position in a cross-margin account, the account's other
     * positions held at their current prices.
     *
     * @param quantity the signed size in coins, finite, not zero
     * @param entryPrice the entry price, positive
     * @param walletBalance the account's wallet balance in the quote currency, finite
     * @param otherMaintenance the maintenance margin of the account's other positions, zero or positive
     * @param otherUnrealizedPnl the unrealized P&amp;L of the account's other positions, finite
     * @param tiers the contract's brackets, not null
     * @return the liquidation price, or empty when no positive price liquidates the position
     * @throws IllegalArgumentException naming the argument if one is out of range
     */
    public static OptionalDouble linearCross(double quantity, double entryPrice, double walletBalance,
            double otherMaintenance, double otherUnrealizedPnl, MarginTiers tiers) {
        checkSize(quantity, "quantity");
        ArgChecker.positive(entryPrice, "entryPrice");
        ArgChecker.finite(walletBalance, "walletBalance");
        ArgChecker.nonNegative(otherMaintenance, "otherMaintenance");
        ArgChecker.finite(otherUnrealizedPnl, "otherUnrealizedPnl");
        ArgChecker.notNull(tiers, "tiers");
        double s = Math.signum(quantity);
        double q = Math.abs(quantity);
        double balance = walletBalance - otherMaintenance + otherUnrealizedPnl;
        for (MarginTier t : tiers.tiers()) {
            double lp = (balance + t.maintenanceAmount() - s * q * entryPrice) / (q * t.maintenanceMarginRate() - s * q);
            if (!(lp > 0)) {
                continue;
            }
            if (t.contains(q * lp)) {
                return OptionalDouble.of(lp);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The liquidation price of an isolated inverse (coin-margined) position.
     *
     * @param contracts the signed number of contracts, finite, not zero
     * @param faceValue the face value of a contract in the quote currency, positive
     * @param entryPrice the entry price, positive
     * @param isolatedBalance the position's collateral in coin, zero or positive
     * @param tiers the contract's brackets (notional in coin), not null
     * @return the liquidation price, or empty when no positive price liquidates the position
     * @throws IllegalArgumentException naming the argument if one is out of range
     */
    public static OptionalDouble inverse(double contracts, double faceValue, double entryPrice, double isolatedBalance,
            MarginTiers tiers) {
        return inverseCross(contracts, faceValue, entryPrice, isolatedBalance, 0, 0, tiers);
    }

    /**
     * The liquidation price of an inverse position in a cross-margin coin account, the account's
     * other positions held at their current prices.
     *
     * @param contracts the signed number of contracts, finite, not zero
     * @param faceValue the face value of a contract in the quote currency, positive
     * @param entryPrice the entry price, positive
     * @param walletBalance the account's wallet balance in coin, finite
     * @param otherMaintenance the maintenance margin of the other positions in coin, zero or positive
     * @param otherUnrealizedPnl the unrealized P&amp;L of the other positions in coin, finite
     * @param tiers the contract's brackets (notional in coin), not null
     * @return the liquidation price, or empty when no positive price liquidates the position
     * @throws IllegalArgumentException naming the argument if one is out of range
     */
    public static OptionalDouble inverseCross(double contracts, double faceValue, double entryPrice,
            double walletBalance, double otherMaintenance, double otherUnrealizedPnl, MarginTiers tiers) {
        checkSize(contracts, "contracts");
        ArgChecker.positive(faceValue, "faceValue");
        ArgChecker.positive(entryPrice, "entryPrice");
        ArgChecker.finite(walletBalance, "walletBalance");
        ArgChecker.nonNegative(otherMaintenance, "otherMaintenance");
        ArgChecker.finite(otherUnrealizedPnl, "otherUnrealizedPnl");
        ArgChecker.notNull(tiers, "tiers");
        double s = Math.signum(contracts);
        double face = Math.abs(contracts) * faceValue;
        double balance = walletBalance - otherMaintenance + otherUnrealizedPnl;
        for (MarginTier t : tiers.tiers()) {
            double denominator = balance + t.maintenanceAmount() + s * face / entryPrice;
            double lp = face * (t.maintenanceMarginRate() + s) / denominator;
            if (!(lp > 0) || !Double.isFinite(lp)) {
                continue;
            }
            if (t.contains(face / lp)) {
                return OptionalDouble.of(lp);
            }
        }
        return OptionalDouble.empty();
    }

    private static void checkSize(double size, String name) {
        ArgChecker.isTrue(Double.isFinite(size) && size != 0, name, size, "be finite and not zero");
    }
}
