package io.github.basisspread.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The progress bar draws on a terminal only, in place, and erases itself. */
class ProgressTest {

    @Test
    void drawsInPlaceOnATerminalAndErasesAtTheEnd() {
        StringWriter sink = new StringWriter();
        try (Progress p = Progress.of(new PrintWriter(sink), true, "fitting", "columns", 4)) {
            p.step();
            // 1 of 4 done: 20 * 1 / 4 = 5 of the 20 cells filled.
            assertThat(sink.toString()).isEqualTo("\rfitting 1/4 columns [#####               ]");
            p.step();
            p.step();
            p.step();
            assertThat(p.done()).isEqualTo(4);
            assertThat(sink.toString()).endsWith("\rfitting 4/4 columns [####################]");
        }
        String all = sink.toString();
        String blank = " ".repeat("fitting 4/4 columns [####################]".length());
        assertThat(all).endsWith("\r" + blank + "\r").doesNotContain("\n");
        assertThat(all.split("\r", -1)).hasSize(4 + 1 + 2);
    }

    @Test
    void drawsNothingWhenNotATerminal() {
        StringWriter sink = new StringWriter();
        try (Progress p = Progress.of(new PrintWriter(sink), false, "backtest", "steps", 3)) {
            p.step();
            p.step();
            p.step();
            p.step(); // a step beyond the total is not counted
            assertThat(p.done()).isEqualTo(3);
            assertThat(p.line()).isEqualTo("backtest 3/3 steps [####################]");
        }
        assertThat(sink.toString()).isEmpty();
    }

    @Test
    void redrawsAtMostOncePerPercentAndCountsEveryConcurrentStep() {
        StringWriter sink = new StringWriter();
        try (Progress p = Progress.of(new PrintWriter(sink), true, "backtest", "steps", 10_000)) {
            IntStream.range(0, 10_000).parallel().forEach(i -> p.step());
            assertThat(p.done()).isEqualTo(10_000);
        }
        // One redraw per whole percentage (0..100: 101 at most), then the erasing line with two carriage
        // returns: never one redraw per step.
        long returns = sink.toString().chars().filter(c -> c == '\r').count();
        assertThat(returns).isBetween(3L, 103L);
    }

    @Test
    void emptyWorkIsAFullBar() {
        assertThat(Progress.of(new PrintWriter(new StringWriter()), true, "fitting", "columns", 0).line())
                .isEqualTo("fitting 0/0 columns [####################]");
    }

    @Test
    void theConsoleFactoryDoesNotDrawInTests() {
        // Surefire pipes the JVM's streams: no console, so nothing may reach the captured error stream.
        StringWriter sink = new StringWriter();
        try (Progress p = Progress.onConsole(new PrintWriter(sink), "fitting", "columns", 2)) {
            p.step();
        }
        assertThat(System.console()).isNull();
        assertThat(sink.toString()).isEmpty();
    }

    @Test
    void onlyAnErrorStreamOnATerminalCounts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // Issue 15: with stdout on a terminal and stderr redirected to a log, the log got 5.6 KB of bars.
        java.nio.file.Path log = java.nio.file.Files.writeString(dir.resolve("err.log"), "");
        assertThat(Progress.isTerminal(null, log)).isFalse();
        assertThat(Progress.isTerminal(null, dir.resolve("missing"))).isFalse();
        // The launcher's own answer, from the shell's [ -t 2 ], wins.
        assertThat(Progress.isTerminal("true", log)).isTrue();
        assertThat(Progress.isTerminal("false", log)).isFalse();
    }
}
