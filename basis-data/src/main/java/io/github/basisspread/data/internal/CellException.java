package io.github.basisspread.data.internal;

/**
 * A cell that cannot be parsed; the engine adds file, line and column. Carries no stack trace:
 * it is control flow inside the engine, always turned into a MalformedDataException or a
 * report entry.
 */
final class CellException extends Exception {

    private static final long serialVersionUID = 1L;

    CellException(String reason) {
        super(reason, null, false, false);
    }
}
