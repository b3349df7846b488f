package io.github.basisspread.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code basis risk}: the risk of a book of spot, dated futures and perpetuals over a price history. */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = "Risk of a book of spot, futures and perpetual positions: VaR and expected shortfall, "
                + "exposures, stress scenarios, margin and liquidation distances, and the backtest of a VaR series.",
        subcommands = {RiskVarCommand.class, RiskExposuresCommand.class, RiskStressCommand.class,
            RiskMarginCommand.class, RiskBacktestCommand.class},
        footer = {"", "Book CSV: a header instrument,kind,quantity and optionally expiry,settlement,venue,entry,"
                + "underlying,funding; one position a row. instrument names a price column of the history; kind is "
                + "spot, future or perpetual; quantity is in coins, negative for a short; a future needs its expiry "
                + "(2026-12-25 = 08:00 UTC, or an ISO-8601 instant); settlement linear (default) or inverse; venue "
                + "binance, okx, bybit, deribit, ... or other (default; a perpetual then settles funding every 8 h); "
                + "entry defaults to the last price; underlying names the spot column a derivative is priced "
                + "against (default: the book's one spot position); funding names a perpetual's column of funding "
                + "rates per interval (decimals).",
            "History CSV: a time column and one price column per instrument (other columns may follow); the last "
                + "row is today. VaR and ES are positive losses in the quote currency of the prices."})
final class RiskCommand {

    /**
     * {@code risk} with only the one command a run names ({@link BasisCli#commandLine}): same name, options
     * and help as {@link RiskCommand}, whose full tree answers {@code risk --help} and unknown names.
     */
    @Command(name = "risk", mixinStandardHelpOptions = true,
            description = "Risk of a book of spot, futures and perpetual positions: VaR and expected shortfall, "
                    + "exposures, stress scenarios, margin and liquidation distances, and the backtest of a VaR series.")
    static final class Lean {
    }

    /** The command of one risk report by its name, or null. */
    static Object command(String name) {
        return switch (name) {
            case "var" -> new RiskVarCommand();
            case "exposures" -> new RiskExposuresCommand();
            case "stress" -> new RiskStressCommand();
            case "margin" -> new RiskMarginCommand();
            case "backtest" -> new RiskBacktestCommand();
            default -> null;
        };
    }

    /** The options of the commands reading a book and its history (a picocli mixin). */
    static final class BookOptions {

        @Option(names = "--book", paramLabel = "FILE",
                description = "The book CSV: instrument,kind,quantity[,expiry,settlement,venue,entry,underlying,funding].")
        Path book;

        @Option(names = "--history", paramLabel = "FILE",
                description = "The price history CSV: a time column and a price column per instrument; the last row "
                        + "is today.")
        Path history;

        @Option(names = "--time-column", defaultValue = "time", paramLabel = "NAME",
                description = "The history's time column (default ${DEFAULT-VALUE}): epoch s/ms/us/ns or ISO-8601.")
        String timeColumn;

        @Option(names = "--zone", converter = Parsing.ZoneConverter.class, paramLabel = "ZONE",
                description = "Time zone of history times written without one: UTC (default), +03:00, Europe/Moscow.")
        ZoneId zone;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        Format format;

        RiskBook read() {
            return RiskBook.read(book, history, timeColumn, zone);
        }
    }
}
