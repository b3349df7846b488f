package io.github.basisspread.core.arbitrage;

/** What a {@link BreakEven} value measures. */
public enum BreakEvenMeasure {
    /**
     * The relative entry basis {@code F_mid / S_mid - 1} at which the net P&amp;L is zero, all else
     * (spot quote, spreads, fees, rates, exit basis) held fixed.
     */
    ENTRY_BASIS,
    /**
     * The annualized funding rate (APR, decimal) at which the net P&amp;L of a funding carry is zero,
     * all else held fixed.
     */
    ANNUAL_FUNDING_RATE
}
