package io.github.basisspread.core.instrument;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.time.DayCount;
import io.github.basisspread.core.time.ExpiryRule;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A futures contract expiring (and settling in cash) at a fixed instant, e.g. Deribit
 * BTC-27DEC24, Binance BTCUSDT_241227 or CME BTCZ4.
 *
 * <p>Immutable and thread-safe.
 *
 * @param symbol the venue's ticker, e.g. {@code "BTC-27DEC24"}
 * @param baseAsset the underlying, e.g. {@code "BTC"}
 * @param quoteCurrency the currency of the price, e.g. {@code "USD"}
 * @param settlementCurrency the currency of P&amp;L and margin, consistent with the settlement
 *     type (see {@link Derivative})
 * @param venue the venue
 * @param contract the contract terms
 * @param expiry the instant trading stops and the contract settles
 */
public record DatedFuture(String symbol, String baseAsset, String quoteCurrency, String settlementCurrency,
        Venue venue, ContractSpec contract, Instant expiry) implements Derivative {

    /**
     * Validates the components.
     *
     * @param symbol the ticker, not blank
     * @param baseAsset the base asset code, not blank
     * @param quoteCurrency the quote currency code, not blank
     * @param settlementCurrency the settlement currency code, not blank, consistent with the
     *     settlement type
     * @param venue the venue, not null
     * @param contract the contract terms, not null
     * @param expiry the expiry instant, not null
     * @throws IllegalArgumentException if an argument is null or blank, or the settlement
     *     currency does not fit the settlement type
     */
    public DatedFuture {
        InstrumentArgs.common(symbol, baseAsset, quoteCurrency, settlementCurrency, venue);
        InstrumentArgs.settlementCurrency(contract, baseAsset, quoteCurrency, settlementCurrency);
        ArgChecker.notNull(expiry, "expiry");
    }

    /**
     * A linear future settled in its quote currency, of {@code baseUnitsPerContract} base units
     * per contract (CME Bitcoin futures: 5 BTC, quoted and settled in USD).
     *
     * @param symbol the ticker, not blank
     * @param baseAsset the base asset code, not blank
     * @param quoteCurrency the quote (and settlement) currency code, not blank
     * @param venue the venue, not null
     * @param baseUnitsPerContract base units per contract, positive and finite
     * @param expiry the expiry instant, not null
     * @return the future
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static DatedFuture linear(String symbol, String baseAsset, String quoteCurrency, Venue venue,
            double baseUnitsPerContract, Instant expiry) {
        return new DatedFuture(symbol, baseAsset, quoteCurrency, quoteCurrency, venue,
                ContractSpec.linear(baseUnitsPerContract), expiry);
    }

    /**
     * An inverse (coin-margined) future settled in its base asset, of face value
     * {@code faceValuePerContract} in the quote currency (Binance COIN-M BTCUSD: 100 USD).
     *
     * @param symbol the ticker, not blank
     * @param baseAsset the base asset (and settlement currency) code, not blank
     * @param quoteCurrency the quote currency code, not blank
     * @param venue the venue, not null
     * @param faceValuePerContract quote-currency face value per contract, positive and finite
     * @param expiry the expiry instant, not null
     * @return the future
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static DatedFuture inverse(String symbol, String baseAsset, String quoteCurrency, Venue venue,
            double faceValuePerContract, Instant expiry) {
        return new DatedFuture(symbol, baseAsset, quoteCurrency, baseAsset, venue,
                ContractSpec.inverse(faceValuePerContract), expiry);
    }

    /**
     * A future whose expiry follows a rule: {@code expiry = rule.expiry(contractMonth)}.
     *
     * @param symbol the ticker, not blank
     * @param baseAsset the base asset code, not blank
     * @param quoteCurrency the quote currency code, not blank
     * @param settlementCurrency the settlement currency code, not blank
     * @param venue the venue, not null
     * @param contract the contract terms, not null
     * @param rule the expiry rule, not null
     * @param contractMonth a contract month of the rule, not null
     * @return the future
     * @throws IllegalArgumentException if an argument is invalid or the month is not a contract
     *     month of the rule
     */
    public static DatedFuture of(String symbol, String baseAsset, String quoteCurrency, String settlementCurrency,
            Venue venue, ContractSpec contract, ExpiryRule rule, YearMonth contractMonth) {
        ArgChecker.notNull(rule, "rule");
        return new DatedFuture(symbol, baseAsset, quoteCurrency, settlementCurrency, venue, contract,
                rule.expiry(contractMonth));
    }

    /**
     * Returns {@link InstrumentKind#DATED_FUTURE}.
     *
     * @return the kind
     */
    @Override
    public InstrumentKind kind() {
        return InstrumentKind.DATED_FUTURE;
    }

    /**
     * Tells whether the future has expired at {@code time}: true from the expiry instant on.
     *
     * @param time the instant, not null
     * @return true if {@code time} is at or after the expiry
     * @throws IllegalArgumentException if {@code time} is null
     */
    public boolean isExpiredAt(Instant time) {
        ArgChecker.notNull(time, "time");
        return !time.isBefore(expiry);
    }

    /**
     * Returns the year fraction from {@code valuationTime} to the expiry under a day count: the
     * {@code tau} of the annualized basis.
     *
     * @param valuationTime the valuation instant, not null, strictly before the expiry
     * @param dayCount the day count, not null
     * @return the year fraction, positive
     * @throws IllegalArgumentException if an argument is null, or {@code valuationTime} is at or
     *     after the expiry (the message names both instants)
     */
    public double yearFractionToExpiry(Instant valuationTime, DayCount dayCount) {
        ArgChecker.notNull(valuationTime, "valuationTime");
        ArgChecker.notNull(dayCount, "dayCount");
        ArgChecker.isTrue(valuationTime.isBefore(expiry), "valuationTime", valuationTime,
                "be before the expiry " + expiry + " of " + symbol);
        return dayCount.yearFraction(valuationTime, expiry);
    }

    /**
     * Returns the ACT/365F year fraction from {@code valuationTime} to the expiry.
     *
     * @param valuationTime the valuation instant, not null, strictly before the expiry
     * @return the year fraction, positive
     * @throws IllegalArgumentException if {@code valuationTime} is null, at or after the expiry
     */
    public double yearFractionToExpiry(Instant valuationTime) {
        return yearFractionToExpiry(valuationTime, DayCount.ACT_365F);
    }
}
