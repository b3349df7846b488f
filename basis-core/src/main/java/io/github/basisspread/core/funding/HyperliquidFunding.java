package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * Hyperliquid perpetual funding: an 8-hour rate paid hourly in eighths.
 *
 * <p>From the Hyperliquid Docs page "Funding" (Trading section): the premium is sampled every
 * 5 seconds from the impact bid and ask prices against the oracle (spot) price, in the form of
 * {@link PremiumIndex}, and averaged over the hour ({@link PremiumAveraging#SIMPLE}). The
 * interest rate is fixed at 0.01% per 8 hours. The 8-hour rate is
 * <pre>
 *   F8 = P + clamp(I - P, -0.05%, +0.05%)
 * </pre>
 * and each hour one eighth of it is paid, with a cap of 4% per hour:
 * <pre>
 *   F1 = clamp(F8 / 8, -4%, +4%)
 * </pre>
 * Hyperliquid values the position at the oracle price, not the mark price, when it turns the
 * rate into a payment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interestRatePer8h the interest rate per 8 hours as a decimal; finite
 * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
 * @param hourlyCap the absolute cap on the hourly rate; finite and positive
 */
public record HyperliquidFunding(double interestRatePer8h, double clampBound, double hourlyCap)
        implements FundingFormula {

    /**
     * Validates the parameters.
     *
     * @param interestRatePer8h the interest rate per 8 hours as a decimal; finite
     * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
     * @param hourlyCap the absolute cap on the hourly rate; finite and positive
     * @throws IllegalArgumentException if a parameter is outside its domain
     */
    public HyperliquidFunding {
        ArgChecker.finite(interestRatePer8h, "interestRatePer8h");
        ArgChecker.nonNegative(clampBound, "clampBound");
        FundingMath.cap(hourlyCap, "hourlyCap");
    }

    /**
     * Returns the defaults: 0.01% interest per 8 h, ±0.05% damper, 4% hourly cap.
     *
     * @return the default formula
     */
    public static HyperliquidFunding defaults() {
        return new HyperliquidFunding(0.0001, 0.0005, 0.04);
    }

    /**
     * Creates a formula with explicit parameters.
     *
     * @param interestRatePer8h the interest rate per 8 hours
     * @param clampBound the damper half-width
     * @param hourlyCap the absolute cap on the hourly rate
     * @return the formula
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static HyperliquidFunding of(double interestRatePer8h, double clampBound, double hourlyCap) {
        return new HyperliquidFunding(interestRatePer8h, clampBound, hourlyCap);
    }

    /**
     * Returns the 8-hour rate before it is split into hourly payments and capped.
     *
     * @param averagePremium the averaged premium as a decimal; finite
     * @return {@code P + clamp(I - P, -clampBound, +clampBound)}
     * @throws IllegalArgumentException if the premium is not finite
     */
    public double eightHourRate(double averagePremium) {
        ArgChecker.finite(averagePremium, "averagePremium");
        return FundingMath.premiumPlusClampedInterest(averagePremium, interestRatePer8h, clampBound);
    }

    /**
     * Returns the hourly rate: one eighth of the {@linkplain #eightHourRate 8-hour rate},
     * capped at {@code ±hourlyCap}.
     *
     * @param averagePremium the averaged premium as a decimal; finite
     * @return the hourly funding rate
     * @throws IllegalArgumentException if the premium is not finite
     */
    @Override
    public double rate(double averagePremium) {
        return FundingMath.clamp(eightHourRate(averagePremium) / 8.0, -hourlyCap, hourlyCap);
    }

    /**
     * Returns one hour.
     *
     * @return one hour
     */
    @Override
    public Duration interval() {
        return FundingMath.ONE_HOUR;
    }

    @Override
    public PremiumAveraging premiumAveraging() {
        return PremiumAveraging.SIMPLE;
    }

    @Override
    public String venue() {
        return "Hyperliquid";
    }

    @Override
    public io.github.basisspread.core.instrument.Venue exchange() {
        return io.github.basisspread.core.instrument.Venue.HYPERLIQUID;
    }
}
