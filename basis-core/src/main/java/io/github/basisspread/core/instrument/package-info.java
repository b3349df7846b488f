/**
 * Instruments whose prices make a basis: spot pairs, dated futures and perpetual swaps, with
 * their venue, currencies, settlement type (linear, inverse, quanto) and contract size.
 *
 * <p>{@link io.github.basisspread.core.instrument.Instrument} is a sealed family:
 * {@link io.github.basisspread.core.instrument.Spot} and the two
 * {@link io.github.basisspread.core.instrument.Derivative}s,
 * {@link io.github.basisspread.core.instrument.DatedFuture} (with its expiry instant, from an
 * {@link io.github.basisspread.core.time.ExpiryRule} or given) and
 * {@link io.github.basisspread.core.instrument.PerpetualSwap} (with its
 * {@link io.github.basisspread.core.time.FundingSchedule}).
 * {@link io.github.basisspread.core.instrument.InstrumentKind} names the members so that code can
 * switch over them exhaustively.
 *
 * <p>{@link io.github.basisspread.core.instrument.ContractSpec} holds the contract terms and the
 * notional arithmetic: a linear contract of {@code s} base units is worth {@code n * s * price}
 * in the quote currency; an inverse contract of face value {@code f} is worth {@code n * f} in
 * the quote currency and {@code n * f / price} in the coin it settles in; a quanto contract is
 * worth {@code n * s * multiplier * price} in its settlement currency. The settlement currency of
 * a derivative must fit its settlement type; the factories {@code linear(...)} and
 * {@code inverse(...)} fill it in.
 *
 * <p>All types are immutable and thread-safe; bad arguments raise an
 * {@code IllegalArgumentException} whose message names the argument and its value.
 */
package io.github.basisspread.core.instrument;
