package io.github.basisspread.core.carry;

import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.internal.ArgChecker;

/**
 * The return of a trade on the capital it ties up, annualized.
 *
 * <p>For a hedged basis trade the capital is the spot notional plus the initial margin posted on
 * the derivative leg, {@link #capital(double, double, double)}: a trade earning 1% of its spot
 * notional earns less than 1% on capital once a 10% margin is counted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param netPnl the net profit over the holding period, in the same currency as the capital, finite
 * @param capital the capital tied up, finite and positive
 * @param yearFraction the holding period in years, finite and positive
 */
public record ReturnOnCapital(double netPnl, double capital, double yearFraction) {

    /**
     * Validates the components.
     *
     * @param netPnl the net P&amp;L
     * @param capital the capital
     * @param yearFraction the year fraction
     * @throws IllegalArgumentException if the P&amp;L is not finite, or the capital or year fraction
     *     not finite and positive
     */
    public ReturnOnCapital {
        ArgChecker.finite(netPnl, "netPnl");
        ArgChecker.positive(capital, "capital");
        ArgChecker.positive(yearFraction, "yearFraction");
    }

    /**
     * Creates a return on capital.
     *
     * @param netPnl the net profit over the holding period, finite
     * @param capital the capital tied up, finite and positive
     * @param yearFraction the holding period in years, finite and positive
     * @return the return on capital
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static ReturnOnCapital of(double netPnl, double capital, double yearFraction) {
        return new ReturnOnCapital(netPnl, capital, yearFraction);
    }

    /**
     * The capital of a spot-plus-derivative trade: {@code spotNotional + marginFraction * derivativeNotional}.
     *
     * @param spotNotional the spot notional, finite and zero or more
     * @param derivativeNotional the derivative notional, finite and zero or more
     * @param initialMarginFraction the initial margin as a fraction of derivative notional, in [0, 1]
     * @return the capital
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double capital(double spotNotional, double derivativeNotional, double initialMarginFraction) {
        ArgChecker.nonNegative(spotNotional, "spotNotional");
        ArgChecker.nonNegative(derivativeNotional, "derivativeNotional");
        ArgChecker.inRangeInclusive(initialMarginFraction, 0.0, 1.0, "initialMarginFraction");
        return spotNotional + initialMarginFraction * derivativeNotional;
    }

    /**
     * The return over the holding period, {@code netPnl / capital}.
     *
     * @return the period return as a decimal
     */
    public double periodReturn() {
        return netPnl / capital;
    }

    /**
     * The annualized return: simple {@code periodReturn / tau} or continuous
     * {@code ln(1 + periodReturn) / tau}.
     *
     * @param compounding the compounding, not null
     * @return the annualized return as a decimal
     * @throws IllegalArgumentException if the compounding is null, or it is continuous and the
     *     whole capital or more was lost (no logarithm)
     */
    public double annualized(Compounding compounding) {
        ArgChecker.notNull(compounding, "compounding");
        return switch (compounding) {
            case SIMPLE -> periodReturn() / yearFraction;
            case CONTINUOUS -> {
                double r = periodReturn();
                ArgChecker.isTrue(r > -1.0, "netPnl", netPnl, "lose less than the capital " + capital
                        + " for a continuous return");
                yield Math.log1p(r) / yearFraction;
            }
        };
    }
}
