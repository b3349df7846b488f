package io.github.basisspread.core.basis;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * How a basis is annualized.
 *
 * <ul>
 *   <li>{@link #SIMPLE}: {@code (F/S - 1) / tau}, which with ACT/365F is the familiar
 *       {@code (F/S - 1) * 365 / days} quoted by most venues.</li>
 *   <li>{@link #CONTINUOUS}: {@code ln(F/S) / tau}, the continuously compounded rate of the
 *       cost-of-carry model {@code F = S exp(r tau)}.</li>
 * </ul>
 * The two agree to first order for a small basis: {@code ln(1 + x) = x - x^2/2 + ...}.
 */
public enum Compounding {
    /** Simple annualization: {@code (F/S - 1) / tau}. */
    SIMPLE,
    /** Continuous annualization: {@code ln(F/S) / tau}. */
    CONTINUOUS;

    /**
     * Annualizes the price ratio {@code F/S} over a year fraction.
     *
     * @param ratio the ratio of derivative to spot price, finite and positive
     * @param yearFraction the time to expiry in years, finite and positive
     * @return the annualized rate as a decimal (0.05 = 5% a year)
     * @throws IllegalArgumentException if either argument is not finite and positive
     */
    public double annualize(double ratio, double yearFraction) {
        ArgChecker.positive(ratio, "ratio");
        ArgChecker.positive(yearFraction, "yearFraction");
        return switch (this) {
            case SIMPLE -> (ratio - 1.0) / yearFraction;
            case CONTINUOUS -> Math.log(ratio) / yearFraction;
        };
    }

    /**
     * Inverts {@link #annualize}: the ratio {@code F/S} implied by an annualized rate.
     *
     * @param annualRate the annualized rate as a decimal
     * @param yearFraction the time to expiry in years
     * @return the implied ratio {@code F/S}
     * @throws IllegalArgumentException if the rate is not finite, the year fraction not positive,
     *     or the implied ratio not positive (a simple rate below {@code -1/tau})
     */
    public double ratio(double annualRate, double yearFraction) {
        ArgChecker.finite(annualRate, "annualRate");
        ArgChecker.positive(yearFraction, "yearFraction");
        double ratio = switch (this) {
            case SIMPLE -> 1.0 + annualRate * yearFraction;
            case CONTINUOUS -> Math.exp(annualRate * yearFraction);
        };
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("Argument 'annualRate' with value " + annualRate
                    + " over yearFraction " + yearFraction + " implies a non-positive or infinite ratio " + ratio);
        }
        return ratio;
    }
}
