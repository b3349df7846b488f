package io.github.basisspread.core.basis;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * An annualized basis: a rate, the compounding it is quoted in, and the year fraction it spans.
 *
 * <p>The three together fix the price ratio {@code F/S}: {@code 1 + rate * tau} for
 * {@link Compounding#SIMPLE}, {@code exp(rate * tau)} for {@link Compounding#CONTINUOUS}. Keeping
 * the compounding and the year fraction beside the rate means a simple rate is never read as a
 * continuous one, and the basis can be de-annualized back into a forward price
 * ({@link #forwardPrice(double)}) or re-quoted in the other compounding ({@link #to(Compounding)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param rate the annualized rate as a decimal (0.05 = 5% a year), finite, with a positive
 *     implied ratio {@code F/S}
 * @param compounding how the rate is annualized, not null
 * @param yearFraction the time from valuation to expiry in years, finite and positive
 */
public record AnnualizedBasis(double rate, Compounding compounding, double yearFraction) {

    private static final double BASIS_POINTS_PER_UNIT = 10_000.0;

    /**
     * Validates the components.
     *
     * @param rate the rate
     * @param compounding the compounding
     * @param yearFraction the year fraction
     * @throws IllegalArgumentException if the rate is not finite, the compounding is null, the
     *     year fraction is not finite and positive, or the implied ratio {@code F/S} is not finite
     *     and positive (a simple rate at or below {@code -1/tau})
     */
    public AnnualizedBasis {
        ArgChecker.finite(rate, "rate");
        ArgChecker.notNull(compounding, "compounding");
        ArgChecker.positive(yearFraction, "yearFraction");
        double ratio = impliedRatio(rate, compounding, yearFraction);
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("Argument 'rate' with value " + rate + " (" + compounding
                    + ") over yearFraction " + yearFraction + " implies a non-positive or infinite ratio F/S " + ratio);
        }
    }

    /**
     * Creates an annualized basis.
     *
     * @param rate the annualized rate as a decimal
     * @param compounding how the rate is annualized
     * @param yearFraction the time to expiry in years
     * @return the annualized basis
     * @throws IllegalArgumentException as described on the canonical constructor
     */
    public static AnnualizedBasis of(double rate, Compounding compounding, double yearFraction) {
        return new AnnualizedBasis(rate, compounding, yearFraction);
    }

    /**
     * Creates an annualized basis from a rate in basis points (100 bp = 1% a year).
     *
     * @param rateInBasisPoints the annualized rate in basis points
     * @param compounding how the rate is annualized
     * @param yearFraction the time to expiry in years
     * @return the annualized basis
     * @throws IllegalArgumentException as described on the canonical constructor
     */
    public static AnnualizedBasis ofBasisPoints(double rateInBasisPoints, Compounding compounding, double yearFraction) {
        ArgChecker.finite(rateInBasisPoints, "rateInBasisPoints");
        return new AnnualizedBasis(rateInBasisPoints / BASIS_POINTS_PER_UNIT, compounding, yearFraction);
    }

    /**
     * Annualizes the ratio of a forward (or future) price to a spot price.
     *
     * @param spotPrice the spot price, finite and positive
     * @param forwardPrice the forward price, finite and positive
     * @param compounding how to annualize
     * @param yearFraction the time to expiry in years, finite and positive
     * @return the annualized basis
     * @throws IllegalArgumentException if a price or the year fraction is not finite and positive,
     *     or the compounding is null
     */
    public static AnnualizedBasis fromPrices(double spotPrice, double forwardPrice, Compounding compounding,
            double yearFraction) {
        ArgChecker.positive(spotPrice, "spotPrice");
        ArgChecker.positive(forwardPrice, "forwardPrice");
        ArgChecker.notNull(compounding, "compounding");
        return new AnnualizedBasis(compounding.annualize(forwardPrice / spotPrice, yearFraction), compounding,
                yearFraction);
    }

    /**
     * Returns the rate in basis points.
     *
     * @return {@code rate * 10^4}
     */
    public double toBasisPoints() {
        return rate * BASIS_POINTS_PER_UNIT;
    }

    /**
     * De-annualizes: the price ratio {@code F/S} this basis implies.
     *
     * @return {@code 1 + rate * tau} (simple) or {@code exp(rate * tau)} (continuous)
     */
    public double ratio() {
        return impliedRatio(rate, compounding, yearFraction);
    }

    /**
     * The total carry over the period, {@code ln(F/S)}: the continuous rate times the year fraction.
     * This is the quantity that {@link BasisTermStructure} interpolates linearly in time.
     *
     * @return {@code ln(F/S)}
     */
    public double totalCarry() {
        return switch (compounding) {
            // log1p keeps precision for a small simple basis.
            case SIMPLE -> Math.log1p(rate * yearFraction);
            case CONTINUOUS -> rate * yearFraction;
        };
    }

    /**
     * The forward price implied by this basis for a given spot price: {@code S * ratio()}.
     *
     * @param spotPrice the spot price, finite and positive
     * @return the implied forward price
     * @throws IllegalArgumentException if the spot price is not finite and positive
     */
    public double forwardPrice(double spotPrice) {
        ArgChecker.positive(spotPrice, "spotPrice");
        return spotPrice * ratio();
    }

    /**
     * Re-quotes this basis in another compounding over the same year fraction; the implied ratio
     * {@code F/S} is unchanged.
     *
     * @param target the target compounding, not null
     * @return the equivalent annualized basis ({@code this} if the compounding is the same)
     * @throws IllegalArgumentException if the target is null
     */
    public AnnualizedBasis to(Compounding target) {
        ArgChecker.notNull(target, "target");
        if (target == compounding) {
            return this;
        }
        double converted = switch (target) {
            case CONTINUOUS -> totalCarry() / yearFraction;
            case SIMPLE -> Math.expm1(totalCarry()) / yearFraction;
        };
        return new AnnualizedBasis(converted, target, yearFraction);
    }

    private static double impliedRatio(double rate, Compounding compounding, double yearFraction) {
        return switch (compounding) {
            case SIMPLE -> 1.0 + rate * yearFraction;
            case CONTINUOUS -> Math.exp(rate * yearFraction);
        };
    }
}
