package io.github.basisspread.cli;

import picocli.CommandLine.Command;

/** {@code basis fit}: estimate a model on CSV columns. */
@Command(name = "fit", mixinStandardHelpOptions = true, description = "Fit a model to CSV columns.",
        subcommands = {FitOlsCommand.class, FitLocalLevelCommand.class, FitArimaCommand.class,
            FitGarchCommand.class, FitVarCommand.class, FitVecmCommand.class, FitMarkovCommand.class,
            FitElasticNetCommand.class})
final class FitCommand {

    /**
     * {@code fit} with only the one model a run names ({@link BasisCli#commandLine}): same name, options
     * and help as {@link FitCommand}, whose full tree answers {@code fit --help} and unknown names.
     */
    @Command(name = "fit", mixinStandardHelpOptions = true, description = "Fit a model to CSV columns.")
    static final class Lean {
    }

    /** The command of one model by its name, or null. */
    static Object model(String name) {
        return model(name, null);
    }

    /** The command of one model by its name, given the read of its input begun early (or null); or null. */
    static Object model(String name, CsvInput.Prefetch prefetch) {
        return switch (name) {
            case "ols" -> new FitOlsCommand();
            case "local-level" -> new FitLocalLevelCommand(prefetch);
            case "arima" -> new FitArimaCommand(prefetch);
            case "garch" -> new FitGarchCommand();
            case "var" -> new FitVarCommand();
            case "vecm" -> new FitVecmCommand();
            case "markov" -> new FitMarkovCommand();
            case "elasticnet" -> new FitElasticNetCommand();
            default -> null;
        };
    }
}
