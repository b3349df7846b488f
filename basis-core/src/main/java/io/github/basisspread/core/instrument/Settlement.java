package io.github.basisspread.core.instrument;

/**
 * How a derivative's P&amp;L and margin are denominated.
 *
 * <ul>
 *   <li>{@link #LINEAR}: quoted and settled in the quote currency (e.g. BTCUSDT settled in
 *       USDT); P&amp;L = {@code size * (exit - entry)}.</li>
 *   <li>{@link #INVERSE}: quoted in USD, margined and settled in the coin (e.g. BTCUSD coin-margined);
 *       P&amp;L in coin = {@code notionalUsd * (1/entry - 1/exit)}.</li>
 *   <li>{@link #QUANTO}: settled in a third currency at a fixed conversion multiplier (e.g. an
 *       ETH contract paying in BTC); P&amp;L = {@code multiplier * (exit - entry)} in the
 *       settlement currency.</li>
 * </ul>
 */
public enum Settlement {
    /** Quoted and settled in the quote currency. */
    LINEAR,
    /** Quoted in the quote currency, settled in the base coin. */
    INVERSE,
    /** Settled in a third currency at a fixed multiplier. */
    QUANTO
}
