package io.github.basisspread.core.basis;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.time.DayCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A basis term structure: one spot price and the prices of several dated futures (or forwards)
 * observed at one valuation time, ordered by expiry.
 *
 * <h2>Shape</h2>
 * {@link #shape(double)} reads the chain {@code S, F_1, ..., F_n}: {@link TermStructureShape#CONTANGO}
 * when every step rises, {@link TermStructureShape#BACKWARDATION} when every step falls,
 * {@link TermStructureShape#FLAT} when no step moves, {@link TermStructureShape#MIXED} otherwise.
 * Contango in this sense (every annualized basis positive and prices increasing with expiry)
 * does not require the annualized basis itself to increase with expiry.
 *
 * <h2>Constant maturity</h2>
 * {@link #constantMaturity(Duration, Compounding, boolean)} gives the annualized basis at a fixed
 * tenor. The rule: the <em>total carry</em> {@code c(tau) = ln(F/S)} (the continuous annualized
 * basis times {@code tau}) is interpolated linearly in {@code tau} between the two expiries that
 * bracket the target; before the first expiry between {@code (0, 0)} (a future expiring now
 * trades at spot) and the first point. Linear total carry is piecewise-constant forward carry,
 * the analogue of linear interpolation of {@code r * t} on a yield curve, and it reproduces each
 * quoted future exactly. The interpolated carry is then annualized at the target {@code tau} in the
 * requested compounding. Beyond the last expiry the method refuses, unless extrapolation is
 * allowed: then the <em>continuous annualized basis of the last point is held flat</em>,
 * {@code c(tau) = c_n * tau / tau_n} (not a linear extension of the last segment, which can run
 * away when the last two points are close together).
 *
 * <p>Immutable and thread-safe.
 */
public final class BasisTermStructure {

    /** The standard 30-day constant-maturity tenor. */
    public static final Duration TENOR_30_DAYS = Duration.ofDays(30);
    /** The standard 60-day constant-maturity tenor. */
    public static final Duration TENOR_60_DAYS = Duration.ofDays(60);
    /** The standard 90-day constant-maturity tenor. */
    public static final Duration TENOR_90_DAYS = Duration.ofDays(90);

    /**
     * One point of the term structure: a future's expiry and its price.
     *
     * <p>Immutable and thread-safe.
     *
     * @param expiry the expiry instant, not null
     * @param futurePrice the future price, finite and positive
     */
    public record Point(Instant expiry, double futurePrice) {

        /**
         * Validates the components.
         *
         * @param expiry the expiry
         * @param futurePrice the future price
         * @throws IllegalArgumentException if the expiry is null or the price not finite and positive
         */
        public Point {
            ArgChecker.notNull(expiry, "expiry");
            ArgChecker.positive(futurePrice, "futurePrice");
        }

        /**
         * Creates a point.
         *
         * @param expiry the expiry instant, not null
         * @param futurePrice the future price, finite and positive
         * @return the point
         * @throws IllegalArgumentException if the expiry is null or the price not finite and positive
         */
        public static Point of(Instant expiry, double futurePrice) {
            return new Point(expiry, futurePrice);
        }
    }

    private final double spotPrice;
    private final Instant valuationTime;
    private final DayCount dayCount;
    private final List<Point> points;
    private final double[] yearFractions;
    private final double[] totalCarry;

    private BasisTermStructure(double spotPrice, Instant valuationTime, List<Point> points, DayCount dayCount) {
        this.spotPrice = ArgChecker.positive(spotPrice, "spotPrice");
        this.valuationTime = ArgChecker.notNull(valuationTime, "valuationTime");
        this.dayCount = ArgChecker.notNull(dayCount, "dayCount");
        ArgChecker.notNull(points, "points");
        ArgChecker.isTrue(!points.isEmpty(), "points", points, "hold at least one point");
        List<Point> copy = new ArrayList<>(points.size());
        double[] taus = new double[points.size()];
        double[] carry = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Point p = ArgChecker.notNull(points.get(i), "points[" + i + "]");
            if (i > 0) {
                Instant previous = copy.get(i - 1).expiry();
                ArgChecker.isTrue(p.expiry().isAfter(previous), "points[" + i + "].expiry", p.expiry(),
                        "be strictly after the previous expiry " + previous + " (no duplicates, increasing order)");
            }
            taus[i] = Basis.yearFraction(valuationTime, p.expiry(), dayCount);
            if (i > 0 && !(taus[i] > taus[i - 1])) {
                throw new IllegalArgumentException("Argument 'dayCount' " + dayCount
                        + " gives non-increasing year fractions " + taus[i - 1] + " and " + taus[i]
                        + " for expiries " + copy.get(i - 1).expiry() + " and " + p.expiry());
            }
            carry[i] = Math.log(p.futurePrice() / spotPrice);
            copy.add(p);
        }
        this.points = List.copyOf(copy);
        this.yearFractions = taus;
        this.totalCarry = carry;
    }

    /**
     * Creates a term structure with ACT/365F year fractions.
     *
     * @param spotPrice the spot price, finite and positive
     * @param valuationTime the valuation instant, not null
     * @param points the futures, at least one, with expiries strictly after the valuation time and
     *     strictly increasing (no duplicates); the list is copied
     * @return the term structure
     * @throws IllegalArgumentException if an argument is invalid; the message names the offending
     *     point
     */
    public static BasisTermStructure of(double spotPrice, Instant valuationTime, List<Point> points) {
        return new BasisTermStructure(spotPrice, valuationTime, points, DayCount.ACT_365F);
    }

    /**
     * Creates a term structure with a given day count.
     *
     * @param spotPrice the spot price, finite and positive
     * @param valuationTime the valuation instant, not null
     * @param points the futures, at least one, with expiries strictly after the valuation time and
     *     strictly increasing (no duplicates); the list is copied
     * @param dayCount the day count giving year fractions, not null
     * @return the term structure
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static BasisTermStructure of(double spotPrice, Instant valuationTime, List<Point> points,
            DayCount dayCount) {
        return new BasisTermStructure(spotPrice, valuationTime, points, dayCount);
    }

    /**
     * The spot price.
     *
     * @return the spot price
     */
    public double spotPrice() {
        return spotPrice;
    }

    /**
     * The valuation time.
     *
     * @return the instant every price was observed
     */
    public Instant valuationTime() {
        return valuationTime;
    }

    /**
     * The day count giving year fractions.
     *
     * @return the day count
     */
    public DayCount dayCount() {
        return dayCount;
    }

    /**
     * The points, ordered by expiry.
     *
     * @return an unmodifiable list
     */
    public List<Point> points() {
        return points;
    }

    /**
     * The number of points.
     *
     * @return the number of futures
     */
    public int size() {
        return points.size();
    }

    /**
     * The year fraction from the valuation time to the expiry of point {@code i}.
     *
     * @param i the index, from 0 to {@code size() - 1}
     * @return {@code tau_i}
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double yearFraction(int i) {
        return yearFractions[Objects.checkIndex(i, yearFractions.length)];
    }

    /**
     * The total carry {@code ln(F_i/S)} of point {@code i}.
     *
     * @param i the index, from 0 to {@code size() - 1}
     * @return {@code ln(F_i/S)}
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double totalCarry(int i) {
        return totalCarry[Objects.checkIndex(i, totalCarry.length)];
    }

    /**
     * The basis of point {@code i}.
     *
     * @param i the index, from 0 to {@code size() - 1}
     * @return the basis of the spot against future {@code i}
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Basis basis(int i) {
        return new Basis(spotPrice, points.get(i).futurePrice(), valuationTime);
    }

    /**
     * The annualized basis of point {@code i}.
     *
     * @param i the index, from 0 to {@code size() - 1}
     * @param compounding the compounding, not null
     * @return the annualized basis to the expiry of point {@code i}
     * @throws IndexOutOfBoundsException if the index is out of range
     * @throws IllegalArgumentException if the compounding is null
     */
    public AnnualizedBasis annualizedBasis(int i, Compounding compounding) {
        return AnnualizedBasis.fromPrices(spotPrice, points.get(i).futurePrice(), compounding, yearFraction(i));
    }

    /**
     * The shape with exact comparisons: {@link TermStructureShape#FLAT} only if every future
     * price equals spot exactly.
     *
     * @return the shape
     */
    public TermStructureShape shape() {
        return shape(0.0);
    }

    /**
     * The shape of the chain {@code S, F_1, ..., F_n}. Each step from one price {@code a} to the
     * next {@code b} is <em>up</em> if {@code b/a - 1 > tolerance}, <em>down</em> if
     * {@code b/a - 1 < -tolerance}, <em>level</em> otherwise. All steps up: contango; all down:
     * backwardation; all level: flat; anything else: mixed.
     *
     * @param tolerance the relative move below which a step counts as level, finite and zero or
     *     more (e.g. 1e-4 = 1 bp)
     * @return the shape
     * @throws IllegalArgumentException if the tolerance is negative or not finite
     */
    public TermStructureShape shape(double tolerance) {
        ArgChecker.nonNegative(tolerance, "tolerance");
        int up = 0;
        int down = 0;
        double previous = spotPrice;
        for (Point p : points) {
            double step = p.futurePrice() / previous - 1.0;
            if (step > tolerance) {
                up++;
            } else if (step < -tolerance) {
                down++;
            }
            previous = p.futurePrice();
        }
        int steps = points.size();
        if (up == steps) {
            return TermStructureShape.CONTANGO;
        }
        if (down == steps) {
            return TermStructureShape.BACKWARDATION;
        }
        if (up == 0 && down == 0) {
            return TermStructureShape.FLAT;
        }
        return TermStructureShape.MIXED;
    }

    /**
     * The constant-maturity annualized basis at a tenor, refusing a tenor beyond the last expiry.
     *
     * @param tenor the tenor from the valuation time, positive
     * @param compounding the compounding of the result, not null
     * @return the interpolated annualized basis at {@code tau = yearFraction(valuation, valuation + tenor)}
     * @throws IllegalArgumentException if the tenor is not positive, the compounding is null, or the
     *     tenor reaches beyond the last expiry
     * @see #constantMaturity(Duration, Compounding, boolean)
     */
    public AnnualizedBasis constantMaturity(Duration tenor, Compounding compounding) {
        return constantMaturity(tenor, compounding, false);
    }

    /**
     * The constant-maturity annualized basis at a tenor: total carry {@code ln(F/S)} interpolated
     * linearly in {@code tau} (from {@code (0, 0)} before the first expiry), annualized in the
     * requested compounding; beyond the last expiry the last point's continuous annualized basis
     * is held flat if {@code allowExtrapolation}, otherwise the call is refused.
     *
     * @param tenor the tenor from the valuation time, positive
     * @param compounding the compounding of the result, not null
     * @param allowExtrapolation whether a tenor beyond the last expiry is allowed
     * @return the interpolated annualized basis
     * @throws IllegalArgumentException if the tenor is not positive, the compounding is null, or the
     *     tenor reaches beyond the last expiry and extrapolation is not allowed
     */
    public AnnualizedBasis constantMaturity(Duration tenor, Compounding compounding, boolean allowExtrapolation) {
        ArgChecker.notNull(tenor, "tenor");
        ArgChecker.notNull(compounding, "compounding");
        ArgChecker.isTrue(!tenor.isNegative() && !tenor.isZero(), "tenor", tenor, "be positive");
        Instant target = valuationTime.plus(tenor);
        double tau = dayCount.yearFraction(valuationTime, target);
        int last = yearFractions.length - 1;
        double carry;
        if (tau > yearFractions[last]) {
            if (!allowExtrapolation) {
                throw new IllegalArgumentException("Argument 'tenor' must reach no further than the last expiry "
                        + points.get(last).expiry() + " (unless extrapolation is allowed) but has value " + tenor
                        + " ending " + target);
            }
            carry = totalCarry[last] / yearFractions[last] * tau; // flat continuous rate of the last point
        } else {
            carry = interpolateCarry(tau);
        }
        return AnnualizedBasis.of(compounding.annualize(Math.exp(carry), tau), compounding, tau);
    }

    /**
     * The constant-maturity annualized basis at a tenor given in whole days, refusing a tenor
     * beyond the last expiry.
     *
     * @param days the tenor in days, positive
     * @param compounding the compounding of the result, not null
     * @return the interpolated annualized basis
     * @throws IllegalArgumentException if the days are not positive, the compounding is null, or the
     *     tenor reaches beyond the last expiry
     */
    public AnnualizedBasis constantMaturityDays(long days, Compounding compounding) {
        ArgChecker.isTrue(days > 0, "days", days, "be positive");
        return constantMaturity(Duration.ofDays(days), compounding, false);
    }

    /**
     * The 30-day constant-maturity annualized basis (no extrapolation).
     *
     * @param compounding the compounding of the result, not null
     * @return the interpolated annualized basis
     * @throws IllegalArgumentException if the last expiry is less than 30 days away
     */
    public AnnualizedBasis constantMaturity30Days(Compounding compounding) {
        return constantMaturity(TENOR_30_DAYS, compounding, false);
    }

    /**
     * The 60-day constant-maturity annualized basis (no extrapolation).
     *
     * @param compounding the compounding of the result, not null
     * @return the interpolated annualized basis
     * @throws IllegalArgumentException if the last expiry is less than 60 days away
     */
    public AnnualizedBasis constantMaturity60Days(Compounding compounding) {
        return constantMaturity(TENOR_60_DAYS, compounding, false);
    }

    /**
     * The 90-day constant-maturity annualized basis (no extrapolation).
     *
     * @param compounding the compounding of the result, not null
     * @return the interpolated annualized basis
     * @throws IllegalArgumentException if the last expiry is less than 90 days away
     */
    public AnnualizedBasis constantMaturity90Days(Compounding compounding) {
        return constantMaturity(TENOR_90_DAYS, compounding, false);
    }

    /** Linear interpolation of total carry for {@code 0 < tau <= tau_n}, through (0, 0) first. */
    private double interpolateCarry(double tau) {
        int i = 0;
        while (yearFractions[i] < tau) {
            i++;
        }
        if (yearFractions[i] == tau) {
            return totalCarry[i]; // exact at a node
        }
        double t0 = i == 0 ? 0.0 : yearFractions[i - 1];
        double c0 = i == 0 ? 0.0 : totalCarry[i - 1];
        double w = (tau - t0) / (yearFractions[i] - t0);
        return c0 + w * (totalCarry[i] - c0);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof BasisTermStructure other
                && Double.compare(spotPrice, other.spotPrice) == 0
                && valuationTime.equals(other.valuationTime)
                && dayCount.equals(other.dayCount)
                && points.equals(other.points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spotPrice, valuationTime, dayCount, points);
    }

    @Override
    public String toString() {
        return "BasisTermStructure[spotPrice=" + spotPrice + ", valuationTime=" + valuationTime + ", dayCount="
                + dayCount + ", points=" + points + ", yearFractions=" + Arrays.toString(yearFractions) + "]";
    }
}
