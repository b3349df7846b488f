package io.github.basisspread.benchmarks.compare;

import io.github.basisspread.benchmarks.ArimaBenchmark;
import io.github.basisspread.benchmarks.SeededData;
import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.arima.AutoArima;
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
import java.util.HashMap;
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
 * first) for {@code ols}, {@code ar1 ar2 ma1 intercept} (R's order, the intercept being the
 * mean) for {@code arima201}, and five numbers per series for {@code auto_arima}:
 * {@code p d q constant loglik}, where {@code constant} is 0 (none), 1 (intercept/mean) or 2
 * (drift) and {@code loglik} the tool's own reported log-likelihood of its chosen model.
 */
public final class Compare {

    /** Points of the local-level series. */
    static final int LOCAL_LEVEL_POINTS = 200_000;
    /** Rows of the OLS design. */
    static final int OLS_ROWS = 1_000_000;
    /** Regressors of the OLS design (an intercept comes on top). */
    static final int OLS_REGRESSORS = 10;
    /** Points of the ARIMA(2,0,1) series. */
    static final int ARIMA_POINTS = ArimaBenchmark.ARMA_POINTS;
    /** Series of the auto-ARIMA panel. */
    static final int AUTO_SERIES = 40;
    /** Points of each auto-ARIMA series. */
    static final int AUTO_POINTS = 1_000;
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
        writeDoubles(dir.resolve("arima201.f64"), ArimaBenchmark.armaSeries());
        // Series after series, the same panel as ArimaBenchmark's.
        writeDoubles(dir.resolve("auto_arima.f64"), SeededData.arimaPanel(AUTO_SERIES, AUTO_POINTS, SeededData.SEED + 100));
        Files.writeString(dir.resolve("meta.txt"), "ll_n " + LOCAL_LEVEL_POINTS + "\nols_n " + OLS_ROWS + "\nols_k "
                + OLS_REGRESSORS + "\narima_n " + ARIMA_POINTS + "\nauto_count " + AUTO_SERIES + "\nauto_n "
                + AUTO_POINTS + "\nseed " + SeededData.SEED + "\n", StandardCharsets.US_ASCII);
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

        Timed<OlsFit> fit = time(repeats, () -> OlsSpec.of().fit(RegressionData.of(response, x)));
        lines.add(line("ols", "basis", fit.seconds, fit.value.logLikelihood(), fit.value.coefficients()));

        double[] arma = readDoubles(dir.resolve("arima201.f64"), 1, ARIMA_POINTS)[0];
        Timed<ArimaFit> af = time(repeats, () -> arima201().fit(arma));
        lines.add(line("arima201", "basis", af.seconds, af.value.logLikelihood(), af.value.estimates()));

        // One series after the other (this JVM sees BENCH_THREADS processors; fitAll is the
        // parallel path, benchmarked by ArimaBenchmark.autoArimaParallel).
        List<double[]> panel = Arrays.asList(readDoubles(dir.resolve("auto_arima.f64"), AUTO_SERIES, AUTO_POINTS));
        AutoArima auto = AutoArima.of();
        Timed<List<ArimaFit>> fits = time(repeats, () -> panel.stream().map(auto::fit).toList());
        double[] summary = new double[5 * AUTO_SERIES];
        double total = 0;
        for (int i = 0; i < AUTO_SERIES; i++) {
            ArimaFit f = fits.value.get(i);
            ArimaSpec sp = f.spec();
            summary[5 * i] = sp.p();
            summary[5 * i + 1] = sp.d();
            summary[5 * i + 2] = sp.q();
            summary[5 * i + 3] = sp.hasDrift() ? 2 : sp.hasIntercept() ? 1 : 0;
            summary[5 * i + 4] = f.logLikelihood();
            total += f.logLikelihood();
        }
        lines.add(line("auto_arima", "basis", fits.seconds, total, summary));
        Files.write(dir.resolve("results_basis.txt"), lines, StandardCharsets.US_ASCII);
    }

    private static ArimaSpec arima201() {
        return ArimaSpec.of(2, 0, 1).withConstant().withMethod(ArimaSpec.Method.ML);
    }

    private record Timed<T>(T value, double seconds) {
    }

    /** Seconds of untimed calls before the timed ones. */
    private static final double WARMUP_SECONDS = 3;

    private static <T> Timed<T> time(int repeats, Supplier<T> task) {
        // Warm-up: JIT compilation is excluded, as start-up and byte-compilation are for R and
        // Python. One call does not finish it (C2 compiles the hot loops during the first few
        // calls), so calls repeat for at least WARMUP_SECONDS; JMH's warm-up does the same.
        T value = task.get();
        long warmEnd = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
        for (int w = 1; w < 3 || System.nanoTime() < warmEnd; w++) {
            value = task.get();
        }
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
        double[] arma = readDoubles(dir.resolve("arima201.f64"), 1, ARIMA_POINTS)[0];
        Map<String, List<Result>> byRow = new LinkedHashMap<>();
        for (String row : List.of("local_level", "ols", "arima201", "auto_arima")) {
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
            if (e.getKey().equals("auto_arima")) {
                for (Result r : e.getValue()) {
                    out.printf(Locale.ROOT, fmt, e.getKey(), r.tool, String.format(Locale.ROOT, "%.4f", r.seconds),
                            String.format(Locale.ROOT, "%.2f", r.seconds / ours.seconds), "(not comparable)",
                            String.format(Locale.ROOT, "%.6f", r.reported), r == ours ? "reference" : agreement(ours, r));
                }
                continue;
            }
            double ourLl = commonLogLikelihood(e.getKey(), ours.params, y, ols, arma);
            for (Result r : e.getValue()) {
                double ll = commonLogLikelihood(e.getKey(), r.params, y, ols, arma);
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
     * On how many series two auto-ARIMA results chose the same model (p, d, q and constant), and
     * on those, how often our own reported log-likelihood is at least theirs within the tolerance
     * (each tool's own figure: both are the exact Gaussian likelihood of the chosen model, but
     * not re-evaluated in common; informational, not part of the exit status).
     */
    private static String agreement(Result ours, Result theirs) {
        int n = Math.min(ours.params.length, theirs.params.length) / 5;
        int same = 0;
        int llOk = 0;
        Map<String, Integer> diffs = new HashMap<>();
        for (int i = 0; i < n; i++) {
            boolean eq = true;
            for (int j = 0; j < 4; j++) {
                eq &= ours.params[5 * i + j] == theirs.params[5 * i + j];
            }
            if (eq) {
                same++;
                double a = ours.params[5 * i + 4];
                double b = theirs.params[5 * i + 4];
                if (a >= b - TOLERANCE * Math.abs(b)) {
                    llOk++;
                }
            } else {
                diffs.merge(String.format(Locale.ROOT, "%s vs %s", order(ours.params, i), order(theirs.params, i)), 1,
                        Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "orders agree on %d/%d; own loglik ours >= theirs on %d/%d of those", same, n, llOk, same));
        diffs.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "; %s x%d", k, v)));
        return sb.toString();
    }

    private static String order(double[] p, int i) {
        String c = switch ((int) p[5 * i + 3]) {
            case 1 -> "+mean";
            case 2 -> "+drift";
            default -> "";
        };
        return String.format(Locale.ROOT, "(%d,%d,%d)%s", (int) p[5 * i], (int) p[5 * i + 1], (int) p[5 * i + 2], c);
    }

    /**
     * The log-likelihood every tool's estimates are judged by: the exact-diffuse Kalman filter
     * log-likelihood for the local level model, the Gaussian log-likelihood with the variance
     * concentrated out, {@code -n/2 (ln(2 pi SSR / n) + 1)}, for OLS, and for ARIMA(2,0,1) the
     * exact Gaussian likelihood of Basis's ML fit with every coefficient fixed at the tool's
     * estimate (sigma2 concentrated out, as R's {@code arima} does).
     */
    private static double commonLogLikelihood(String row, double[] params, double[] y, double[][] ols,
            double[] arma) {
        return switch (row) {
            case "arima201" -> arima201()
                    .withFixed(Map.of("ar1", params[0], "ar2", params[1], "ma1", params[2], "intercept", params[3]))
                    .fit(arma).logLikelihood();
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
