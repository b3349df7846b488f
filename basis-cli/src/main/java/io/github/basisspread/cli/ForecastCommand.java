package io.github.basisspread.cli;

import picocli.CommandLine.Command;

/** {@code basis forecast}: judge forecasters of a column out of sample. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Judge forecasters of a CSV column out of sample (walk-forward).",
        subcommands = {ForecastCompareCommand.class})
final class ForecastCommand {

    /**
     * {@code forecast} with only the one subcommand a run names ({@link BasisCli#commandLine}): same
     * name, options and help as {@link ForecastCommand}.
     */
    @Command(name = "forecast", mixinStandardHelpOptions = true,
            description = "Judge forecasters of a CSV column out of sample (walk-forward).")
    static final class Lean {
    }

    /** The subcommand by its name, or null. */
    static Object command(String name) {
        return switch (name) {
            case "compare" -> new ForecastCompareCommand();
            default -> null;
        };
    }
}
