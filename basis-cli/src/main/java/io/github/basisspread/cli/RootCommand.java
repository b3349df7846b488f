package io.github.basisspread.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code basis} command: only subcommands. */
@Command(name = "basis", mixinStandardHelpOptions = true, version = RootCommand.VERSION,
        description = "Basis spread analytics: fit models, run diagnostics, compute basis, funding and carry, measure "
                + "the risk of a book.",
        subcommands = {DemoCommand.class, FitCommand.class, TestCommand.class, BasisCommand.class,
            FundingCommand.class, ScanCommand.class, BacktestCommand.class, RiskCommand.class, FetchCommand.class, WatchCommand.class},
        footer = {"", "Input CSV: a header row; columns chosen by name. With --time-column the rows carry times "
                + "(epoch s/ms/us/ns or ISO-8601 text, UTC unless an offset is given); without it rows are "
                + "consecutive observations, timestamped 1 s apart from the epoch.",
            "Exit codes: 0 success, 1 user error (one line on stderr; --verbose adds the stack trace)."})
final class RootCommand {

    /** The text of {@code basis --version}. */
    static final String VERSION = "basis 0.1.0-SNAPSHOT";

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    /**
     * The root with only the one subcommand a run names, so that a run of {@code basis fit ...} does
     * not have picocli introspect every other command's options (a noticeable part of start-up).
     * Same name, options and help as {@link RootCommand}; used only when the first argument names a
     * subcommand, so the root's own help and suggestions always come from the full tree.
     */
    @Command(name = "basis", mixinStandardHelpOptions = true, version = RootCommand.VERSION)
    static final class Lean {

        @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
        boolean verbose;
    }
}
