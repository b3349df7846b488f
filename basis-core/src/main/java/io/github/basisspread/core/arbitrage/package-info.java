/**
 * Basis trades evaluated net of every cost, and the P&amp;L of linear and inverse positions.
 *
 * <ul>
 *   <li>{@link io.github.basisspread.core.arbitrage.CashAndCarry} (long spot, short dated future),
 *       {@link io.github.basisspread.core.arbitrage.ReverseCashAndCarry} (short spot with borrow,
 *       long future) and {@link io.github.basisspread.core.arbitrage.FundingCarry} (long spot,
 *       short perpetual): immutable specifications of a trade whose evaluation is an
 *       {@link io.github.basisspread.core.arbitrage.OpportunityEvaluation} with named components
 *       (gross, funding, yield, interest, spread, fees per leg, financing, borrow), the net
 *       P&amp;L, the annualized net return on capital with margin, a
 *       {@link io.github.basisspread.core.arbitrage.BreakEven} and a hurdle test. The two dated
 *       trades are built with {@link io.github.basisspread.core.arbitrage.DatedCarryBuilder}
 *       ({@code CashAndCarry.builder()}), which names every term.</li>
 *   <li>{@link io.github.basisspread.core.arbitrage.ContractPosition}: linear, inverse and quanto
 *       P&amp;L, signed by {@link io.github.basisspread.core.arbitrage.Side}.</li>
 *   <li>{@link io.github.basisspread.core.arbitrage.InverseHedge}: the inverse-future notional that
 *       makes a coin holding USD-neutral.</li>
 * </ul>
 *
 * <p>Costs and rates come from {@link io.github.basisspread.core.carry.TradingCosts}; the cost
 * model matches the {@link io.github.basisspread.core.carry.NoArbitrageBand}. Every type is
 * immutable and thread-safe.
 */
package io.github.basisspread.core.arbitrage;
