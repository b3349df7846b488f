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
 * where BitMEX sets the cap at 75% of (initial margin - maintenance margin): 0.375% for a
 * contract with 1% initial and 0.5% maintenance margin, this class's default.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interval the funding interval; positive (8 h at BitMEX)
 * @param quoteRatePerDay the daily lending rate of the quote currency as a decimal; finite
 * @param baseRatePerDay the daily lending rate of the base currency as a decimal; finite
 * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
 * @param cap the absolute cap on the rate per interval; finite and positive
 */
public record BitmexFunding(Duration interval, double quoteRatePerDay, double baseRatePerDay, double clampBound,
        double cap) implements FundingFormula {

    /**
     * Validates the parameters.
     *
     * @param interval the funding interval; positive (8 h at BitMEX)
     * @param quoteRatePerDay the daily lending rate of the quote currency as a decimal; finite
     * @param baseRatePerDay the daily lending rate of the base currency as a decimal; finite
     * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
     * @param cap the absolute cap on the rate per interval; finite and positive
     * @throws IllegalArgumentException if a parameter is outside its domain
     */
    public BitmexFunding {
        FundingMath.positive(interval, "interval");
        ArgChecker.finite(quoteRatePerDay, "quoteRatePerDay");
        ArgChecker.finite(baseRatePerDay, "baseRatePerDay");
        ArgChecker.nonNegative(clampBound, "clampBound");
        FundingMath.cap(cap, "cap");
    }

    /**
     * Returns the defaults: 8 h, quote rate 0.06% a day, base rate 0.03% a day (so 0.01% per
     * interval), ±0.05% damper, ±0.375% cap.
     *
     * @return the default formula
     */
    public static BitmexFunding defaults() {
        return new BitmexFunding(FundingMath.EIGHT_HOURS, 0.0006, 0.0003, 0.0005, 0.00375);
    }

    /**
     * Creates a formula with explicit parameters.
     *
     * @param interval the funding interval
     * @param quoteRatePerDay the quote currency's daily lending rate
     * @param baseRatePerDay the base currency's daily lending rate
     * @param clampBound the damper half-width
     * @param cap the absolute cap per interval
     * @return the formula
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static BitmexFunding of(Duration interval, double quoteRatePerDay, double baseRatePerDay, double clampBound,
            double cap) {
        return new BitmexFunding(interval, quoteRatePerDay, baseRatePerDay, clampBound, cap);
    }

    /**
     * Returns the interest rate for one interval: {@code (quote - base) / (1 day / interval)}.
     *
     * @return the interest rate per interval
     */
    public double interestRate() {
        return (quoteRatePerDay - baseRatePerDay) / FundingMath.ratio(Duration.ofDays(1), interval);
    }

    @Override
    public double rate(double averagePremium) {
        ArgChecker.finite(averagePremium, "averagePremium");
        double f = FundingMath.premiumPlusClampedInterest(averagePremium, interestRate(), clampBound);
        return FundingMath.clamp(f, -cap, cap);
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
