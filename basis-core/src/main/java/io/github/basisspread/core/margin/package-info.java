/**
 * Margin rules of the venues: leverage and maintenance-margin tiers, margin modes and the
 * liquidation price of a position.
 *
 * <p>These are venue rules, like the funding formulas of {@code core.funding}, and live in the
 * core for the same reason: they are exact published definitions with no estimation in them,
 * every module (models, CLI, venues) needs them, and they depend on nothing but the JDK. The
 * book-level use of them (which legs share a cross-margin account, the spot move that first
 * liquidates a leg of a book) is in {@code models.risk}.
 *
 * <ul>
 *   <li>{@link io.github.basisspread.core.margin.MarginTiers}: a venue's notional brackets, each
 *       with its maximum leverage, maintenance margin rate and maintenance amount
 *       ({@link io.github.basisspread.core.margin.MarginTier}), and the initial and maintenance
 *       margin of a position of a given notional.</li>
 *   <li>{@link io.github.basisspread.core.margin.BinanceMargin}: the published tiers of Binance
 *       USD-M BTCUSDT, with the document and date they were read from.</li>
 *   <li>{@link io.github.basisspread.core.margin.LiquidationPrice}: Binance's liquidation price
 *       formulas for linear (USD-M) and inverse (COIN-M) contracts, in isolated and cross
 *       {@link io.github.basisspread.core.margin.MarginMode}.</li>
 * </ul>
 *
 * <p>Notionals of linear contracts are in the quote currency (USDT); of inverse contracts in
 * coin (face value over price), as the venues state their brackets. Every type is immutable and
 * thread-safe.
 */
package io.github.basisspread.core.margin;
