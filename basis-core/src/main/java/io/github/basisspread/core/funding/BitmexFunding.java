package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * BitMEX perpetual contract funding.
 *
 * <p>From BitMEX's "Perpetual Contracts Guide": each contract has a quote currency and a base
 * currency whose daily lending rates are published as interest indices. The interest rate for
 * one interval is their difference divided by the number of funding intervals per day:
 * <pre>
 *   I = (quoteRate - baseRate) / (1 day / interval)      e.g. (0.06% - 0.03%) / 3 = 0.01%
 * </pre>
 * The premium index is built from the impact bid and ask prices and averaged over the interval
 * ({@link PremiumAveraging#SIMPLE}); BitMEX measures the impact prices against its mark price
 * and adds back the fair basis, which the caller folds into the premium passed in. The rate is
 * <pre>
 *   F = clamp(P + clamp(I - P, -0.05%, +0.05%), -cap, +cap)
 * </pre>
 * where BitMEX sets the absolute cap at 75% of (initial margin - maintenance margin).
 *
 * <p>BitMEX also caps the <em>change</em> of the rate from one interval to the next at 75% of the
 * maintenance margin, so a rate depends on the previous one:
 * <pre>
 *   F_t = clamp(clamp(F_uncapped, F_(t-1) - changeCap, F_(t-1) + changeCap), -cap, +cap)
 * </pre>
 * {@link #rate(double, double)} takes the previous rate and {@link #rates(double, double...)}
 * computes a sequence; {@link #rate(double)} applies the absolute cap only (the first rate of a
 * sequence, or a change that is known not to bind). For the guide's example contract (1% initial,
 * 0.5% maintenance margin, this class's {@link #defaults()}) both caps are 0.375%, so at most
 * ±1.125% a day on 8-hour intervals ("Important changes to Bitcoin / USD Swap funding", BitMEX
 * blog). Sources: BitMEX "Perpetual Contracts Guide" (funding section) and the BitMEX blog post
 * cited, checked 2026-12-05; the change-cap percentage is taken from the issue report citing
 * the guide, which the search corpus did not return in full.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interval the funding interval; positive (8 h at BitMEX)
 * @param quoteRatePerDay the daily lending rate of the quote currency as a decimal; finite
 * @param baseRatePerDay the daily lending rate of the base currency as a decimal; finite
 * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
 * @param cap the absolute cap on the rate per interval; finite and positive
 * @param changeCap the cap on the change from the previous interval's rate; finite and positive
 */
public record BitmexFunding(Duration interval, double quoteRatePerDay, double baseRatePerDay, double clampBound,
        double cap, double changeCap) implements FundingFormula {

    /**
     * Validates the parameters.
     *
     * @param interval the funding interval; positive (8 h at BitMEX)
     * @param quoteRatePerDay the daily lending rate of the quote currency as a decimal; finite
     * @param baseRatePerDay the daily lending rate of the base currency as a decimal; finite
     * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
     * @param cap the absolute cap on the rate per interval; finite and positive
     * @param changeCap the cap on the change from the previous interval's rate; finite and positive
     * @throws IllegalArgumentException if a parameter is outside its domain
     */
    public BitmexFunding {
        FundingMath.positive(interval, "interval");
        ArgChecker.finite(quoteRatePerDay, "quoteRatePerDay");
        ArgChecker.finite(baseRatePerDay, "baseRatePerDay");
        ArgChecker.nonNegative(clampBound, "clampBound");
        FundingMath.cap(cap, "cap");
        FundingMath.cap(changeCap, "changeCap");
    }

    /**
     * Returns the defaults: 8 h, quote rate 0.06% a day, base rate 0.03% a day (so 0.01% per
     * interval), ±0.05% damper, and the caps of a contract with 1% initial and 0.5% maintenance
     * margin: ±0.375% absolute, 0.375% change.
     *
     * @return the default formula
     */
    public static BitmexFunding defaults() {
        return ofMargins(FundingMath.EIGHT_HOURS, 0.0006, 0.0003, 0.01, 0.005);
    }

    /**
     * Creates the formula of a contract from its margins: absolute cap
     * {@code 0.75 (initialMargin - maintenanceMargin)}, change cap {@code 0.75 maintenanceMargin},
     * ±0.05% damper.
     *
     * @param interval the funding interval
     * @param quoteRatePerDay the quote currency's daily lending rate
     * @param baseRatePerDay the base currency's daily lending rate
     * @param initialMargin the initial margin fraction; finite, above {@code maintenanceMargin}
     * @param maintenanceMargin the maintenance margin fraction; finite and positive
     * @return the formula
     * @throws IllegalArgumentException if an argument is outside its domain
     */
    public static BitmexFunding ofMargins(Duration interval, double quoteRatePerDay, double baseRatePerDay,
            double initialMargin, double maintenanceMargin) {
        ArgChecker.positive(maintenanceMargin, "maintenanceMargin");
        ArgChecker.finite(initialMargin, "initialMargin");
        ArgChecker.isTrue(initialMargin > maintenanceMargin, "initialMargin", initialMargin,
                "be above 'maintenanceMargin' " + maintenanceMargin);
        return new BitmexFunding(interval, quoteRatePerDay, baseRatePerDay, 0.0005,
                0.75 * (initialMargin - maintenanceMargin), 0.75 * maintenanceMargin);
    }

    /**
     * Creates a formula with explicit parameters.
     *
     * @param interval the funding interval
     * @param quoteRatePerDay the quote currency's daily lending rate
     * @param baseRatePerDay the base currency's daily lending rate
     * @param clampBound the damper half-width
     * @param cap the absolute cap per interval
     * @param changeCap the cap on the change between consecutive rates
     * @return the formula
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static BitmexFunding of(Duration interval, double quoteRatePerDay, double baseRatePerDay, double clampBound,
            double cap, double changeCap) {
        return new BitmexFunding(interval, quoteRatePerDay, baseRatePerDay, clampBound, cap, changeCap);
    }

    /**
     * Returns the interest rate for one interval: {@code (quote - base) / (1 day / interval)}.
     *
     * @return the interest rate per interval
     */
    public double interestRate() {
        return (quoteRatePerDay - baseRatePerDay) / FundingMath.ratio(Duration.ofDays(1), interval);
    }

    /**
     * Returns the rate under the absolute cap only, without the change cap: the first rate of a
     * sequence, or any rate whose change from the previous one is known not to bind. Use
     * {@link #rate(double, double)} when the previous rate is known.
     *
     * @param averagePremium the averaged premium as a decimal; finite
     * @return {@code clamp(P + clamp(I - P, -c, +c), -cap, +cap)}
     * @throws IllegalArgumentException if the premium is not finite
     */
    @Override
    public double rate(double averagePremium) {
        ArgChecker.finite(averagePremium, "averagePremium");
        double f = FundingMath.premiumPlusClampedInterest(averagePremium, interestRate(), clampBound);
        return FundingMath.clamp(f, -cap, cap);
    }

    /**
     * Returns the rate given the previous interval's rate: the change cap first, then the
     * absolute cap.
     *
     * @param averagePremium the averaged premium as a decimal; finite
     * @param previousRate the rate of the previous interval as a decimal; finite
     * @return the rate, within {@code changeCap} of {@code previousRate} unless the absolute cap
     *     pulls it further in, and within {@code ±cap}
     * @throws IllegalArgumentException if an argument is not finite
     */
    public double rate(double averagePremium, double previousRate) {
        ArgChecker.finite(averagePremium, "averagePremium");
        ArgChecker.finite(previousRate, "previousRate");
        double f = FundingMath.premiumPlusClampedInterest(averagePremium, interestRate(), clampBound);
        double changeCapped = FundingMath.clamp(f, previousRate - changeCap, previousRate + changeCap);
        return FundingMath.clamp(changeCapped, -cap, cap);
    }

    /**
     * Computes a sequence of rates, each change-capped against the one before it.
     *
     * @param previousRate the rate of the interval before the first premium; finite
     * @param averagePremia the averaged premium of each interval, oldest first; not null, finite
     * @return the rates, one per premium, in the same order (a new array)
     * @throws IllegalArgumentException if an argument is null or not finite
     */
    public double[] rates(double previousRate, double... averagePremia) {
        ArgChecker.finite(previousRate, "previousRate");
        ArgChecker.notNull(averagePremia, "averagePremia");
        double[] out = new double[averagePremia.length];
        double previous = previousRate;
        for (int i = 0; i < averagePremia.length; i++) {
            if (!Double.isFinite(averagePremia[i])) {
                throw new IllegalArgumentException("Argument 'averagePremia' must hold finite values but has value "
                        + averagePremia[i] + " at index " + i);
            }
            previous = rate(averagePremia[i], previous);
            out[i] = previous;
        }
        return out;
    }

    @Override
    public PremiumAveraging premiumAveraging() {
        return PremiumAveraging.SIMPLE;
    }

    @Override
    public String venue() {
        return "BitMEX";
    }

    @Override
    public io.github.basisspread.core.instrument.Venue exchange() {
        return io.github.basisspread.core.instrument.Venue.BITMEX;
    }
}
