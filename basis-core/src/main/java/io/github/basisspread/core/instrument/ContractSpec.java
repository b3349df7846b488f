package io.github.basisspread.core.instrument;

import io.github.basisspread.core.internal.ArgChecker;
import java.util.OptionalDouble;

/**
 * The contract terms of a derivative: how it settles, and how much one contract is worth.
 *
 * <ul>
 *   <li>{@link Settlement#LINEAR}: {@code contractSize} is the base units per contract (0.001 BTC
 *       on a Binance BTCUSDT contract, 5 BTC on CME). Notional in the quote currency
 *       {@code = contracts * contractSize * price}.</li>
 *   <li>{@link Settlement#INVERSE}: {@code contractSize} is the face value per contract in the
 *       quote currency, usually USD (1 USD on BitMEX XBTUSD, 10 USD on Deribit BTC, 100 USD on
 *       Binance COIN-M BTCUSD). Notional in the quote currency
 *       {@code = contracts * contractSize}, whatever the price; in the coin
 *       {@code = contracts * contractSize / price}.</li>
 *   <li>{@link Settlement#QUANTO}: the value of one contract in the settlement currency is
 *       {@code contractSize * quantoMultiplier * price} (BitMEX ETHUSD: multiplier 0.000001 BTC per
 *       USD of the ETH price, contract size 1). There is no quote-currency notional without the
 *       exchange rate between settlement and quote currency.</li>
 * </ul>
 * The quanto multiplier is present for {@code QUANTO} contracts and only for them.
 *
 * <p>Positions may be long or short: {@code contracts} is signed and so are the notionals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param settlement how the contract settles
 * @param contractSize base units (linear), quote-currency face value (inverse) or quantity
 *     (quanto) per contract; positive and finite
 * @param quantoMultiplier settlement currency per contract per unit of price, present only for
 *     quanto contracts; positive and finite
 */
public record ContractSpec(Settlement settlement, double contractSize, OptionalDouble quantoMultiplier) {

    /**
     * Validates the components.
     *
     * @param settlement how the contract settles, not null
     * @param contractSize positive and finite
     * @param quantoMultiplier present, positive and finite for {@code QUANTO}; empty otherwise;
     *     not null
     * @throws IllegalArgumentException if an argument is null or out of range, or the quanto
     *     multiplier is present for a non-quanto contract or missing for a quanto one
     */
    public ContractSpec {
        ArgChecker.notNull(settlement, "settlement");
        ArgChecker.positive(contractSize, "contractSize");
        ArgChecker.notNull(quantoMultiplier, "quantoMultiplier");
        if (settlement == Settlement.QUANTO) {
            ArgChecker.isTrue(quantoMultiplier.isPresent(), "quantoMultiplier", quantoMultiplier,
                    "be present for a QUANTO contract");
            ArgChecker.positive(quantoMultiplier.getAsDouble(), "quantoMultiplier");
        } else {
            ArgChecker.isTrue(quantoMultiplier.isEmpty(), "quantoMultiplier", quantoMultiplier,
                    "be empty for a " + settlement + " contract");
        }
    }

    /**
     * A linear contract of {@code baseUnitsPerContract} base units (0.001 for 0.001 BTC).
     *
     * @param baseUnitsPerContract base units per contract, positive and finite
     * @return the contract terms
     * @throws IllegalArgumentException if the size is not positive and finite
     */
    public static ContractSpec linear(double baseUnitsPerContract) {
        return new ContractSpec(Settlement.LINEAR, baseUnitsPerContract, OptionalDouble.empty());
    }

    /**
     * An inverse contract of face value {@code faceValuePerContract} in the quote currency (100
     * for 100 USD).
     *
     * @param faceValuePerContract quote-currency face value per contract, positive and finite
     * @return the contract terms
     * @throws IllegalArgumentException if the face value is not positive and finite
     */
    public static ContractSpec inverse(double faceValuePerContract) {
        return new ContractSpec(Settlement.INVERSE, faceValuePerContract, OptionalDouble.empty());
    }

    /**
     * A quanto contract: each contract is worth {@code contractSize * multiplier * price} in the
     * settlement currency.
     *
     * @param contractSize quantity per contract (usually 1), positive and finite
     * @param multiplier settlement currency per unit of price, positive and finite
     * @return the contract terms
     * @throws IllegalArgumentException if an argument is not positive and finite
     */
    public static ContractSpec quanto(double contractSize, double multiplier) {
        ArgChecker.positive(multiplier, "quantoMultiplier");
        return new ContractSpec(Settlement.QUANTO, contractSize, OptionalDouble.of(multiplier));
    }

    /**
     * Returns the notional of {@code contracts} contracts in the quote currency: linear
     * {@code contracts * contractSize * price}; inverse {@code contracts * contractSize} (the face
     * value, independent of the price, which is still validated).
     *
     * @param price the price in quote currency per base unit, positive and finite
     * @param contracts the number of contracts, finite, negative for a short position
     * @return the signed quote-currency notional
     * @throws IllegalArgumentException if the price is not positive and finite or
     *     {@code contracts} is not finite
     * @throws UnsupportedOperationException for a quanto contract, whose quote-currency notional
     *     needs an exchange rate (use {@link #settlementNotional(double, double)})
     */
    public double notional(double price, double contracts) {
        checkPriceAndContracts(price, contracts);
        return switch (settlement) {
            case LINEAR -> contracts * contractSize * price;
            case INVERSE -> contracts * contractSize;
            case QUANTO -> throw new UnsupportedOperationException(
                    "The quote-currency notional of a QUANTO contract needs the settlement/quote exchange rate;"
                            + " use settlementNotional(price, contracts)");
        };
    }

    /**
     * Returns the notional of {@code contracts} contracts in base units (coins): linear
     * {@code contracts * contractSize}; inverse {@code contracts * contractSize / price}.
     *
     * @param price the price in quote currency per base unit, positive and finite
     * @param contracts the number of contracts, finite, negative for a short position
     * @return the signed notional in base units
     * @throws IllegalArgumentException if the price is not positive and finite or
     *     {@code contracts} is not finite
     * @throws UnsupportedOperationException for a quanto contract (its exposure in base units
     *     needs an exchange rate)
     */
    public double baseNotional(double price, double contracts) {
        checkPriceAndContracts(price, contracts);
        return switch (settlement) {
            case LINEAR -> contracts * contractSize;
            case INVERSE -> contracts * contractSize / price;
            case QUANTO -> throw new UnsupportedOperationException(
                    "The base-unit notional of a QUANTO contract needs the settlement/quote exchange rate;"
                            + " use settlementNotional(price, contracts)");
        };
    }

    /**
     * Returns the notional of {@code contracts} contracts in the settlement currency: linear
     * (settled in the quote currency) {@code contracts * contractSize * price}; inverse (settled in
     * the coin) {@code contracts * contractSize / price}; quanto
     * {@code contracts * contractSize * quantoMultiplier * price}.
     *
     * @param price the price in quote currency per base unit, positive and finite
     * @param contracts the number of contracts, finite, negative for a short position
     * @return the signed notional in the settlement currency
     * @throws IllegalArgumentException if the price is not positive and finite or
     *     {@code contracts} is not finite
     */
    public double settlementNotional(double price, double contracts) {
        checkPriceAndContracts(price, contracts);
        return switch (settlement) {
            case LINEAR -> contracts * contractSize * price;
            case INVERSE -> contracts * contractSize / price;
            case QUANTO -> contracts * contractSize * quantoMultiplier.getAsDouble() * price;
        };
    }

    /**
     * Describes the terms in words, e.g. {@code "linear, 0.001 BTC per contract"}.
     *
     * @param baseAsset the base asset code, used in the words
     * @param quoteCurrency the quote currency code, used in the words
     * @param settlementCurrency the settlement currency code, used in the words
     * @return the description
     */
    String describe(String baseAsset, String quoteCurrency, String settlementCurrency) {
        return switch (settlement) {
            case LINEAR -> "linear, " + contractSize + " " + baseAsset + " per contract";
            case INVERSE -> "inverse, " + contractSize + " " + quoteCurrency + " per contract, settled in "
                    + settlementCurrency;
            case QUANTO -> "quanto, " + contractSize + " x " + quantoMultiplier.getAsDouble() + " "
                    + settlementCurrency + " per " + quoteCurrency + " of price per contract";
        };
    }

    private static void checkPriceAndContracts(double price, double contracts) {
        ArgChecker.positive(price, "price");
        ArgChecker.finite(contracts, "contracts");
    }
}
