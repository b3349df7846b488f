package io.github.basisspread.core.instrument;

import io.github.basisspread.core.time.FundingSchedule;
import java.util.Optional;

/** The trading venues whose instruments this library models, plus {@link #OTHER}. */
public enum Venue {
    /** Binance (spot, USD-M and COIN-M perpetuals and delivery futures). */
    BINANCE,
    /** BitMEX (inverse and quanto perpetual swaps, dated futures). */
    BITMEX,
    /** Deribit (inverse and linear perpetuals and dated futures). */
    DERIBIT,
    /** OKX (spot, perpetual swaps and dated futures). */
    OKX,
    /** Bybit (spot, linear and inverse perpetuals and dated futures). */
    BYBIT,
    /** Hyperliquid (on-chain perpetuals, hourly funding). */
    HYPERLIQUID,
    /** dYdX (on-chain perpetuals, hourly funding). */
    DYDX,
    /** CME Group (Bitcoin and Ether futures, no perpetuals). */
    CME,
    /** Any other venue. */
    OTHER;

    /**
     * Returns the venue's usual funding schedule for perpetual swaps: 00/08/16 UTC every 8 hours
     * for Binance, OKX, Bybit and Deribit; 04/12/20 UTC for BitMEX; hourly for Hyperliquid and
     * dYdX; none for CME (no perpetuals) and {@link #OTHER}. Venues move single symbols to
     * shorter intervals: prefer the schedule of the instrument itself when known.
     *
     * @return the default schedule, or empty if the venue has none
     */
    public Optional<FundingSchedule> defaultFundingSchedule() {
        return switch (this) {
            case BINANCE, OKX, BYBIT, DERIBIT -> Optional.of(FundingSchedule.standard8h());
            case BITMEX -> Optional.of(FundingSchedule.bitmex());
            case HYPERLIQUID, DYDX -> Optional.of(FundingSchedule.hourly());
            case CME, OTHER -> Optional.empty();
        };
    }
}
