package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.internal.TimeConventions;
import java.time.Duration;

/**
 * Small shared pieces of the funding arithmetic: clamping, durations as ratios, checks.
 *
 * <p>Package-private; stateless.
 */
final class FundingMath {

    /** The eight-hour reference interval in which most venues quote their funding rate. */
    static final Duration EIGHT_HOURS = Duration.ofHours(8);

    /** One hour. */
    static final Duration ONE_HOUR = Duration.ofHours(1);

    /** The year used to annualize funding: 365 days (ACT/365F, so 1095 eight-hour intervals). */
    static final Duration YEAR = TimeConventions.YEAR;

    private FundingMath() {
    }

    /**
     * Clamps {@code x} into {@code [low, high]}.
     *
     * @param x the value
     * @param low the lower bound
     * @param high the upper bound, not below {@code low}
     * @return {@code min(high, max(low, x))}
     */
    static double clamp(double x, double low, double high) {
        return Math.min(high, Math.max(low, x));
    }

    /**
     * The common "premium plus damped interest" rule shared by Binance, BitMEX, Bybit, OKX and
     * Hyperliquid: {@code F = P + clamp(I - P, -bound, +bound)}. When the premium lies within
     * {@code bound} of the interest rate the result is exactly the interest rate.
     *
     * <p>Computed by cases rather than as the literal sum, so that in floating point the result is
     * exactly {@code I} inside the band (the literal {@code P + (I - P)} can miss {@code I} by an
     * ulp) and monotone non-decreasing in {@code P} (the literal sum can step down by an ulp
     * where it enters the band): {@code min(P + bound, I)} below the band, {@code I} inside,
     * {@code max(P - bound, I)} above.
     *
     * @param premium the average premium index P
     * @param interest the interest rate I for the same interval
     * @param bound the half-width of the damper, zero or positive
     * @return the undamped-and-clamped rate before any cap
     */
    static double premiumPlusClampedInterest(double premium, double interest, double bound) {
        double gap = interest - premium;
        if (gap > bound) {
            return Math.min(premium + bound, interest);
        }
        if (gap < -bound) {
            return Math.max(premium - bound, interest);
        }
        return interest;
    }

    /**
     * Returns a duration in seconds as a double, exact to the nanosecond for durations up to
     * about 100 days and to double precision beyond.
     *
     * @param d the duration
     * @return the seconds
     */
    static double seconds(Duration d) {
        return TimeConventions.seconds(d);
    }

    /**
     * Returns {@code a / b} for two durations.
     *
     * @param a the numerator
     * @param b the denominator, positive
     * @return the ratio
     */
    static double ratio(Duration a, Duration b) {
        return seconds(a) / seconds(b);
    }

    /**
     * Checks that a duration is non-null and strictly positive.
     *
     * @param d the duration
     * @param name the argument name
     * @return the duration
     * @throws IllegalArgumentException if the duration is null, zero or negative
     */
    static Duration positive(Duration d, String name) {
        ArgChecker.notNull(d, name);
        ArgChecker.isTrue(!d.isNegative() && !d.isZero(), name, d, "be a positive duration");
        return d;
    }

    /**
     * Checks the parameters shared by the "premium plus damped interest" records whose interest
     * is quoted per 8 hours (Binance, Bybit).
     *
     * @param interval the funding interval; positive
     * @param interestRatePer8h the interest rate per 8 hours; finite
     * @param clampBound the damper half-width; finite, zero or positive
     * @param cap the absolute cap per interval; finite and positive
     * @throws IllegalArgumentException naming the first parameter outside its domain
     */
    static void checkDampedInterest(Duration interval, double interestRatePer8h, double clampBound, double cap) {
        positive(interval, "interval");
        ArgChecker.finite(interestRatePer8h, "interestRatePer8h");
        ArgChecker.nonNegative(clampBound, "clampBound");
        cap(cap, "cap");
    }

    /**
     * Scales a rate quoted per 8 hours to an interval: {@code ratePer8h * interval / 8h}.
     *
     * @param ratePer8h the rate per 8 hours
     * @param interval the interval, positive
     * @return the rate per interval
     */
    static double per8hToInterval(double ratePer8h, Duration interval) {
        return ratePer8h * ratio(interval, EIGHT_HOURS);
    }

    /**
     * Applies a symmetric cap: {@code clamp(rate, -cap, +cap)}.
     *
     * @param rate the uncapped rate
     * @param cap the cap, positive
     * @return the capped rate
     */
    static double capped(double rate, double cap) {
        return clamp(rate, -cap, cap);
    }

    /**
     * Checks a cap: finite and strictly positive.
     *
     * @param cap the cap
     * @param name the argument name
     * @return the cap
     * @throws IllegalArgumentException if not finite and positive
     */
    static double cap(double cap, String name) {
        return ArgChecker.positive(cap, name);
    }
}
