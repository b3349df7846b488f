package io.github.basisspread.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.arima.ArimaFit;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.arima.AutoArima;
import io.github.basisspread.models.diagnostics.AugmentedDickeyFuller;
import io.github.basisspread.models.diagnostics.Kpss;
import io.github.basisspread.models.diagnostics.Portmanteau;
import io.github.basisspread.models.statespace.LocalLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The fuzz suite of issue 15: random corruptions of a CSV file, extreme values and absurd
 * options run through the command in-process (picocli with captured streams), and random
 * arguments to the public factories.
 *
 * <p>Every run must end with exit code 0 or 1; a failure must print nothing on stdout (no partial
 * JSON or table) and exactly one line on stderr, {@code basis: ...}, naming no Java exception
 * class and no internal error; a success must print no error (notes and, with {@code --format
 * json}, summaries may go to stderr), and with {@code --format json} only whole JSON objects on
 * stdout. A public factory either works or throws an
 * IllegalArgumentException whose message names an argument in quotes.
 *
 * <p>The commands fuzzed are those that read numeric columns into a model or a test ({@code fit},
 * {@code test}), the row-printing {@code basis} and {@code funding}, which check every row
 * before the first is printed, and {@code risk} (corrupted histories and books).
 *
 * <p>Fixed seeds and bounded tries keep the suite deterministic and well under a minute.
 */
class FuzzTest {

    /** A Java exception or error class name, qualified or not. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z]\\w*\\.)*[A-Z]\\w*(?:Exception|Error)\\b");

    /** An argument named in quotes, as "Argument 'x' ..." or "'period' must ...". */
    private static final Pattern NAMES_ARGUMENT = Pattern.compile("'[A-Za-z][\\w.\\[\\]]*'");

    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("basis-fuzz");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    // ---- the CLI --------------------------------------------------------------------------

    /** The command lines fuzzed; FILE is replaced by the input file. */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("fit", "ols", "--input", "FILE", "--y", "a", "--x", "b"),
            List.of("fit", "ols", "--input", "FILE", "--y", "a", "--x", "b,c", "--cov", "hac"),
            List.of("fit", "local-level", "--input", "FILE", "--column", "a,b"),
            List.of("fit", "arima", "--input", "FILE", "--column", "a", "--order", "1,0,0", "--forecast", "3"),
            List.of("fit", "arima", "--input", "FILE", "--column", "b", "--order", "0,1,1", "--method", "css"),
            List.of("fit", "arima", "--input", "FILE", "--column", "a", "--auto"),
            List.of("test", "adf", "--input", "FILE", "--column", "a,c"),
            List.of("test", "adf", "--input", "FILE", "--column", "b", "--lags", "2", "--regression", "ct"),
            List.of("test", "kpss", "--input", "FILE", "--column", "a"),
            List.of("test", "ljung-box", "--input", "FILE", "--column", "c"),
            List.of("test", "engle-granger", "--input", "FILE", "--y", "a", "--x", "b"),
            List.of("basis", "--input", "FILE", "--spot", "a", "--derivative", "b"),
            List.of("funding", "--input", "FILE", "--column", "c", "--interval", "8h"),
            List.of("risk", "backtest", "--input", "FILE", "--pnl", "a", "--var", "b", "--level", "0.95"));

    /** The risk command lines fuzzed with a corrupted history (HISTORY) or book (BOOK). */
    private static final List<List<String>> RISK_COMMANDS = List.of(
            List.of("risk", "var", "--book", "BOOK", "--history", "HISTORY", "--method", "all"),
            List.of("risk", "var", "--book", "BOOK", "--history", "HISTORY", "--horizon", "3", "--level", "0.9"),
            List.of("risk", "exposures", "--book", "BOOK", "--history", "HISTORY"),
            List.of("risk", "margin", "--book", "BOOK", "--history", "HISTORY", "--leverage", "20", "--mode", "cross"),
            List.of("risk", "stress", "--book", "BOOK", "--history", "HISTORY", "--funding-cap", "0.003"));

    /** Books over columns a, b, c of a history: good ones, and cells a corruption may hit. */
    private static final List<String> BOOKS = List.of(
            "instrument,kind,quantity\na,spot,1\nb,perpetual,-1\n",
            "instrument,kind,quantity,expiry,venue,funding\na,spot,2\nb,perpetual,-1,,binance,c\n",
            "instrument,kind,quantity,expiry\na,spot,1,\nb,future,-1,2099-12-31\n",
            "instrument,kind,quantity,settlement,entry\na,spot,1,,\nb,future,-1,inverse,50\n");

    /** What a corrupted cell may hold. */
    private static final List<String> JUNK = List.of("", "NaN", "nan", "NA", "null", "abc", "1e309", "-1e309",
            "1e300", "-1e300", "1e-320", "Infinity", "-Infinity", "0x1p3", "1,5", "\"", "\"3\"", "1.2.3", "--1",
            " 7 ", "\u221e", "\u00e9", "9".repeat(400), "x".repeat(70_000), "0", "-0", "1e150", "1e151");

    @Property(tries = 150, seed = "20261205")
    void corruptedFilesFailCleanly(@ForAll("corruptedFiles") Path file, @ForAll("commands") List<String> command,
                                   @ForAll boolean json) {
        checkRun(withFile(command, file, json));
    }

    @Property(tries = 120, seed = "20261209")
    void corruptedRiskInputsFailCleanly(@ForAll("riskFiles") Path history, @ForAll("books") Path book,
                                        @ForAll("riskCommands") List<String> command, @ForAll boolean json) {
        List<String> args = new ArrayList<>();
        for (String a : command) {
            args.add(a.equals("HISTORY") ? history.toString() : a.equals("BOOK") ? book.toString() : a);
        }
        if (json) {
            args.add("--format");
            args.add("json");
        }
        checkRun(args);
    }

    @Provide
    Arbitrary<List<String>> riskCommands() {
        return Arbitraries.of(RISK_COMMANDS);
    }

    /** A clean daily history (time, a, b, c), then up to 4 corruptions in two of three files. */
    @Provide
    Arbitrary<Path> riskFiles() {
        return Arbitraries.longs().map(seed -> {
            Random rnd = new Random(seed);
            List<String> clean = cleanLines(rnd, 5 + rnd.nextInt(60));
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < clean.size(); i++) {
                // Positive prices around 100 and 50, and a small funding rate in c.
                String[] v = clean.get(i).split(",");
                lines.add(i == 0 ? "time,a,b,c" : (86_400L * i) + "," + v[0] + "," + v[1] + ","
                        + String.format(Locale.ROOT, "%.6f", Double.parseDouble(v[2]) * 1e-4));
            }
            return write(rnd.nextInt(3) == 0 ? (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)
                    : corrupt(lines, rnd));
        });
    }

    /** One of the books, clean or corrupted. */
    @Provide
    Arbitrary<Path> books() {
        return Arbitraries.longs().map(seed -> {
            Random rnd = new Random(seed);
            String book = BOOKS.get(rnd.nextInt(BOOKS.size()));
            if (rnd.nextBoolean()) {
                return write(book.getBytes(StandardCharsets.UTF_8));
            }
            return write(corrupt(new ArrayList<>(List.of(book.split("\n"))), rnd));
        });
    }

    @Property(tries = 80, seed = "20261206")
    void extremeValuesFailCleanly(@ForAll("extremeFiles") Path file, @ForAll("commands") List<String> command,
                                  @ForAll boolean json) {
        checkRun(withFile(command, file, json));
    }

    @Property(tries = 100, seed = "20261207")
    void absurdOptionsFailCleanly(@ForAll("absurdCommands") List<String> command) {
        checkRun(command);
    }

    private static List<String> withFile(List<String> command, Path file, boolean json) {
        List<String> args = new ArrayList<>();
        for (String a : command) {
            args.add(a.equals("FILE") ? file.toString() : a);
        }
        if (json) {
            args.add("--format");
            args.add("json");
        }
        return args;
    }

    private static void checkRun(List<String> args) {
        CliTestSupport.Run r = CliTestSupport.run(args.toArray(new String[0]));
        String what = String.join(" ", args).replaceAll("[^ ]{80,}", "<long>");
        assertThat(r.code()).as("exit code of %s; stderr %s", what, r.err()).isIn(0, 1);
        if (r.code() == 1) {
            assertThat(r.out()).as("stdout of a failed %s", what).isEmpty();
            String err = r.err().strip();
            assertThat(err).as("stderr of %s", what).startsWith("basis: ").doesNotContain("\n")
                    .doesNotContain("internal error").doesNotContain("\tat ");
            assertThat(CLASS_NAME.matcher(err).find()).as("a Java class name in: %s", err).isFalse();
            assertThat(err.length()).as("length of: %s", err.substring(0, Math.min(err.length(), 300)))
                    .isLessThan(2_000);
        } else {
            // A success may leave notes on stderr (with --format json the summaries go there, so that
            // stdout stays one object per line) but never an error, a stack trace or a class name.
            String err = r.err();
            assertThat(err).as("stderr of a successful %s", what).doesNotStartWith("basis: ")
                    .doesNotContain("\nbasis: ").doesNotContain("internal error").doesNotContain("\tat ");
            assertThat(CLASS_NAME.matcher(err).find()).as("a Java class name in: %s", err).isFalse();
            if (args.contains("json")) {
                for (String line : r.out().split("\n")) {
                    if (!line.isBlank()) {
                        assertThat(MiniJson.object(line)).as("a JSON line of %s", what).isNotNull();
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<List<String>> commands() {
        return Arbitraries.of(COMMANDS);
    }

    /** A clean file of three columns, 40 to 120 rows, then 1 to 4 random corruptions. */
    @Provide
    Arbitrary<Path> corruptedFiles() {
        return Arbitraries.longs().map(seed -> {
            Random rnd = new Random(seed);
            List<String> lines = cleanLines(rnd, 40 + rnd.nextInt(81));
            return write(corrupt(lines, rnd));
        });
    }

    /** 1 to 4 random corruptions of a file's lines, as bytes. */
    private static byte[] corrupt(List<String> lines, Random rnd) {
        int edits = 1 + rnd.nextInt(4);
        byte[] invalid = null;
        for (int e = 0; e < edits && lines.size() > 1; e++) {
            int i = 1 + rnd.nextInt(lines.size() - 1);
            String[] cells = lines.get(i).split(",", -1);
            switch (rnd.nextInt(9)) {
                case 0, 1, 2 -> {
                    cells[rnd.nextInt(cells.length)] = JUNK.get(rnd.nextInt(JUNK.size()));
                    lines.set(i, String.join(",", cells));
                }
                case 3 -> lines.set(i, lines.get(i) + ",");
                case 4 -> lines.set(i, String.join(",", Arrays.copyOf(cells, cells.length - 1)));
                case 5 -> lines.add(i, "");
                case 6 -> lines.set(0, rnd.nextBoolean() ? "\uFEFF" + lines.get(0) : "a,a,c");
                case 7 -> lines.subList(1, lines.size()).clear();
                default -> invalid = new byte[] {(byte) 0xC3, (byte) (rnd.nextBoolean() ? 0x28 : 0xFF)};
            }
        }
        byte[] text = (String.join(rnd.nextBoolean() ? "\n" : "\r\n", lines) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        if (invalid != null) {
            int at = text.length / 2;
            byte[] both = new byte[text.length + invalid.length];
            System.arraycopy(text, 0, both, 0, at);
            System.arraycopy(invalid, 0, both, at, invalid.length);
            System.arraycopy(text, at, both, at + invalid.length, text.length - at);
            text = both;
        }
        return text;
    }

    /** Columns of extreme but well-formed numbers: huge, tiny, constant, alternating, mixed. */
    @Provide
    Arbitrary<Path> extremeFiles() {
        return Arbitraries.longs().map(seed -> {
            Random rnd = new Random(seed);
            int n = 3 + rnd.nextInt(80);
            double[] scales = {1e-300, 1e-20, 1, 1e20, 1e150, 1e300, 1.7e308};
            StringBuilder sb = new StringBuilder("a,b,c\n");
            int[] kind = {rnd.nextInt(5), rnd.nextInt(5), rnd.nextInt(5)};
            double[] scale = {scales[rnd.nextInt(scales.length)], scales[rnd.nextInt(scales.length)],
                scales[rnd.nextInt(scales.length)]};
            for (int t = 0; t < n; t++) {
                for (int j = 0; j < 3; j++) {
                    double v = switch (kind[j]) {
                        case 0 -> scale[j];
                        case 1 -> (t % 2 == 0 ? 1 : -1) * scale[j];
                        case 2 -> rnd.nextGaussian() * scale[j];
                        case 3 -> t * scale[j];
                        default -> rnd.nextBoolean() ? scale[j] : rnd.nextGaussian();
                    };
                    sb.append(j > 0 ? "," : "").append(v);
                }
                sb.append('\n');
            }
            return write(sb.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A valid file and the commands with some options replaced by absurd values. */
    @Provide
    Arbitrary<List<String>> absurdCommands() {
        Arbitrary<String> numbers = Arbitraries.of("0", "-1", "1", "2", "5", "350", "351", "10000", "10001",
                "100000", "2147483647", "-2147483648", "2147483648", "99999999999999999999", "1.5", "abc", "",
                "1,0,0", "-1,0,0", "9,9,9", "5,2,5", "0,3,0", "1,0,0,0", "2,1,2,12", "1,1,1,100000", "0.99", "0.5", "1e-320",
                "all", "t,cf", "NaN");
        Arbitrary<String> durations = Arbitraries.of("8h", "0h", "-8h", "99999999999999h", "9223372036854775807s",
                "99999999999999d", "PT8H", "P999999999D", "h", "8x", "1m");
        return Arbitraries.longs().flatMap(seed -> numbers.list().ofSize(3).flatMap(v -> durations.map(d -> {
            Random rnd = new Random(seed);
            String file = seriesFile();
            List<List<String>> templates = List.of(
                    List.of("fit", "arima", "--input", file, "--column", "level", "--order", v.get(0), "--forecast",
                            v.get(1)),
                    List.of("fit", "arima", "--input", file, "--column", "level", "--auto", "--period", v.get(0),
                            "--forecast", v.get(1)),
                    List.of("fit", "arima", "--input", file, "--column", "level", "--order", "1,0,0", "--seasonal",
                            v.get(0)),
                    List.of("test", "adf", "--input", file, "--column", "level", "--lags", v.get(0)),
                    List.of("test", "kpss", "--input", file, "--column", "level", "--lags", v.get(0)),
                    List.of("test", "ljung-box", "--input", file, "--column", "level", "--lags", v.get(0)),
                    List.of("test", "engle-granger", "--input", file, "--y", "level", "--x", "p", "--max-lag",
                            v.get(0)),
                    List.of("funding", "--input", file, "--column", "A", "--interval", d),
                    List.of("backtest", "--input", file, "--time-column", "time", "--spot", "p", "--perp", "q",
                            "--funding", "A", "--funding-interval", d, "--strategy", "funding-carry", "--entry",
                            v.get(0), "--exit", v.get(1), "--capital", v.get(2)),
                    List.of("risk", "var", "--book", riskBook(), "--history", riskHistory(), "--horizon", v.get(0),
                            "--level", v.get(1), "--method", v.get(2)),
                    List.of("risk", "stress", "--book", riskBook(), "--history", riskHistory(), "--settlements", v.get(0),
                            "--window", v.get(1), "--funding-cap", v.get(2)),
                    List.of("risk", "var", "--book", riskBook(), "--history", riskHistory(), "--method", "fhs",
                            "--lambda", v.get(0)),
                    List.of("risk", "exposures", "--book", riskBook(), "--history", riskHistory(), "--funding-horizon",
                            d),
                    List.of("risk", "margin", "--book", riskBook(), "--history", riskHistory(), "--leverage", v.get(0),
                            "--mmr", v.get(1), "--mode", "cross", "--wallet", v.get(2)),
                    List.of("risk", "stress", "--book", riskBook(), "--history", riskHistory(), "--backwardation",
                            v.get(0), "--halt-haircut", v.get(1), "--halt-spot-move", v.get(2)),
                    List.of("risk", "backtest", "--input", CliTestSupport.fixture("risk/backtest.csv"), "--pnl", "pnl",
                            "--var", "var", "--level", v.get(0)));
            return templates.get(rnd.nextInt(templates.size()));
        })));
    }

    private static String riskBook() {
        return CliTestSupport.fixture("risk/book.csv");
    }

    private static String riskHistory() {
        return CliTestSupport.fixture("risk/history.csv");
    }

    private static String seriesFile() {
        return CliTestSupport.fixture("series.csv");
    }

    private static List<String> cleanLines(Random rnd, int n) {
        List<String> lines = new ArrayList<>();
        lines.add("a,b,c");
        double a = 100;
        double b = 50;
        for (int t = 0; t < n; t++) {
            a += rnd.nextGaussian();
            b = 0.5 * b + 0.4 * a + rnd.nextGaussian();
            lines.add(String.format(Locale.ROOT, "%.6f,%.6f,%.6f", a, b, rnd.nextGaussian()));
        }
        return lines;
    }

    private static Path write(byte[] bytes) {
        try {
            Path f = Files.createTempFile(dir, "fuzz", ".csv");
            Files.write(f, bytes);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the public factories ---------------------------------------------------------------

    @Property(tries = 100, seed = "20261208")
    void factoriesWorkOrNameTheArgument(@ForAll("ints") int i, @ForAll("ints") int j, @ForAll("ints") int k,
                                        @ForAll("doubles") double x) {
        double[] lh = {2.4, 2.4, 2.4, 2.2, 2.1, 1.5, 2.3, 2.3, 2.5, 2.0, 1.9, 1.7, 2.2, 1.8, 3.2, 3.2, 2.7, 2.2, 2.2,
            1.9, 1.9, 1.8, 2.7, 3.0, 2.3, 2.0, 2.0, 2.9, 2.9, 2.7, 2.7, 2.3, 2.6, 2.4, 1.8, 1.7, 1.5, 1.4, 2.1, 3.3,
            3.5, 3.5, 3.1, 2.6, 2.1, 3.4, 3.0, 2.9};
        double[] scaled = lh.clone();
        scaled[j & 31] = x;
        attempt(() -> ArimaSpec.of(i, j, k));
        attempt(() -> ArimaSpec.of(1, 0, 0).withSeasonal(i, j, k, i));
        attempt(() -> AutoArima.of().withPeriod(i));
        attempt(() -> ArimaSpec.of(1, 0, 0).withConstant().fit(scaled));
        ArimaFit fit = ArimaSpec.of(1, 0, 0).withConstant().fit(lh);
        attempt(() -> fit.forecast(i));
        attempt(() -> fit.simulate(k, new Random(1)));
        attempt(() -> AugmentedDickeyFuller.of().withMaxLag(i).test(scaled));
        attempt(() -> AugmentedDickeyFuller.of().withFixedLags(k).test(lh));
        attempt(() -> Kpss.level().withFixedLags(i).test(scaled));
        attempt(() -> Portmanteau.ljungBox().withLags(i).withModelDf(k).test(scaled));
        attempt(() -> LocalLevel.of().fit(scaled));
        attempt(() -> TimeSeries.ofEpochMillis(new long[] {i, (long) i * j, Long.MAX_VALUE / Math.max(1, k & 0xffff)},
                new double[] {1, x, 2}));
    }

    @Provide
    Arbitrary<Integer> ints() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-3, 12),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 350, 351, 1_000_000, 1_000_001, 100_000));
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.of(0.0, -0.0, 1e-320, 2.5, 1e150, 1e300, -1e300, Double.MAX_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    private static void attempt(Runnable call) {
        try {
            call.run();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as("message of %s", e).isNotNull();
            assertThat(NAMES_ARGUMENT.matcher(e.getMessage()).find()).as("names an argument: %s", e.getMessage())
                    .isTrue();
        } catch (io.github.basisspread.models.api.EstimationException e) {
            // Numerical failure is the module's documented exception: allowed, with a message.
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
