/**
 * Basis risk of a book: the positions, their marking to market and exposures, value at risk and
 * expected shortfall, and the backtests of a VaR series.
 *
 * <ul>
 *   <li>{@link io.github.basisspread.models.risk.ValueAtRisk}: VaR and ES of a P&amp;L series or
 *       scenario P&amp;Ls by historical simulation, filtered historical simulation
 *       ({@link io.github.basisspread.models.risk.VolatilityScaler}, EWMA here), parametric normal,
 *       Student-t and Cornish-Fisher, each with its assumptions stated; quantiles are R's type 7.</li>
 *   <li>{@link io.github.basisspread.models.risk.VarBacktest}: Kupiec's proportion-of-failures
 *       test, Christoffersen's independence and conditional-coverage tests and the Basel
 *       traffic-light zone.</li>
 * </ul>
 *
 * <p>VaR and ES are positive losses in the unit of the P&amp;L. Every type is immutable and
 * thread-safe; bad input raises {@link java.lang.IllegalArgumentException} naming the argument and
 * its value.
 */
package io.github.basisspread.models.risk;
