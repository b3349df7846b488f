package io.github.basisspread.core.instrument;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.time.FundingSchedule;
import java.time.Instant;

/**
 * A perpetual swap: a future without expiry, held close to spot by periodic funding payments
 * settled on a {@link FundingSchedule}, e.g. Binance BTCUSDT perpetual or BitMEX XBTUSD.
 *
 * <p>Immutable and thread-safe.
 *
 * @param symbol the venue's ticker, e.g. {@code "BTCUSDT"}
 * @param baseAsset the underlying, e.g. {@code "BTC"}
 * @param quoteCurrency the currency of the price, e.g. {@code "USDT"}
 * @param settlementCurrency the currency of P&amp;L, margin and funding, consistent with the
 *     settlement type (see {@link Derivative})
 * @param venue the venue
 * @param contract the contract terms
 * @param fundingSchedule when funding settles
 */
public record PerpetualSwap(String symbol, String baseAsset, String quoteCurrency, String settlementCurrency,
        Venue venue, ContractSpec contract, FundingSchedule fundingSchedule) implements Derivative {

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
     * @param fundingSchedule the funding schedule, not null
     * @throws IllegalArgumentException if an argument is null or blank, or the settlement
     *     currency does not fit the settlement type
     */
    public PerpetualSwap {
        InstrumentArgs.common(symbol, baseAsset, quoteCurrency, settlementCurrency, venue);
        InstrumentArgs.settlementCurrency(contract, baseAsset, quoteCurrency, settlementCurrency);
        ArgChecker.notNull(fundingSchedule, "fundingSchedule");
    }

    /**
     * A linear perpetual settled in its quote currency (Binance USD-M BTCUSDT: 0.001 BTC step,
     * funding 00/08/16 UTC).
     *
     * @param symbol the ticker, not blank
     * @param baseAsset the base asset code, not blank
     * @param quoteCurrency the quote (and settlement) currency code, not blank
     * @param venue the venue, not null
     * @param baseUnitsPerContract base units per contract, positive and finite
     * @param fundingSchedule the funding schedule, not null
     * @return the swap
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static PerpetualSwap linear(String symbol, String baseAsset, String quoteCurrency, Venue venue,
            double baseUnitsPerContract, FundingSchedule fundingSchedule) {
        return new PerpetualSwap(symbol, baseAsset, quoteCurrency, quoteCurrency, venue,
                ContractSpec.linear(baseUnitsPerContract), fundingSchedule);
    }

    /**
     * An inverse (coin-margined) perpetual settled in its base asset (BitMEX XBTUSD: 1 USD per
     * contract, settled in XBT, funding 04/12/20 UTC).
     *
     * @param symbol the ticker, not blank
     * @param baseAsset the base asset (and settlement currency) code, not blank
     * @param quoteCurrency the quote currency code, not blank
     * @param venue the venue, not null
     * @param faceValuePerContract quote-currency face value per contract, positive and finite
     * @param fundingSchedule the funding schedule, not null
     * @return the swap
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static PerpetualSwap inverse(String symbol, String baseAsset, String quoteCurrency, Venue venue,
            double faceValuePerContract, FundingSchedule fundingSchedule) {
        return new PerpetualSwap(symbol, baseAsset, quoteCurrency, baseAsset, venue,
                ContractSpec.inverse(faceValuePerContract), fundingSchedule);
    }

    /**
     * Returns {@link InstrumentKind#PERPETUAL_SWAP}.
     *
     * @return the kind
     */
    @Override
    public InstrumentKind kind() {
        return InstrumentKind.PERPETUAL_SWAP;
    }

    /**
     * Returns the first funding settlement strictly after {@code time}.
     *
     * @param time the instant, not null
     * @return the next funding settlement
     * @throws IllegalArgumentException if {@code time} is null or out of the supported range
     */
    public Instant nextFundingAfter(Instant time) {
        ArgChecker.notNull(time, "time");
        return fundingSchedule.nextSettlementAfter(time);
    }

    /**
     * Returns the number of funding settlements a position held over {@code [from, to)} pays or
     * receives.
     *
     * @param from the opening instant, inclusive, not null
     * @param to the closing instant, exclusive, not null, not before {@code from}
     * @return the number of settlements
     * @throws IllegalArgumentException if an argument is null or out of range, or {@code to} is
     *     before {@code from}
     */
    public long fundingCount(Instant from, Instant to) {
        return fundingSchedule.settlementCount(from, to);
    }
}
