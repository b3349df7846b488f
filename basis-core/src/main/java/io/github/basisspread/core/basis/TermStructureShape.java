package io.github.basisspread.core.basis;

/**
 * The shape of a {@link BasisTermStructure}, read from the chain of prices
 * {@code S, F_1, F_2, ..., F_n} ordered by expiry (see {@link BasisTermStructure#shape(double)}).
 */
public enum TermStructureShape {
    /**
     * Every step of the chain rises: {@code S < F_1 < F_2 < ... < F_n}. Equivalently every point
     * has a positive annualized basis (simple or continuous) and prices increase with expiry.
     */
    CONTANGO,
    /**
     * Every step of the chain falls: {@code S > F_1 > F_2 > ... > F_n}. Equivalently every point
     * has a negative annualized basis and prices decrease with expiry.
     */
    BACKWARDATION,
    /** No step of the chain moves by more than the tolerance: every price equals spot. */
    FLAT,
    /** Anything else: some steps rise and others fall or stay level. */
    MIXED
}
