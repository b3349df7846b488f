/**
 * Funding of perpetual swaps: funding rate observations, APR and APY, accrual and payments,
 * the premium index, one funding formula per venue, and the fair value of a perpetual.
 *
 * <h2>Units and signs</h2>
 * Rates are decimals per funding interval ({@code 0.0001} = 0.01% = 1 bp); each
 * {@link io.github.basisspread.core.funding.FundingRate} carries its own interval, because venues
 * move contracts between 8, 4, 2 and 1 hour intervals. A positive rate or payment is paid by
 * longs to shorts. APR is the rate times the intervals in a 365-day year (x1095 for 8 h, x8760
 * for 1 h); APY compounds the same payments. A rate above 5% per hour of its interval (for
 * instance {@code 1.0} per 8 h) is beyond every cap documented here: it is logged as a warning
 * and {@link io.github.basisspread.core.funding.FundingRate#isPlausible()} is false.
 *
 * <h2>From order book to cash</h2>
 * <ol>
 *   <li>{@link io.github.basisspread.core.funding.PremiumIndex}: the premium of the impact
 *       prices over the index at one instant.</li>
 *   <li>{@link io.github.basisspread.core.funding.PremiumAveraging}: the venue's average of the
 *       samples of an interval (linearly weighted at Binance and Bybit, simple elsewhere).</li>
 *   <li>{@link io.github.basisspread.core.funding.FundingFormula}: the venue's rule from average
 *       premium to rate, one record per venue (Binance USD-M, BitMEX, Bybit, OKX, Deribit,
 *       Hyperliquid, dYdX v4), each citing the venue's published definition;
 *       {@link io.github.basisspread.core.funding.FundingFormulas} looks one up by venue and
 *       symbol, and never invents a per-symbol cap.</li>
 *   <li>{@link io.github.basisspread.core.funding.FundingAccrual}: the rate accrued over a holding
 *       period, for discrete settlements (counted in {@code [from, to)}, the rule of {@link io.github.basisspread.core.time.FundingSchedule}) and for continuous,
 *       pro-rata accrual (Deribit).</li>
 *   <li>{@link io.github.basisspread.core.funding.FundingPayment}: the cash paid at a settlement
 *       by linear and inverse contracts, and each side's cash flow.</li>
 * </ol>
 *
 * <h2>Venue rules</h2>
 * Each formula follows the venue's published rule; the conformance tests
 * ({@code *ConformanceTest} in this package's tests) reproduce the venues' worked examples and
 * rule text, test every parameter at and around its boundaries, and check the published rates of
 * 2020-2026 against the caps. {@code P} is the averaged premium, {@code I} the interest rate,
 * {@code N} the interval in hours. All sources were checked on 2026-12-05; where a venue's own
 * page was not found, the table says so and the rule is the best documented one.
 * <table class="striped">
 *   <caption>Funding rules by venue</caption>
 *   <thead>
 *     <tr><th scope="col">Venue</th><th scope="col">Formula</th><th scope="col">Interval(s), averaging</th>
 *         <th scope="col">Interest</th><th scope="col">Damper</th><th scope="col">Cap rule</th>
 *         <th scope="col">Settlement</th><th scope="col">Source</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">Binance USD-M ({@link io.github.basisspread.core.funding.BinanceFunding})</th>
 *         <td>{@code F = [P + clamp(I - P, ±0.05%)] / (8/N)}, then the symbol's cap</td>
 *         <td>8, 4, 2, 1 h; 5 s premia, weights 1..n (equal weights on 1 h)</td>
 *         <td>0.01% per 8 h (0 on a few symbols)</td><td>±0.05%</td>
 *         <td>per symbol: {@code 0.75 x} first-bracket MMR (BTCUSDT ±0.30%, ETHUSDT ±0.375%) or an
 *             announced cap (e.g. OGNUSDT ±3%), published by {@code GET /fapi/v1/fundingInfo}; no default</td>
 *         <td>00/08/16 UTC on 8 h</td>
 *         <td>"Introduction to Binance Futures Funding Rates" (read through Binance's pages quoting it; the FAQ
 *             page itself not found); cap announcements 2023-08 (YGGUSDT) and 2023-10-01 (OGNUSDT)</td></tr>
 *     <tr><th scope="row">BitMEX ({@link io.github.basisspread.core.funding.BitmexFunding})</th>
 *         <td>{@code F = P + clamp(I - P, ±0.05%)}, change-capped against the previous rate, then capped</td>
 *         <td>8 h; simple average</td>
 *         <td>{@code (quote rate - base rate) / 3} a day (0.01% in the guide's example)</td><td>±0.05%</td>
 *         <td>absolute {@code 0.75 (IM - MM)}; change {@code 0.75 MM} (±0.375% both at 1%/0.5%)</td>
 *         <td>04/12/20 UTC</td>
 *         <td>"Perpetual Contracts Guide" (through restatements; change cap from issue 13); BitMEX blog
 *             "Important changes to Bitcoin / USD Swap funding"</td></tr>
 *     <tr><th scope="row">Bybit ({@link io.github.basisspread.core.funding.BybitFunding})</th>
 *         <td>{@code F = P + clamp(I - P, ±0.05%)}, capped</td>
 *         <td>8, 4, ... h; minute premia, weights 1..60N</td>
 *         <td>0.01% per 8 h, scaled to N (interest-only scaling is Basis's assumption)</td><td>±0.05%</td>
 *         <td>per contract, not published as a number (±0.75% default is an example)</td>
 *         <td>00/08/16 UTC on 8 h</td>
 *         <td>Bybit Help Center "Introduction to Funding Rate"; Bybit announcement "Funding Rate"</td></tr>
 *     <tr><th scope="row">OKX ({@link io.github.basisspread.core.funding.OkxFunding})</th>
 *         <td>current: {@code clamp(P + clamp(I - P, ±0.05%), floor, cap)}; original:
 *             {@code clamp(P - 0, floor, cap)}; update: the current rule times {@code N/8}</td>
 *         <td>N h; minute mid premia, simple MA over the last N h (since 2024-03-05)</td>
 *         <td>0.01% per 8 h (current), 0 (original)</td><td>±0.05% (current, update); none (original)</td>
 *         <td>per currency: ±0.375% BTC, ±0.75% ETH, ±1.5% others; raised by notice (FILUSDT ±4%)</td>
 *         <td>00/08/16 UTC on 8 h</td>
 *         <td>OKX notices 2019-07-18, 2020-10-17, "OKX to optimize funding rate calculation" 2024-01-25; the
 *             notice introducing the interest and damper was not found (dates unknown)</td></tr>
 *     <tr><th scope="row">Deribit ({@link io.github.basisspread.core.funding.DeribitFunding})</th>
 *         <td>{@code clamp(max(0.025%, P) + min(-0.025%, P), min cap, max cap)}</td>
 *         <td>continuous (every ms), quoted per 8 h; mark-price premium</td>
 *         <td>none</td><td>dead band ±0.025%</td><td>per instrument, not published as a number</td>
 *         <td>accrues continuously, paid pro rata ({@code rate x size x t / 8 h})</td>
 *         <td>Deribit support "Funding Specifications"</td></tr>
 *     <tr><th scope="row">Hyperliquid ({@link io.github.basisspread.core.funding.HyperliquidFunding})</th>
 *         <td>{@code F1 = clamp([P + clamp(I - P, ±0.05%)] / 8, ±4%)}</td>
 *         <td>1 h; 5 s premia, simple average</td><td>0.01% per 8 h</td><td>±0.05%</td><td>4% an hour</td>
 *         <td>every hour</td><td>Hyperliquid Docs "Funding" (not found in the search corpus)</td></tr>
 *     <tr><th scope="row">dYdX v4 ({@link io.github.basisspread.core.funding.DydxV4Funding})</th>
 *         <td>{@code F1 = clamp(P / 8 + I, ±cap)}</td>
 *         <td>1 h; minute samples, simple average, missing samples padded with zeros (offered)</td>
 *         <td>0 by default (per market by governance)</td><td>none</td>
 *         <td>clamp factor x (IM - MM) (1.5% an hour for 5%/3%; assumption)</td><td>every hour</td>
 *         <td>dYdX "Funding Rates on dYdX Chain" (not found in the search corpus)</td></tr>
 *   </tbody>
 * </table>
 * Settlement counting, for every discrete venue: a position held from {@code from} to {@code to}
 * pays the settlements in {@code [from, to)} (the holder at the funding timestamp pays), in
 * {@link io.github.basisspread.core.funding.FundingAccrual} and
 * {@link io.github.basisspread.core.time.FundingSchedule} alike.
 *
 * <h2>Fair value</h2>
 * {@link io.github.basisspread.core.funding.PerpetualFairValue} prices a linear perpetual under
 * continuous funding at intensity {@code kappa} with quote and base interest rates (He, Manela,
 * Ross and von Wachter 2022): {@code F = S kappa / (kappa + r_b - r_a)}.
 *
 * <p>Every type here is immutable (or stateless) and thread-safe.
 */
package io.github.basisspread.core.funding;
