package io.github.basisspread.cli;

import picocli.CommandLine.Command;

/** {@code basis fit}: estimate a model on CSV columns. */
@Command(name = "fit", mixinStandardHelpOptions = true, description = "Fit a model to CSV columns.",
        subcommands = {FitOlsCommand.class, FitLocalLevelCommand.class, FitArimaCommand.class,
            FitGarchCommand.class, FitVarCommand.class, FitVecmCommand.class, FitMarkovCommand.class})
final class FitCommand {
}
