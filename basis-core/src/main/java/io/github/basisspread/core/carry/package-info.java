/**
 * The cost-of-carry model and the no-arbitrage band around it.
 *
 * <ul>
 *   <li>{@link io.github.basisspread.core.carry.CostOfCarry}: {@code F = S exp((r + u - y - q) tau)}
 *       with financing {@code r}, storage {@code u}, convenience yield {@code y} and asset yield
 *       {@code q} (staking, lending); fair forward, implied financing rate, implied convenience
 *       and asset yields.</li>
 *   <li>{@link io.github.basisspread.core.carry.NoArbitrageBand}: the lower and upper bounds on a
 *       future price once spreads ({@link io.github.basisspread.core.carry.BidAsk}), fees
 *       ({@link io.github.basisspread.core.carry.FeeSchedule}, maker or taker), the cost of
 *       cash and the cost of borrowing the coin ({@link io.github.basisspread.core.carry.TradingCosts})
 *       are counted; the derivation is in its documentation.</li>
 *   <li>{@link io.github.basisspread.core.carry.ReturnOnCapital}: a profit as an annualized return
 *       on the capital tied up, spot notional plus initial margin.</li>
 * </ul>
 *
 * <p>Rates are continuously compounded annual decimals unless a method says otherwise; fees are
 * decimals of notional. Every type is immutable and thread-safe.
 */
package io.github.basisspread.core.carry;
