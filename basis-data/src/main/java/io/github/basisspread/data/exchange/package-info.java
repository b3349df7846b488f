/**
 * Exchange data dumps, read as downloaded: the Binance public data files
 * (data.binance.vision) for spot, USD-M and COIN-M markets.
 *
 * <p>{@link io.github.basisspread.data.exchange.BinanceDumpReader} reads a {@code .zip} directly
 * (its single {@code .csv} entry) or the {@code .csv} inside: klines, {@code markPriceKlines},
 * {@code indexPriceKlines} and {@code premiumIndexKlines} (twelve columns: open time, open, high,
 * low, close, volume, close time, quote volume, trade count, taker-buy base and quote volumes,
 * ignore; with or without a header row; times in milliseconds, or microseconds as in spot files
 * from 2025 on, detected per file) into {@link io.github.basisspread.data.exchange.Klines}, and
 * {@code fundingRate} files ({@code calc_time, funding_interval_hours, last_funding_rate}) into a
 * {@link io.github.basisspread.data.exchange.FundingRateHistory} whose funding interval travels
 * with each observation.
 *
 * <p>Bad rows follow the same {@link io.github.basisspread.data.csv.BadRowPolicy} and
 * {@link io.github.basisspread.data.csv.ReadReport} as the generic CSV reader.
 */
package io.github.basisspread.data.exchange;
