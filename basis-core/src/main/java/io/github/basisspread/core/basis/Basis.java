package io.github.basisspread.core.basis;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.time.DayCount;
import java.time.Instant;

/**
 * The basis between a spot price {@code S} and a derivative price {@code F} (a dated future, a
 * forward or a perpetual swap) observed at one valuation time.
 *
 * <ul>
 *   <li>{@link #absolute()}: {@code F - S}, in price units;</li>
 *   <li>{@link #relative()}: {@code F/S - 1}, a decimal;</li>
 *   <li>{@link #inBasisPoints()}: {@code (F/S - 1) * 10^4};</li>
 *   <li>{@link #annualized(Instant, Compounding, DayCount)}: simple {@code (F/S - 1)/tau}
 *       (which under ACT/365F is {@code (F/S - 1) * 365 / days}) or continuous
 *       {@code ln(F/S)/tau}, where {@code tau} is the year fraction from the valuation time to
 *       the expiry.</li>
 * </ul>
 * The inverse, a derivative price from an annualized basis, is
 * {@link #ofAnnualized(double, Instant, Instant, double, Compounding, DayCount)} (or
 * {@link AnnualizedBasis#forwardPrice(double)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param spotPrice the spot price {@code S}, finite and positive
 * @param derivativePrice the derivative price {@code F}, finite and positive
 * @param valuationTime the instant both prices were observed, not null
 */
public record Basis(double spotPrice, double derivativePrice, Instant valuationTime) {

    private static final double BASIS_POINTS_PER_UNIT = 10_000.0;

    /**
     * Validates the components.
     *
     * @param spotPrice the spot price
     * @param derivativePrice the derivative price
     * @param valuationTime the valuation time
     * @throws IllegalArgumentException if a price is not finite and positive, their ratio is not
     *     finite and non-zero in double precision, or the valuation time is null
     */
    public Basis {
        ArgChecker.positive(spotPrice, "spotPrice");
        ArgChecker.positive(derivativePrice, "derivativePrice");
        ArgChecker.notNull(valuationTime, "valuationTime");
        // Two valid prices can still have a ratio a double cannot hold (spot 4.9e-324 gives an
        // infinite relative basis): a number that cannot be right is refused, never returned.
        double ratio = derivativePrice / spotPrice;
        ArgChecker.isTrue(ratio > 0 && ratio < Double.POSITIVE_INFINITY, "spotPrice", spotPrice,
                "give a finite, non-zero ratio derivativePrice / spotPrice (derivativePrice is " + derivativePrice
                        + "): are both prices in the same unit?");
    }

    /**
     * Creates a basis.
     *
     * @param spotPrice the spot price, finite and positive
     * @param derivativePrice the derivative price, finite and positive
     * @param valuationTime the observation instant, not null
     * @return the basis
     * @throws IllegalArgumentException if a price is not finite and positive or the time is null
     */
    public static Basis of(double spotPrice, double derivativePrice, Instant valuationTime) {
        return new Basis(spotPrice, derivativePrice, valuationTime);
    }

    /**
     * De-annualizes a basis: the basis whose derivative price is the forward implied by an
     * annualized rate, {@code F = S * (1 + rate * tau)} (simple) or {@code F = S * exp(rate * tau)}
     * (continuous).
     *
     * @param spotPrice the spot price, finite and positive
     * @param valuationTime the valuation instant, not null
     * @param expiry the expiry instant, strictly after the valuation time
     * @param annualRate the annualized basis as a decimal, finite
     * @param compounding the compounding of {@code annualRate}, not null
     * @param dayCount the day count giving {@code tau}, not null
     * @return the basis with the implied derivative price
     * @throws IllegalArgumentException if an argument is invalid, the expiry is not after the
     *     valuation time, or the implied forward price is not finite and positive
     */
    public static Basis ofAnnualized(double spotPrice, Instant valuationTime, Instant expiry, double annualRate,
            Compounding compounding, DayCount dayCount) {
        ArgChecker.positive(spotPrice, "spotPrice");
        double tau = yearFraction(valuationTime, expiry, dayCount);
        AnnualizedBasis annualized = AnnualizedBasis.of(annualRate, compounding, tau);
        return new Basis(spotPrice, annualized.forwardPrice(spotPrice), valuationTime);
    }

    /**
     * The absolute basis {@code F - S}, in price units.
     *
     * @return {@code F - S}
     */
    public double absolute() {
        return derivativePrice - spotPrice;
    }

    /**
     * The relative basis {@code F/S - 1}, a decimal (0.01 = 1%).
     *
     * @return {@code F/S - 1}
     */
    public double relative() {
        return derivativePrice / spotPrice - 1.0;
    }

    /**
     * The relative basis in basis points.
     *
     * @return {@code (F/S - 1) * 10^4}
     */
    public double inBasisPoints() {
        return relative() * BASIS_POINTS_PER_UNIT;
    }

    /**
     * The price ratio {@code F/S}.
     *
     * @return {@code F/S}
     */
    public double ratio() {
        return derivativePrice / spotPrice;
    }

    /**
     * The total (log) carry {@code ln(F/S)}.
     *
     * @return {@code ln(F/S)}
     */
    public double logRatio() {
        return Math.log(derivativePrice / spotPrice);
    }

    /**
     * The annualized basis to an expiry under a day count.
     *
     * @param expiry the expiry of the derivative, strictly after the valuation time
     * @param compounding {@link Compounding#SIMPLE} for {@code (F/S - 1)/tau},
     *     {@link Compounding#CONTINUOUS} for {@code ln(F/S)/tau}; not null
     * @param dayCount the day count giving {@code tau}, not null
     * @return the annualized rate as a decimal
     * @throws IllegalArgumentException if an argument is null or the expiry is at or before the
     *     valuation time (the message names 'expiry' and both instants)
     */
    public double annualized(Instant expiry, Compounding compounding, DayCount dayCount) {
        return annualizedBasis(expiry, compounding, dayCount).rate();
    }

    /**
     * The annualized basis to an expiry under ACT/365F, the library default.
     *
     * @param expiry the expiry of the derivative, strictly after the valuation time
     * @param compounding the compounding, not null
     * @return the annualized rate as a decimal
     * @throws IllegalArgumentException if an argument is null or the expiry is at or before the
     *     valuation time
     */
    public double annualized(Instant expiry, Compounding compounding) {
        return annualized(expiry, compounding, DayCount.ACT_365F);
    }

    /**
     * The annualized basis to an expiry as a value that keeps its compounding and year fraction.
     *
     * @param expiry the expiry of the derivative, strictly after the valuation time
     * @param compounding the compounding, not null
     * @param dayCount the day count giving {@code tau}, not null
     * @return the annualized basis
     * @throws IllegalArgumentException if an argument is null or the expiry is at or before the
     *     valuation time
     */
    public AnnualizedBasis annualizedBasis(Instant expiry, Compounding compounding, DayCount dayCount) {
        ArgChecker.notNull(compounding, "compounding");
        double tau = yearFraction(valuationTime, expiry, dayCount);
        return AnnualizedBasis.fromPrices(spotPrice, derivativePrice, compounding, tau);
    }

    /**
     * The annualized basis to an expiry under ACT/365F as a value.
     *
     * @param expiry the expiry of the derivative, strictly after the valuation time
     * @param compounding the compounding, not null
     * @return the annualized basis
     * @throws IllegalArgumentException if an argument is null or the expiry is at or before the
     *     valuation time
     */
    public AnnualizedBasis annualizedBasis(Instant expiry, Compounding compounding) {
        return annualizedBasis(expiry, compounding, DayCount.ACT_365F);
    }

    /** Year fraction from valuation to expiry, refusing an expiry at or before the valuation. */
    static double yearFraction(Instant valuationTime, Instant expiry, DayCount dayCount) {
        ArgChecker.notNull(valuationTime, "valuationTime");
        ArgChecker.notNull(expiry, "expiry");
        ArgChecker.notNull(dayCount, "dayCount");
        if (!expiry.isAfter(valuationTime)) {
            // The message is built only on failure: formatting an Instant on every call cost
            // most of the time of a per-quote loop (see basis-benchmarks BasisSeriesBenchmark).
            ArgChecker.isTrue(false, "expiry", expiry, "be after the valuation time " + valuationTime);
        }
        double tau = dayCount.yearFraction(valuationTime, expiry);
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("Argument 'dayCount' " + dayCount + " gives a non-positive year fraction "
                    + tau + " from " + valuationTime + " to expiry " + expiry);
        }
        return tau;
    }
}
