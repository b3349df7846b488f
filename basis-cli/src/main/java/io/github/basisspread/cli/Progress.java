package io.github.basisspread.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on the error stream, {@code fitting 3/12 columns [#####     ]},
 * redrawn in place with a carriage return and erased when the work is done.
 *
 * <p>It draws only when the error stream is a terminal: piped or captured output (scripts, the
 * tests) never sees it, so stdout stays clean JSON and stderr stays one line per error. The
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
     * A bar that draws when the JVM has a console (stdin and stdout attached to a terminal,
     * the closest Java 17 offers to "stderr is a terminal").
     */
    static Progress onConsole(PrintWriter err, String verb, String unit, int total) {
        return of(err, System.console() != null, verb, unit, total);
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
