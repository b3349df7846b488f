/**
 * Basis core: immutable, exact primitives of the crypto basis.
 *
 * <p>Time and expiries, instruments, basis and annualized basis, cost of carry, venue funding
 * formulas, arbitrage evaluation and time series. This module depends on nothing outside the JDK.
 */
@SuppressWarnings("module") // the sibling modules named in the qualified export are not compiled with the core
module io.github.basisspread.core {
    exports io.github.basisspread.core.time;
    exports io.github.basisspread.core.instrument;
    exports io.github.basisspread.core.basis;
    exports io.github.basisspread.core.carry;
    exports io.github.basisspread.core.funding;
    exports io.github.basisspread.core.margin;
    exports io.github.basisspread.core.arbitrage;
    exports io.github.basisspread.core.series;

    // Argument checks shared with the sibling modules; not part of the public API.
    exports io.github.basisspread.core.internal to io.github.basisspread.data, io.github.basisspread.models;
}
