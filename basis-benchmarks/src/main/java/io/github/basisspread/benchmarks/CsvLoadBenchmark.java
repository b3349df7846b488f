package io.github.basisspread.benchmarks;

import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.SeriesFrame;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Load time of a 1,000,000-row CSV of an epoch-millisecond timestamp and 6 numeric columns
 * (prices with 2 decimals, as in exchange dumps). The score is in rows per second (one
 * operation = one row): the target is well over 500,000 rows/s, i.e. well under 2 s per file,
 * on one core.
 *
 * <p>{@code plain} is the file as written; {@code quoted} quotes the header so that the reader
 * takes the commons-csv path, for comparison.
 *
 * <p>Run: {@code java -jar basis-benchmarks/target/benchmarks.jar CsvLoad -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx2g"})
public class CsvLoadBenchmark {

    /** Rows in the file. */
    static final int ROWS = 1_000_000;

    /** Which parser path the file takes. */
    @Param({"plain", "quoted"})
    public String layout;

    private Path file;
    private CsvSeriesReader reader;

    /**
     * Writes the file once per trial.
     *
     * @throws IOException if the temp file cannot be written
     */
    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = Files.createTempFile("basis-csv-bench", ".csv");
        SplittableRandom random = new SplittableRandom(42);
        long t = 1_704_067_200_000L;
        double price = 42_000.0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("quoted".equals(layout) ? "\"timestamp\",open,high,low,close,volume,funding\n"
                    : "timestamp,open,high,low,close,volume,funding\n");
            StringBuilder sb = new StringBuilder(128);
            for (int i = 0; i < ROWS; i++) {
                price *= 1 + (random.nextDouble() - 0.5) * 0.002;
                sb.setLength(0);
                sb.append(t + 60_000L * i);
                for (int c = 0; c < 6; c++) {
                    sb.append(',').append(Math.round(price * (1 + c * 0.001) * 100) / 100.0);
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        }
        reader = CsvSeriesReader.of("timestamp");
    }

    /**
     * Deletes the file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Loads the whole file into a frame.
     *
     * @return the frame, so the work is not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public SeriesFrame load() {
        SeriesFrame f = reader.read(file).data();
        if (f.size() != ROWS) {
            throw new IllegalStateException("expected " + ROWS + " rows but read " + f.size());
        }
        return f;
    }
}
