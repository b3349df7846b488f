/**
 * Basis risk of a book: the positions, their marking to market and exposures, value at risk and
 * expected shortfall, the backtests of a VaR series and stress scenarios.
 *
 * <ul>
 *   <li>{@link io.github.basisspread.models.risk.Book} of
 *       {@link io.github.basisspread.models.risk.Position}s (spot long or short, linear,
 *       inverse and quanto dated futures and perpetuals of {@code core.instrument}, on any venue), marked to
 *       market from a {@link io.github.basisspread.models.risk.Quotes} snapshot in the quote
 *       currency and in coin, funding accrued on each perpetual's schedule through
 *       {@code core.funding}; its {@link io.github.basisspread.models.risk.Exposures}: net delta
 *       per underlying, basis DV01 per {@link io.github.basisspread.models.risk.BasisBucket},
 *       funding exposure per 1 bp per 8 h over a horizon, gross notional per venue.</li>
 *   <li>{@link io.github.basisspread.models.risk.HistoricalSimulation}: full revaluation of the
 *       book on historical moves of spot, basis per expiry and funding;
 *       {@link io.github.basisspread.models.risk.ScenarioRevaluation} the same on arrays, for large
 *       books, with the incremental VaR of one more trade
 *       ({@link io.github.basisspread.models.risk.IncrementalVar}).</li>
 *   <li>{@link io.github.basisspread.models.risk.ValueAtRisk}: VaR and ES of a P&amp;L series or
 *       scenario P&amp;Ls by historical simulation, filtered historical simulation
 *       ({@link io.github.basisspread.models.risk.VolatilityScaler}:
 *       {@link io.github.basisspread.models.risk.EwmaVolatility} or
 *       {@link io.github.basisspread.models.risk.GarchVolatility}), parametric normal,
 *       Student-t and Cornish-Fisher, each with its assumptions stated; quantiles are R's type 7.</li>
 *   <li>{@link io.github.basisspread.models.risk.VarBacktest}: Kupiec's proportion-of-failures
 *       test, Christoffersen's independence and conditional-coverage tests and the Basel
 *       traffic-light zone.</li>
 *   <li>{@link io.github.basisspread.models.risk.StressTests}: basis collapse to zero, funding
 *       at the venue cap for a number of settlements, backwardation, a venue halting, historical
 *       windows replayed on today's book, and user-defined
 *       {@link io.github.basisspread.models.risk.Scenario}s of
 *       {@link io.github.basisspread.models.risk.Shock}s, read from a CSV by
 *       {@link io.github.basisspread.models.risk.ScenarioTable}.</li>
 *   <li>{@link io.github.basisspread.models.risk.MarginPlan}: how each derivative leg is margined
 *       ({@link io.github.basisspread.models.risk.MarginTerms}: the venue's brackets of
 *       {@code core.margin}, leverage, isolated or cross), and its
 *       {@link io.github.basisspread.models.risk.MarginReport}: initial and maintenance margin of
 *       each leg ({@link io.github.basisspread.models.risk.LegMargin}) and the spot moves that
 *       liquidate it. The venue rules themselves live in {@code core.margin}, beside the funding
 *       formulas of {@code core.funding}: exact published definitions every module needs; which
 *       legs share an account and how far a book is from liquidation is book-level, here.</li>
 * </ul>
 *
 * <p>VaR and ES are positive losses in the unit of the P&amp;L. Every type is immutable and
 * thread-safe; bad input raises {@link java.lang.IllegalArgumentException} naming the argument and
 * its value.
 */
package io.github.basisspread.models.risk;
