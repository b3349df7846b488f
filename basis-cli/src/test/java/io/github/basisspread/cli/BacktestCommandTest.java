package io.github.basisspread.cli;

import static io.github.basisspread.cli.CliTestSupport.fixture;
import static io.github.basisspread.cli.CliTestSupport.num;
import static io.github.basisspread.cli.CliTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.data.csv.CsvSeriesReader;
import io.github.basisspread.data.csv.SeriesFrame;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.backtest.Backtest;
import io.github.basisspread.models.backtest.BacktestData;
import io.github.basisspread.models.backtest.BacktestResult;
import io.github.basisspread.models.backtest.Position;
import io.github.basisspread.models.backtest.Trade;
import io.github.basisspread.models.evaluation.Forecasters;
import io.github.basisspread.models.backtest.Strategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code basis backtest}: trades on two hand-made price paths worked by hand, other strategies
 * compared with the library run directly, and bad input.
 */
class BacktestCommandTest {

    private static final String FUTURE = fixture("backtest-future.csv");
    private static final String PERP = fixture("backtest-perp.csv");
    private static final String SERIES = fixture("series.csv");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> trades(Map<String, Object> o) {
        return (List<Map<String, Object>>) o.get("trades");
    }

    @Test
    void cashAndCarryOnADatedFutureWorkedByHand() {
        CliTestSupport.Run r = run("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot",
                "--future", "future", "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01",
                "--exit", "0.003", "--capital", "10000", "--margin", "0.25", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Map<String, Object> o = r.json();
        // Day 0: basis 102/100 - 1 = 0.02 >= 0.01: open carry with N (1 + 0.25) = 10000, N = 8000,
        // long 80 coin spot, short 80 futures. The future falls 102 -> 101.5 -> 101 -> 100.2: the short
        // gains 80 * 0.5 = 40, 40, 80 * 0.8 = 64. Day 3: basis 0.002 <= 0.003: close. P&L 144 = 80 * 1.8.
        assertThat(trades(o)).hasSize(1);
        Map<String, Object> t = trades(o).get(0);
        assertThat(t.get("position")).isEqualTo("CARRY");
        assertThat(t.get("entryTime")).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(t.get("exitTime")).isEqualTo("2026-01-04T00:00:00Z");
        assertThat(t.get("exitReason")).isEqualTo("SIGNAL");
        assertThat(num(t, "entryBasis")).isCloseTo(0.02, within(1e-12));
        assertThat(num(t, "exitBasis")).isCloseTo(0.002, within(1e-12));
        assertThat(num(t, "notional")).isCloseTo(8000, within(1e-9));
        assertThat(num(t, "spotQuantity")).isCloseTo(80, within(1e-12));
        assertThat(num(t, "derivativeQuantity")).isCloseTo(-80, within(1e-12));
        // Margin 0.25 of the future's notional 80 * 102 = 8160: 2040.
        assertThat(num(t, "margin")).isCloseTo(2040, within(1e-9));
        assertThat(num(t, "pnl")).isCloseTo(144, within(1e-9));
        assertThat(num(o, "totalPnl")).isCloseTo(144, within(1e-9));
        assertThat(num(o, "attribution", "basisConvergence")).isCloseTo(144, within(1e-9));
        assertThat(num(o, "attribution", "fees")).isZero();
        assertThat(num(o, "finalEquity")).isCloseTo(10_144, within(1e-9));
        assertThat(num(o, "totalReturn")).isCloseTo(0.0144, within(1e-12));
        // Four days: (10144 / 10000)^(365 / 4) - 1.
        assertThat(num(o, "annualizedReturn")).isCloseTo(Math.pow(1.0144, 365.0 / 4) - 1, within(1e-9));
        // The equity only rises (10000, 10040, 10080, 10144, 10144): no drawdown, one winning trade.
        assertThat(num(o, "maxDrawdown")).isZero();
        assertThat(o.get("maxDrawdownDuration")).isEqualTo("PT0S");
        assertThat(num(o, "hitRate")).isEqualTo(1.0);
        // Traded: 8000 + 80 * 102 at entry, 80 * 100 + 80 * 100.2 at exit = 32176, over 10000.
        assertThat(num(o, "turnover")).isCloseTo(3.2176, within(1e-12));
        assertThat(num(o, "rows")).isEqualTo(5.0);
        assertThat(o.get("strategy")).isEqualTo("cash-and-carry");
        assertThat(o.keySet()).containsExactly("strategy", "rows", "initialCapital", "finalEquity", "totalPnl",
                "totalReturn", "annualizedReturn", "annualizedVolatility", "sharpe", "sortino", "maxDrawdown",
                "maxDrawdownDuration", "turnover", "hitRate", "attribution", "fundingSettlements", "trades", "notes");
    }

    @Test
    void feesComeOffBothLegsAtEntryAndExit() {
        CliTestSupport.Run r = run("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot",
                "--future", "future", "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01",
                "--exit", "0.003", "--capital", "10000", "--margin", "0.25", "--spot-fee-bps", "10",
                "--derivative-fee-bps", "5", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        // N (1 + 0.25 + 0.001 + 0.0005) = 10000; q = N / 100 coin. Entry fees: 0.001 N on spot plus
        // 0.0005 * 1.02 N on the future = 0.00151 N; exit fees: 0.001 N + 0.0005 * 1.002 N = 0.001501 N.
        // Convergence: q * 1.8 = 0.018 N. Total 0.018 N - 0.003011 N = 0.014989 N.
        double n = 10_000 / 1.2515;
        Map<String, Object> o = r.json();
        assertThat(num(o, "attribution", "fees")).isCloseTo(-0.003011 * n, within(1e-9));
        assertThat(num(o, "attribution", "basisConvergence")).isCloseTo(0.018 * n, within(1e-9));
        assertThat(num(o, "totalPnl")).isCloseTo(0.014989 * n, within(1e-9));
        assertThat(num(o, "finalEquity")).isCloseTo(10_000 + 0.014989 * n, within(1e-9));
    }

    @Test
    void fundingCarryOnAPerpetualWorkedByHand() {
        CliTestSupport.Run r = run("backtest", "--input", PERP, "--time-column", "time", "--spot", "spot", "--perp",
                "perp", "--funding", "funding", "--strategy", "funding-carry", "--entry", "0.0003", "--exit",
                "0.0002", "--capital", "10000", "--margin", "0.25", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> o = r.json();
        // 00:00: no settlement yet, hold. 08:00: 0.0005 settled >= 0.0003: short 80 perps against 80 coin
        // (N = 10000 / 1.25). 16:00: the short receives 80 * 100.05 * 0.0004 = 3.2016; 0.0004 > 0.0002, hold.
        // 00:00 next day: receives 80 * 100.05 * 0.0001 = 0.8004; 0.0001 <= 0.0002: close. Prices never move.
        assertThat(trades(o)).hasSize(1);
        Map<String, Object> t = trades(o).get(0);
        assertThat(t.get("entryTime")).isEqualTo("2026-01-01T08:00:00Z");
        assertThat(t.get("exitTime")).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(t.get("exitReason")).isEqualTo("SIGNAL");
        assertThat(num(t, "attribution", "funding")).isCloseTo(4.002, within(1e-9));
        assertThat(num(o, "attribution", "funding")).isCloseTo(4.002, within(1e-9));
        assertThat(num(o, "attribution", "basisConvergence")).isCloseTo(0, within(1e-9));
        assertThat(num(o, "finalEquity")).isCloseTo(10_004.002, within(1e-9));
        assertThat(num(o, "fundingSettlements")).isEqualTo(2.0);
    }

    @Test
    void fundingSnapshotsKeptAtTheSettlementsOfTheInterval() {
        // With a 16 h interval only 00:00 (empty), 16:00 (0.0004) and 08:00 next day (0.0001) settle
        // (2026-01-01T00:00Z is 30681 * 16 h after the epoch). 16:00: open carry at 0.0004; 08:00 next day: the
        // short receives 80 * 100.05 * 0.0001 = 0.8004 and the data end: closed END_OF_DATA.
        CliTestSupport.Run r = run("backtest", "--input", PERP, "--time-column", "time", "--spot", "spot", "--perp",
                "perp", "--funding", "funding", "--funding-interval", "16h", "--strategy", "funding-carry", "--entry",
                "0.0003", "--exit", "0.0002", "--capital", "10000", "--margin", "0.25", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> t = trades(r.json()).get(0);
        assertThat(t.get("entryTime")).isEqualTo("2026-01-01T16:00:00Z");
        assertThat(t.get("exitReason")).isEqualTo("END_OF_DATA");
        assertThat(num(t, "pnl")).isCloseTo(0.8004, within(1e-9));
        assertThat(num(r.json(), "fundingSettlements")).isEqualTo(1.0);
    }

    @Test
    void expiryForcesTheExit() {
        // Expiry 2026-01-03 00:00: the last row before it is day 2, where the trade is closed at the expiry.
        CliTestSupport.Run r = run("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot",
                "--future", "future", "--expiry", "2026-01-03T00:00:00Z", "--strategy", "cash-and-carry", "--entry",
                "0.01", "--exit", "0.003", "--capital", "10000", "--margin", "0.25", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> t = trades(r.json()).get(0);
        assertThat(t.get("exitReason")).isEqualTo("EXPIRY");
        assertThat(t.get("exitTime")).isEqualTo("2026-01-03T00:00:00Z");
        // 80 * (102 - 101) = 80.
        assertThat(num(t, "pnl")).isCloseTo(80, within(1e-9));
    }

    private static SeriesFrame series() {
        return CsvSeriesReader.of("time").read(Path.of(SERIES)).data();
    }

    private static void assertSameResult(Map<String, Object> o, BacktestResult direct) {
        assertThat(num(o, "finalEquity")).isEqualTo(direct.finalEquity());
        assertThat(num(o, "totalPnl")).isEqualTo(direct.attribution().total());
        assertThat(num(o, "maxDrawdown")).isEqualTo(direct.metrics().maxDrawdown());
        assertThat(trades(o)).hasSize(direct.trades().size());
        for (int i = 0; i < direct.trades().size(); i++) {
            assertThat(num(trades(o).get(i), "pnl")).isEqualTo(direct.trades().get(i).pnl().total());
            assertThat(trades(o).get(i).get("exitTime")).isEqualTo(direct.trades().get(i).exitTime().toString());
        }
        if (direct.metrics().sharpe().isPresent()) {
            assertThat(num(o, "sharpe")).isEqualTo(direct.metrics().sharpe().getAsDouble());
        } else {
            assertThat(o.get("sharpe")).isNull();
        }
    }

    @Test
    void modelDrivenStrategiesMatchTheLibrary() {
        SeriesFrame f = series();
        BacktestData data = BacktestData.perpetual(f.column("level"), f.column("p"), TimeSeries.empty(),
                Settlement.LINEAR);
        CliTestSupport.Run ou = run("backtest", "--input", SERIES, "--time-column", "time", "--spot", "level",
                "--perp", "p", "--strategy", "ou-zscore", "--window", "30", "--entry", "1", "--exit", "0.2",
                "--capital", "1000000", "--spot-fee-bps", "2", "--derivative-fee-bps", "1", "--format", "json");
        assertThat(ou.code()).as(ou.err()).isZero();
        Backtest bt = Backtest.of(1_000_000).withCosts(TradingCosts.builder().spotFees(FeeSchedule.ofBasisPoints(2, 2))
                .derivativeFees(FeeSchedule.ofBasisPoints(1, 1)).build());
        BacktestResult directOu = bt.run(data, Strategies.ouZScore(30, 1, 0.2));
        assertThat(directOu.trades()).isNotEmpty();
        assertSameResult(ou.json(), directOu);

        CliTestSupport.Run fc = run("backtest", "--input", SERIES, "--time-column", "time", "--spot", "level",
                "--perp", "p", "--strategy", "forecast", "--model", "ar:2", "--window", "40", "--horizon", "3",
                "--entry", "0.001", "--exit", "0.0002", "--capital", "1000000", "--format", "json");
        assertThat(fc.code()).as(fc.err()).isZero();
        assertSameResult(fc.json(), Backtest.of(1_000_000).run(data,
                Strategies.forecastThreshold(Forecasters.olsAutoregression(2), 40, 3, 0.001, 0.0002)));

        CliTestSupport.Run arima = run("backtest", "--input", SERIES, "--time-column", "time", "--spot", "level",
                "--perp", "p", "--strategy", "forecast", "--model", "arima:1,0,0", "--window", "40", "--entry",
                "0.001", "--exit", "0.0002", "--capital", "1000000", "--stop-loss", "0.01", "--financing-rate",
                "0.05", "--format", "json");
        assertThat(arima.code()).as(arima.err()).isZero();
        // --financing-rate alone is the cash borrow rate of a long spot leg and the coin borrow rate of a short one.
        TradingCosts financing = TradingCosts.builder().cashBorrowRate(0.05).coinBorrowRate(0.05).build();
        assertSameResult(arima.json(), Backtest.of(1_000_000).withStopLoss(0.01).withCosts(financing).run(data,
                Strategies.forecastThreshold(Forecasters.arima(ArimaSpec.of(1, 0, 0).withConstant()), 40, 1, 0.001,
                        0.0002)));

        for (String model : new String[] {"random-walk", "local-level", "ar1-noise"}) {
            CliTestSupport.Run r = run("backtest", "--input", SERIES, "--time-column", "time", "--spot", "level",
                    "--perp", "p", "--strategy", "forecast", "--model", model, "--window", "60", "--entry", "0.001",
                    "--exit", "0.0002", "--capital", "1000000", "--format", "json");
            assertThat(r.code()).as(model + ": " + r.err()).isZero();
        }
    }

    @Test
    void inverseSettlementAndSlippageMatchTheLibrary() {
        SeriesFrame f = series();
        CliTestSupport.Run r = run("backtest", "--input", SERIES, "--time-column", "time", "--spot", "level",
                "--perp", "p", "--settlement", "inverse", "--strategy", "cash-and-carry", "--entry", "0.01",
                "--exit", "0.002", "--capital", "50000", "--spot-slippage-bps", "3", "--derivative-slippage-bps", "4",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        BacktestResult direct = Backtest.of(50_000).withSlippageBasisPoints(3, 4).run(BacktestData.perpetual(
                f.column("level"), f.column("p"), TimeSeries.empty(), Settlement.INVERSE),
                Strategies.cashAndCarry(0.01, 0.002));
        assertSameResult(r.json(), direct);
    }

    @Test
    void everyRateOfTheSpotLegIsAnOption_andBadUnitsAreRefused() {
        SeriesFrame f = series();
        BacktestData data = BacktestData.perpetual(f.column("level"), f.column("p"), TimeSeries.empty(), Settlement.LINEAR);
        CliTestSupport.Run r = run("backtest", "--input", SERIES, "--time-column", "time", "--spot", "level",
                "--perp", "p", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0.002", "--capital", "50000",
                "--financing-rate", "0.05", "--coin-borrow-rate", "0.09", "--cash-lend-rate", "0.03", "--coin-yield", "0.01",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        TradingCosts costs = TradingCosts.builder().cashBorrowRate(0.05).coinBorrowRate(0.09).cashLendRate(0.03)
                .coinYield(0.01).build();
        BacktestResult direct = Backtest.of(50_000).withCosts(costs).run(data, Strategies.cashAndCarry(0.01, 0.002));
        assertThat(direct.trades()).extracting(Trade::position).contains(Position.CARRY, Position.REVERSE);
        assertSameResult(r.json(), direct);
        // 600 bp of slippage (6% a trade) is a units mistake, refused with the option's meaning.
        CliTestSupport.Run bad = run("backtest", "--input", SERIES, "--time-column", "time", "--spot", "level",
                "--perp", "p", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0.002", "--capital", "50000",
                "--spot-slippage-bps", "600");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("spotBasisPoints").contains("600.0").contains("basis points");
    }

    @Test
    void textSummaryAndTradeTable() {
        CliTestSupport.Run r = run("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot",
                "--future", "future", "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01",
                "--exit", "0.003", "--capital", "10000", "--margin", "0.25");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Backtest of cash-and-carry on spot / future, 5 rows, 1 trade")
                .contains("P&L attribution").containsPattern("total +144\\.").contains("Return").contains("1.44%")
                .contains("Sharpe")
                .contains("max drawdown").contains("basis convergence").contains("funding").contains("fees")
                .contains("CARRY").contains("SIGNAL").contains("2026-01-04T00:00:00Z");
        CliTestSupport.Run none = run("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot",
                "--future", "future", "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.5",
                "--exit", "0.003", "--capital", "10000");
        assertThat(none.out()).contains("0 trades").contains("hit rate").doesNotContain("exit reason");
    }

    private static String err(String... args) {
        return run(args).failsWithOneLine().err();
    }

    @Test
    void badInputIsOneLineNamingTheProblem(@TempDir Path dir) throws IOException {
        String[] base = {"backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot", "--capital",
            "10000", "--entry", "0.01", "--exit", "0.003"};
        assertThat(err(with(base, "--future", "future", "--expiry", "2026-01-10", "--strategy", "carry")))
                .contains("--strategy").contains("'carry'");
        assertThat(err("backtest", "--input", FUTURE, "--spot", "spot", "--future", "future", "--expiry",
                "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0", "--capital", "1"))
                .contains("--time-column");
        assertThat(err(with(base, "--strategy", "cash-and-carry"))).contains("either --future");
        assertThat(err(with(base, "--future", "future", "--perp", "future", "--strategy", "cash-and-carry")))
                .contains("either --future");
        assertThat(err(with(base, "--future", "future", "--strategy", "cash-and-carry"))).contains("--expiry");
        assertThat(err(with(base, "--future", "future", "--expiry", "2026-01-10", "--strategy", "funding-carry")))
                .contains("funding-carry needs --perp");
        assertThat(err(with(base, "--future", "future", "--expiry", "2026-01-10", "--funding", "spot", "--strategy",
                "cash-and-carry"))).contains("--funding applies to --perp");
        assertThat(err(with(base, "--perp", "future", "--expiry", "2026-01-10", "--strategy", "cash-and-carry")))
                .contains("--expiry applies to --future");
        assertThat(err(with(base, "--perp", "future", "--strategy", "funding-carry"))).contains("needs --funding");
        assertThat(err(with(base, "--perp", "future", "--funding-interval", "8h", "--strategy", "cash-and-carry")))
                .contains("--funding-interval needs --funding");
        assertThat(err(with(base, "--perp", "spot", "--strategy", "cash-and-carry"))).contains("different columns");
        assertThat(err(with(base, "--future", "nope", "--expiry", "2026-01-10", "--strategy", "cash-and-carry")))
                .contains("column 'nope'").contains("not found");
        assertThat(err("backtest", "--input", "no/such.csv", "--time-column", "time", "--spot", "s", "--perp", "p",
                "--strategy", "cash-and-carry", "--entry", "1", "--exit", "0", "--capital", "1"))
                .contains("input file not found: no/such.csv");
        // Thresholds and settings: the library's message names the argument and value.
        assertThat(err("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot", "--future", "future",
                "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0.02",
                "--capital", "10000")).contains("--strategy cash-and-carry").contains("'exit'");
        assertThat(err("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot", "--future", "future",
                "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0",
                "--capital", "-5")).contains("'capital'").contains("-5");
        assertThat(err("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot", "--future", "future",
                "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0",
                "--capital", "10", "--margin", "1.5")).contains("'initialMarginFraction'").contains("1.5");
        assertThat(err("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot", "--future", "future",
                "--expiry", "2026-01-10", "--strategy", "ou-zscore", "--window", "5", "--entry", "1", "--exit", "0",
                "--capital", "10")).contains("'window'");
        assertThat(err("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot", "--future", "future",
                "--expiry", "2026-01-10", "--strategy", "forecast", "--model", "garch", "--entry", "1", "--exit", "0",
                "--capital", "10")).contains("--model").contains("'garch'");
        assertThat(err("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot", "--future", "future",
                "--expiry", "2026-01-10", "--strategy", "forecast", "--model", "ar:0", "--entry", "1", "--exit", "0",
                "--capital", "10")).contains("--model ar:0");
        assertThat(err("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot", "--future", "future",
                "--expiry", "2026-01-10", "--strategy", "forecast", "--model", "arima:1,9,0", "--entry", "1",
                "--exit", "0", "--capital", "10")).contains("--model arima:1,9,0").contains("'d'");
        assertThat(err("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot", "--future", "future",
                "--expiry", "2026-01-10", "--strategy", "forecast", "--model", "arima:1", "--entry", "1",
                "--exit", "0", "--capital", "10")).contains("arima:p,d,q");
        Path zero = Files.writeString(dir.resolve("zero.csv"),
                "time,spot,future\n2026-01-01T00:00:00Z,100,101\n2026-01-02T00:00:00Z,0,101\n");
        assertThat(err("backtest", "--input", zero.toString(), "--time-column", "time", "--spot", "spot", "--future",
                "future", "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0",
                "--capital", "10")).contains("'spot'").contains("positive");
        Path text = Files.writeString(dir.resolve("text.csv"),
                "time,spot,future\n2026-01-01T00:00:00Z,100,101\n2026-01-02T00:00:00Z,abc,101\n");
        assertThat(err("backtest", "--input", text.toString(), "--time-column", "time", "--spot", "spot", "--future",
                "future", "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0",
                "--capital", "10")).contains("line 3").contains("column 'spot'").contains("abc");
        assertThat(err("backtest", "--input", fixture("empty.csv"), "--time-column", "time", "--spot", "spot",
                "--perp", "p", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0", "--capital", "10"))
                .contains("empty");
    }

    @Test
    void amountsBeyondADoubleAreSaidInTheUsersTerms(@TempDir Path dir) throws IOException {
        // A capital near the largest double: traded notional and fees overflow (the run's checks
        // named 'tradedNotional' and 'fees').
        String huge = err("backtest", "--input", FUTURE, "--time-column", "time", "--spot", "spot", "--future",
                "future", "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0.003",
                "--capital", "1e308", "--margin", "0.25", "--spot-fee-bps", "10");
        assertThat(huge).contains("--capital 1.00000e+308").contains("overflow").contains(FUTURE)
                .doesNotContain("tradedNotional").doesNotContain("'fees'").doesNotContain("Argument");
        // A price jump of 300 orders of magnitude: the returns' volatility is infinite (was
        // "Argument 'annualizedVolatility' must be finite").
        Path jump = Files.writeString(dir.resolve("jump.csv"), "time,spot,future\n2026-01-01T00:00:00Z,100,102\n"
                + "2026-01-02T00:00:00Z,100,1e300\n2026-01-03T00:00:00Z,100,101\n2026-01-04T00:00:00Z,100,100.2\n");
        String vol = err("backtest", "--input", jump.toString(), "--time-column", "time", "--spot", "spot", "--future",
                "future", "--expiry", "2026-01-10", "--strategy", "cash-and-carry", "--entry", "0.01", "--exit", "0.003",
                "--capital", "10000", "--margin", "0.25");
        assertThat(vol).contains("overflow").contains(jump.toString()).contains("check the prices")
                .doesNotContain("annualizedVolatility").doesNotContain("Argument");
    }

    @Test
    void aFundingRateInPercentIsRefusedNamingItsRow(@TempDir Path dir) throws IOException {
        // 0.5 per 8 h (a 0.5% rate written in percent) is 6.25% an hour, above FundingRate's
        // 5%-an-hour bound: refused with the file and the row's time, before any FundingRate is built.
        Path pct = Files.writeString(dir.resolve("pct.csv"), "time,spot,perp,funding\n"
                + "2026-01-01T00:00:00Z,100,100.05,\n2026-01-01T08:00:00Z,100,100.05,0.05\n"
                + "2026-01-01T16:00:00Z,100,100.05,0.5\n2026-01-02T00:00:00Z,100,100.05,0.01\n");
        String[] base = {"backtest", "--input", pct.toString(), "--time-column", "time", "--spot", "spot", "--perp",
            "perp", "--funding", "funding", "--strategy", "funding-carry", "--entry", "0.0003", "--exit", "0.0002",
            "--capital", "10000"};
        for (String[] args : List.of(base, with(base, "--funding-interval", "8h"))) {
            assertThat(err(args)).contains(pct + ", the row at 2026-01-01T16:00:00Z: funding rate 0.5")
                    .contains("per 8h is above 5").contains("percent");
        }
        // 0.05 per 1 h is 5% an hour, at the bound: accepted; 0.06 per 1 h is not.
        Path hourly = Files.writeString(dir.resolve("hourly.csv"), "time,spot,perp,funding\n"
                + "2026-01-01T00:00:00Z,100,100.05,0.05\n2026-01-01T01:00:00Z,100,100.05,0.06\n");
        assertThat(err("backtest", "--input", hourly.toString(), "--time-column", "time", "--spot", "spot", "--perp",
                "perp", "--funding", "funding", "--funding-interval", "1h", "--strategy", "funding-carry", "--entry",
                "0.0003", "--exit", "0.0002", "--capital", "10000"))
                .contains(hourly + ", the row at 2026-01-01T01:00:00Z: funding rate 0.06");
    }

    private static String[] with(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }
}
