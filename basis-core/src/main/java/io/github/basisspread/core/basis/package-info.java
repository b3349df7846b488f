/**
 * The basis between a spot price and a derivative price: absolute, in basis points, relative,
 * annualized (simple and continuous), term structures over several expiries and
 * constant-maturity interpolation.
 */
package io.github.basisspread.core.basis;
