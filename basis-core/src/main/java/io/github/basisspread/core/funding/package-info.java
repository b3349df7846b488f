/**
 * Funding of perpetual swaps: funding rate observations, APR and APY, accrual and payments,
 * the premium index, one funding formula per venue, and the fair value of a perpetual.
 *
 * <h2>Units and signs</h2>
 * Rates are decimals per funding interval ({@code 0.0001} = 0.01% = 1 bp); each
 * {@link io.github.basisspread.core.funding.FundingRate} carries its own interval, because venues
 * move contracts between 8, 4, 2 and 1 hour intervals. A positive rate or payment is paid by
 * longs to shorts. APR is the rate times the intervals in a 365-day year (x1095 for 8 h, x8760
 * for 1 h); APY compounds the same payments.
 *
 * <h2>From order book to cash</h2>
 * <ol>
 *   <li>{@link io.github.basisspread.core.funding.PremiumIndex}: the premium of the impact
 *       prices over the index at one instant.</li>
 *   <li>{@link io.github.basisspread.core.funding.PremiumAveraging}: the venue's average of the
 *       samples of an interval (linearly weighted at Binance and Bybit, simple elsewhere).</li>
 *   <li>{@link io.github.basisspread.core.funding.FundingFormula}: the venue's rule from average
 *       premium to rate, one record per venue (Binance USD-M, BitMEX, Bybit, OKX, Deribit,
 *       Hyperliquid, dYdX v4), each citing the venue's published definition.</li>
 *   <li>{@link io.github.basisspread.core.funding.FundingAccrual}: the rate accrued over a holding
 *       period, for discrete settlements (counted in {@code [from, to)}, the rule of {@link io.github.basisspread.core.time.FundingSchedule}) and for continuous,
 *       pro-rata accrual (Deribit).</li>
 *   <li>{@link io.github.basisspread.core.funding.FundingPayment}: the cash paid at a settlement
 *       by linear and inverse contracts, and each side's cash flow.</li>
 * </ol>
 *
 * <h2>Fair value</h2>
 * {@link io.github.basisspread.core.funding.PerpetualFairValue} prices a linear perpetual under
 * continuous funding at intensity {@code kappa} with quote and base interest rates (He, Manela,
 * Ross and von Wachter 2022): {@code F = S kappa / (kappa + r_b - r_a)}.
 *
 * <p>Every type here is immutable (or stateless) and thread-safe.
 */
package io.github.basisspread.core.funding;
