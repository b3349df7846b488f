/**
 * Time for the basis: year fractions, expiry calendars of dated futures and funding schedules
 * of perpetual swaps.
 *
 * <p>Everything works on {@link java.time.Instant}s. The pieces:
 * <ul>
 *   <li>{@link io.github.basisspread.core.time.DayCount}: the year fraction between two instants
 *       (ACT/365F by default, ACT/360, ACT/ACT ISDA), which turns a basis into an annualized
 *       basis.</li>
 *   <li>{@link io.github.basisspread.core.time.ExpiryRule}: when dated futures expire. The crypto
 *       venues (Deribit, Binance, OKX) expire their monthly and quarterly contracts on the last
 *       Friday of the month at 08:00 UTC; CME Bitcoin futures on the last Friday of the month at
 *       16:00 London time, moved back to the prior day that is a business day both in London and
 *       in the US (CME Bitcoin futures contract specifications, "Termination of Trading";
 *       CME Rulebook Chapter 350). {@code ExpiryRule.cmeBitcoin()} carries the published
 *       holidays of 2016 to 2027 (England and Wales bank holidays from gov.uk, CME Group US
 *       holiday closures; checked 2026-12-05) and refuses other years; {@code cmeBitcoin(Set)}
 *       takes the caller's holidays. A rule lists the next expiries after an instant, the
 *       quarterly cycle, and a generic month-and-quarter listing
 *       ({@link io.github.basisspread.core.time.ListedExpiry},
 *       {@link io.github.basisspread.core.time.ExpiryTenor}).</li>
 *   <li>{@link io.github.basisspread.core.time.ExpiryListing}: which contracts each venue lists
 *       (Binance: current and next quarter; OKX: two weeklies and two quarterlies; Deribit: two
 *       weeklies, three monthlies, four quarterlies; CME: six consecutive months and two more
 *       Decembers), each with its source.</li>
 *   <li>{@link io.github.basisspread.core.time.FundingSchedule}: when a perpetual swap settles
 *       funding, every 1, 2, 4 or 8 hours from an anchor hour (00/08/16 UTC on most venues,
 *       04/12/20 UTC on BitMEX, hourly on Hyperliquid and dYdX), with the count of settlements in
 *       a holding period and the number of intervals per year used to annualize funding.</li>
 * </ul>
 *
 * <p>Conventions: "after" is strict (an expiry or settlement exactly at {@code t} is not after
 * {@code t}); holding periods are half-open {@code [from, to)}; instants must lie in years 1 to
 * 9999. Every type here is immutable and thread-safe, and bad arguments raise an
 * {@code IllegalArgumentException} whose message names the argument and its value.
 */
package io.github.basisspread.core.time;
