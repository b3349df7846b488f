package io.github.basisspread.cli.internal;

import io.github.basisspread.cli.BasisCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The training run of the class-data-sharing archive: the {@code basis} launcher runs it once
 * after each build with {@code -XX:DumpLoadedClassList}, then writes a static archive of the
 * classes listed ({@code -Xshare:dump}, JEP 310), so that the classes the commands load
 * (picocli, the readers, the models, the JSON and text writers) are archived, parsed and
 * verified, and every later run maps them instead of loading them again. It runs the usual
 * commands on a small seeded file and prints nothing.
 *
 * <p>Not part of the API: the package is not exported.
 */
public final class Training {

    private Training() {
    }

    /**
     * Runs the commands once on generated data, output discarded.
     *
     * @param args ignored
     * @throws IOException if the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("basis-cds");
        try {
            Path file = dir.resolve("train.csv");
            Files.writeString(file, data(), StandardCharsets.UTF_8);
            String in = file.toString();
            List<List<String>> commands = List.of(
                    List.of("--version"),
                    List.of("--help"),
                    List.of("fit", "arima", "--input", in, "--column", "x", "--order", "2,0,1", "--forecast", "5"),
                    List.of("fit", "arima", "--input", in, "--time-column", "time", "--column", "x,y", "--auto",
                            "--format", "json", "--forecast", "3"),
                    List.of("fit", "local-level", "--input", in, "--column", "x"),
                    List.of("fit", "ols", "--input", in, "--y", "y", "--x", "x", "--format", "json"),
                    List.of("test", "adf", "--input", in, "--column", "x"),
                    List.of("test", "kpss", "--input", in, "--column", "x", "--format", "json"),
                    List.of("test", "ljung-box", "--input", in, "--column", "x"),
                    List.of("test", "engle-granger", "--input", in, "--y", "y", "--x", "x"),
                    List.of("funding", "--input", in, "--column", "rate", "--interval", "8h"),
                    List.of("fit", "arima", "--input", in, "--column", "nothing", "--auto"));
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            for (List<String> c : commands) {
                BasisCli.run(sink, sink, c.toArray(new String[0]));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** 400 hourly rows: an AR(1) level, a cointegrated partner (17 digits) and a funding rate. */
    private static String data() {
        SplittableRandom rnd = new SplittableRandom(20261205L);
        StringBuilder sb = new StringBuilder("time,x,y,rate\n");
        double x = 0;
        for (int t = 0; t < 400; t++) {
            x = 0.7 * x + rnd.nextDouble() - 0.5;
            double y = 2 * x + 0.1 * (rnd.nextDouble() - 0.5);
            // y with 17 significant digits, as programs write doubles to round-trip them: the parser's long path.
            sb.append(String.format(Locale.ROOT, "%d,%.6f,%.16e,%.6f%n", 1_767_225_600L + 3600L * t, 100 + x, y,
                    0.0001 * (rnd.nextDouble() - 0.3)));
        }
        return sb.toString();
    }
}
