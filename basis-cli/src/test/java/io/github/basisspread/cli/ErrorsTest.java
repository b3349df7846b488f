package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.fixture;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: exit code 1 and one line on stderr naming the problem, never a stack trace. */
class ErrorsTest {

    private static final String SERIES = fixture("series.csv");

    @Test
    void missingFile() {
        assertThat(run("fit", "ols", "--input", "no/such.csv", "--y", "C", "--x", "A").failsWithOneLine().err())
                .contains("input file not found: no/such.csv");
        assertThat(run("scan", "--input", "no/such.csv").failsWithOneLine().err()).contains("not found");
    }

    @Test
    void unknownColumnIsNamedAndTheSyntheticColumnIsHidden() {
        String err = run("fit", "ols", "--input", SERIES, "--y", "C", "--x", "A,Z").failsWithOneLine().err();
        assertThat(err).contains("column 'Z'").contains("not found").doesNotContain(CsvInput.ROW_COLUMN);
        assertThat(run("test", "adf", "--input", SERIES, "--time-column", "when", "--column", "A")
                .failsWithOneLine().err()).contains("'when'");
    }

    @Test
    void nonNumericCellNamesLineColumnAndText() {
        String err = run("test", "kpss", "--input", fixture("nonnumeric.csv"), "--column", "B").failsWithOneLine()
                .err();
        assertThat(err).contains("nonnumeric.csv").contains("line 3").contains("column 'B'").contains("x7");
    }

    @Test
    void emptyFileAndHeaderOnly() {
        assertThat(run("fit", "local-level", "--input", fixture("empty.csv"), "--column", "A").failsWithOneLine()
                .err()).contains("empty");
        assertThat(run("fit", "local-level", "--input", fixture("header-only.csv"), "--column", "A")
                .failsWithOneLine().err()).contains("no data rows");
    }

    @Test
    void invalidOptions() {
        assertThat(run("fit", "ols", "--input", SERIES, "--y", "C", "--x", "A", "--cov", "hc9").failsWithOneLine()
                .err()).contains("--cov").contains("'hc9'").contains("classical");
        assertThat(run("fit", "ols", "--input", SERIES, "--y", "C", "--x", "A", "--cov", "hac:-1")
                .failsWithOneLine().err()).contains("HAC lag");
        assertThat(run("fit", "ols", "--input", SERIES, "--y", "C", "--x", "C").failsWithOneLine().err())
                .contains("response");
        assertThat(run("fit", "ols", "--input", SERIES, "--y", "C", "--x", " , ").failsWithOneLine().err())
                .contains("--x");
        assertThat(run("fit", "ols", "--input", SERIES, "--x", "A").failsWithOneLine().err()).contains("--y");
        assertThat(run("fit").failsWithOneLine().err()).contains("subcommand");
        assertThat(run("nonsense").failsWithOneLine().err()).contains("nonsense");
        assertThat(run("test", "adf", "--input", SERIES, "--column", "p", "--lags", "1", "--autolag", "aic")
                .failsWithOneLine().err()).contains("--lags and --autolag");
        assertThat(run("test", "adf", "--input", SERIES, "--column", "p", "--regression", "q").failsWithOneLine()
                .err()).contains("--regression");
        assertThat(run("test", "kpss", "--input", SERIES, "--column", "p", "--regression", "n").failsWithOneLine()
                .err()).contains("KPSS");
        // Column A of nonnumeric.csv is numeric but has 2 rows: default lag min(2/5, 10) = 0.
        assertThat(run("test", "ljung-box", "--input", fixture("nonnumeric.csv"), "--column", "A")
                .failsWithOneLine().err()).contains("--lags must be at least 1").contains("2 rows");
        assertThat(run("test", "engle-granger", "--input", SERIES, "--y", "q", "--x", "q").failsWithOneLine().err())
                .contains("--x");
        assertThat(run("basis", "--input", SERIES, "--spot", "p", "--derivative", "level", "--expiry", "2027-01-01")
                .failsWithOneLine().err()).contains("--time-column");
        assertThat(run("basis", "--input", SERIES, "--spot", "p", "--derivative", "p").failsWithOneLine().err())
                .contains("different");
        assertThat(run("basis", "--input", SERIES, "--spot", "p", "--derivative", "q", "--expiry", "soon")
                .failsWithOneLine().err()).contains("'soon'");
        assertThat(run("basis", "--input", SERIES, "--spot", "p", "--derivative", "q", "--compounding", "daily")
                .failsWithOneLine().err()).contains("--compounding");
        assertThat(run("funding", "--input", SERIES, "--column", "A").failsWithOneLine().err())
                .contains("--interval");
        assertThat(run("funding", "--input", SERIES, "--column", "A", "--interval", "8x").failsWithOneLine().err())
                .contains("'8x'");
        assertThat(run("funding", "--input", SERIES, "--column", "A", "--interval", "-PT8H").failsWithOneLine()
                .err()).contains("positive duration");
    }

    @Test
    void dataTheLibraryRejectsIsReportedWithItsRow() {
        // Column B of series.csv holds negative values: not a price.
        assertThat(run("basis", "--input", SERIES, "--spot", "B", "--derivative", "p").failsWithOneLine().err())
                .contains("data row").contains("spotPrice");
        // 0.511432 per 8 h is 51% an interval: beyond every venue's cap, refused before its APY
        // (which would compound past the largest double) is computed.
        assertThat(run("funding", "--input", SERIES, "--column", "A", "--interval", "8h").failsWithOneLine().err())
                .contains("series.csv, line 2: funding rate 0.511432 per 8h").contains("percent");
        assertThat(run("funding", "--input", SERIES, "--column", "A", "--interval-column", "B").failsWithOneLine()
                .err()).contains("series.csv, line").contains("hours");
        // A series too short for the model: the library's message passes through.
        assertThat(run("fit", "local-level", "--input", fixture("nonnumeric.csv"), "--column", "A")
                .failsWithOneLine().err()).contains("at least 3 observed values");
    }

    @Test
    void badQuotesFiles(@TempDir Path dir) throws IOException {
        Path missing = Files.writeString(dir.resolve("q1.csv"), "name,kind,bid,ask\nX,future,1,2\n");
        assertThat(run("scan", "--input", missing.toString()).failsWithOneLine().err()).contains("spot_bid");
        Path kind = Files.writeString(dir.resolve("q2.csv"),
                "name,kind,spot_bid,spot_ask,bid,ask\nX,option,1,2,1,2\n");
        assertThat(run("scan", "--input", kind.toString()).failsWithOneLine().err()).contains("line 2")
                .contains("'kind'").contains("option");
        Path number = Files.writeString(dir.resolve("q3.csv"),
                "name,kind,spot_bid,spot_ask,bid,ask,funding_rate,funding_interval\nX,perpetual,1,2,1,abc,0.1,8h\n");
        assertThat(run("scan", "--input", number.toString()).failsWithOneLine().err()).contains("'ask'")
                .contains("abc");
        Path crossed = Files.writeString(dir.resolve("q4.csv"),
                "name,kind,spot_bid,spot_ask,bid,ask,funding_rate,funding_interval\nX,perpetual,2,1,1,2,0.1,8h\n");
        assertThat(run("scan", "--input", crossed.toString()).failsWithOneLine().err()).contains("spot_bid");
        Path fields = Files.writeString(dir.resolve("q5.csv"), "name,kind,spot_bid,spot_ask,bid,ask\n\"X,Y\",future\n");
        assertThat(run("scan", "--input", fields.toString()).failsWithOneLine().err()).contains("fields");
        Path interval = Files.writeString(dir.resolve("q6.csv"),
                "name,kind,spot_bid,spot_ask,bid,ask,funding_rate,funding_interval\nX,perpetual,1,2,1,2,0.1,soon\n");
        assertThat(run("scan", "--input", interval.toString()).failsWithOneLine().err()).contains("soon");
        Path expiry = Files.writeString(dir.resolve("q7.csv"),
                "name,kind,spot_bid,spot_ask,bid,ask,expiry\nX,future,1,2,1,2,2020-01-01\n");
        assertThat(run("scan", "--input", expiry.toString()).failsWithOneLine().err()).contains("expiry");
        Path empty = Files.writeString(dir.resolve("q8.csv"), "");
        assertThat(run("scan", "--input", empty.toString()).failsWithOneLine().err()).contains("empty");
        Path headerOnly = Files.writeString(dir.resolve("q9.csv"), "name,kind,spot_bid,spot_ask,bid,ask\n\n");
        assertThat(run("scan", "--input", headerOnly.toString()).failsWithOneLine().err()).contains("no quote rows");
        assertThat(run("scan", "--input", headerOnly.toString(), "--margin", "2").failsWithOneLine().err())
                .contains("no quote rows");
        assertThat(run("scan", "--input", SERIES, "--cash-rate", "NaN").failsWithOneLine().err()).contains("costs");
    }

    @Test
    void verbosePrintsTheStackTrace() {
        CliTestSupport.Run r = run("fit", "ols", "--input", SERIES, "--y", "C", "--x", "Z", "--verbose");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("basis: ").contains("\tat ");
    }

    @Test
    void invalidUtf8WithoutTimeColumn(@TempDir Path dir) throws IOException {
        Path bad = Files.write(dir.resolve("bad.csv"), new byte[] {'A', '\n', (byte) 0xC3, '\n'});
        assertThat(run("fit", "local-level", "--input", bad.toString(), "--column", "A").failsWithOneLine().err())
                .contains("UTF-8");
    }
}
