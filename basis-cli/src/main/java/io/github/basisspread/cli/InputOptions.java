package io.github.basisspread.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command reading a CSV shares (a picocli mixin). */
final class InputOptions {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The CSV file (header row).")
    Path input;

    @Option(names = "--time-column", paramLabel = "NAME",
            description = "Column of timestamps; without it rows are consecutive observations 1 s apart.")
    String timeColumn;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;
}
