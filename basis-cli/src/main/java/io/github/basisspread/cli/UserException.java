package io.github.basisspread.cli;

/** A problem with the user's input or options, reported as one line without a stack trace. */
final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
