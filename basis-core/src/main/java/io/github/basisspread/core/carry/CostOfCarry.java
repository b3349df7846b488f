package io.github.basisspread.core.carry;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * The cost-of-carry model of a forward price, {@code F = S exp((r + u - y - q) tau)} (Hull,
 * <i>Options, Futures and Other Derivatives</i>, ch. 5: eq. 5.3 with a known yield, 5.6 with
 * storage costs, 5.7 with a convenience yield).
 *
 * <p>All four rates are continuously compounded annual decimals:
 * <ul>
 *   <li>{@code r}, the financing rate: what cash costs to borrow (or earns when lent);</li>
 *   <li>{@code u}, the storage cost: the cost of holding the asset (custody, insurance), zero or more;</li>
 *   <li>{@code y}, the convenience yield: the benefit of holding the physical asset rather than the
 *       forward;</li>
 *   <li>{@code q}, the asset yield: what the asset itself pays its holder (staking rewards, lending
 *       interest on the coin).</li>
 * </ul>
 * The net carry rate is {@code r + u - y - q}; the fair forward is spot grown at that rate.
 *
 * <p>Immutable and thread-safe.
 *
 * @param financingRate the financing rate {@code r}, finite
 * @param storageCost the storage cost rate {@code u}, finite and zero or more
 * @param convenienceYield the convenience yield {@code y}, finite
 * @param assetYield the asset yield {@code q} (staking, lending), finite
 */
public record CostOfCarry(double financingRate, double storageCost, double convenienceYield, double assetYield) {

    /**
     * Validates the components.
     *
     * @param financingRate the financing rate
     * @param storageCost the storage cost
     * @param convenienceYield the convenience yield
     * @param assetYield the asset yield
     * @throws IllegalArgumentException if a rate is not finite or the storage cost is negative
     */
    public CostOfCarry {
        ArgChecker.finite(financingRate, "financingRate");
        ArgChecker.nonNegative(storageCost, "storageCost");
        ArgChecker.finite(convenienceYield, "convenienceYield");
        ArgChecker.finite(assetYield, "assetYield");
    }

    /**
     * Creates a cost-of-carry model.
     *
     * @param financingRate the financing rate {@code r}, finite
     * @param storageCost the storage cost rate {@code u}, finite and zero or more
     * @param convenienceYield the convenience yield {@code y}, finite
     * @param assetYield the asset yield {@code q}, finite
     * @return the model
     * @throws IllegalArgumentException if a rate is not finite or the storage cost is negative
     */
    public static CostOfCarry of(double financingRate, double storageCost, double convenienceYield,
            double assetYield) {
        return new CostOfCarry(financingRate, storageCost, convenienceYield, assetYield);
    }

    /**
     * The usual crypto case: a financing rate and an asset yield, no storage, no convenience yield.
     *
     * @param financingRate the financing rate {@code r}, finite
     * @param assetYield the asset yield {@code q}, finite
     * @return the model {@code (r, 0, 0, q)}
     * @throws IllegalArgumentException if a rate is not finite
     */
    public static CostOfCarry ofFinancingAndYield(double financingRate, double assetYield) {
        return new CostOfCarry(financingRate, 0.0, 0.0, assetYield);
    }

    /**
     * The net carry rate {@code r + u - y - q}.
     *
     * @return the continuously compounded net carry rate
     */
    public double netCarryRate() {
        return financingRate + storageCost - convenienceYield - assetYield;
    }

    /**
     * The fair forward price {@code S exp((r + u - y - q) tau)}.
     *
     * @param spotPrice the spot price, finite and positive
     * @param yearFraction the time to delivery in years, finite and zero or more
     * @return the fair forward price
     * @throws IllegalArgumentException if an argument is out of range or the result overflows
     */
    public double fairForward(double spotPrice, double yearFraction) {
        ArgChecker.positive(spotPrice, "spotPrice");
        ArgChecker.nonNegative(yearFraction, "yearFraction");
        double forward = spotPrice * Math.exp(netCarryRate() * yearFraction);
        if (!(forward > 0) || Double.isInfinite(forward)) {
            throw new IllegalArgumentException("Argument 'yearFraction' with value " + yearFraction
                    + " at net carry rate " + netCarryRate() + " gives a forward price out of range: " + forward);
        }
        return forward;
    }

    /**
     * The financing rate {@code r} implied by a forward price, holding {@code u}, {@code y} and
     * {@code q}: {@code r = ln(F/S)/tau - u + y + q}.
     *
     * @param spotPrice the spot price, finite and positive
     * @param forwardPrice the forward price, finite and positive
     * @param yearFraction the time to delivery in years, finite and positive
     * @return the implied financing rate
     * @throws IllegalArgumentException if an argument is not finite and positive
     */
    public double impliedFinancingRate(double spotPrice, double forwardPrice, double yearFraction) {
        return impliedNetCarryRate(spotPrice, forwardPrice, yearFraction) - storageCost + convenienceYield
                + assetYield;
    }

    /**
     * The convenience yield {@code y} implied by a forward price, holding {@code r}, {@code u} and
     * {@code q}: {@code y = r + u - q - ln(F/S)/tau}. A forward below its carry-model price shows up
     * as a positive convenience yield.
     *
     * @param spotPrice the spot price, finite and positive
     * @param forwardPrice the forward price, finite and positive
     * @param yearFraction the time to delivery in years, finite and positive
     * @return the implied convenience yield
     * @throws IllegalArgumentException if an argument is not finite and positive
     */
    public double impliedConvenienceYield(double spotPrice, double forwardPrice, double yearFraction) {
        return financingRate + storageCost - assetYield
                - impliedNetCarryRate(spotPrice, forwardPrice, yearFraction);
    }

    /**
     * The asset yield {@code q} implied by a forward price, holding {@code r}, {@code u} and
     * {@code y}: {@code q = r + u - y - ln(F/S)/tau}.
     *
     * @param spotPrice the spot price, finite and positive
     * @param forwardPrice the forward price, finite and positive
     * @param yearFraction the time to delivery in years, finite and positive
     * @return the implied asset yield
     * @throws IllegalArgumentException if an argument is not finite and positive
     */
    public double impliedAssetYield(double spotPrice, double forwardPrice, double yearFraction) {
        return financingRate + storageCost - convenienceYield
                - impliedNetCarryRate(spotPrice, forwardPrice, yearFraction);
    }

    /**
     * The net carry rate implied by a forward price, {@code ln(F/S)/tau}: the continuous annualized
     * basis.
     *
     * @param spotPrice the spot price, finite and positive
     * @param forwardPrice the forward price, finite and positive
     * @param yearFraction the time to delivery in years, finite and positive
     * @return {@code ln(F/S)/tau}
     * @throws IllegalArgumentException if an argument is not finite and positive
     */
    public static double impliedNetCarryRate(double spotPrice, double forwardPrice, double yearFraction) {
        ArgChecker.positive(spotPrice, "spotPrice");
        ArgChecker.positive(forwardPrice, "forwardPrice");
        ArgChecker.positive(yearFraction, "yearFraction");
        return Math.log(forwardPrice / spotPrice) / yearFraction;
    }

    /**
     * A copy with another financing rate.
     *
     * @param rate the financing rate {@code r}, finite
     * @return the copy
     * @throws IllegalArgumentException if the rate is not finite
     */
    public CostOfCarry withFinancingRate(double rate) {
        return new CostOfCarry(rate, storageCost, convenienceYield, assetYield);
    }

    /**
     * A copy with another convenience yield.
     *
     * @param yield the convenience yield {@code y}, finite
     * @return the copy
     * @throws IllegalArgumentException if the yield is not finite
     */
    public CostOfCarry withConvenienceYield(double yield) {
        return new CostOfCarry(financingRate, storageCost, yield, assetYield);
    }
}
