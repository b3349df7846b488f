/**
 * Basis core: immutable, exact primitives of the crypto basis.
 *
 * <p>Time and expiries, instruments, basis and annualized basis, cost of carry, venue funding
 * formulas, arbitrage evaluation and time series. This module depends on nothing outside the JDK.
 */
module io.github.basisspread.core {
    exports io.github.basisspread.core.time;
    exports io.github.basisspread.core.instrument;
    exports io.github.basisspread.core.basis;
    exports io.github.basisspread.core.carry;
    exports io.github.basisspread.core.funding;
    exports io.github.basisspread.core.arbitrage;
    exports io.github.basisspread.core.series;
}
