package io.github.basisspread.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** The options every command reading a CSV shares (a picocli mixin). */
final class InputOptions {

    @Option(names = "--input", paramLabel = "FILE", description = "The CSV file (header row).")
    Path input;

    @Option(names = "--time-column", paramLabel = "NAME",
            description = "Column of timestamps; without it rows are consecutive observations 1 s apart.")
    String timeColumn;

    @Option(names = "--zone", converter = Parsing.ZoneConverter.class, paramLabel = "ZONE",
            description = "Time zone of timestamps written without one: UTC (default), +03:00, Europe/Moscow. "
                    + "Epoch numbers and text with an offset (Z, +03:00) are not affected.")
    ZoneId zone;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;
}
