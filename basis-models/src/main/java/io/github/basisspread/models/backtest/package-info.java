/**
 * The event-driven backtest of basis trades: a {@link io.github.basisspread.models.backtest.Backtest}
 * replays aligned spot, derivative and funding data ({@link io.github.basisspread.models.backtest.BacktestData})
 * through a {@link io.github.basisspread.models.backtest.BasisStrategy}, opens and closes
 * {@link io.github.basisspread.models.backtest.Position}s, accrues funding on perpetual legs, charges
 * fees, and reports the {@link io.github.basisspread.models.backtest.Trade}s, their
 * {@link io.github.basisspread.models.backtest.PnlAttribution} and the
 * {@link io.github.basisspread.models.backtest.PerformanceMetrics} of the run, each printable as a
 * {@code summary()} table.
 *
 * <p>The backtest keeps no pricing of its own: fees, slippage and the spot leg's financing come from
 * a {@link io.github.basisspread.core.carry.TradingCosts} (the costs the {@code core.arbitrage}
 * evaluations take), the derivative leg is a {@link io.github.basisspread.core.arbitrage.ContractPosition}
 * (linear or inverse), funding is paid through {@link io.github.basisspread.core.funding.FundingPayment}.
 * A {@link io.github.basisspread.models.backtest.Position} is the state of one of the trades that
 * {@link io.github.basisspread.core.arbitrage.Strategy} names ex ante
 * ({@link io.github.basisspread.models.backtest.Position#asStrategy(boolean)}).
 * {@link io.github.basisspread.models.backtest.Strategies} holds the ready-made strategies, one of
 * which trades on the forecasts of any {@code io.github.basisspread.models.evaluation.Forecaster}.
 *
 * <p>Every type is immutable and thread-safe; bad input raises
 * {@link java.lang.IllegalArgumentException} naming the argument and its value.
 */
package io.github.basisspread.models.backtest;
