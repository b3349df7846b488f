package io.github.basisspread.benchmarks.compare;

import io.github.basisspread.benchmarks.SeededData;
import io.github.basisspread.models.regression.OlsFit;
import io.github.basisspread.models.regression.OlsSpec;
import io.github.basisspread.models.regression.RegressionData;
import io.github.basisspread.models.statespace.KalmanFilter;
import io.github.basisspread.models.statespace.LocalLevel;
import io.github.basisspread.models.statespace.StateSpaceFit;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The Basis side of {@code bench/compare.sh}, which times the same fits in R, statsmodels and
 * this library on the same inputs. Three sub-commands:
 * <ul>
 *   <li>{@code generate DIR}: writes the seeded inputs as little-endian float64 files (exact,
 *       and read directly by R's {@code readBin} and numpy's {@code fromfile}) plus
 *       {@code meta.txt};</li>
 *   <li>{@code run DIR REPEATS}: fits them here, one untimed warm-up run then the best of
 *       {@code REPEATS} timed runs, and writes {@code results_basis.txt};</li>
 *   <li>{@code report DIR}: reads every {@code results_*.txt}, evaluates each tool's estimates
 *       with one common log-likelihood (ours), checks that ours is equal or better within 1e-6
 *       relative, and prints the table. Exits with status 1 if a check fails.</li>
 * </ul>
 * A result line is {@code row tool seconds reportedLoglik param...}; the parameters are
 * {@code sigma2_epsilon sigma2_eta} for {@code local_level} and the 11 coefficients (intercept
 * first) for {@code ols}. Rows for ARIMA arrive with {@code models.arima}.
 */
public final class Compare {

    /** Points of the local-level series. */
    static final int LOCAL_LEVEL_POINTS = 200_000;
    /** Rows of the OLS design. */
    static final int OLS_ROWS = 1_000_000;
    /** Regressors of the OLS design (an intercept comes on top). */
    static final int OLS_REGRESSORS = 10;
    /** Relative log-likelihood tolerance of the check. */
    static final double TOLERANCE = 1e-6;

    private Compare() {
    }

    /**
     * Entry point.
     *
     * @param args {@code generate DIR}, {@code run DIR REPEATS} or {@code report DIR}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            usage();
            return;
        }
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(dir);
            case "run" -> run(dir, args.length > 2 ? Integer.parseInt(args[2]) : 3);
            case "report" -> {
                if (!report(dir, System.out)) {
                    System.exit(1);
                }
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: Compare generate DIR | run DIR [REPEATS] | report DIR");
        System.exit(2);
    }

    static void generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeDoubles(dir.resolve("local_level.f64"),
                SeededData.localLevel(LOCAL_LEVEL_POINTS, 1.0, 0.1, SeededData.SEED + 1));
        // Column-major: y, then x1..x10.
        writeDoubles(dir.resolve("ols.f64"), SeededData.regression(OLS_ROWS, OLS_REGRESSORS, SeededData.SEED));
        Files.writeString(dir.resolve("meta.txt"), "ll_n " + LOCAL_LEVEL_POINTS + "\nols_n " + OLS_ROWS + "\nols_k "
                + OLS_REGRESSORS + "\nseed " + SeededData.SEED + "\n", StandardCharsets.US_ASCII);
    }

    static void run(Path dir, int repeats) throws IOException {
        double[] y = readDoubles(dir.resolve("local_level.f64"), 1, LOCAL_LEVEL_POINTS)[0];
        double[][] ols = readDoubles(dir.resolve("ols.f64"), OLS_REGRESSORS + 1, OLS_ROWS);
        double[] response = ols[0];
        double[][] x = Arrays.copyOfRange(ols, 1, ols.length);
        List<String> lines = new ArrayList<>();

        Timed<StateSpaceFit> ll = time(repeats, () -> LocalLevel.of().fit(y));
        double[] est = ll.value.estimates();
        lines.add(line("local_level", "basis", ll.seconds, ll.value.logLikelihood(), est));

        Timed<OlsFit> fit = time(repeats, () -> OlsSpec.withIntercept().fit(RegressionData.of(response, x)));
        lines.add(line("ols", "basis", fit.seconds, fit.value.logLikelihood(), fit.value.coefficients()));
        Files.write(dir.resolve("results_basis.txt"), lines, StandardCharsets.US_ASCII);
    }

    private record Timed<T>(T value, double seconds) {
    }

    private static <T> Timed<T> time(int repeats, Supplier<T> task) {
        T value = task.get(); // warm-up: JIT compilation is excluded, as start-up is for R and Python
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            value = task.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return new Timed<>(value, best);
    }

    private static String line(String row, String tool, double seconds, double loglik, double[] params) {
        StringBuilder sb = new StringBuilder(row).append(' ').append(tool).append(' ').append(seconds).append(' ')
                .append(loglik);
        for (double p : params) {
            sb.append(' ').append(p);
        }
        return sb.toString();
    }

    /** One parsed result line. */
    private record Result(String row, String tool, double seconds, double reported, double[] params) {
    }

    static boolean report(Path dir, PrintStream out) throws IOException {
        List<Result> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("results_.*\\.txt")).sorted().toList()) {
                for (String l : Files.readAllLines(f, StandardCharsets.US_ASCII)) {
                    String[] t = l.trim().split("\\s+");
                    if (t.length < 4) {
                        continue;
                    }
                    double[] p = new double[t.length - 4];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = Double.parseDouble(t[4 + i]);
                    }
                    results.add(new Result(t[0], t[1], Double.parseDouble(t[2]), Double.parseDouble(t[3]), p));
                }
            }
        }
        double[] y = readDoubles(dir.resolve("local_level.f64"), 1, LOCAL_LEVEL_POINTS)[0];
        double[][] ols = readDoubles(dir.resolve("ols.f64"), OLS_REGRESSORS + 1, OLS_ROWS);
        Map<String, List<Result>> byRow = new LinkedHashMap<>();
        // ARIMA rows ("arima201", "auto_arima") join this list, and commonLogLikelihood, with models.arima.
        for (String row : List.of("local_level", "ols")) {
            byRow.put(row, new ArrayList<>());
        }
        for (Result r : results) {
            byRow.computeIfAbsent(r.row, k -> new ArrayList<>()).add(r);
        }
        boolean ok = true;
        String fmt = "%-12s %-22s %10s %9s %22s %22s  %s%n";
        out.printf(Locale.ROOT, fmt, "row", "tool", "best s", "x ours", "loglik (common eval)", "loglik (tool's own)",
                "check");
        for (Map.Entry<String, List<Result>> e : byRow.entrySet()) {
            Result ours = e.getValue().stream().filter(r -> r.tool.equals("basis")).findFirst().orElse(null);
            if (ours == null) {
                out.printf(Locale.ROOT, "%-12s (no result from basis)%n", e.getKey());
                ok = false;
                continue;
            }
            double ourLl = commonLogLikelihood(e.getKey(), ours.params, y, ols);
            for (Result r : e.getValue()) {
                double ll = commonLogLikelihood(e.getKey(), r.params, y, ols);
                boolean pass = ourLl >= ll - TOLERANCE * Math.abs(ll);
                ok &= pass;
                String check = r == ours ? "reference" : pass
                        ? String.format(Locale.ROOT, "ok (ours - theirs = %.3g)", ourLl - ll)
                        : String.format(Locale.ROOT, "FAIL (ours - theirs = %.3g)", ourLl - ll);
                out.printf(Locale.ROOT, fmt, e.getKey(), r.tool, String.format(Locale.ROOT, "%.4f", r.seconds),
                        String.format(Locale.ROOT, "%.2f", r.seconds / ours.seconds),
                        String.format(Locale.ROOT, "%.10f", ll), String.format(Locale.ROOT, "%.10f", r.reported), check);
            }
        }
        return ok;
    }

    /**
     * The log-likelihood every tool's estimates are judged by: the exact-diffuse Kalman filter
     * log-likelihood for the local level model, the Gaussian log-likelihood with the variance
     * concentrated out, {@code -n/2 (ln(2 pi SSR / n) + 1)}, for OLS.
     */
    private static double commonLogLikelihood(String row, double[] params, double[] y, double[][] ols) {
        return switch (row) {
            case "local_level" -> KalmanFilter.logLikelihood(LocalLevel.model(params[0], params[1]), y);
            case "ols" -> {
                int n = ols[0].length;
                // Compensated (Neumaier) sum of squared residuals: the tools agree to ~1e-13.
                double sum = 0;
                double comp = 0;
                for (int i = 0; i < n; i++) {
                    double e = ols[0][i] - params[0];
                    for (int j = 1; j < params.length; j++) {
                        e -= params[j] * ols[j][i];
                    }
                    double sq = e * e;
                    double t = sum + sq;
                    comp += Math.abs(sum) >= sq ? (sum - t) + sq : (sq - t) + sum;
                    sum = t;
                }
                double ssr = sum + comp;
                yield -0.5 * n * (Math.log(2 * Math.PI * ssr / n) + 1);
            }
            default -> throw new IllegalArgumentException("Argument 'row' must be a known row but has value " + row);
        };
    }

    private static void writeDoubles(Path file, double[]... columns) throws IOException {
        int n = columns[0].length;
        ByteBuffer b = ByteBuffer.allocate(8 * n * columns.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] c : columns) {
            for (double v : c) {
                b.putDouble(v);
            }
        }
        Files.write(file, b.array());
    }

    private static double[][] readDoubles(Path file, int columns, int n) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() != 8L * columns * n) {
            throw new IOException(file + " has " + b.remaining() + " bytes, expected " + 8L * columns * n);
        }
        double[][] out = new double[columns][n];
        for (double[] c : out) {
            for (int i = 0; i < n; i++) {
                c[i] = b.getDouble();
            }
        }
        return out;
    }
}
