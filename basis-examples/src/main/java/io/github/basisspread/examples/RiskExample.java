package io.github.basisspread.examples;

import io.github.basisspread.core.funding.FundingFormula;
import io.github.basisspread.core.funding.FundingFormulas;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.instrument.PerpetualSwap;
import io.github.basisspread.core.instrument.Spot;
import io.github.basisspread.core.instrument.Venue;
import io.github.basisspread.core.margin.BinanceMargin;
import io.github.basisspread.core.margin.MarginTiers;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.models.risk.Book;
import io.github.basisspread.models.risk.EwmaVolatility;
import io.github.basisspread.models.risk.GarchVolatility;
import io.github.basisspread.models.risk.IncrementalVar;
import io.github.basisspread.models.risk.MarginPlan;
import io.github.basisspread.models.risk.MarginReport;
import io.github.basisspread.models.risk.MarginTerms;
import io.github.basisspread.models.risk.Position;
import io.github.basisspread.models.risk.Quotes;
import io.github.basisspread.models.risk.RiskEstimate;
import io.github.basisspread.models.risk.Scenario;
import io.github.basisspread.models.risk.ScenarioRevaluation;
import io.github.basisspread.models.risk.Shock;
import io.github.basisspread.models.risk.ShockType;
import io.github.basisspread.models.risk.StressResult;
import io.github.basisspread.models.risk.StressTests;
import io.github.basisspread.models.risk.ValueAtRisk;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Risk of a delta-neutral funding-carry book across two venues: its VaR and expected shortfall by
 * every method, a stress table and the distance of each short leg to liquidation.
 *
 * <p>The book: 2 BTC bought spot on Binance, hedged by 1 BTC short of the Binance USD-M BTCUSDT
 * perpetual (isolated, 3x, Binance's published BTCUSDT brackets) and 1 BTC short of a Hyperliquid
 * BTC perpetual (cross margin, a 40,000 USDC wallet, 10x; the flat 1.25% maintenance rate used
 * there is an assumption of this example, not a published table). The shorts earn funding while
 * longs pay. History: 2,000 hours of a seeded simulation (spot moving 0.6% an hour with one crash
 * day, each perpetual's relative basis an AR(1), Binance funding every 8 h and Hyperliquid's
 * hourly). Stablecoins are taken at par.
 *
 * <p>What it shows: spot risk is hedged away (the 99% hourly VaR is a few basis points of the
 * book), what remains is basis and funding risk, and the trade's real danger is elsewhere: the
 * rally that liquidates a short leg while the spot gain sits on another venue.
 *
 * <p>Run it with {@code ./basis example risk}.
 */
public final class RiskExample {

    /** The valuation instant. */
    public static final Instant TODAY = Instant.parse("2025-03-01T00:00:00Z");

    /** Hours of history (one scenario each). */
    public static final int HOURS = 2_000;

    /** Spot BTC on Binance. */
    public static final Spot SPOT = Spot.of("BTCUSDT", "BTC", "USDT", Venue.BINANCE);

    /** The Binance USD-M perpetual, 0.001 BTC a contract. */
    public static final PerpetualSwap BINANCE_PERP = PerpetualSwap.linear("BTCUSDT-PERP", "BTC", "USDT",
            Venue.BINANCE, 0.001, FundingSchedule.binance8h());

    /** The Hyperliquid perpetual, 0.001 BTC a contract, margined in USDC. */
    public static final PerpetualSwap HYPERLIQUID_PERP = PerpetualSwap.linear("BTC-HL", "BTC", "USDC",
            Venue.HYPERLIQUID, 0.001, FundingSchedule.hyperliquid());

    /** The isolated leverage of the Binance leg. */
    public static final double BINANCE_LEVERAGE = 3;

    /** The wallet of the Hyperliquid cross account, USDC. */
    public static final double HYPERLIQUID_WALLET = 40_000;

    /** The maintenance margin rate assumed on Hyperliquid. */
    public static final double HYPERLIQUID_MMR = 0.0125;

    /**
     * Everything the example computes.
     *
     * @param book the book
     * @param today today's quotes
     * @param history the hourly history
     * @param estimates VaR and ES at 99% of the hourly P&amp;L by each method
     * @param dailyHistorical the 99% VaR and ES of 24-hour windows by historical simulation
     * @param stress the stress table
     * @param margin the margin and liquidation report
     * @param hedgeMore the incremental VaR of shorting 0.5 BTC more on Binance
     */
    public record Result(Book book, Quotes today, List<Quotes> history, List<RiskEstimate> estimates,
            RiskEstimate dailyHistorical, List<StressResult> stress, MarginReport margin, IncrementalVar hedgeMore) {
    }

    private RiskExample() {
    }

    /**
     * The seeded hourly history; the last row is at {@link #TODAY}.
     *
     * @return {@value #HOURS} + 1 snapshots
     */
    public static List<Quotes> history() {
        Random r = new Random(20_261_205L);
        List<Quotes> rows = new ArrayList<>(HOURS + 1);
        double spot = 85_000;
        double basisBinance = 0.0004;
        double basisHl = 0.0003;
        double rateBinance = 0.0001;
        double rateHl = 0.0000125;
        for (int i = 0; i <= HOURS; i++) {
            Instant t = TODAY.minus(Duration.ofHours(HOURS - i));
            boolean crash = i >= 1_200 && i < 1_224;
            spot *= Math.exp((crash ? -0.006 : 0.0001) + 0.006 * r.nextGaussian() * (crash ? 2 : 1));
            basisBinance = 0.0004 + 0.9 * (basisBinance - 0.0004) + 0.0003 * r.nextGaussian() - (crash ? 0.0003 : 0);
            basisHl = 0.0003 + 0.9 * (basisHl - 0.0003) + 0.0004 * r.nextGaussian() - (crash ? 0.0004 : 0);
            rateBinance = 0.0001 + 0.95 * (rateBinance - 0.0001) + 0.00003 * r.nextGaussian() - (crash ? 0.00005 : 0);
            rateHl = 0.0000125 + 0.95 * (rateHl - 0.0000125) + 0.000004 * r.nextGaussian();
            rows.add(Quotes.at(t).spot("BTC", spot).price(BINANCE_PERP.symbol(), spot * (1 + basisBinance))
                    .price(HYPERLIQUID_PERP.symbol(), spot * (1 + basisHl))
                    .funding(BINANCE_PERP.symbol(), FundingRate.of(rateBinance, Duration.ofHours(8), t))
                    .funding(HYPERLIQUID_PERP.symbol(), FundingRate.of(rateHl, Duration.ofHours(1), t)).build());
        }
        return rows;
    }

    /**
     * The book, entered a week before {@link #TODAY} at the prices of that hour.
     *
     * @param history the history
     * @return the book
     */
    public static Book book(List<Quotes> history) {
        Quotes entry = history.get(HOURS - 7 * 24);
        return Book.builder()
                .add(SPOT, 2, entry.spot("BTC"), entry.time())
                .add(BINANCE_PERP, -1_000, entry.price(BINANCE_PERP.symbol()), entry.time())
                .add(HYPERLIQUID_PERP, -1_000, entry.price(HYPERLIQUID_PERP.symbol()), entry.time())
                .build();
    }

    /**
     * How the legs are margined: Binance isolated at 3x on its published BTCUSDT brackets,
     * Hyperliquid cross at 10x on an assumed flat 1.25%.
     *
     * @return the plan
     */
    public static MarginPlan marginPlan() {
        return MarginPlan.builder()
                .terms(BINANCE_PERP.symbol(), MarginTerms.isolated(BinanceMargin.btcUsdtPerpetual(), BINANCE_LEVERAGE))
                .terms(HYPERLIQUID_PERP.symbol(), MarginTerms.cross(MarginTiers.flat(40, HYPERLIQUID_MMR), 10))
                .wallet(Venue.HYPERLIQUID, "USDC", HYPERLIQUID_WALLET)
                .build();
    }

    /**
     * Today's quotes (the last row of the history) with each perpetual's past settlements: the rows
     * of the history at its funding times (Binance 00/08/16 UTC, Hyperliquid every hour), so that
     * the funding the shorts earned since entry is accrued.
     *
     * @param history the history
     * @return today's quotes
     */
    public static Quotes withSettlements(List<Quotes> history) {
        Quotes.Builder today = history.get(HOURS).toBuilder();
        for (PerpetualSwap perp : List.of(BINANCE_PERP, HYPERLIQUID_PERP)) {
            List<FundingRate> settlements = new ArrayList<>();
            for (Quotes row : history.subList(0, HOURS)) {
                if (perp.fundingCount(row.time(), row.time().plusNanos(1)) == 1) {
                    settlements.add(row.fundingRate(perp.symbol()).orElseThrow());
                }
            }
            today.fundingHistory(perp.symbol(), settlements);
        }
        return today.build();
    }

    /**
     * Computes everything.
     *
     * @return the result
     */
    public static Result run() {
        List<Quotes> history = history();
        Quotes today = withSettlements(history);
        Book book = book(history);
        ScenarioRevaluation hourly = ScenarioRevaluation.historical(book, today, history, 1);
        double[] pnl = hourly.scenarioPnl();
        double level = 0.99;
        List<RiskEstimate> estimates = List.of(ValueAtRisk.historical(pnl, level),
                ValueAtRisk.filteredHistorical(pnl, level, EwmaVolatility.riskMetrics()),
                ValueAtRisk.filteredHistorical(pnl, level, GarchVolatility.garch11()),
                ValueAtRisk.normal(pnl, level), ValueAtRisk.studentT(pnl, level), ValueAtRisk.cornishFisher(pnl, level));
        RiskEstimate daily = ScenarioRevaluation.historical(book, today, history, 24).valueAtRisk(level);

        Map<String, FundingFormula> formulas = Map.of(
                BINANCE_PERP.symbol(), FundingFormulas.documented(Venue.BINANCE, "BTCUSDT").orElseThrow(),
                HYPERLIQUID_PERP.symbol(), FundingFormulas.documented(Venue.HYPERLIQUID, "BTC").orElseThrow());
        List<StressResult> stress = new ArrayList<>();
        stress.add(StressTests.basisCollapse(book, today));
        stress.add(StressTests.fundingAtCap(book, today, formulas, 3, false));
        stress.add(StressTests.venueHalt(book, today, Venue.BINANCE, 0.2, -0.1));
        stress.add(StressTests.venueHalt(book, today, Venue.HYPERLIQUID, 0.2, 0.1));
        stress.add(StressTests.userDefined(book, today, Scenario.of("crash: spot -30%, perpetuals 1% under spot",
                Shock.of(ShockType.SPOT, "BTC", -0.30), Shock.of(ShockType.BASIS, BINANCE_PERP.symbol(), -0.01),
                Shock.of(ShockType.BASIS, HYPERLIQUID_PERP.symbol(), -0.01))));
        stress.addAll(StressTests.worstHistoricalWindows(book, today, history, 24, 2));

        MarginReport margin = marginPlan().analyse(book, today);
        IncrementalVar more = hourly.whatIf(Position.of(BINANCE_PERP, -500, today.price(BINANCE_PERP.symbol()), TODAY),
                level);
        return new Result(book, today, history, estimates, daily, List.copyOf(stress), margin, more);
    }

    /**
     * Prints the result.
     *
     * @param r the result
     * @param out where to print
     */
    public static void print(Result r, PrintStream out) {
        out.println(r.book());
        out.println();
        out.println(r.book().markToMarket(r.today()).summary());
        out.println();
        out.printf(java.util.Locale.ROOT, "VaR and ES at 99%% of the hourly P&L, %d scenarios (book notional %.0f USD)%n",
                HOURS, 2 * r.today().spot("BTC"));
        for (RiskEstimate e : r.estimates()) {
            out.println("  " + e);
        }
        out.println("  24-hour windows: " + r.dailyHistorical());
        out.println("  what if 0.5 BTC more is shorted on Binance: " + r.hedgeMore());
        out.println();
        out.println("Stress scenarios (P&L in USD)");
        for (StressResult s : r.stress()) {
            out.println("  " + s);
        }
        out.println();
        out.println(r.margin().summary());
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(run(), System.out);
    }
}
