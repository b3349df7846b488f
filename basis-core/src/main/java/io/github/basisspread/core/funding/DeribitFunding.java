package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * Deribit perpetual funding: continuous accrual with a dead band.
 *
 * <p>From Deribit's support article "Funding Specifications": the premium rate is
 * {@code (mark price - Deribit index) / Deribit index}. A damper of ±0.025% is applied: a premium
 * inside the band gives no funding, a premium outside it is moved towards zero by 0.025%.
 * Written as one expression,
 * <pre>
 *   uncapped = max(0.025%, P) + min(-0.025%, P)
 *   F        = min(maxCap, max(minCap, uncapped))
 * </pre>
 * with a cap that varies by instrument. The rate is quoted per 8 hours but is charged
 * continuously (every millisecond): a holding of duration {@code dt} pays {@code F * dt / 8h}
 * of its position (see {@link FundingAccrual#continuous}).
 *
 * <p>Assumptions: the cap is symmetric ({@code minCap = -cap}); the default 0.5% per 8 h is an
 * example value, to be set from the instrument's specification. Deribit applies the formula
 * to the instantaneous premium of its (already smoothed) mark price, so the
 * {@link PremiumAveraging#SIMPLE} average of samples stands for a period's mean premium.
 *
 * <p>Immutable and thread-safe.
 *
 * @param damper the half-width of the dead band on the premium; finite, zero or positive
 * @param cap the absolute cap on the 8-hour rate; finite and positive
 */
public record DeribitFunding(double damper, double cap) implements FundingFormula {

    /**
     * Validates the parameters.
     *
     * @param damper the half-width of the dead band on the premium; finite, zero or positive
     * @param cap the absolute cap on the 8-hour rate; finite and positive
     * @throws IllegalArgumentException if a parameter is outside its domain
     */
    public DeribitFunding {
        ArgChecker.nonNegative(damper, "damper");
        FundingMath.cap(cap, "cap");
    }

    /**
     * Returns the defaults: ±0.025% damper, ±0.5% cap per 8 h.
     *
     * @return the default formula
     */
    public static DeribitFunding defaults() {
        return new DeribitFunding(0.00025, 0.005);
    }

    /**
     * Creates a formula with explicit parameters.
     *
     * @param damper the dead-band half-width
     * @param cap the absolute cap per 8 h
     * @return the formula
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static DeribitFunding of(double damper, double cap) {
        return new DeribitFunding(damper, cap);
    }

    @Override
    public double rate(double averagePremium) {
        ArgChecker.finite(averagePremium, "averagePremium");
        double uncapped = Math.max(damper, averagePremium) + Math.min(-damper, averagePremium);
        return FundingMath.clamp(uncapped, -cap, cap);
    }

    /**
     * Returns 8 hours, the interval the continuously accruing rate is quoted in.
     *
     * @return 8 hours
     */
    @Override
    public Duration interval() {
        return FundingMath.EIGHT_HOURS;
    }

    @Override
    public PremiumAveraging premiumAveraging() {
        return PremiumAveraging.SIMPLE;
    }

    @Override
    public String venue() {
        return "Deribit";
    }

    @Override
    public io.github.basisspread.core.instrument.Venue exchange() {
        return io.github.basisspread.core.instrument.Venue.DERIBIT;
    }

    /**
     * Returns true: Deribit funding accrues continuously.
     *
     * @return true
     */
    @Override
    public boolean accruesContinuously() {
        return true;
    }
}
