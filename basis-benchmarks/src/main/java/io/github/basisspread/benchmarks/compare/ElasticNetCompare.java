package io.github.basisspread.benchmarks.compare;

import io.github.basisspread.benchmarks.SeededData;
import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.ml.learners.ElasticNet;
import io.github.basisspread.ml.learners.ElasticNetPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Basis side of {@code bench/ml.sh}, which times the elastic-net path here and in R's
 * glmnet on the same 100,000 x 50 design ({@link SeededData#regression}). Two sub-commands:
 * <ul>
 *   <li>{@code generate DIR}: writes {@code DIR/enet.bin}: n and p as little-endian doubles, then
 *       the columns of x, then y;</li>
 *   <li>{@code run DIR REPEATS}: fits {@code ElasticNet.of(alpha).path} for alpha 1 and 0.5 (at
 *       least 3 untimed runs and 3 s of warm-up for the JIT, then the best of REPEATS), and writes
 *       {@code DIR/enet-basis-<alpha>.txt}: the best time in seconds on the first line, then one
 *       line per lambda: lambda, intercept, slopes.</li>
 * </ul>
 */
public final class ElasticNetCompare {

    /** Rows of the design. */
    static final int ROWS = 100_000;
    /** Features of the design. */
    static final int FEATURES = 50;
    /** The mixing parameters compared. */
    static final double[] ALPHAS = {1.0, 0.5};

    private ElasticNetCompare() {
    }

    /**
     * Runs a sub-command.
     *
     * @param args {@code generate DIR} or {@code run DIR REPEATS}
     * @throws IOException if a file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("generate")) {
            double[][] cols = SeededData.regression(ROWS, FEATURES, SeededData.SEED);
            ByteBuffer buf = ByteBuffer.allocate(8 * (2 + ROWS * (FEATURES + 1))).order(ByteOrder.LITTLE_ENDIAN);
            buf.putDouble(ROWS).putDouble(FEATURES);
            for (int j = 1; j <= FEATURES; j++) {
                for (double v : cols[j]) {
                    buf.putDouble(v);
                }
            }
            for (double v : cols[0]) {
                buf.putDouble(v);
            }
            Files.write(Path.of(args[1], "enet.bin"), buf.array());
        } else if (args.length >= 3 && args[0].equals("run")) {
            Dataset data = read(Path.of(args[1], "enet.bin"));
            int repeats = Integer.parseInt(args[2]);
            for (double alpha : ALPHAS) {
                ElasticNet spec = ElasticNet.of(alpha);
                long warmEnd = System.nanoTime() + 3_000_000_000L;
                ElasticNetPath path = null;
                for (int w = 0; w < 3 || System.nanoTime() < warmEnd; w++) {
                    path = spec.path(data);
                }
                double best = Double.POSITIVE_INFINITY;
                for (int r = 0; r < repeats; r++) {
                    long t0 = System.nanoTime();
                    path = spec.path(data);
                    best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                }
                try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1], "enet-basis-" + alpha + ".txt")))) {
                    out.printf(Locale.ROOT, "%.6f%n", best);
                    double[] lambdas = path.lambdas();
                    for (int k = 0; k < lambdas.length; k++) {
                        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.17g", lambdas[k]));
                        var fit = path.fit(k);
                        line.append(String.format(Locale.ROOT, " %.17g", fit.intercept()));
                        for (double b : fit.slopes()) {
                            line.append(String.format(Locale.ROOT, " %.17g", b));
                        }
                        out.println(line);
                    }
                }
            }
        } else {
            System.err.println("usage: ElasticNetCompare generate DIR | run DIR REPEATS");
            System.exit(2);
        }
    }

    private static Dataset read(Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int n = (int) buf.getDouble();
        int p = (int) buf.getDouble();
        double[][] x = new double[p][n];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                x[j][i] = buf.getDouble();
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = buf.getDouble();
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= p; j++) {
            names.add("x" + j);
        }
        return Dataset.ofColumns(names, x, y, List.of());
    }
}
