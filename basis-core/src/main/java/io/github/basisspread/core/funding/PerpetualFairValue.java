package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * The no-arbitrage price of a linear perpetual under a continuous funding intensity model,
 * after He, Manela, Ross and von Wachter (2022), "Fundamentals of Perpetual Futures".
 *
 * <h2>Model</h2>
 * A long perpetual costs nothing to enter, gains the price changes {@code dF} and pays funding
 * {@code kappa (F - S) dt} continuously, where {@code kappa} (per year) is the funding intensity
 * and {@code S} the spot price. Cash in the quote currency earns {@code r_a} and the base asset
 * earns {@code r_b} (its lending rate), both continuously compounded per year. Under the
 * quote-currency risk-neutral measure the spot drifts at {@code (r_a - r_b) S}.
 *
 * <h2>Derivation</h2>
 * The gains of a zero-cost, marked-to-market position must have zero expected drift:
 * <pre>
 *   E_t[dF_t] = kappa (F_t - S_t) dt.
 * </pre>
 * Solving this forward gives the perpetual as a claim on spot at an exponential random time of
 * intensity {@code kappa}:
 * <pre>
 *   F_t = E_t[ integral_t^inf kappa e^{-kappa (s - t)} S_s ds ]
 *       = kappa S_t integral_0^inf e^{-(kappa - (r_a - r_b)) u} du
 *       = S_t * kappa / (kappa + r_b - r_a),
 * </pre>
 * using {@code E_t[S_s] = S_t e^{(r_a - r_b)(s - t)}}. The integral converges only if
 * {@code kappa + r_b - r_a > 0}: funding must pull faster than carry pushes, otherwise no
 * stationary price exists. A check by substitution: {@code F = c S} gives
 * {@code c (r_a - r_b) = kappa (c - 1)}, so {@code c = kappa / (kappa + r_b - r_a)}.
 * Limits: {@code kappa -> infinity} gives {@code F -> S}; {@code r_a = r_b} gives {@code F = S};
 * {@code r_a > r_b} puts the perpetual at a premium, as a dated future in contango.
 *
 * <p>A venue paying the whole relative premium {@code (F - S)/S} once per interval {@code T}
 * corresponds to {@code kappa = 1/T} per year ({@link #intensityOf(Duration)}: 1095 for 8 h).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param fundingIntensity the funding intensity {@code kappa} per year; finite and positive
 * @param quoteRate the quote-currency interest rate {@code r_a}, continuous per year; finite
 * @param baseRate the base-asset interest rate {@code r_b}, continuous per year; finite
 */
public record PerpetualFairValue(double fundingIntensity, double quoteRate, double baseRate) {

    /**
     * Validates the parameters.
     *
     * @param fundingIntensity the funding intensity {@code kappa} per year; finite and positive
     * @param quoteRate the quote-currency interest rate {@code r_a}, continuous per year; finite
     * @param baseRate the base-asset interest rate {@code r_b}, continuous per year; finite
     * @throws IllegalArgumentException if a parameter is not finite, the intensity is not
     *     positive, or {@code kappa + r_b - r_a <= 0} (no stationary perpetual price)
     */
    public PerpetualFairValue {
        ArgChecker.positive(fundingIntensity, "fundingIntensity");
        ArgChecker.finite(quoteRate, "quoteRate");
        ArgChecker.finite(baseRate, "baseRate");
        ArgChecker.isTrue(fundingIntensity + baseRate - quoteRate > 0, "fundingIntensity", fundingIntensity,
                "exceed quoteRate - baseRate = " + (quoteRate - baseRate)
                        + ", otherwise kappa + r_b - r_a <= 0 and no stationary perpetual price exists");
    }

    /**
     * Creates the model.
     *
     * @param fundingIntensity the funding intensity per year
     * @param quoteRate the quote-currency rate, continuous per year
     * @param baseRate the base-asset rate, continuous per year
     * @return the model
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static PerpetualFairValue of(double fundingIntensity, double quoteRate, double baseRate) {
        return new PerpetualFairValue(fundingIntensity, quoteRate, baseRate);
    }

    /**
     * Returns the funding intensity of a venue that pays the full relative premium once per
     * interval: {@code 365 days / interval} per year (1095 for 8 h, 8760 for 1 h).
     *
     * @param interval the funding interval; positive
     * @return the intensity per year
     * @throws IllegalArgumentException if the interval is null or not positive
     */
    public static double intensityOf(Duration interval) {
        FundingMath.positive(interval, "interval");
        return FundingMath.ratio(FundingMath.YEAR, interval);
    }

    /**
     * Returns the fair ratio {@code F / S = kappa / (kappa + r_b - r_a)}.
     *
     * @return the ratio, positive
     */
    public double fairRatio() {
        return fundingIntensity / (fundingIntensity + baseRate - quoteRate);
    }

    /**
     * Returns the fair relative premium {@code F / S - 1 = (r_a - r_b) / (kappa + r_b - r_a)}.
     *
     * @return the premium as a decimal
     */
    public double fairPremium() {
        // Written from the difference directly so a tiny premium keeps its precision.
        return (quoteRate - baseRate) / (fundingIntensity + baseRate - quoteRate);
    }

    /**
     * Returns the fair perpetual price for a spot price.
     *
     * @param spot the spot price; finite and positive
     * @return {@code spot * fairRatio()}
     * @throws IllegalArgumentException if the spot price is not finite and positive
     */
    public double fairPrice(double spot) {
        ArgChecker.positive(spot, "spot");
        return spot * fairRatio();
    }
}
