package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * OKX perpetual swap funding.
 *
 * <p>OKX publishes two forms, told apart by its public funding-rate API field
 * {@code formulaType}:
 * <ul>
 *   <li>{@link Method#PREMIUM_LESS_INTEREST} ({@code noRate}), the help-centre definition
 *       ("Introduction to perpetual swap funding fee", and "OKX to optimize funding rate
 *       calculation", January 2024):
 *       <pre>  F = clamp(MA(premium - interest), floor, cap),   interest = 0</pre>
 *       where the premium is the mid-price premium
 *       {@code ((best bid + best ask) / 2 - index) / index}
 *       ({@link PremiumIndex#midPremium}), sampled every minute, and MA is the simple moving
 *       average over the last N hours, N the funding interval ({@link PremiumAveraging#SIMPLE}).
 *       Since the interest is a constant, {@code MA(premium - interest) = P - I}.</li>
 *   <li>{@link Method#DAMPED_INTEREST} ({@code withRate}): the interest component and a ±0.05%
 *       damper in the form the other large venues use,
 *       <pre>  F = clamp(P + clamp(I - P, -0.05%, +0.05%), floor, cap)</pre>
 *       Assumption: the cited help-centre pages do not spell this form out; it is written here
 *       from the API's {@code withRate} description (an interest rate and an impact value).</li>
 * </ul>
 * The floor and cap are set per currency; the help centre lists ±0.375% (BTC), ±0.75% (ETH and
 * other majors) and ±1.5% (other currencies, this class's default).
 *
 * <p>Immutable and thread-safe.
 *
 * @param method which OKX formula applies; not null
 * @param interval the funding interval; positive
 * @param interestRate the interest rate per interval as a decimal; finite
 * @param clampBound the half-width of the damper of {@link Method#DAMPED_INTEREST}; finite,
 *     zero or positive (unused by {@link Method#PREMIUM_LESS_INTEREST})
 * @param floor the lowest rate per interval; finite and below {@code cap}
 * @param cap the highest rate per interval; finite
 */
public record OkxFunding(Method method, Duration interval, double interestRate, double clampBound, double floor,
        double cap) implements FundingFormula {

    /** The two published forms of OKX's funding rate. */
    public enum Method {
        /** {@code F = clamp(P - I, floor, cap)}, OKX's {@code noRate} formula (I = 0). */
        PREMIUM_LESS_INTEREST,
        /** {@code F = clamp(P + clamp(I - P, -c, +c), floor, cap)}, OKX's {@code withRate} formula. */
        DAMPED_INTEREST
    }

    /**
     * Validates the parameters.
     *
     * @param method which OKX formula applies; not null
     * @param interval the funding interval; positive
     * @param interestRate the interest rate per interval as a decimal; finite
     * @param clampBound the half-width of the damper of {@link Method#DAMPED_INTEREST}; finite, zero or
     *     positive (unused by {@link Method#PREMIUM_LESS_INTEREST})
     * @param floor the lowest rate per interval; finite and below {@code cap}
     * @param cap the highest rate per interval; finite
     * @throws IllegalArgumentException if a parameter is outside its domain
     */
    public OkxFunding {
        ArgChecker.notNull(method, "method");
        FundingMath.positive(interval, "interval");
        ArgChecker.finite(interestRate, "interestRate");
        ArgChecker.nonNegative(clampBound, "clampBound");
        ArgChecker.finite(floor, "floor");
        ArgChecker.finite(cap, "cap");
        ArgChecker.isTrue(floor < cap, "floor", floor, "be below 'cap' " + cap);
    }

    /**
     * Returns the help-centre defaults: {@link Method#PREMIUM_LESS_INTEREST}, 8 h, interest 0,
     * floor -1.5%, cap +1.5% (the "other currencies" tier).
     *
     * @return the default formula
     */
    public static OkxFunding defaults() {
        return new OkxFunding(Method.PREMIUM_LESS_INTEREST, FundingMath.EIGHT_HOURS, 0.0, 0.0005, -0.015, 0.015);
    }

    /**
     * Returns the {@link Method#DAMPED_INTEREST} form with 0.01% interest per 8 h, a ±0.05%
     * damper and a ±1.5% floor and cap.
     *
     * @return the formula
     */
    public static OkxFunding dampedInterestDefaults() {
        return new OkxFunding(Method.DAMPED_INTEREST, FundingMath.EIGHT_HOURS, 0.0001, 0.0005, -0.015, 0.015);
    }

    /**
     * Creates a formula with explicit parameters.
     *
     * @param method which OKX formula applies
     * @param interval the funding interval
     * @param interestRate the interest rate per interval
     * @param clampBound the damper half-width
     * @param floor the lowest rate per interval
     * @param cap the highest rate per interval
     * @return the formula
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static OkxFunding of(Method method, Duration interval, double interestRate, double clampBound, double floor,
            double cap) {
        return new OkxFunding(method, interval, interestRate, clampBound, floor, cap);
    }

    @Override
    public double rate(double averagePremium) {
        ArgChecker.finite(averagePremium, "averagePremium");
        double uncapped = switch (method) {
            case PREMIUM_LESS_INTEREST -> averagePremium - interestRate;
            case DAMPED_INTEREST -> FundingMath.premiumPlusClampedInterest(averagePremium, interestRate, clampBound);
        };
        return FundingMath.clamp(uncapped, floor, cap);
    }

    @Override
    public PremiumAveraging premiumAveraging() {
        return PremiumAveraging.SIMPLE;
    }

    @Override
    public String venue() {
        return "OKX";
    }

    @Override
    public io.github.basisspread.core.instrument.Venue exchange() {
        return io.github.basisspread.core.instrument.Venue.OKX;
    }
}
