package io.github.basisspread.cli;

import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.TradingCosts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basis demo}: the whole pipeline on a seeded simulated market (or the user's files),
 * printed as a compact report, with PNG charts and a self-contained {@code report.html} written
 * to an output folder.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on embedded demo data: a seeded SYNTHETIC crypto market from "
                + "models.simulation (spot, three quarterly futures, a perpetual with Binance funding, fees). Prints "
                + "the basis term structure and 30/90-day constant-maturity basis, funding APR, the best cash-and-carry "
                + "and funding-carry trades net of costs, stationarity and half-life of the basis, an auto-ARIMA "
                + "forecast with intervals, Markov-switching regimes of the basis (the probability of the stressed "
                + "regime) and its GARCH(1,1) volatility band, the Kalman time-varying hedge ratio, a walk-forward "
                + "evaluation and backtest, and the risk of a delta-neutral carry book (long spot, short the perpetual "
                + "and the nearest future): one-day VaR and ES by five methods, its P&L distribution, exposures and "
                + "stress scenarios; writes PNG charts and report.html to the output folder.",
            "--data DIR runs the same pipeline on your files instead: CSV or Binance dump files (klines, "
                    + "fundingRate) whose names contain 'spot', 'perp' and 'funding' (and BTCUSDT_yyMMdd for "
                    + "dated futures), in DIR or its subfolders."})
final class DemoCommand implements Callable<Integer> {

    /** The name of the HTML report in the output folder. */
    static final String REPORT = "report.html";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "basis-demo-output", paramLabel = "DIR",
            description = "Output folder for the charts and report.html (default ${DEFAULT-VALUE}, created if needed).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the simulated market (default ${DEFAULT-VALUE}); the same seed gives the same report.")
    long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "Analyse the files in DIR instead of simulated data.")
    Path data;

    @Option(names = "--time-label", defaultValue = "auto", paramLabel = "LABEL",
            description = "With --data: open (row times are bar opening times: each close is used at the bar's end), "
                    + "close (row times are the times of the values) or auto: open for klines and close columns "
                    + "(default ${DEFAULT-VALUE}).")
    String timeLabel;

    @Option(names = "--zone", converter = Parsing.ZoneConverter.class, defaultValue = "UTC", paramLabel = "ZONE",
            description = "With --data: the zone of CSV timestamps written without one (default ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--spot-fee-bps", defaultValue = "10", paramLabel = "BP",
            description = "With --data: spot taker fee, basis points of notional in [0, 500] (default ${DEFAULT-VALUE}).")
    double spotFeeBps;

    @Option(names = "--derivative-fee-bps", defaultValue = "5", paramLabel = "BP",
            description = "With --data: futures and perpetual taker fee, basis points of notional in [0, 500] (default "
                    + "${DEFAULT-VALUE}).")
    double derivativeFeeBps;

    @Option(names = "--half-spread-bps", defaultValue = "0.5", paramLabel = "BP",
            description = "With --data: half the bid-ask spread, basis points of the mid in [0, 100], paid as slippage on "
                    + "each backtest trade (default ${DEFAULT-VALUE}).")
    double halfSpreadBps;

    @Option(names = "--cash-rate", defaultValue = "0.05", paramLabel = "RATE",
            description = "With --data: annual rate of borrowed or lent cash, a continuously compounded decimal "
                    + "(0.05 = 5%; default ${DEFAULT-VALUE}).")
    double cashRate;

    @Option(names = "--coin-borrow-rate", defaultValue = "0.08", paramLabel = "RATE",
            description = "With --data: annual rate, paid in coin, to borrow the coin for a short spot leg, a "
                    + "continuously compounded decimal (default ${DEFAULT-VALUE}).")
    double coinBorrowRate;

    @Option(names = "--no-charts", description = "Write no PNG charts (report.html then holds the tables only).")
    boolean noCharts;

    @Override
    public Integer call() {
        // Charts are drawn off-screen: no display is needed, on a server or in CI.
        System.setProperty("java.awt.headless", "true");
        DemoMarket market = data != null ? DemoFiles.read(data, options()) : DemoMarket.simulated(seed);
        Path dir = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserException("--out: cannot create the output folder " + dir + ": " + e.getMessage());
        }
        DemoReport report = DemoPipeline.run(market, new DemoCharts(!noCharts));
        PrintWriter w = spec.commandLine().getOut();
        report.printText(w);
        try {
            for (DemoReport.Chart c : report.charts()) {
                Files.write(dir.resolve(c.file()), c.png());
            }
            Files.writeString(dir.resolve(REPORT), report.html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("--out: cannot write to " + dir + ": " + e.getMessage());
        }
        w.println();
        w.println("Wrote " + report.charts().size() + " charts and " + REPORT + " to " + dir);
        return BasisCli.EXIT_OK;
    }

    private DemoFiles.Options options() {
        RowConventions.timeLabel(timeLabel, java.util.List.of());
        // Basis points above 500 (5% of notional a trade) are a units mistake, as FeeSchedule takes them.
        if (!(spotFeeBps >= 0 && spotFeeBps <= 500) || !(derivativeFeeBps >= 0 && derivativeFeeBps <= 500)) {
            throw new UserException("--spot-fee-bps and --derivative-fee-bps must be basis points in [0, 500] but are "
                    + spotFeeBps + " and " + derivativeFeeBps);
        }
        // The simulated market's half spread is at most 1% of the mid.
        if (!(halfSpreadBps >= 0 && halfSpreadBps <= 100)) {
            throw new UserException("--half-spread-bps must be basis points in [0, 100] but is " + halfSpreadBps);
        }
        if (!(Math.abs(cashRate) < 10)) {
            throw new UserException("--cash-rate must be a decimal annual rate (0.05 = 5%) but is " + cashRate);
        }
        if (!(Math.abs(coinBorrowRate) < 10)) {
            throw new UserException("--coin-borrow-rate must be a decimal annual rate (0.08 = 8%) but is "
                    + coinBorrowRate);
        }
        TradingCosts c = TradingCosts.builder()
                .spotFees(FeeSchedule.ofBasisPoints(spotFeeBps, spotFeeBps))
                .derivativeFees(FeeSchedule.ofBasisPoints(derivativeFeeBps, derivativeFeeBps))
                .cashRate(cashRate)
                .coinBorrowRate(coinBorrowRate)
                .coinYield(DemoMarket.DEFAULT_COSTS.coinYield())
                .build();
        return new DemoFiles.Options(timeLabel, zone, c, halfSpreadBps / 1e4);
    }
}
