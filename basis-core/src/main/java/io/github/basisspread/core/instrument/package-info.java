/**
 * Instruments whose prices make a basis: spot, dated futures and perpetual swaps, with their
 * settlement type (linear, inverse, quanto) and contract size.
 */
package io.github.basisspread.core.instrument;
