package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * Bybit perpetual funding.
 *
 * <p>From Bybit's help-centre article "Introduction to Funding Rate": the premium index is
 * computed every minute from the impact prices and the index ({@link PremiumIndex}) and the
 * minute values of an N-hour interval are averaged with weights {@code 1, 2, ..., 60 N}, so the
 * premia closer to settlement weigh more ({@link PremiumAveraging#LINEAR_WEIGHTED}). The interest
 * rate is 0.03% a day, i.e. 0.01% per 8 hours, scaled to the interval. The rate is
 * <pre>
 *   F = clamp(P + clamp(I - P, -0.05%, +0.05%), -cap, +cap)
 * </pre>
 * with a per-contract upper and lower limit (this class's default ±0.75% is an example to
 * override from the contract specification; Bybit may widen limits in volatile markets).
 * Assumption: the ±0.05% damper is the same for every interval length.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interval the funding interval; positive
 * @param interestRatePer8h the interest rate per 8 hours as a decimal; finite
 * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
 * @param cap the absolute cap on the rate per interval; finite and positive
 */
public record BybitFunding(Duration interval, double interestRatePer8h, double clampBound, double cap)
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
    public BybitFunding {
        FundingMath.checkDampedInterest(interval, interestRatePer8h, clampBound, cap);
    }

    /**
     * Returns the defaults: 8 h, 0.01% interest per 8 h, ±0.05% damper, ±0.75% cap.
     *
     * @return the default formula
     */
    public static BybitFunding defaults() {
        return new BybitFunding(FundingMath.EIGHT_HOURS, 0.0001, 0.0005, 0.0075);
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
    public static BybitFunding of(Duration interval, double interestRatePer8h, double clampBound, double cap) {
        return new BybitFunding(interval, interestRatePer8h, clampBound, cap);
    }

    /**
     * Returns the interest rate for one interval: {@code interestRatePer8h * interval / 8h}.
     *
     * @return the interest rate per interval
     */
    public double interestRate() {
        return FundingMath.per8hToInterval(interestRatePer8h, interval);
    }

    @Override
    public double rate(double averagePremium) {
        ArgChecker.finite(averagePremium, "averagePremium");
        // Bybit scales only the interest to the interval; the damper and cap apply per interval.
        return FundingMath.capped(FundingMath.premiumPlusClampedInterest(averagePremium, interestRate(), clampBound), cap);
    }

    @Override
    public PremiumAveraging premiumAveraging() {
        return PremiumAveraging.LINEAR_WEIGHTED;
    }

    @Override
    public String venue() {
        return "Bybit";
    }

    @Override
    public io.github.basisspread.core.instrument.Venue exchange() {
        return io.github.basisspread.core.instrument.Venue.BYBIT;
    }
}
