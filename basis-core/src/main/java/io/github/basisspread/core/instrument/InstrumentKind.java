package io.github.basisspread.core.instrument;

/** The kinds of {@link Instrument}, one per record of the sealed family. */
public enum InstrumentKind {
    /** A {@link Spot} pair. */
    SPOT,
    /** A {@link DatedFuture}. */
    DATED_FUTURE,
    /** A {@link PerpetualSwap}. */
    PERPETUAL_SWAP
}
