package io.github.basisspread.examples;

import io.github.basisspread.core.basis.AnnualizedBasis;
import io.github.basisspread.core.basis.BasisTermStructure;
import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.basis.TermStructureShape;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Term structure: the annualized basis of every listed ETH future and the 30- and 90-day
 * constant-maturity basis read off the curve.
 *
 * <p>Four futures (a monthly and three quarterlies, expiring on the last Friday at 08:00 UTC)
 * against one spot price: the basis of each to its own expiry, simple {@code (F/S - 1) 365/days}
 * and continuous {@code ln(F/S) / tau}, which are different numbers and never to be confused;
 * the shape of the curve; and the constant-maturity basis, which interpolates the total carry
 * {@code ln(F/S)} linearly in time between the two expiries around the tenor, so that a 30-day
 * figure can be compared day after day although the listed expiries roll. A second curve, taken
 * in a sell-off, is in backwardation. The prices are illustrative, not market data.
 *
 * <p>Run it with {@code ./basis example term-structure}.
 */
public final class TermStructureExample {

    /** The valuation time: Monday 6 May 2024, 08:00 UTC. */
    public static final Instant VALUATION = Instant.parse("2024-05-06T08:00:00Z");

    private TermStructureExample() {
    }

    /**
     * One point of the curve.
     *
     * @param expiry the future's expiry
     * @param futurePrice the future's price
     * @param days the days to expiry (ACT/365F year fraction times 365)
     * @param annualizedSimple the simple annualized basis {@code (F/S - 1) 365 / days}
     * @param annualizedContinuous the continuous annualized basis {@code ln(F/S) / tau}
     */
    public record Tenor(Instant expiry, double futurePrice, double days, double annualizedSimple,
            double annualizedContinuous) {
    }

    /**
     * What the example computes.
     *
     * @param spotPrice the spot price
     * @param curve the points, nearest expiry first
     * @param shape the shape of the curve
     * @param constantMaturity30d the 30-day constant-maturity basis, simple annualized
     * @param constantMaturity90d the 90-day constant-maturity basis, simple annualized
     * @param stressedShape the shape of the curve taken in a sell-off
     */
    public record Result(double spotPrice, List<Tenor> curve, TermStructureShape shape,
            AnnualizedBasis constantMaturity30d, AnnualizedBasis constantMaturity90d, TermStructureShape stressedShape) {

        /**
         * Copies the curve.
         *
         * @param spotPrice the spot price
         * @param curve the points
         * @param shape the shape
         * @param constantMaturity30d the 30-day basis
         * @param constantMaturity90d the 90-day basis
         * @param stressedShape the shape in the sell-off
         */
        public Result {
            curve = List.copyOf(curve);
        }
    }

    /**
     * Runs the example.
     *
     * @return the curve and its constant-maturity points
     */
    public static Result run() {
        double spot = 3_000.0;
        // Monthly 31 May, quarterlies 28 Jun, 27 Sep and 27 Dec 2024: 25, 53, 144 and 235 days away.
        List<BasisTermStructure.Point> points = List.of(
                BasisTermStructure.Point.of(Instant.parse("2024-05-31T08:00:00Z"), 3_006.0),
                BasisTermStructure.Point.of(Instant.parse("2024-06-28T08:00:00Z"), 3_015.0),
                BasisTermStructure.Point.of(Instant.parse("2024-09-27T08:00:00Z"), 3_048.0),
                BasisTermStructure.Point.of(Instant.parse("2024-12-27T08:00:00Z"), 3_085.0));
        BasisTermStructure curve = BasisTermStructure.of(spot, VALUATION, points);

        List<Tenor> tenors = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++) {
            tenors.add(new Tenor(points.get(i).expiry(), points.get(i).futurePrice(), curve.yearFraction(i) * 365,
                    curve.annualizedBasis(i, Compounding.SIMPLE).rate(),
                    curve.annualizedBasis(i, Compounding.CONTINUOUS).rate()));
        }

        // In a sell-off the futures trade below spot: every step of the chain falls.
        BasisTermStructure stressed = BasisTermStructure.of(spot, VALUATION, List.of(
                BasisTermStructure.Point.of(Instant.parse("2024-05-31T08:00:00Z"), 2_991.0),
                BasisTermStructure.Point.of(Instant.parse("2024-06-28T08:00:00Z"), 2_982.0)));

        return new Result(spot, tenors, curve.shape(), curve.constantMaturity30Days(Compounding.SIMPLE),
                curve.constantMaturity90Days(Compounding.SIMPLE), stressed.shape());
    }

    /**
     * Prints the curve.
     *
     * @param r the result of {@link #run()}
     * @param out where to print
     */
    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "ETH term structure at %s, spot %,.2f (illustrative prices)%n", VALUATION,
                r.spotPrice());
        out.println("expiry                  future    days  ann.simple  ann.cont.");
        for (Tenor t : r.curve()) {
            out.printf(Locale.ROOT, "%-20s %10.2f %7.1f %10.3f%% %9.3f%%%n", t.expiry(), t.futurePrice(), t.days(),
                    100 * t.annualizedSimple(), 100 * t.annualizedContinuous());
        }
        out.printf(Locale.ROOT, "Shape: %s; constant maturity 30d %.3f%%, 90d %.3f%% (simple, annualized)%n",
                r.shape(), 100 * r.constantMaturity30d().rate(), 100 * r.constantMaturity90d().rate());
        out.printf(Locale.ROOT, "In the sell-off the curve is in %s%n", r.stressedShape());
    }

    /**
     * Runs the example and prints the curve.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(run(), System.out);
    }
}
