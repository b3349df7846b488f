package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.internal.ArgChecker;

/**
 * A position in futures or perpetual contracts and its P&amp;L, by settlement type.
 *
 * <p>What {@code contractSize} means depends on the settlement:
 * <ul>
 *   <li>{@link Settlement#LINEAR}: coins per contract; P&amp;L in quote currency
 *       {@code sign * contracts * size * (exit - entry)};</li>
 *   <li>{@link Settlement#INVERSE}: USD face value per contract, so the USD notional is
 *       {@code N = contracts * size}; P&amp;L in coin {@code sign * N * (1/entry - 1/exit)}, worth
 *       that times the exit price in USD. A long inverse position of notional {@code N} has the
 *       same USD P&amp;L as a linear long of {@code N/entry} coins:
 *       {@code N (1/entry - 1/exit) exit = (N/entry)(exit - entry)};</li>
 *   <li>{@link Settlement#QUANTO}: settlement-currency units per price point; P&amp;L in the
 *       settlement currency {@code sign * contracts * size * (exit - entry)}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param side long or short, not null
 * @param settlement how the contract settles, not null
 * @param contracts the number of contracts, finite and positive (fractions allowed)
 * @param contractSize the size of one contract as described above, finite and positive
 * @param entryPrice the entry price, finite and positive
 */
public record ContractPosition(Side side, Settlement settlement, double contracts, double contractSize,
        double entryPrice) {

    /**
     * Validates the components.
     *
     * @param side the side
     * @param settlement the settlement
     * @param contracts the contracts
     * @param contractSize the contract size
     * @param entryPrice the entry price
     * @throws IllegalArgumentException if a component is null or not finite and positive
     */
    public ContractPosition {
        ArgChecker.notNull(side, "side");
        ArgChecker.notNull(settlement, "settlement");
        ArgChecker.positive(contracts, "contracts");
        ArgChecker.positive(contractSize, "contractSize");
        ArgChecker.positive(entryPrice, "entryPrice");
    }

    /**
     * Creates a position.
     *
     * @param side long or short
     * @param settlement the settlement type
     * @param contracts the number of contracts
     * @param contractSize the contract size (coins, USD face or multiplier)
     * @param entryPrice the entry price
     * @return the position
     * @throws IllegalArgumentException if a component is null or not finite and positive
     */
    public static ContractPosition of(Side side, Settlement settlement, double contracts, double contractSize,
            double entryPrice) {
        return new ContractPosition(side, settlement, contracts, contractSize, entryPrice);
    }

    /**
     * The P&amp;L at an exit price in the settlement currency: quote currency for linear, coin for
     * inverse, the settlement currency for quanto.
     *
     * @param exitPrice the exit (mark) price, finite and positive
     * @return the P&amp;L, signed by side
     * @throws IllegalArgumentException if the price is not finite and positive
     */
    public double pnl(double exitPrice) {
        ArgChecker.positive(exitPrice, "exitPrice");
        double sign = side.sign();
        return switch (settlement) {
            case LINEAR, QUANTO -> sign * contracts * contractSize * (exitPrice - entryPrice);
            case INVERSE -> sign * contracts * contractSize * (1.0 / entryPrice - 1.0 / exitPrice);
        };
    }

    /**
     * The P&amp;L at an exit price converted to the quote currency at that price: the linear P&amp;L
     * as is, the inverse coin P&amp;L times the exit price.
     *
     * @param exitPrice the exit (mark) price, finite and positive
     * @return the P&amp;L in the quote currency, signed by side
     * @throws IllegalArgumentException if the price is not finite and positive, or the settlement is
     *     quanto (converting needs the settlement currency's price, not known here)
     */
    public double pnlInQuoteCurrency(double exitPrice) {
        return switch (settlement) {
            case LINEAR -> pnl(exitPrice);
            case INVERSE -> pnl(exitPrice) * exitPrice;
            case QUANTO -> throw new IllegalArgumentException("Argument 'settlement' must be LINEAR or INVERSE to convert"
                    + " to the quote currency but has value QUANTO");
        };
    }

    /**
     * The notional at entry in the quote currency: {@code contracts * size * entry} for linear,
     * {@code contracts * size} (the USD face) for inverse, {@code contracts * size * entry} for quanto
     * (in the settlement currency).
     *
     * @return the entry notional
     */
    public double entryNotional() {
        return notionalAt(entryPrice);
    }

    /**
     * The notional at a mark price: {@code contracts * size * mark} for linear (quote currency) and
     * quanto (settlement currency), {@code contracts * size} (the USD face, whatever the mark) for
     * inverse.
     *
     * @param markPrice the mark price, finite and positive
     * @return the notional at that mark
     * @throws IllegalArgumentException if the price is not finite and positive
     */
    public double notionalAt(double markPrice) {
        ArgChecker.positive(markPrice, "markPrice");
        return switch (settlement) {
            case LINEAR, QUANTO -> contracts * contractSize * markPrice;
            case INVERSE -> contracts * contractSize;
        };
    }

    /**
     * The same position re-struck at a mark price, as after its P&amp;L up to that mark has been
     * settled (variation margin): {@link #pnl(double)} then counts from the mark.
     *
     * @param markPrice the mark price, finite and positive
     * @return the copy with {@code entryPrice = markPrice}
     * @throws IllegalArgumentException if the price is not finite and positive
     */
    public ContractPosition markedTo(double markPrice) {
        return new ContractPosition(side, settlement, contracts, contractSize, markPrice);
    }
}
