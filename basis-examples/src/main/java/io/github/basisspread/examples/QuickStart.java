package io.github.basisspread.examples;

import io.github.basisspread.core.arbitrage.CashAndCarry;
import io.github.basisspread.core.arbitrage.FundingAssumption;
import io.github.basisspread.core.arbitrage.FundingCarry;
import io.github.basisspread.core.arbitrage.OpportunityEvaluation;
import io.github.basisspread.core.basis.AnnualizedBasis;
import io.github.basisspread.core.basis.Basis;
import io.github.basisspread.core.basis.BasisTermStructure;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.basis.TermStructureShape;
import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.NoArbitrageBand;
import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.funding.BinanceFunding;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.time.DayCount;
import io.github.basisspread.core.time.ExpiryRule;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quick start: from a handful of quotes to the numbers a basis trader looks at.
 *
 * <p>Shows the basis of three quarterly BTC futures against spot (absolute, in basis points,
 * annualized simple and continuous), the term structure's shape and its 30/90-day
 * constant-maturity basis, a funding rate from Binance's formula and its APR, and two trades
 * evaluated net of fees, spreads and financing: a cash-and-carry on the front quarterly and a
 * 30-day funding carry against the perpetual. The quotes are illustrative, not market data.
 *
 * <p>Run it with {@code ./basis quickstart}.
 */
public final class QuickStart {

    /** The valuation time of the example: Friday 1 March 2024, 08:00 UTC. */
    public static final Instant VALUATION = Instant.parse("2024-03-01T08:00:00Z");

    private QuickStart() {
    }

    /**
     * One quarterly future's basis.
     *
     * @param expiry the expiry
     * @param futureMid the future's mid price
     * @param basis the basis at the valuation time
     * @param annualizedSimple the simple annualized basis, {@code (F/S - 1) * 365 / days}
     * @param annualizedContinuous the continuous annualized basis, {@code ln(F/S) / tau}
     */
    public record FutureBasis(Instant expiry, double futureMid, Basis basis, double annualizedSimple,
            double annualizedContinuous) {
    }

    /**
     * What the quick start computes.
     *
     * @param spotMid the spot mid price
     * @param futures the basis of each quarterly future, nearest first
     * @param shape the term structure's shape
     * @param constantMaturity30d the 30-day constant-maturity annualized basis (simple)
     * @param constantMaturity90d the 90-day constant-maturity annualized basis (simple)
     * @param funding the funding rate from Binance's formula for the example premium
     * @param frontBand the no-arbitrage band of the front future after costs
     * @param cashAndCarry the cash-and-carry on the front future, held to expiry
     * @param fundingCarry the 30-day funding carry against the perpetual
     */
    public record Result(double spotMid, List<FutureBasis> futures, TermStructureShape shape,
            AnnualizedBasis constantMaturity30d, AnnualizedBasis constantMaturity90d, FundingRate funding,
            NoArbitrageBand frontBand, OpportunityEvaluation cashAndCarry, OpportunityEvaluation fundingCarry) {

        /**
         * Copies the list of futures.
         *
         * @param spotMid the spot mid
         * @param futures the futures
         * @param shape the shape
         * @param constantMaturity30d the 30-day basis
         * @param constantMaturity90d the 90-day basis
         * @param funding the funding rate
         * @param frontBand the band
         * @param cashAndCarry the cash-and-carry
         * @param fundingCarry the funding carry
         */
        public Result {
            futures = List.copyOf(futures);
        }
    }

    /**
     * Runs the example.
     *
     * @return the computed figures
     */
    public static Result run() {
        BidAsk spot = BidAsk.of(61_995.0, 62_005.0);
        // The next three quarterly expiries after the valuation time (last Friday of Mar/Jun/Sep, 08:00 UTC).
        List<Instant> expiries = ExpiryRule.cryptoQuarterly().nextExpiries(VALUATION, 3);
        double[] futureMids = {62_480.0, 63_950.0, 65_300.0};
        BidAsk[] futureQuotes = {BidAsk.of(62_475.0, 62_485.0), BidAsk.of(63_940.0, 63_960.0),
            BidAsk.of(65_285.0, 65_315.0)};

        List<FutureBasis> futures = new ArrayList<>();
        List<BasisTermStructure.Point> points = new ArrayList<>();
        for (int i = 0; i < expiries.size(); i++) {
            Basis basis = Basis.of(spot.mid(), futureMids[i], VALUATION);
            futures.add(new FutureBasis(expiries.get(i), futureMids[i], basis,
                    basis.annualized(expiries.get(i), Compounding.SIMPLE),
                    basis.annualized(expiries.get(i), Compounding.CONTINUOUS)));
            points.add(BasisTermStructure.Point.of(expiries.get(i), futureMids[i]));
        }
        BasisTermStructure curve = BasisTermStructure.of(spot.mid(), VALUATION, points);

        // Binance USD-M: average premium 0.03% over the 8 h interval -> F = P + clamp(I - P, +-0.05%).
        FundingRate funding = BinanceFunding.btcUsdt().fundingRateFromPremium(0.0003, VALUATION);

        // Taker 5 bp on spot, 4 bp on futures; cash at 5.3%, coin borrow 2%, no staking yield.
        TradingCosts costs = TradingCosts.builder()
                .spotFees(FeeSchedule.ofBasisPoints(2, 5))
                .derivativeFees(FeeSchedule.ofBasisPoints(1, 4))
                .cashRate(0.053)
                .coinBorrowRate(0.02)
                .coinYield(0.0)
                .build();
        double tauFront = DayCount.ACT_365F.yearFraction(VALUATION, expiries.get(0));
        NoArbitrageBand band = NoArbitrageBand.of(spot, costs, tauFront);
        OpportunityEvaluation cashAndCarry = CashAndCarry.builder()
                .spot(spot).future(futureQuotes[0]).costs(costs)
                .notional(1_000_000.0).initialMarginFraction(0.10)
                .valuationTime(VALUATION).expiry(expiries.get(0))
                .build().holdToExpiry();
        OpportunityEvaluation fundingCarry = FundingCarry.builder()
                .spot(spot).perpetual(BidAsk.of(62_020.0, 62_030.0)).costs(costs)
                .funding(FundingAssumption.perInterval(funding.rate(), funding.interval()))
                .notional(1_000_000.0).initialMarginFraction(0.10).horizon(Duration.ofDays(30))
                .build().evaluate();

        return new Result(spot.mid(), futures, curve.shape(), curve.constantMaturity30Days(Compounding.SIMPLE),
                curve.constantMaturity90Days(Compounding.SIMPLE), funding, band, cashAndCarry, fundingCarry);
    }

    /**
     * Prints the quick start's report.
     *
     * @param r the result of {@link #run()}
     * @param out where to print
     */
    public static void print(Result r, PrintStream out) {
        out.println("Basis quick start (illustrative quotes, valuation " + VALUATION + ")");
        out.printf(Locale.ROOT, "Spot BTC mid %,.2f%n%n", r.spotMid());
        out.println("expiry                 future       basis     bps   ann.simple  ann.cont.");
        for (FutureBasis f : r.futures()) {
            out.printf(Locale.ROOT, "%-20s %10.2f %10.2f %7.1f %10.2f%% %8.2f%%%n", f.expiry(), f.futureMid(),
                    f.basis().absolute(), f.basis().inBasisPoints(), 100 * f.annualizedSimple(),
                    100 * f.annualizedContinuous());
        }
        out.printf(Locale.ROOT, "%nTerm structure: %s; constant maturity 30d %.2f%%, 90d %.2f%% (simple, annualized)%n",
                r.shape(), 100 * r.constantMaturity30d().rate(), 100 * r.constantMaturity90d().rate());
        out.printf(Locale.ROOT, "Binance funding for a 0.03%% premium: %.4f%% per 8h = %.2f%% APR%n",
                100 * r.funding().rate(), 100 * r.funding().apr());
        out.printf(Locale.ROOT, "Front no-arbitrage band after costs: [%,.2f, %,.2f]%n",
                r.frontBand().lower(), r.frontBand().upper());
        printTrade(out, "Cash-and-carry, front quarterly, $1m to expiry", r.cashAndCarry());
        printTrade(out, "Funding carry vs perpetual, $1m for 30 days", r.fundingCarry());
    }

    private static void printTrade(PrintStream out, String title, OpportunityEvaluation e) {
        out.printf(Locale.ROOT, "%s: net P&L %,.2f on capital %,.0f = %.2f%% a year (break-even %s %.4f%%), clears 5%%: %s%n",
                title, e.netPnl(), e.capital(), 100 * e.annualizedReturnOnCapital(), e.breakEven().measure(),
                100 * e.breakEven().value(), e.clearsHurdle(0.05) ? "yes" : "no");
    }

    /**
     * Runs the example and prints its report.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(run(), System.out);
    }
}
