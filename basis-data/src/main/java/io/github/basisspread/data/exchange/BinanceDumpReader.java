package io.github.basisspread.data.exchange;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.data.csv.BadRowPolicy;
import io.github.basisspread.data.csv.MalformedDataException;
import io.github.basisspread.data.csv.ReadResult;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.data.csv.TimestampFormat;
import io.github.basisspread.data.internal.Sources;
import io.github.basisspread.data.internal.TableReader;
import io.github.basisspread.data.internal.TableReader.Column;
import io.github.basisspread.data.internal.TableReader.Rule;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Binance public data dumps (data.binance.vision) as downloaded: a {@code .zip} directly,
 * or the {@code .csv} inside it.
 *
 * <ul>
 *   <li>{@link #readKlines(Path)}: {@code klines} of spot, USD-M and COIN-M, and the
 *       {@code markPriceKlines}, {@code indexPriceKlines} and {@code premiumIndexKlines} of the
 *       futures markets. Twelve columns {@code open_time, open, high, low, close, volume,
 *       close_time, quote_volume, count, taker_buy_volume, taker_buy_quote_volume, ignore}, with
 *       or without a header row (futures files gained one in 2022; spot files have none). Times
 *       are epoch milliseconds, or microseconds in spot files from 2025-01-01 on: the unit is
 *       detected per file and a file mixing units fails.</li>
 *   <li>{@link #readFundingRates(Path)}: {@code fundingRate} files of USD-M and COIN-M,
 *       {@code calc_time, funding_interval_hours, last_funding_rate} with calc time in
 *       milliseconds; the interval travels with each observation.</li>
 * </ul>
 *
 * <p>Columns are taken by position and named as above in messages. A {@code .zip} must hold
 * exactly one {@code .csv} entry. Bad rows follow the {@link BadRowPolicy} (fail by default).
 * Immutable and thread-safe.
 */
public final class BinanceDumpReader {

    private static final int KLINE_FIELDS = 12;
    private static final int FUNDING_FIELDS = 3;

    private final BadRowPolicy policy;
    private final int maxIssues;

    private BinanceDumpReader(BadRowPolicy policy, int maxIssues) {
        this.policy = policy;
        this.maxIssues = maxIssues;
    }

    /**
     * A reader that fails on the first bad row.
     *
     * @return the reader
     */
    public static BinanceDumpReader of() {
        return new BinanceDumpReader(BadRowPolicy.FAIL, 10);
    }

    /**
     * Returns a copy with the given bad-row policy.
     *
     * @param badRowPolicy the policy
     * @return the copy
     * @throws IllegalArgumentException if null
     */
    public BinanceDumpReader withPolicy(BadRowPolicy badRowPolicy) {
        if (badRowPolicy == null) {
            throw new IllegalArgumentException("Argument 'badRowPolicy' must not be null");
        }
        return new BinanceDumpReader(badRowPolicy, maxIssues);
    }

    /**
     * Reads a klines, markPriceKlines, indexPriceKlines or premiumIndexKlines file.
     *
     * @param file a {@code .zip} as downloaded or the {@code .csv} inside
     * @return the klines keyed by open time, and the report
     * @throws MalformedDataException if the file is empty, the zip does not hold exactly one
     *     {@code .csv}, a row does not have twelve fields, or (under {@link BadRowPolicy#FAIL}) a
     *     row is malformed, duplicate or out of order
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the file is null or a close time is not after its open time
     */
    public ReadResult<Klines> readKlines(Path file) {
        TableReader.Source source = source(file);
        List<Column> values = List.of(
                Column.at(1, "open", Rule.REQUIRED), Column.at(2, "high", Rule.REQUIRED),
                Column.at(3, "low", Rule.REQUIRED), Column.at(4, "close", Rule.REQUIRED),
                Column.at(5, "volume", Rule.REQUIRED), Column.at(7, "quote_volume", Rule.REQUIRED),
                Column.at(8, "count", Rule.REQUIRED), Column.at(9, "taker_buy_volume", Rule.REQUIRED),
                Column.at(10, "taker_buy_quote_volume", Rule.REQUIRED));
        TableReader.Table t = TableReader.read(source, new TableReader.Spec(TableReader.HeaderMode.DETECT, KLINE_FIELDS,
                Column.at(0, "open_time", Rule.REQUIRED), values, List.of(Column.at(6, "close_time", Rule.REQUIRED)),
                TimestampFormat.epochDetected(), policy, maxIssues, ',', TableReader.Engine.AUTO));
        Map<String, double[]> cols = new LinkedHashMap<>();
        for (int k = 0; k < Klines.COLUMNS.size(); k++) {
            cols.put(Klines.COLUMNS.get(k), t.values()[k]);
        }
        return new ReadResult<>(Klines.of(SeriesFrame.of(t.epochNanos(), cols), t.times()[0]), t.report());
    }

    /**
     * Reads a fundingRate file.
     *
     * @param file a {@code .zip} as downloaded or the {@code .csv} inside
     * @return the funding-rate history keyed by calc time, and the report
     * @throws MalformedDataException if the file is empty, the zip does not hold exactly one
     *     {@code .csv}, a row does not have three fields, or (under {@link BadRowPolicy#FAIL}) a
     *     row is malformed (e.g. an interval that is not a positive whole number of hours),
     *     duplicate or out of order
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the file is null
     */
    public ReadResult<FundingRateHistory> readFundingRates(Path file) {
        TableReader.Source source = source(file);
        TableReader.Table t = TableReader.read(source, new TableReader.Spec(TableReader.HeaderMode.DETECT, FUNDING_FIELDS,
                Column.at(0, "calc_time", Rule.REQUIRED),
                List.of(Column.at(1, "funding_interval_hours", Rule.POSITIVE_INTEGER),
                        Column.at(2, "last_funding_rate", Rule.REQUIRED)),
                List.of(), TimestampFormat.epochDetected(), policy, maxIssues, ',', TableReader.Engine.AUTO));
        double[] hours = t.values()[0];
        int[] intervals = new int[hours.length];
        for (int i = 0; i < hours.length; i++) {
            intervals[i] = (int) Math.min(hours[i], Integer.MAX_VALUE);
        }
        TimeSeries rates = TimeSeries.ofEpochNanos(t.epochNanos(), t.values()[1]);
        return new ReadResult<>(FundingRateHistory.of(rates, intervals), t.report());
    }

    private static TableReader.Source source(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("Argument 'file' must not be null");
        }
        return Sources.fileOrZip(file);
    }
}
