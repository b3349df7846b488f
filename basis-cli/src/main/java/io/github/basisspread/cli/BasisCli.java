package io.github.basisspread.cli;

import io.github.basisspread.data.csv.MalformedDataException;
import io.github.basisspread.models.api.EstimationException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The {@code basis} command: entry point of the command line.
 *
 * <p>Subcommands: {@code fit ols|local-level|arima}, {@code test adf|kpss|ljung-box|engle-granger},
 * {@code basis}, {@code funding}, {@code scan}, {@code backtest} and {@code risk var|exposures|stress|margin|backtest};
 * {@code --help} on each. Exit code 0 on success
 * and 1 on a user error (bad option, missing file or column, malformed cell, data a model
 * rejects), reported as one line {@code basis: <problem>} on the error stream; the stack trace is
 * printed only with {@code --verbose}.
 *
 * <p>Stateless and thread-safe: every call builds its own command objects.
 */
public final class BasisCli {

    /** Exit code of a successful run. */
    public static final int EXIT_OK = 0;

    /** Exit code of a run that failed on the user's input or options. */
    public static final int EXIT_USER_ERROR = 1;

    private BasisCli() {
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        // Not flushed at every line: a million rows of output would cost a million system calls.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command in-process, writing its output and errors to the given writers.
     *
     * @param out where results and help go
     * @param err where error messages go
     * @param args the command-line arguments, e.g. {@code "fit", "ols", "--input", "f.csv", ...}
     * @return the exit code: {@link #EXIT_OK} or {@link #EXIT_USER_ERROR}
     * @throws IllegalArgumentException if a writer or the arguments are null
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (out == null || err == null || args == null) {
            throw new IllegalArgumentException("Arguments 'out', 'err' and 'args' must not be null");
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Start-up: the version needs no command tree (picocli is not even loaded).
            out.println(RootCommand.VERSION);
            out.flush();
            return EXIT_OK;
        }
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        Handlers handlers = new Handlers(err, verbose);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code == EXIT_OK ? EXIT_OK : EXIT_USER_ERROR;
    }

    /**
     * The command tree for the arguments: the root with only the named subcommand when the first
     * argument names one (and, under {@code fit}, {@code test} and {@code risk}, only the named command when
     * the second argument names one), the whole tree otherwise (root help, unknown names and their
     * suggestions). Start-up: picocli reads every option of every command in the tree by reflection.
     */
    static CommandLine commandLine(String... args) {
        Object sub = args.length == 0 ? null : switch (args[0]) {
            case "demo" -> new DemoCommand();
            case "fit" -> group(new FitCommand.Lean(), args, args.length > 1 ? FitCommand.model(args[1]) : null,
                    new FitCommand());
            case "test" -> group(new TestCommand.Lean(), args, args.length > 1 ? TestCommand.test(args[1]) : null,
                    new TestCommand());
            case "risk" -> group(new RiskCommand.Lean(), args, args.length > 1 ? RiskCommand.command(args[1]) : null,
                    new RiskCommand());
            case "basis" -> new BasisCommand();
            case "funding" -> new FundingCommand();
            case "scan" -> new ScanCommand();
            case "backtest" -> new BacktestCommand();
            case "fetch" -> new FetchCommand();
            case "watch" -> new WatchCommand();
            default -> null;
        };
        if (sub == null) {
            return new CommandLine(new RootCommand());
        }
        CommandLine cl = new CommandLine(new RootCommand.Lean());
        cl.addSubcommand(args[0], sub);
        return cl;
    }

    /** A command group with only the named command, or the whole group when the name is not one of them. */
    private static Object group(Object lean, String[] args, Object named, Object whole) {
        if (named == null) {
            return whole;
        }
        CommandLine group = new CommandLine(lean);
        group.addSubcommand(args[1], named);
        return group;
    }

    /**
     * The error handlers: one line on the error stream, the stack trace with {@code --verbose}. A
     * class, not lambdas: picocli's interfaces are Java 5 class files, whose lambdas the JVM spins
     * at every start instead of taking them from the class-data-sharing archive.
     */
    private static final class Handlers
            implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

        private final PrintWriter err;
        private final boolean verbose;

        Handlers(PrintWriter err, boolean verbose) {
            this.err = err;
            this.verbose = verbose;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            err.println("basis: " + oneLine(ex.getMessage()) + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_USER_ERROR;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
            err.println("basis: " + describe(ex));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_USER_ERROR;
        }
    }

    /** The one-line message of a failure; anything unexpected is named as an internal error. */
    static String describe(Exception ex) {
        if (ex instanceof UserException || ex instanceof IllegalArgumentException
                || ex instanceof MalformedDataException || ex instanceof EstimationException
                || ex instanceof UncheckedIOException || ex instanceof ArithmeticException) {
            return oneLine(ex.getMessage());
        }
        return "internal error: " + oneLine(String.valueOf(ex)) + " (rerun with --verbose for the stack trace)";
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        // One line, and no echo of a huge bad cell: a 1 MB cell would make a 1 MB stderr line.
        return Text.clipRuns(message.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; "));
    }
}
