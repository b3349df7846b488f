package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * Binance USD-M perpetual funding.
 *
 * <p>From Binance's "Introduction to Binance Futures Funding Rates" (Binance FAQ, USD-M
 * Futures): the premium index is sampled every 5 seconds from the impact bid, impact ask and
 * index prices ({@link PremiumIndex}); the samples of the interval are averaged with linearly
 * increasing weights {@code 1, 2, ..., n} ({@link PremiumAveraging#LINEAR_WEIGHTED}); the
 * interest rate is 0.01% per 8 hours (0.03% a day; some contracts use 0%). The rate is
 * <pre>
 *   F = clamp(P + clamp(I - P, -0.05%, +0.05%), -cap, +cap)
 * </pre>
 * where the outer clamp is the contract's funding cap and floor (set per contract; 0.75% is
 * this class's default, an example to override from the contract specification).
 *
 * <p>Shorter intervals (4, 2 or 1 h): the interest rate is scaled by {@code interval / 8h}
 * (0.005% for 4 h). Assumption: the ±0.05% damper is not scaled, as Binance's formula states it
 * without reference to the interval.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interval the funding interval; positive
 * @param interestRatePer8h the interest rate per 8 hours as a decimal; finite
 * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
 * @param cap the absolute cap on the rate per interval; finite and positive
 */
public record BinanceFunding(Duration interval, double interestRatePer8h, double clampBound, double cap)
        implements FundingFormula {

    /**
     * Validates the parameters.
     *
     * @param interval the funding interval; positive
     * @param interestRatePer8h the interest rate per 8 hours as a decimal; finite
     * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
     * @param cap the absolute cap on the rate per interval; finite and positive
     * @throws IllegalArgumentException if a parameter is outside its domain
     */
    public BinanceFunding {
        FundingMath.positive(interval, "interval");
        ArgChecker.finite(interestRatePer8h, "interestRatePer8h");
        ArgChecker.nonNegative(clampBound, "clampBound");
        FundingMath.cap(cap, "cap");
    }

    /**
     * Returns the defaults: 8 h, 0.01% interest per 8 h, ±0.05% damper, ±0.75% cap.
     *
     * @return the default formula
     */
    public static BinanceFunding defaults() {
        return new BinanceFunding(FundingMath.EIGHT_HOURS, 0.0001, 0.0005, 0.0075);
    }

    /**
     * Creates a formula with explicit parameters.
     *
     * @param interval the funding interval
     * @param interestRatePer8h the interest rate per 8 hours
     * @param clampBound the damper half-width
     * @param cap the absolute cap per interval
     * @return the formula
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static BinanceFunding of(Duration interval, double interestRatePer8h, double clampBound, double cap) {
        return new BinanceFunding(interval, interestRatePer8h, clampBound, cap);
    }

    /**
     * Returns a copy with another funding interval, the other parameters unchanged.
     *
     * @param newInterval the interval; positive
     * @return the copy
     * @throws IllegalArgumentException if the interval is not positive
     */
    public BinanceFunding withInterval(Duration newInterval) {
        return new BinanceFunding(newInterval, interestRatePer8h, clampBound, cap);
    }

    /**
     * Returns the interest rate for one interval: {@code interestRatePer8h * interval / 8h}.
     *
     * @return the interest rate per interval
     */
    public double interestRate() {
        return interestRatePer8h * FundingMath.ratio(interval, FundingMath.EIGHT_HOURS);
    }

    @Override
    public double rate(double averagePremium) {
        ArgChecker.finite(averagePremium, "averagePremium");
        double f = FundingMath.premiumPlusClampedInterest(averagePremium, interestRate(), clampBound);
        return FundingMath.clamp(f, -cap, cap);
    }

    @Override
    public PremiumAveraging premiumAveraging() {
        return PremiumAveraging.LINEAR_WEIGHTED;
    }

    @Override
    public String venue() {
        return "Binance USD-M";
    }

    @Override
    public io.github.basisspread.core.instrument.Venue exchange() {
        return io.github.basisspread.core.instrument.Venue.BINANCE;
    }
}
