/**
 * Basis risk of a book: the positions, their marking to market and exposures, value at risk and
 * expected shortfall, the backtests of a VaR series and stress scenarios.
 *
 * <ul>
 *   <li>{@link io.github.basisspread.models.risk.Book} of
 *       {@link io.github.basisspread.models.risk.Position}s (spot long or short, linear and
 *       inverse dated futures and perpetuals of {@code core.instrument}, on any venue), marked to
 *       market from a {@link io.github.basisspread.models.risk.Quotes} snapshot in the quote
 *       currency and in coin, funding accrued on each perpetual's schedule through
 *       {@code core.funding}; its {@link io.github.basisspread.models.risk.Exposures}: net delta
 *       per underlying, basis DV01 per {@link io.github.basisspread.models.risk.BasisBucket},
 *       funding exposure per 1 bp per 8 h over a horizon, gross notional per venue.</li>
 *   <li>{@link io.github.basisspread.models.risk.HistoricalSimulation}: full revaluation of the
 *       book on historical moves of spot, basis per expiry and funding.</li>
 *   <li>{@link io.github.basisspread.models.risk.ValueAtRisk}: VaR and ES of a P&amp;L series or
 *       scenario P&amp;Ls by historical simulation, filtered historical simulation
 *       ({@link io.github.basisspread.models.risk.VolatilityScaler}, EWMA here), parametric normal,
 *       Student-t and Cornish-Fisher, each with its assumptions stated; quantiles are R's type 7.</li>
 *   <li>{@link io.github.basisspread.models.risk.VarBacktest}: Kupiec's proportion-of-failures
 *       test, Christoffersen's independence and conditional-coverage tests and the Basel
 *       traffic-light zone.</li>
 *   <li>{@link io.github.basisspread.models.risk.StressTests}: basis collapse to zero and funding
 *       at the venue cap for a number of settlements.</li>
 * </ul>
 *
 * <p>VaR and ES are positive losses in the unit of the P&amp;L. Every type is immutable and
 * thread-safe; bad input raises {@link java.lang.IllegalArgumentException} naming the argument and
 * its value.
 */
package io.github.basisspread.models.risk;
