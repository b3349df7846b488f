package io.github.basisspread.data.internal;

/**
 * Thrown by the plain scanner when the file uses CSV quoting, so the engine starts over with
 * commons-csv. Carries no stack trace: it is control flow.
 */
final class NotPlainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotPlainException() {
        super("quoted field", null, false, false);
    }
}
