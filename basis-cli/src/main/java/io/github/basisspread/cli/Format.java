package io.github.basisspread.cli;

/** Output format of a command. */
enum Format {
    /** Aligned text tables for people. */
    text,
    /** One JSON object per line, for programs. */
    json
}
