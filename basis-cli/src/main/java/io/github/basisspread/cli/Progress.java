package io.github.basisspread.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A one-line progress bar on the error stream, {@code fitting 3/12 columns [#####     ]},
 * redrawn in place with a carriage return and erased when the work is done.
 *
 * <p>It draws only when the error stream is a terminal: redirected, piped or captured output
 * (logs, scripts, the tests) never sees it, so stdout stays clean JSON and stderr stays one line per error. The
 * terminal test is injected ({@link #of(PrintWriter, boolean, String, String, int)}) so the
 * drawing itself can be tested. The bar is redrawn only when the count changes the drawn text,
 * at most once per percent of the work. Thread-safe: the workers of a parallel fit call
 * {@link #step()} concurrently.
 */
final class Progress implements AutoCloseable {

    /** The width of the bar in characters. */
    static final int WIDTH = 20;

    private final PrintWriter err;
    private final boolean terminal;
    private final String verb;
    private final String unit;
    private final int total;
    private int done;
    private int drawnPercent = -1;
    private int drawnLength;

    private Progress(PrintWriter err, boolean terminal, String verb, String unit, int total) {
        this.err = err;
        this.terminal = terminal;
        this.verb = verb;
        this.unit = unit;
        this.total = total;
    }

    /**
     * A bar that draws when the error stream is a terminal (see {@link #isTerminal(String, Path)}):
     * with stderr redirected to a file the log gets no bars, whatever stdout is.
     */
    static Progress onConsole(PrintWriter err, String verb, String unit, int total) {
        return of(err, isTerminal(System.getProperty(STDERR_TTY_PROPERTY), Path.of("/proc/self/fd/2")), verb, unit,
                total);
    }

    /** The system property the launcher sets from the shell's {@code [ -t 2 ]}: true or false. */
    static final String STDERR_TTY_PROPERTY = "basis.stderr.tty";

    /**
     * Whether stderr is a terminal. Java 17 can only tell whether stdin and stdout both are
     * ({@code System.console()}), so the {@code basis} launcher states it in a property; without
     * the property (java run directly) the file descriptor's target answers on Linux, and
     * anything else counts as not a terminal.
     *
     * @param property the value of {@link #STDERR_TTY_PROPERTY}, or null
     * @param fd2 the link to the process's stderr, {@code /proc/self/fd/2}
     */
    static boolean isTerminal(String property, Path fd2) {
        if (property != null) {
            return Boolean.parseBoolean(property.strip());
        }
        try {
            String target = fd2.toRealPath().toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A bar that draws only if {@code terminal} is true. */
    static Progress of(PrintWriter err, boolean terminal, String verb, String unit, int total) {
        return new Progress(err, terminal, verb, unit, Math.max(total, 0));
    }

    /** Counts one unit of work done and redraws the bar if its text changed. */
    synchronized void step() {
        if (done < total) {
            done++;
        }
        draw();
    }

    /** The count of units done so far. */
    synchronized int done() {
        return done;
    }

    /** The text of the bar at the current count, without the carriage return. */
    synchronized String line() {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        return verb + " " + done + "/" + total + " " + unit + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled)
                + "]";
    }

    private void draw() {
        if (!terminal) {
            return;
        }
        int percent = total == 0 ? 100 : (int) ((long) done * 100 / total);
        if (percent == drawnPercent && done != total) {
            return;
        }
        drawnPercent = percent;
        String text = line();
        drawnLength = Math.max(drawnLength, text.length());
        err.print("\r" + text);
        err.flush();
    }

    /** Erases the bar, leaving the cursor at the start of a clean line. */
    @Override
    public synchronized void close() {
        if (terminal && drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}
