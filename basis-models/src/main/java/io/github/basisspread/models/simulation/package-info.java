/**
 * Seeded simulators of crypto basis markets: the synthetic data of the {@code basis demo}
 * command, of examples and of tests that need a whole market rather than one series.
 *
 * <p>{@link io.github.basisspread.models.simulation.MarketSimulator} turns an immutable
 * {@link io.github.basisspread.models.simulation.MarketConfig} and a seed into an immutable
 * {@link io.github.basisspread.models.simulation.SimulatedMarket}: a spot price path with
 * regime-switching volatility, a strip of three quarterly futures that converge to spot at their
 * expiries and roll, a linear perpetual whose premium mean-reverts around the basis, the premium
 * index, the funding rates that the venue's {@link io.github.basisspread.core.funding.FundingFormula}
 * gives from it on the venue's schedule, and the trading costs. The same seed gives bit-identical
 * markets; nothing is shared between runs (no static mutable state). The dynamics, with their
 * equations, are documented on {@link io.github.basisspread.models.simulation.MarketSimulator}.
 *
 * <p>Everything here is synthetic and says so
 * ({@link io.github.basisspread.models.simulation.SimulatedMarket#label()}): it is meant to
 * exercise the analytics with realistic shapes (contango with occasional backwardation, funding at
 * the interest-rate floor most of the time), not to stand in for market data. Single-series
 * simulation lives with the models: {@code ArimaFit.simulate} for ARIMA and
 * {@code StateSpaceSimulator} for linear Gaussian state-space models.
 */
package io.github.basisspread.models.simulation;
