package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every command answers --help with its usage and exit code 0. */
class HelpTest {

    @Test
    void everyCommandHasHelp() {
        String[][] commands = {{}, {"fit"}, {"fit", "ols"}, {"fit", "local-level"}, {"test"}, {"test", "adf"},
            {"test", "kpss"}, {"test", "ljung-box"}, {"test", "engle-granger"}, {"basis"}, {"funding"}, {"scan"}, {"fit", "arima"}, {"backtest"},
            {"fit", "garch"}, {"fit", "var"}, {"fit", "vecm"}};
        for (String[] c : commands) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = "--help";
            CliTestSupport.Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).startsWith("Usage: basis").contains("--help");
            assertThat(r.err()).isEmpty();
        }
        assertThat(run("--help").out()).contains("fit").contains("scan").contains("1 s apart");
        assertThat(run("fit", "ols", "--help").out()).contains("hac:L").contains("--no-intercept");
        assertThat(run("fit", "arima", "--help").out()).contains("--future-xreg").contains("--all-columns")
                .contains("95% intervals");
        assertThat(run("backtest", "--help").out()).contains("funding-carry").contains("--time-column");
        assertThat(run("--help").out()).contains("backtest").contains("demo");
        assertThat(run("demo", "--help").out()).contains("--data").contains("--seed").contains("--out");
        assertThat(run("--version").out()).contains("basis 0.1.0");
    }

    @Test
    void describeNamesUnexpectedFailuresAsInternal() {
        assertThat(BasisCli.describe(new IllegalStateException("boom"))).startsWith("internal error:")
                .contains("boom").contains("--verbose");
        assertThat(BasisCli.describe(new UserException("line one\nline two"))).isEqualTo("line one; line two");
        assertThat(BasisCli.describe(new IllegalArgumentException())).isEqualTo("unknown error");
        assertThatThrownBy(() -> BasisCli.run(null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'out'");
    }
}
