package io.github.basisspread.core.margin;

/**
 * Binance's published leverage and margin tables.
 *
 * <p>Source of {@link #btcUsdtPerpetual()}: Binance announcement "Updates to Leverage and Margin
 * Tiers of Binance Futures Contracts (2021-03-18)", table "BTCUSDT 125x perpetual contract",
 * effective 2021-03-18 09:00 UTC, read 2026-12-05. The maintenance amounts follow the rule of the
 * Binance FAQ "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts" (2020-08-14), whose
 * worked examples (a 264,000 USDT position has a 1% rate; a 500,000 USDT position a 1,300 USDT
 * amount) agree with this table. Binance changes its brackets from time to time (the live table
 * is on its "Leverage &amp; Margin" trading-rules page and the {@code GET /fapi/v1/leverageBracket}
 * endpoint, neither of which could be read here); pass the current brackets to
 * {@link MarginTiers#fromRates} when they differ.
 *
 * <p>Stateless and thread-safe.
 */
public final class BinanceMargin {

    private static final double[] BTCUSDT_CAPS = {50_000, 250_000, 1_000_000, 10_000_000, 20_000_000, 50_000_000,
        100_000_000, 200_000_000, 300_000_000, 500_000_000};
    private static final double[] BTCUSDT_LEVERAGE = {125, 100, 50, 20, 10, 5, 4, 3, 2, 1};
    private static final double[] BTCUSDT_RATES = {0.004, 0.005, 0.01, 0.025, 0.05, 0.10, 0.125, 0.15, 0.25, 0.50};

    private BinanceMargin() {
    }

    /**
     * The USD-M BTCUSDT perpetual's ten brackets, notional in USDT: up to 50,000 at 125x and 0.40%,
     * ..., 300,000,000 to 500,000,000 at 1x and 50% (see the class documentation for the source).
     *
     * @return the table
     */
    public static MarginTiers btcUsdtPerpetual() {
        return MarginTiers.fromRates(BTCUSDT_CAPS, BTCUSDT_LEVERAGE, BTCUSDT_RATES);
    }
}
