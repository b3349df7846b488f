package io.github.basisspread.examples;

import io.github.basisspread.core.funding.BinanceFunding;
import io.github.basisspread.core.funding.BitmexFunding;
import io.github.basisspread.core.funding.BybitFunding;
import io.github.basisspread.core.funding.DeribitFunding;
import io.github.basisspread.core.funding.DydxV4Funding;
import io.github.basisspread.core.funding.FundingFormula;
import io.github.basisspread.core.funding.FundingRate;
import io.github.basisspread.core.funding.HyperliquidFunding;
import io.github.basisspread.core.funding.OkxFunding;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Funding: the same market premium turned into a funding rate by each venue's published formula,
 * and each rate's APR and APY.
 *
 * <p>One averaged premium of 0.03% per 8 hours goes through the default formula of Binance,
 * BitMEX, Bybit, OKX, Deribit, Hyperliquid and dYdX v4 (Binance with the BTCUSDT cap). The
 * venues disagree: most pay the interest rate of 0.01% per 8 h while the premium stays within
 * 0.05% of it, Deribit's dead band takes 0.025% off the premium, and Hyperliquid and dYdX pay
 * hourly. The APR is the rate per interval times the intervals in a
 * year (x1095 for 8 h, x8760 for 1 h); the APY compounds. Finally a rate quoted for 8 hours is
 * restated for a venue that switched the contract to 4-hour funding: half the rate, the same APR.
 *
 * <p>Run it with {@code ./basis example funding}.
 */
public final class FundingExample {

    /** The settlement time used for every rate. */
    public static final Instant SETTLEMENT = Instant.parse("2024-03-01T08:00:00Z");

    /** The averaged premium of the interval, 0.03% per 8 hours. */
    public static final double PREMIUM = 0.0003;

    private FundingExample() {
    }

    /**
     * One venue's funding for the example premium.
     *
     * @param venue the venue's name
     * @param rate the funding rate with its interval
     * @param accruesContinuously whether the venue charges continuously (Deribit)
     */
    public record VenueFunding(String venue, FundingRate rate, boolean accruesContinuously) {
    }

    /**
     * What the example computes.
     *
     * @param venues the funding of each venue, in the order listed above
     * @param eightHour Binance's 8-hour rate
     * @param fourHour the same rate restated for a 4-hour interval
     */
    public record Result(List<VenueFunding> venues, FundingRate eightHour, FundingRate fourHour) {

        /**
         * Copies the list.
         *
         * @param venues the venues
         * @param eightHour the 8-hour rate
         * @param fourHour the 4-hour rate
         */
        public Result {
            venues = List.copyOf(venues);
        }

        /**
         * The funding of one venue.
         *
         * @param name the venue's name, as {@link FundingFormula#venue()} gives it
         * @return the venue's funding
         * @throws IllegalArgumentException if no venue has that name
         */
        public VenueFunding venue(String name) {
            return venues.stream().filter(v -> v.venue().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Argument 'name' must name a venue but is '"
                            + name + "'"));
        }
    }

    /**
     * Runs the example.
     *
     * @return the funding of every venue and the 8 h to 4 h restatement
     */
    public static Result run() {
        List<FundingFormula> formulas = List.of(BinanceFunding.btcUsdt(), BitmexFunding.defaults(),
                BybitFunding.defaults(), OkxFunding.defaults(), DeribitFunding.defaults(), HyperliquidFunding.defaults(),
                DydxV4Funding.defaults());
        List<VenueFunding> venues = new ArrayList<>();
        for (FundingFormula f : formulas) {
            venues.add(new VenueFunding(f.venue(), f.fundingRateFromPremium(PREMIUM, SETTLEMENT), f.accruesContinuously()));
        }
        FundingRate eightHour = venues.get(0).rate();
        return new Result(venues, eightHour, eightHour.withInterval(Duration.ofHours(4)));
    }

    /**
     * Prints the table of venues.
     *
     * @param r the result of {@link #run()}
     * @param out where to print
     */
    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "Funding for an averaged premium of %.4f%% per 8h, default parameters%n",
                100 * PREMIUM);
        out.println("venue               interval   rate       APR       APY");
        for (VenueFunding v : r.venues()) {
            FundingRate f = v.rate();
            out.printf(Locale.ROOT, "%-18s %6dh %9.5f%% %8.2f%% %8.2f%%%s%n", v.venue(), f.interval().toHours(),
                    100 * f.rate(), 100 * f.apr(), 100 * f.apy(), v.accruesContinuously() ? "  (continuous)" : "");
        }
        out.printf(Locale.ROOT, "%.4f%% per 8h = %.5f%% per 4h, both %.2f%% APR%n", 100 * r.eightHour().rate(),
                100 * r.fourHour().rate(), 100 * r.fourHour().apr());
    }

    /**
     * Runs the example and prints the table.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(run(), System.out);
    }
}
