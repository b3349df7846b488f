package io.github.basisspread.cli;

import io.github.basisspread.cli.internal.Json;
import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.arima.ArimaSpec;
import io.github.basisspread.models.backtest.Backtest;
import io.github.basisspread.models.backtest.BacktestData;
import io.github.basisspread.models.backtest.BacktestResult;
import io.github.basisspread.models.backtest.BasisStrategy;
import io.github.basisspread.models.backtest.Decision;
import io.github.basisspread.models.evaluation.Forecaster;
import io.github.basisspread.models.evaluation.Forecasters;
import io.github.basisspread.models.backtest.PerformanceMetrics;
import io.github.basisspread.models.backtest.PnlAttribution;
import io.github.basisspread.models.backtest.Strategies;
import io.github.basisspread.models.backtest.Trade;
import io.github.basisspread.core.series.AlignedPair;
import io.github.basisspread.core.series.Alignment;
import io.github.basisspread.data.csv.SeriesFrame;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basis backtest}: an event-driven backtest of a basis strategy on spot and derivative prices. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Backtest a basis trade on a CSV of spot and derivative prices: a dated future (--future with "
                + "its --expiry) or a perpetual (--perp, with its --funding settlements). At each row the position "
                + "is marked, funding and the spot leg's carry accrue, forced exits apply (expiry, --stop-loss, end of data), "
                + "then the strategy decides on the data up to that row only and trades at that row's prices "
                + "with the whole equity (spot notional N with N (1 + margin + costs) = equity, the derivative "
                + "hedging the spot's coin quantity).",
            "Strategies and the meaning of --entry/--exit: cash-and-carry (relative basis F/S - 1: carry at "
                    + ">= entry, reverse at <= -entry, close at |basis| <= exit); funding-carry (the last settled "
                    + "funding rate per interval, same thresholds); ou-zscore (z-score of the basis under an "
                    + "Ornstein-Uhlenbeck fit to the last --window rows); forecast (the expected change of the basis "
                    + "--horizon rows ahead by --model fitted to the last --window rows: carry when it is <= "
                    + "-entry, reverse when >= entry, close when |change| <= exit).",
            "Units: fees and slippage in basis points (the -bps options), rates as continuously compounded annual "
                    + "decimals (0.05 = 5%), the margin and the stop as fractions of notional.",
            "Needs --time-column: the times drive the expiry, funding, financing (ACT/365F) and the annualized "
                    + "measures. A progress bar is drawn on stderr when it is a terminal.",
            "Funding rows are payments only at settlements: without --funding-interval(-column), rates present at "
                    + "rows less than 8 h apart are refused as possible snapshots. Prices and funding may come from "
                    + "separate files (--spot-input, --derivative-input, --funding-input). Every row left out or "
                    + "shifted is reported in the output."})
final class BacktestCommand implements Callable<Integer> {

    /** The strategies. */
    enum StrategyKind {
        CASH_AND_CARRY("cash-and-carry"), FUNDING_CARRY("funding-carry"), OU_ZSCORE("ou-zscore"),
        FORECAST("forecast");

        final String label;

        StrategyKind(String label) {
            this.label = label;
        }

        static StrategyKind parse(String value) {
            for (StrategyKind k : values()) {
                if (k.label.equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of cash-and-carry, "
                    + "funding-carry, ou-zscore, forecast");
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = "--spot", required = true, paramLabel = "COLUMN", description = "The spot price column.")
    String spot;

    @Option(names = "--future", paramLabel = "COLUMN", description = "A dated future's price column (with --expiry).")
    String future;

    @Option(names = "--expiry", converter = Parsing.InstantConverter.class, paramLabel = "WHEN",
            description = "The future's expiry: 2026-12-25 (08:00 UTC) or an ISO instant.")
    Instant expiry;

    @Option(names = "--perp", paramLabel = "COLUMN", description = "A perpetual's mark price column.")
    String perp;

    @Option(names = "--funding", paramLabel = "COLUMN",
            description = "With --perp: the funding rate settled at each row (decimal per interval, positive when "
                    + "longs pay); an empty cell is no settlement.")
    String funding;

    @Option(names = "--funding-interval", converter = Parsing.DurationConverter.class, paramLabel = "DURATION",
            description = "With --funding: the rates are snapshots; keep those at settlements, the times that are "
                    + "whole multiples of this interval since the epoch (8h: 00:00, 08:00, 16:00 UTC).")
    Duration fundingInterval;

    @Option(names = "--funding-interval-column", paramLabel = "COLUMN",
            description = "With --funding: a column of each row's funding interval in --interval-unit (INTERVAL_MS) "
                    + "or as durations with a unit (8h, 480m); the rows at settlements of their interval are kept.")
    String fundingIntervalColumn;

    @Option(names = "--interval-unit", defaultValue = "auto", paramLabel = "UNIT",
            description = "Unit of --funding-interval-column: hours, minutes, seconds, ms or auto (default "
                    + "${DEFAULT-VALUE}: up to 168 hours, multiples of 60000 ms, multiples of 60 s).")
    String intervalUnit;

    @Option(names = "--spot-input", paramLabel = "FILE",
            description = "A file of spot prices instead of a column of --input (with --derivative-input).")
    Path spotInput;

    @Option(names = "--derivative-input", paramLabel = "FILE",
            description = "A file of the future's or perpetual's prices instead of a column of --input.")
    Path derivativeInput;

    @Option(names = "--funding-input", paramLabel = "FILE",
            description = "A file holding the --funding column (and --funding-interval-column), same --time-column.")
    Path fundingInput;

    @Option(names = "--max-staleness", defaultValue = "PT0S", converter = Parsing.StalenessConverter.class,
            paramLabel = "DURATION",
            description = "Two price files: the oldest spot price paired with a derivative row (default 0: equal "
                    + "times).")
    Duration maxStaleness;

    @Option(names = "--time-label", defaultValue = "auto", paramLabel = "LABEL",
            description = "open: row times are bar opening times (klines), so a close, high or low is known one bar "
                    + "later and is used then; close: row times are the times of the values; auto (default): open "
                    + "when a chosen column is named like a bar's close (CLOSE), else close.")
    String timeLabel;

    @Option(names = "--bar", converter = Parsing.DurationConverter.class, paramLabel = "DURATION",
            description = "Bar length for --time-label open (default: the most common gap between rows).")
    Duration bar;

    @Option(names = "--settlement", defaultValue = "linear", paramLabel = "KIND",
            description = "linear (quantity in coin, P&L in the quote) or inverse (USD face, P&L in coin); default "
                    + "${DEFAULT-VALUE}.")
    Settlement settlement;

    @Option(names = "--strategy", required = true, converter = StrategyConverter.class, paramLabel = "NAME",
            description = "cash-and-carry, funding-carry, ou-zscore or forecast.")
    StrategyKind strategy;

    @Option(names = "--entry", required = true, paramLabel = "X", description = "The entry threshold, positive.")
    double entry;

    @Option(names = "--exit", required = true, paramLabel = "Y", description = "The exit threshold, in [0, entry).")
    double exit;

    @Option(names = "--window", defaultValue = "60", paramLabel = "N",
            description = "ou-zscore and forecast: rows fitted at each decision (default ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--horizon", defaultValue = "1", paramLabel = "H",
            description = "forecast: steps ahead (default ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--model", defaultValue = "ar:1", paramLabel = "MODEL",
            description = "forecast: random-walk, local-level, ar1-noise, ar:P (OLS autoregression with intercept) or "
                    + "arima:p,d,q (with a mean when d = 0); default ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--capital", required = true, paramLabel = "AMOUNT",
            description = "The initial capital in the quote currency.")
    double capital;

    @Option(names = "--spot-fee-bps", defaultValue = "0", paramLabel = "BP",
            description = "Spot (taker) fee per trade, basis points of notional, at most 500 (default ${DEFAULT-VALUE}).")
    double spotFeeBps;

    @Option(names = "--derivative-fee-bps", defaultValue = "0", paramLabel = "BP",
            description = "Derivative (taker) fee per trade, basis points of notional, at most 500 (default "
                    + "${DEFAULT-VALUE}).")
    double derivativeFeeBps;

    @Option(names = "--spot-slippage-bps", defaultValue = "0", paramLabel = "BP",
            description = "Spot slippage per trade, basis points of notional, at most 500 (default ${DEFAULT-VALUE}).")
    double spotSlippageBps;

    @Option(names = "--derivative-slippage-bps", defaultValue = "0", paramLabel = "BP",
            description = "Derivative slippage per trade, basis points of notional, at most 500 (default "
                    + "${DEFAULT-VALUE}).")
    double derivativeSlippageBps;

    @Option(names = "--margin", defaultValue = "0.1", paramLabel = "FRACTION",
            description = "Initial margin of the derivative leg, a fraction of its notional in (0, 1] (default "
                    + "${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--financing-rate", defaultValue = "0", paramLabel = "RATE",
            description = "Annual rate paid to finance a long spot leg (cash borrow), a continuously compounded "
                    + "decimal: 0.05 = 5% (default ${DEFAULT-VALUE}).")
    double financingRate;

    @Option(names = "--coin-borrow-rate", paramLabel = "RATE",
            description = "Annual rate paid, in coin, to borrow the short spot leg of a reverse trade, a continuously "
                    + "compounded decimal (default: --financing-rate).")
    Double coinBorrowRate;

    @Option(names = "--cash-lend-rate", defaultValue = "0", paramLabel = "RATE",
            description = "Annual rate the proceeds of a short spot leg earn, a continuously compounded decimal "
                    + "(default ${DEFAULT-VALUE}).")
    double cashLendRate;

    @Option(names = "--coin-yield", defaultValue = "0", paramLabel = "RATE",
            description = "Annual yield of the coins of a long spot leg (staking, lending), a continuously compounded "
                    + "decimal (default ${DEFAULT-VALUE}).")
    double coinYield;

    @Option(names = "--stop-loss", paramLabel = "FRACTION",
            description = "Close a trade once its loss reaches this fraction of its notional.")
    Double stopLoss;

    @Override
    public Integer call() {
        BacktestData data = data();
        BasisStrategy rule = strategy();
        Backtest backtest = backtest();
        BacktestResult result;
        PrintWriter err = spec.commandLine().getErr();
        try (Progress progress = Progress.onConsole(err, "backtesting", "rows", data.size())) {
            // The backtest asks the strategy once per row: counting the calls counts the rows done.
            BasisStrategy counted = (view, position) -> {
                Decision d = rule.decide(view, position);
                progress.step();
                return d;
            };
            result = backtest.run(data, counted);
        } catch (IllegalArgumentException e) {
            throw overflow(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (in.format == Format.json) {
            Map<String, Object> o = json(strategy.label, data.size(), result);
            o.put("notes", new ArrayList<Object>(notes));
            out.println(Json.write(o));
        } else {
            printText(out, result);
        }
        return BasisCli.EXIT_OK;
    }

    /**
     * A failure of the run itself, said in the user's terms: the run's checks name its internal
     * amounts (traded notional, fees, the volatility of the returns), which a value beyond the
     * range of a double (a capital near 1e308, a price jump of hundreds of orders of magnitude)
     * turns infinite or undefined.
     */
    private UserException overflow(IllegalArgumentException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Infinity") || m.contains("NaN")) {
            return new UserException("the backtest's amounts overflow (a notional, fee, P&L or return beyond the "
                    + "range of a double): --capital " + Text.num(capital) + " or the prices of " + inputName()
                    + " are too large or jump too far between rows; use a smaller --capital or check the prices");
        }
        return new UserException(m);
    }

    private String inputName() {
        return in.input != null ? in.input.toString() : spotInput + " and " + derivativeInput;
    }

    /** How far the funding rows were moved to their bars' ends (zero if not), to name a row by its file time. */
    private Duration fundingShift = Duration.ZERO;
    /** Whether the funding interval column was written as durations with a unit (8h): then read in ms. */
    private boolean intervalDurations;

    /** What was left out, shifted or detected while preparing the data, for the output. */
    private final List<String> notes = new ArrayList<>();

    private BacktestData data() {
        if (in.timeColumn == null) {
            throw new UserException("backtest needs --time-column: the times drive the expiry, funding, financing and "
                    + "the annualized measures");
        }
        if ((future == null) == (perp == null)) {
            throw new UserException("give either --future COLUMN (with --expiry) or --perp COLUMN (with --funding)");
        }
        boolean intervalGiven = fundingInterval != null || fundingIntervalColumn != null;
        if (fundingInterval != null && fundingIntervalColumn != null) {
            throw new UserException("give --funding-interval or --funding-interval-column, not both");
        }
        if (future != null) {
            if (expiry == null) {
                throw new UserException("--future needs --expiry (the dated future's expiry)");
            }
            if (funding != null || intervalGiven || fundingInput != null) {
                throw new UserException("--funding applies to --perp, not to a dated future");
            }
            if (strategy == StrategyKind.FUNDING_CARRY) {
                throw new UserException("--strategy funding-carry needs --perp and --funding");
            }
        } else {
            if (expiry != null) {
                throw new UserException("--expiry applies to --future, not to a perpetual");
            }
            if (funding == null && (strategy == StrategyKind.FUNDING_CARRY || intervalGiven || fundingInput != null)) {
                throw new UserException((fundingInterval != null ? "--funding-interval"
                        : fundingIntervalColumn != null ? "--funding-interval-column"
                        : fundingInput != null ? "--funding-input" : "--strategy funding-carry")
                        + " needs --funding COLUMN");
            }
        }
        String derivative = future != null ? future : perp;
        boolean twoFiles = spotInput != null || derivativeInput != null;
        if (twoFiles && (spotInput == null || derivativeInput == null)) {
            throw new UserException("give both --spot-input and --derivative-input, or neither (one --input)");
        }
        if (twoFiles && in.input != null) {
            throw new UserException("give --input, or --spot-input with --derivative-input, not both");
        }
        if (!twoFiles && (derivative.equals(spot) || spot.equals(funding) || derivative.equals(funding))) {
            throw new UserException("--spot, --" + (future != null ? "future" : "perp")
                    + " and --funding must name different columns");
        }
        boolean fundingInFrame = funding != null && fundingInput == null && !twoFiles;
        if (funding != null && fundingInput == null && twoFiles) {
            throw new UserException("with --spot-input and --derivative-input, give the funding file with "
                    + "--funding-input");
        }

        // Prices, and funding when it is a column of the one input file.
        TimeSeries s;
        TimeSeries d;
        TimeSeries rates = TimeSeries.empty();
        TimeSeries intervalRaw = null;
        List<String> labelColumns = new ArrayList<>(List.of(spot, derivative));
        if (!twoFiles) {
            List<String> cols = new ArrayList<>(List.of(spot, derivative));
            if (fundingInFrame) {
                cols.add(funding);
                labelColumns.add(funding);
                if (fundingIntervalColumn != null) {
                    cols.add(fundingIntervalColumn);
                }
            }
            CsvInput.DurationRead read = fundingInFrame && fundingIntervalColumn != null
                    ? CsvInput.readWithDurations(in.input, in.timeColumn, cols, in.zone, fundingIntervalColumn)
                    : new CsvInput.DurationRead(CsvInput.read(in, cols), false);
            intervalDurations = read.durations();
            SeriesFrame frame = read.frame();
            s = frame.column(spot);
            d = frame.column(derivative);
            if (fundingInFrame) {
                rates = frame.column(funding);
                intervalRaw = fundingIntervalColumn == null ? null : frame.column(fundingIntervalColumn);
            }
        } else {
            s = CsvInput.read(spotInput, in.timeColumn, List.of(spot), in.zone).column(spot);
            TimeSeries dRaw = CsvInput.read(derivativeInput, in.timeColumn, List.of(derivative), in.zone)
                    .column(derivative);
            AlignedPair pair = Alignment.asOf(maxStaleness).inner(dRaw, s);
            notes.add("Paired " + pair.size() + " of " + dRaw.size() + " derivative rows (" + derivativeInput.getFileName()
                    + ") with the last spot price (" + spotInput.getFileName() + ") at most "
                    + (maxStaleness.isZero() ? "0 s (equal times)" : DemoFormat.duration(maxStaleness))
                    + " older; left out " + (dRaw.size() - pair.size()) + ".");
            s = pair.right();
            d = pair.left();
        }
        // Rows without both prices cannot be traded: left out and counted.
        int before = s.size();
        TimeSeries both = bothPresent(s, d);
        if (both.size() < before) {
            notes.add("Left out " + (before - both.size()) + " of " + before + " rows with a missing spot or "
                    + derivative + " price.");
            s = on(s, both.epochNanosArray());
            d = on(d, both.epochNanosArray());
        }

        // Bar time labels: a close labelled by its bar's opening time is used at the bar's end.
        RowConventions.TimeLabel label = RowConventions.timeLabel(timeLabel, labelColumns);
        boolean allOpen = labelColumns.stream().allMatch(RowConventions::isOpenColumn);
        Duration shift = label == RowConventions.TimeLabel.OPEN && !allOpen
                ? RowConventions.barLength(s.epochNanosArray(), bar, twoFiles ? spotInput.toString()
                        : in.input.toString())
                : Duration.ZERO;
        if (label == RowConventions.TimeLabel.OPEN || !"auto".equalsIgnoreCase(timeLabel.strip())) {
            notes.add(RowConventions.describeLabel(label, shift, timeLabel.strip().toLowerCase(Locale.ROOT)));
        }
        if (!shift.isZero()) {
            s = RowConventions.shifted(s, shift);
            d = RowConventions.shifted(d, shift);
            if (fundingInFrame) {
                fundingShift = shift;
                rates = RowConventions.shifted(rates, shift);
                intervalRaw = intervalRaw == null ? null : RowConventions.shifted(intervalRaw, shift);
            }
        }
        if (future != null) {
            try {
                return BacktestData.datedFuture(s, d, expiry, settlement);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
        }

        // Funding from its own file, with its own label convention.
        if (fundingInput != null) {
            List<String> cols = fundingIntervalColumn == null ? List.of(funding) : List.of(funding, fundingIntervalColumn);
            CsvInput.DurationRead read = fundingIntervalColumn == null
                    ? new CsvInput.DurationRead(CsvInput.read(fundingInput, in.timeColumn, cols, in.zone), false)
                    : CsvInput.readWithDurations(fundingInput, in.timeColumn, cols, in.zone, fundingIntervalColumn);
            intervalDurations = read.durations();
            SeriesFrame f = read.frame();
            rates = f.column(funding);
            intervalRaw = fundingIntervalColumn == null ? null : f.column(fundingIntervalColumn);
            RowConventions.TimeLabel fl = RowConventions.timeLabel(timeLabel, List.of(funding));
            Duration fshift = fl == RowConventions.TimeLabel.OPEN && !RowConventions.isOpenColumn(funding)
                    ? RowConventions.barLength(rates.epochNanosArray(), bar, fundingInput.toString()) : Duration.ZERO;
            fundingShift = fshift;
            if (!fshift.isZero()) {
                rates = RowConventions.shifted(rates, fshift);
                intervalRaw = intervalRaw == null ? null : RowConventions.shifted(intervalRaw, fshift);
                notes.add("Funding (" + fundingInput.getFileName() + "): " + RowConventions.describeLabel(fl, fshift,
                        timeLabel.strip().toLowerCase(Locale.ROOT)));
            }
        }
        if (funding != null) {
            rates = settlementsOf(rates, intervalRaw);
            // Settlements must fall on price rows to be booked.
            long[] priceTimes = s.epochNanosArray();
            TimeSeries.Builder kept = TimeSeries.builder();
            int off = 0;
            for (int i = 0; i < rates.size(); i++) {
                if (Arrays.binarySearch(priceTimes, rates.epochNanos(i)) >= 0) {
                    kept.add(rates.time(i), rates.value(i));
                } else if (rates.epochNanos(i) >= priceTimes[0] && rates.epochNanos(i) <= priceTimes[priceTimes.length - 1]) {
                    off++;
                }
            }
            rates = kept.build();
            if (off > 0) {
                notes.add("Left out " + off + " funding settlements inside the price period at times with no price row.");
            }
            notes.add(rates.size() + " funding settlements booked.");
        }
        try {
            return BacktestData.perpetual(s, d, rates, settlement);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    /**
     * The funding settlements: rows at settlement times of the stated interval (or per-row interval
     * column), or, without one, the present rates, refused when they are closer than 8 h (they may
     * be snapshots of an 8-hour rate: booking them would pay funding at every row).
     */
    private TimeSeries settlementsOf(TimeSeries rates, TimeSeries intervalRaw) {
        if (fundingInterval == null && intervalRaw == null) {
            TimeSeries present = rates.withoutMissing();
            Duration gap = RowConventions.typicalGap(present.epochNanosArray());
            if (gap != null && gap.compareTo(Duration.ofHours(8)) < 0) {
                throw new UserException("--funding " + funding + " has rates " + DemoFormat.duration(gap) + " apart: "
                        + "snapshots of an 8 h rate are not payments; give --funding-interval (8h keeps the rows at "
                        + "00:00, 08:00, 16:00 UTC; 1h if every row is a settlement) or --funding-interval-column");
            }
            // Each rate is paid for the time since the one before: the typical gap (8 h for one rate).
            Duration each = gap != null ? gap : Duration.ofHours(8);
            for (int i = 0; i < present.size(); i++) {
                DataChecks.requirePlausibleFunding(fundingRow(present, i), present.value(i), each);
            }
            return present;
        }
        double[] ms = new double[rates.size()];
        if (intervalRaw != null) {
            RowConventions.IntervalUnit unit = intervalDurations ? RowConventions.IntervalUnit.MILLISECONDS
                    : RowConventions.intervalUnit(intervalUnit, intervalRaw.valuesArray(), fundingIntervalColumn);
            for (int i = 0; i < ms.length; i++) {
                if (rates.isMissing(i)) {
                    ms[i] = 1;
                    continue;
                }
                ms[i] = RowConventions.interval(intervalRaw.value(i), unit, fundingIntervalColumn,
                        "funding row " + (i + 1) + " (" + rates.time(i) + ")").toNanos() / 1e6;
            }
        } else {
            Arrays.fill(ms, fundingInterval.toMillis());
        }
        for (int i = 0; i < ms.length; i++) {
            if (!rates.isMissing(i)) {
                DataChecks.requirePlausibleFunding(fundingRow(rates, i), rates.value(i),
                        Duration.ofNanos(Math.round(ms[i] * 1e6)));
            }
        }
        TimeSeries settled = BacktestData.settlements(rates, TimeSeries.ofEpochNanos(rates.epochNanosArray(), ms))
                .withoutMissing();
        if (settled.size() < rates.withoutMissing().size()) {
            notes.add("Funding: kept the " + settled.size() + " rates at settlement times (whole multiples of the "
                    + "interval since the epoch, UTC); left out " + (rates.withoutMissing().size() - settled.size())
                    + " snapshots between them.");
        }
        return settled;
    }

    /** The funding file and the time of row {@code i} as written there (before any bar-label shift). */
    private String fundingRow(TimeSeries rates, int i) {
        return (fundingInput != null ? fundingInput : in.input) + ", the row at " + rates.time(i).minus(fundingShift);
    }

    private static TimeSeries bothPresent(TimeSeries a, TimeSeries b) {
        TimeSeries.Builder out = TimeSeries.builder();
        for (int i = 0; i < a.size(); i++) {
            if (!a.isMissing(i) && !b.isMissing(i)) {
                out.add(a.time(i), a.value(i));
            }
        }
        return out.build();
    }

    private static TimeSeries on(TimeSeries s, long[] times) {
        double[] v = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            v[i] = s.value(s.indexAtOrBeforeNanos(times[i]));
        }
        return TimeSeries.ofEpochNanos(times, v);
    }

    private BasisStrategy strategy() {
        try {
            return switch (strategy) {
                case CASH_AND_CARRY -> Strategies.cashAndCarry(entry, exit);
                case FUNDING_CARRY -> Strategies.fundingCarry(entry, exit);
                case OU_ZSCORE -> Strategies.ouZScore(window, entry, exit);
                case FORECAST -> Strategies.forecastThreshold(forecaster(model), window, horizon, entry, exit);
            };
        } catch (IllegalArgumentException e) {
            throw new UserException("--strategy " + strategy.label + ": " + e.getMessage());
        }
    }

    static Forecaster forecaster(String text) {
        String m = text.strip().toLowerCase(Locale.ROOT);
        if (m.equals("random-walk")) {
            return Forecasters.randomWalk();
        }
        if (m.equals("local-level")) {
            return Forecasters.localLevel();
        }
        if (m.equals("ar1-noise")) {
            return Forecasters.ar1PlusNoise();
        }
        if (m.startsWith("ar:")) {
            int[] p = FitArimaCommand.integers(m.substring(3), "--model ar:P", "ar:P", 1);
            try {
                return Forecasters.olsAutoregression(p[0]);
            } catch (IllegalArgumentException e) {
                throw new UserException("--model " + text + ": " + e.getMessage());
            }
        }
        if (m.startsWith("arima:")) {
            int[] o = FitArimaCommand.integers(m.substring(6), "--model arima:p,d,q", "arima:p,d,q", 3);
            try {
                // R's default: the mean is estimated when d = 0.
                return Forecasters.arima(ArimaSpec.of(o[0], o[1], o[2]));
            } catch (IllegalArgumentException e) {
                throw new UserException("--model " + text + ": " + e.getMessage());
            }
        }
        throw new UserException("--model must be random-walk, local-level, ar1-noise, ar:P or arima:p,d,q but is '"
                + text + "'");
    }

    private Backtest backtest() {
        try {
            TradingCosts costs = TradingCosts.builder()
                    .spotFees(FeeSchedule.ofBasisPoints(spotFeeBps, spotFeeBps))
                    .derivativeFees(FeeSchedule.ofBasisPoints(derivativeFeeBps, derivativeFeeBps))
                    .cashBorrowRate(financingRate)
                    .coinBorrowRate(coinBorrowRate == null ? financingRate : coinBorrowRate)
                    .cashLendRate(cashLendRate)
                    .coinYield(coinYield)
                    .build();
            Backtest b = Backtest.of(capital).withCosts(costs)
                    .withSlippageBasisPoints(spotSlippageBps, derivativeSlippageBps).withInitialMarginFraction(margin);
            return stopLoss == null ? b : b.withStopLoss(stopLoss);
        } catch (IllegalArgumentException e) {
            throw new UserException("backtest settings: " + e.getMessage());
        }
    }

    private static Object optional(OptionalDouble x) {
        return x.isPresent() ? x.getAsDouble() : null;
    }

    private static Map<String, Object> attribution(PnlAttribution a) {
        Map<String, Object> o = Json.object();
        o.put("basisConvergence", a.basisConvergence());
        o.put("funding", a.funding());
        o.put("fees", a.fees());
        o.put("financing", a.financing());
        o.put("total", a.total());
        return o;
    }

    static Map<String, Object> json(String strategyName, int rows, BacktestResult r) {
        PerformanceMetrics m = r.metrics();
        Map<String, Object> o = Json.object();
        o.put("strategy", strategyName);
        o.put("rows", rows);
        o.put("initialCapital", r.initialCapital());
        o.put("finalEquity", r.finalEquity());
        o.put("totalPnl", r.attribution().total());
        o.put("totalReturn", r.finalEquity() / r.initialCapital() - 1);
        o.put("annualizedReturn", m.annualizedReturn());
        o.put("annualizedVolatility", m.annualizedVolatility());
        o.put("sharpe", optional(m.sharpe()));
        o.put("sortino", optional(m.sortino()));
        o.put("maxDrawdown", m.maxDrawdown());
        o.put("maxDrawdownDuration", m.maxDrawdownDuration().toString());
        o.put("turnover", m.turnover());
        o.put("hitRate", optional(m.hitRate()));
        o.put("attribution", attribution(r.attribution()));
        o.put("fundingSettlements", r.fundingEvents().size());
        List<Object> trades = new ArrayList<>();
        for (Trade t : r.trades()) {
            Map<String, Object> tr = Json.object();
            tr.put("position", t.position().name());
            tr.put("entryTime", t.entryTime().toString());
            tr.put("exitTime", t.exitTime().toString());
            tr.put("entryBasis", t.entryBasis());
            tr.put("exitBasis", t.exitBasis());
            tr.put("spotQuantity", t.spotQuantity());
            tr.put("derivativeQuantity", t.derivativeQuantity());
            tr.put("notional", t.notional());
            tr.put("margin", t.margin());
            tr.put("pnl", t.pnl().total());
            tr.put("attribution", attribution(t.pnl()));
            tr.put("exitReason", t.exitReason().name());
            trades.add(tr);
        }
        o.put("trades", trades);
        return o;
    }

    private void printText(PrintWriter out, BacktestResult r) {
        out.println("Backtest of " + strategy.label + " on " + spot + " / " + (future != null ? future : perp) + ", "
                + r.equity().size() + " rows, " + r.trades().size() + " trade" + (r.trades().size() == 1 ? "" : "s"));
        out.print(r.summary());
        if (!notes.isEmpty()) {
            out.println();
            for (String note : notes) {
                out.println(note);
            }
        }
    }

    /** Parses {@code --strategy}. */
    static final class StrategyConverter implements picocli.CommandLine.ITypeConverter<StrategyKind> {
        @Override
        public StrategyKind convert(String value) {
            return StrategyKind.parse(value);
        }
    }
}
