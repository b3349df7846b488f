package io.github.basisspread.venues.cache;

import io.github.basisspread.data.csv.ShortestDecimal;
import io.github.basisspread.venues.Candle;
import io.github.basisspread.venues.FundingObservation;
import io.github.basisspread.venues.internal.Args;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * Writes fetched data as the CSV the rest of Basis reads ({@code CsvSeriesReader},
 * {@code basis demo --data}, {@code basis basis}, {@code basis funding}, {@code basis backtest}).
 *
 * <ul>
 *   <li>Candles: {@code timestamp,open_time,open,high,low,close,volume}. {@code timestamp} is
 *       the bar's <b>close</b> time (the instant its close is known, so that as-of joins never
 *       look ahead) and {@code open_time} its open time, both ISO-8601 UTC.</li>
 *   <li>Funding: {@code timestamp,funding_rate,funding_interval_hours,funding_time_ms}: the
 *       settlement rounded to the whole second (Binance stamps settlements a few milliseconds
 *       late, e.g. {@code 1704067200003}; the exact venue value stays in {@code funding_time_ms}),
 *       the rate per interval as a decimal, and the interval ending at that settlement.</li>
 * </ul>
 * Files are written to a temporary name and moved into place.
 */
public final class BasisCsv {

    private BasisCsv() {
    }

    /**
     * Writes candles.
     *
     * @param file the output file, not null
     * @param rows the candles in time order, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeCandles(Path file, List<Candle> rows) {
        Args.notNull(file, "file");
        Args.notNull(rows, "rows");
        write(file, w -> {
            w.write("timestamp,open_time,open,high,low,close,volume\n");
            for (Candle c : rows) {
                w.write(c.closeTime() + "," + c.openTime() + "," + num(c.open()) + "," + num(c.high()) + ","
                        + num(c.low()) + "," + num(c.close()) + "," + num(c.volume()) + "\n");
            }
        });
    }

    /**
     * Writes funding settlements.
     *
     * @param file the output file, not null
     * @param rows the settlements in time order, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeFunding(Path file, List<FundingObservation> rows) {
        Args.notNull(file, "file");
        Args.notNull(rows, "rows");
        write(file, w -> {
            w.write("timestamp,funding_rate,funding_interval_hours,funding_time_ms\n");
            for (FundingObservation f : rows) {
                long ms = f.time().toEpochMilli();
                Instant second = Instant.ofEpochSecond(Math.floorDiv(ms + 500, 1000L));
                long intervalMs = f.interval().toMillis();
                String hours = intervalMs % 3_600_000L == 0 ? Long.toString(intervalMs / 3_600_000L)
                        : num(intervalMs / 3_600_000.0);
                w.write(second + "," + num(f.rate()) + "," + hours + "," + ms + "\n");
            }
        });
    }

    private interface Body {
        void write(BufferedWriter w) throws IOException;
    }

    private static void write(Path file, Body body) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = parent.resolve(file.getFileName() + ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String num(double x) {
        return ShortestDecimal.format(x);
    }
}
