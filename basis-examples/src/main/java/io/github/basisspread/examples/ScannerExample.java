package io.github.basisspread.examples;

import io.github.basisspread.core.arbitrage.CashAndCarry;
import io.github.basisspread.core.arbitrage.FundingAssumption;
import io.github.basisspread.core.arbitrage.FundingCarry;
import io.github.basisspread.core.arbitrage.OpportunityEvaluation;
import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.TradingCosts;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scanner: every carry trade on offer, evaluated net of spreads, fees and financing, ranked by
 * annualized net return on capital.
 *
 * <p>A desk quotes BTC spot and five derivatives across venues: three dated futures (held to
 * expiry: buy spot at the ask, sell the future at the bid) and two perpetuals (held 30 days
 * at their current funding rate). Each trade is sized at $1m, pays taker fees of 5 bp on spot and
 * 4 bp on the derivative, borrows cash at 5.3% a year and posts 10% initial margin; its capital is
 * the spot outlay plus that margin. A gross basis that looks rich can rank low once the spread,
 * two fees and the cost of money are paid, and a short-dated future's annualized figure
 * magnifies every basis point. The quotes are illustrative, not market data (this is what
 * {@code basis scan} does from a CSV).
 *
 * <p>Run it with {@code ./basis example scanner}.
 */
public final class ScannerExample {

    /** The entry time of every trade. */
    public static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

    /** The size of every trade in dollars at the spot mid. */
    public static final double NOTIONAL = 1_000_000.0;

    /** Initial margin on the derivative, as a fraction of its notional. */
    public static final double MARGIN = 0.10;

    private ScannerExample() {
    }

    /**
     * One evaluated trade.
     *
     * @param name the derivative's name
     * @param evaluation the trade's P&amp;L and return, net of every cost
     */
    public record Opportunity(String name, OpportunityEvaluation evaluation) {
    }

    /**
     * What the scanner finds.
     *
     * @param spot the spot quote
     * @param costs the costs applied to every trade
     * @param ranked the trades, best annualized net return first
     */
    public record Result(BidAsk spot, TradingCosts costs, List<Opportunity> ranked) {

        /**
         * Copies the list.
         *
         * @param spot the spot quote
         * @param costs the costs
         * @param ranked the ranked trades
         */
        public Result {
            ranked = List.copyOf(ranked);
        }

        /**
         * One trade by name.
         *
         * @param name the derivative's name
         * @return its evaluation
         * @throws IllegalArgumentException if no trade has that name
         */
        public OpportunityEvaluation get(String name) {
            return ranked.stream().filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Argument 'name' must name a trade but is '"
                            + name + "'")).evaluation();
        }
    }

    /**
     * Runs the scanner.
     *
     * @return the ranked trades
     */
    public static Result run() {
        BidAsk spot = BidAsk.of(61_995.0, 62_005.0);
        TradingCosts costs = TradingCosts.builder()
                .spotFees(FeeSchedule.ofBasisPoints(2, 5))
                .derivativeFees(FeeSchedule.ofBasisPoints(1, 4))
                .cashRate(0.053)
                .coinBorrowRate(0.02)
                .coinYield(0.0)
                .build();
        List<Opportunity> found = new ArrayList<>();
        found.add(future("Binance quarterly Mar-24", spot, 62_475, 62_485, "2024-03-29T08:00:00Z", costs));
        found.add(future("OKX quarterly Jun-24", spot, 63_940, 63_960, "2024-06-28T08:00:00Z", costs));
        found.add(future("Deribit quarterly Sep-24", spot, 65_280, 65_320, "2024-09-27T08:00:00Z", costs));
        // 0.01% per 8 h is 10.95% a year; 0.0015% per hour is 13.14% a year.
        found.add(perpetual("Bybit perpetual", spot, 62_020, 62_030, 0.0001, Duration.ofHours(8), costs));
        found.add(perpetual("Hyperliquid perpetual", spot, 62_040, 62_050, 0.000015, Duration.ofHours(1), costs));
        // Best first: the annualized net return on capital is what the trades compete on.
        found.sort(Comparator.comparingDouble((Opportunity o) -> o.evaluation().annualizedReturnOnCapital())
                .reversed());
        return new Result(spot, costs, found);
    }

    private static Opportunity future(String name, BidAsk spot, double bid, double ask, String expiry,
            TradingCosts costs) {
        return new Opportunity(name, CashAndCarry.builder().spot(spot).future(BidAsk.of(bid, ask)).costs(costs)
                .notional(NOTIONAL).initialMarginFraction(MARGIN).valuationTime(NOW).expiry(Instant.parse(expiry))
                .build().holdToExpiry());
    }

    private static Opportunity perpetual(String name, BidAsk spot, double bid, double ask, double rate,
            Duration interval, TradingCosts costs) {
        return new Opportunity(name, FundingCarry.builder().spot(spot).perpetual(BidAsk.of(bid, ask)).costs(costs)
                .funding(FundingAssumption.perInterval(rate, interval)).notional(NOTIONAL).initialMarginFraction(MARGIN)
                .horizon(Duration.ofDays(30)).build().evaluate());
    }

    /**
     * Prints the ranking.
     *
     * @param r the result of {@link #run()}
     * @param out where to print
     */
    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "Carry trades on BTC at %s, spot %,.0f / %,.0f, $%,.0f each (illustrative quotes)%n",
                NOW, r.spot().bid(), r.spot().ask(), NOTIONAL);
        out.println("trade                       days      gross    funding      costs        net   net/yr");
        for (Opportunity o : r.ranked()) {
            OpportunityEvaluation e = o.evaluation();
            out.printf(Locale.ROOT, "%-24s %7.1f %10.2f %10.2f %10.2f %10.2f %7.2f%%%n", o.name(),
                    e.yearFraction() * 365, e.grossPnl(), e.fundingIncome(), e.totalCosts(), e.netPnl(),
                    100 * e.annualizedReturnOnCapital());
        }
    }

    /**
     * Runs the scanner and prints the ranking.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(run(), System.out);
    }
}
