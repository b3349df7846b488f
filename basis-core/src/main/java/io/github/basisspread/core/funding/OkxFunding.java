package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * OKX perpetual swap funding, in its three published forms.
 *
 * <p>The premium is the mid-price premium {@code ((best bid + best ask) / 2 - index) / index}
 * ({@link PremiumIndex#midPremium}), sampled every minute and averaged with equal weights
 * ({@link PremiumAveraging#SIMPLE}) over the last {@code N} hours, {@code N} the funding interval
 * (OKX "OKX to optimize funding rate calculation", published 2024-01-25, updated 2024-01-31,
 * effective 2024-03-05 08:00 UTC; before that the average ran from the last settlement).
 * The three forms, told apart by {@link Method}:
 * <ul>
 *   <li>{@link Method#PREMIUM_LESS_INTEREST}, the original rule:
 *       <pre>  F = clamp(MA(premium - interest), floor, cap),   interest = 0</pre>
 *       In force from OKX's July 2019 funding-fee notice (effective 2019-07-18, "interest
 *       = 0", BTC cap ±0.3% then) and restated unchanged in the notice of 2024-01-25 cited
 *       above. OKX's API labels it {@code formulaType = noRate}.</li>
 *   <li>{@link Method#DAMPED_INTEREST}, the current rule and this class's
 *       {@link #defaults()}: an interest rate of 0.01% per 8 hours with a ±0.05% damper,
 *       <pre>  F = clamp(P + clamp(I - P, -0.05%, +0.05%), floor, cap)</pre>
 *       OKX's API labels it {@code formulaType = withRate}. Its revision notice and
 *       effective date were not found in the documents searched on 2026-12-05 (the latest OKX
 *       notice found, 2024-01-25, still states {@code interest = 0}); the rule is taken from the
 *       issue report citing OKX's revision notices and from the {@code withRate} description.</li>
 *   <li>{@link Method#DAMPED_INTEREST_INTERVAL_SCALED}, the updated rule for {@code N}-hour
 *       intervals: the whole 8-hour rate is scaled,
 *       <pre>  F = clamp([P + clamp(I - P, -0.05%, +0.05%)] / (8 / N), floor, cap)</pre>
 *       with {@code I} per 8 hours; at {@code N = 8} it equals {@link Method#DAMPED_INTEREST}.
 *       Effective date: not found in the documents searched (see above).</li>
 * </ul>
 * The floor and cap are set per currency; the OKX help centre lists ±0.375% (BTC), ±0.75% (ETH
 * and other majors) and ±1.5% (other currencies, the tier of {@link #defaults()}); OKX raises
 * them per contract by notice (FILUSDT to ±4.00% on 2020-10-17, for instance).
 *
 * <p>Immutable and thread-safe.
 *
 * @param method which OKX formula applies; not null
 * @param interval the funding interval; positive
 * @param interestRate the interest rate as a decimal, per interval for
 *     {@link Method#PREMIUM_LESS_INTEREST} and {@link Method#DAMPED_INTEREST}, per 8 hours for
 *     {@link Method#DAMPED_INTEREST_INTERVAL_SCALED}; finite
 * @param clampBound the half-width of the damper; finite, zero or positive (unused by
 *     {@link Method#PREMIUM_LESS_INTEREST})
 * @param floor the lowest rate per interval; finite and below {@code cap}
 * @param cap the highest rate per interval; finite
 */
public record OkxFunding(Method method, Duration interval, double interestRate, double clampBound, double floor,
        double cap) implements FundingFormula {

    /** The published forms of OKX's funding rate, oldest first. */
    public enum Method {
        /** {@code F = clamp(P - I, floor, cap)} with {@code I = 0}: OKX's original rule ({@code noRate}). */
        PREMIUM_LESS_INTEREST,
        /** {@code F = clamp(P + clamp(I - P, -c, +c), floor, cap)}: OKX's current rule ({@code withRate}). */
        DAMPED_INTEREST,
        /** {@code F = clamp([P + clamp(I - P, -c, +c)] N / 8, floor, cap)}: the interval-scaled update. */
        DAMPED_INTEREST_INTERVAL_SCALED
    }

    /**
     * Validates the parameters.
     *
     * @param method which OKX formula applies; not null
     * @param interval the funding interval; positive
     * @param interestRate the interest rate (see the class documentation for its period); finite
     * @param clampBound the half-width of the damper; finite, zero or positive
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
     * The current rule: {@link Method#DAMPED_INTEREST}, 8 h, 0.01% interest, ±0.05% damper,
     * floor -1.5% and cap +1.5% (the "other currencies" tier; set the symbol's own with
     * {@link #of}).
     *
     * @return the default formula
     */
    public static OkxFunding defaults() {
        return new OkxFunding(Method.DAMPED_INTEREST, FundingMath.EIGHT_HOURS, 0.0001, 0.0005, -0.015, 0.015);
    }

    /**
     * The original rule: {@link Method#PREMIUM_LESS_INTEREST}, 8 h, interest 0, ±1.5%.
     *
     * @return the formula
     */
    public static OkxFunding original() {
        return new OkxFunding(Method.PREMIUM_LESS_INTEREST, FundingMath.EIGHT_HOURS, 0.0, 0.0, -0.015, 0.015);
    }

    /**
     * The interval-scaled update: {@link Method#DAMPED_INTEREST_INTERVAL_SCALED}, 0.01% per 8 h,
     * ±0.05% damper, ±1.5%.
     *
     * @param interval the funding interval; positive
     * @return the formula
     * @throws IllegalArgumentException if the interval is not positive
     */
    public static OkxFunding intervalScaled(Duration interval) {
        return new OkxFunding(Method.DAMPED_INTEREST_INTERVAL_SCALED, interval, 0.0001, 0.0005, -0.015, 0.015);
    }

    /**
     * Creates a formula with explicit parameters.
     *
     * @param method which OKX formula applies
     * @param interval the funding interval
     * @param interestRate the interest rate (see the class documentation for its period)
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
            case DAMPED_INTEREST_INTERVAL_SCALED -> FundingMath.premiumPlusClampedInterest(averagePremium, interestRate,
                    clampBound) * FundingMath.ratio(interval, FundingMath.EIGHT_HOURS);
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
