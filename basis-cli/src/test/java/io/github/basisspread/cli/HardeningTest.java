package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.fixture;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faults of issue 15, each run through the command: one line naming the problem, nothing on stdout. */
class HardeningTest {

    private static final String LH = fixture("lh.csv");

    @TempDir
    Path dir;

    private static String err(String... args) {
        return run(args).failsWithOneLine().err().strip();
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void hugeForecastHorizonsAndPeriodsAreRefusedUpFront() {
        // Was OutOfMemoryError with a 33-line stack trace.
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--forecast",
                "2147483647")).isEqualTo("basis: --forecast must be between 1 and 10000 steps but is 2147483647");
        assertThat(run("fit", "arima", "--input", LH, "--column", "lh", "--order", "1,0,0", "--forecast", "10000")
                .code()).isZero();
        // Were OutOfMemoryError (100000) and NegativeArraySizeException (1000000).
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--auto", "--period", "100000"))
                .contains("--period must be between 1 and 350").contains("but is 100000");
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--auto", "--period", "1000000"))
                .contains("--period must be between 1 and 350");
        // Was 22 s, then a silent non-seasonal model.
        assertThat(err("fit", "arima", "--input", LH, "--column", "lh", "--auto", "--period", "30"))
                .contains("'period' is 30 but the series has only 48 observed values")
                .contains("more than two full periods");
    }

    @Test
    void aConstantResponseOrRegressorIsDiagnosedBeforeAnyOutput() throws IOException {
        String f = file("const.csv", "const,x1,x2\n5,1,2\n5,2,4\n5,4,8\n5,3,6\n5,8,16\n");
        // Was a table with t = Infinity, then "internal error: IllegalStateException: R-squared is undefined".
        assertThat(err("fit", "ols", "--input", f, "--y", "const", "--x", "x1")).isEqualTo("basis: --y column "
                + "'const' is constant (every value is 5): there is no variation to explain; choose a column that varies");
        assertThat(err("fit", "ols", "--input", f, "--y", "x1", "--x", "const"))
                .contains("--x column 'const' is constant (every value is 5): it duplicates the intercept");
        // An exact fit is not refused: it prints with a warning, as R's summary.lm (ReportedStatisticsTest).
        assertThat(run("fit", "ols", "--input", f, "--y", "x2", "--x", "x1", "--format", "json").out())
                .contains("meaningless");
        assertThat(run("fit", "ols", "--input", f, "--y", "x1", "--x", "const", "--no-intercept").code()).isZero();
    }

    @Test
    void anOverflowingDurationNamesTheOption() {
        // Was "basis: long overflow".
        assertThat(err("funding", "--input", fixture("funding.csv"), "--column", "rate", "--interval",
                "99999999999999h")).contains("'--interval'").contains("'99999999999999h' is longer than the 366 days");
        assertThat(err("funding", "--input", fixture("funding.csv"), "--column", "rate", "--interval",
                "99999999999999d")).contains("'--interval'").contains("longer than the 366 days");
    }

    @Test
    void aFundingRateInPercentIsRefusedNotAnnualized() throws IOException {
        // 1.5 "per 8 h" is 150% per interval: a percentage column read as decimals. It used to print an
        // APR of 1642.5 (164,250%) with exit code 0.
        String f = file("pct.csv", "rate\n0.01\n1.5\n-0.02\n");
        assertThat(err("funding", "--input", f, "--column", "rate", "--interval", "8h"))
                .contains("line 3").contains("funding rate 1.5 per 8h").contains("rates are decimals")
                .contains("percent");
        // The largest documented caps pass: Binance 3% per 8 h, Hyperliquid 4% an hour.
        String caps = file("caps.csv", "rate\n0.03\n-0.03\n");
        assertThat(run("funding", "--input", caps, "--column", "rate", "--interval", "8h").code()).isZero();
    }

    @Test
    void aBasisThatCannotBeRightIsRefused() throws IOException {
        // Issue 14: spot 4.9e-324 printed a basis of Infinity bp and a mean of NaN, with exit code 0.
        String f = file("tiny.csv", "spot,perp\n100,101\n4.9e-324,100\n");
        assertThat(err("basis", "--input", f, "--spot", "spot", "--derivative", "perp"))
                .contains("'spotPrice'").contains("same unit");
    }

    @Test
    void theSyntheticRowColumnNeverShows() throws IOException {
        String f = file("wide.csv", "a,b,c,d,e,f\n1,2,3,4,5,6\n1,2,3,4,5,6,7\n");
        // Was "expected 7 fields but found 8: '2,1,2,3,4,5,6,7'" for a 6-column file.
        assertThat(err("test", "adf", "--input", f, "--column", "a"))
                .endsWith("wide.csv, line 3: expected 6 fields but found 7: '1,2,3,4,5,6,7'")
                .doesNotContain(CsvInput.ROW_COLUMN);
        assertThat(err("test", "adf", "--input", f, "--column", "zz")).doesNotContain(CsvInput.ROW_COLUMN);
    }

    @Test
    void invalidUtf8NamesTheLineAndByteOffset() throws IOException {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, new byte[] {'t', ',', 'x', '\n', '1', ',', '2', '\n', '2', ',', (byte) 0xE9, '\n'});
        // Was "Input length = 1".
        String expected = "latin1.csv: not valid UTF-8 at line 3, byte offset 10 (byte 0xE9); save the file as UTF-8";
        assertThat(err("test", "adf", "--input", f.toString(), "--column", "x")).endsWith(expected);
        assertThat(err("test", "adf", "--input", f.toString(), "--time-column", "t", "--column", "x"))
                .endsWith(expected);
        assertThat(err("fit", "arima", "--input", f.toString(), "--all-columns", "--auto")).endsWith(expected);
        assertThat(DataChecks.utf8Problem(Path.of(fixture("lh.csv")))).isNull();
        Path overlong = dir.resolve("overlong.csv");
        Files.write(overlong, new byte[] {'x', '\n', (byte) 0xC0, (byte) 0xAF, '\n'});
        assertThat(DataChecks.utf8Problem(overlong)).startsWith("not valid UTF-8 at line 2, byte offset 2 (byte 0xC0)");
        Path euro = dir.resolve("euro.csv");
        Files.writeString(euro, "x\u20ac\n\uD83D\uDE00\n", StandardCharsets.UTF_8);
        assertThat(DataChecks.utf8Problem(euro)).isNull();
    }

    @Test
    void aHugeBadCellIsClipped() throws IOException {
        String cell = "x".repeat(1 << 20);
        String f = file("huge-cell.csv", "a\n1\n" + cell + "\n3\n");
        // Was echoed whole: a 1 MB stderr line.
        String e = err("test", "adf", "--input", f, "--column", "a");
        assertThat(e.length()).isLessThan(400);
        // The quoted cell, 'xxx...', is 1048578 characters.
        assertThat(e).contains("huge-cell.csv, line 3, column 'a': not a number: 'xxxxxxxxxx")
                .endsWith("xxxxx... (1048578 characters)");
    }

    @Test
    void dataAModelCannotUseIsDescribedInTheUsersTerms() throws IOException {
        String flat = file("flat.csv", "x\n3\n3\n3\n3\n3\n3\n");
        // Was "'gradientNorm' must be finite".
        assertThat(err("fit", "local-level", "--input", flat, "--column", "x")).isEqualTo("basis: " + flat
                + ": column 'x' (--column) is constant (every value is 3): the local level model needs a column "
                + "that varies");
        String huge = file("huge.csv", "x\n1\n2\n1e300\n4\n5\n6\n7\n8\n9\n10\n");
        // Were "'statistic' ... NaN" (KPSS), "observationCovariance[0]" (local level), "fitted exactly
        // (residual sum of squares Infinity)" (ARIMA).
        for (String[] cmd : new String[][] {{"test", "kpss"}, {"fit", "local-level"}, {"test", "adf"}}) {
            assertThat(err(cmd[0], cmd[1], "--input", huge, "--column", "x"))
                    .contains("huge.csv, line 4, column 'x': value 1.00000e+300 is too large for")
                    .contains("rescale the column");
        }
        assertThat(err("fit", "arima", "--input", huge, "--column", "x", "--order", "1,0,0"))
                .contains("huge.csv, line 4, column 'x': value 1.00000e+300 is too large for ARIMA");
        String pair = file("pair.csv", "y,x\n1,1\n2,1e300\n3,2\n4,5\n5,4\n6,6\n7,8\n8,7\n9,9\n10,11\n11,10\n12,12\n");
        // Was "R^2 = NaN".
        assertThat(err("test", "engle-granger", "--input", pair, "--y", "y", "--x", "x"))
                .contains("pair.csv, line 3, column 'x': value 1.00000e+300 is too large for the Engle-Granger test");
    }

    @Test
    void missingValuesAreLocatedByFileLineAndColumn() throws IOException {
        String f = file("gaps.csv", "a,b\n1,1\n2,2\n3,4\n4,\n4,4\n5,5\n6,6\n7,7\n8,8\n9,9\n10,10\n");
        // Was "Argument 'x' ... NaN at index 9" (a model's index, not a place in the file).
        assertThat(err("test", "adf", "--input", f, "--column", "a,b")).isEqualTo("basis: " + f
                + ", line 5, column 'b': missing value, but the ADF test needs every value of --column b; fill or "
                + "remove the row");
        assertThat(err("fit", "ols", "--input", f, "--y", "a", "--x", "b")).contains(", line 5, column 'b': missing");
        assertThat(DataChecks.lineOf(Path.of(f), 0)).isEqualTo(2);
        assertThat(DataChecks.lineOf(Path.of(f), 10)).isEqualTo(12);
        assertThat(DataChecks.lineOf(Path.of(f), 11)).isZero();
        // Blank lines count in the file's line numbers but are not rows; the last line may lack its newline.
        Path blanks = Path.of(file("blanks.csv", "a\n1\n\n \n2\r\n3"));
        assertThat(DataChecks.lineOf(blanks, 0)).isEqualTo(2);
        assertThat(DataChecks.lineOf(blanks, 1)).isEqualTo(5);
        assertThat(DataChecks.lineOf(blanks, 2)).isEqualTo(6);
        assertThat(DataChecks.lineOf(blanks, 3)).isZero();
    }

    @Test
    void messagesKeepPathsAndClipOnlyHugeRuns() {
        String path = "/tmp/" + "d".repeat(150) + "/file.csv";
        assertThat(Text.clipRuns("cannot read " + path + ": gone")).isEqualTo("cannot read " + path + ": gone");
        assertThat(Text.clipRuns("bad 'x" + "y".repeat(300) + "' here"))
                .isEqualTo("bad 'x" + "y".repeat(58) + "... (303 characters) here");
        assertThat(Text.clip("short")).isEqualTo("short");
    }

    @Test
    void theLeanTreeKnowsEveryCommandAndTheVersionNeedsNone() {
        java.util.Set<String> all = new picocli.CommandLine(new RootCommand()).getSubcommands().keySet();
        assertThat(all).contains("fit", "test", "demo", "backtest");
        for (String name : all) {
            picocli.CommandLine lean = BasisCli.commandLine(name, "--help");
            assertThat(lean.getSubcommands()).as(name).containsOnlyKeys(name);
            assertThat(lean.getCommandSpec().qualifiedName()).isEqualTo("basis");
        }
        // Under fit and test, a run naming one model or test gets only that one; their help and unknown names the group.
        for (String group : java.util.List.of("fit", "test", "risk")) {
            java.util.Set<String> members = new picocli.CommandLine(new RootCommand()).getSubcommands().get(group)
                    .getSubcommands().keySet();
            assertThat(members).hasSizeGreaterThan(2);
            for (String name : members) {
                picocli.CommandLine g = BasisCli.commandLine(group, name, "--input", "x.csv").getSubcommands().get(group);
                assertThat(g.getSubcommands()).as(group + " " + name).containsOnlyKeys(name);
                assertThat(g.getSubcommands().get(name).getCommandSpec().qualifiedName()).isEqualTo("basis " + group + " "
                        + name);
            }
            assertThat(BasisCli.commandLine(group, "--help").getSubcommands().get(group).getSubcommands().keySet())
                    .isEqualTo(members);
            assertThat(BasisCli.commandLine(group, "nonsense").getSubcommands().get(group).getSubcommands().keySet())
                    .isEqualTo(members);
            assertThat(run(group, "--help").out()).contains(members);
        }
        assertThat(BasisCli.commandLine("--help").getSubcommands().keySet()).isEqualTo(all);
        assertThat(BasisCli.commandLine("nonsense").getSubcommands().keySet()).isEqualTo(all);
        CliTestSupport.Run v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).isEqualTo("basis 0.1.0-SNAPSHOT\n");
        assertThat(run("-V").out()).isEqualTo(v.out());
        // Unknown subcommands still get the full tree's message.
        assertThat(run("fitt").failsWithOneLine().err()).contains("fitt");
        // A subcommand's usage names its place in the tree as before.
        assertThat(run("fit", "arima", "--help").out()).startsWith("Usage: basis fit arima");
        assertThat(run("test", "adf", "--help").out()).startsWith("Usage: basis test adf");
        // A bad option under the lean group is still named with the command's place in the tree.
        assertThat(run("fit", "arima", "--bogus").failsWithOneLine().err()).contains("basis fit arima --help");
    }
}
