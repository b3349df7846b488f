package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;
import java.time.Instant;

/**
 * One funding rate observation of a perpetual swap: the rate paid for one funding interval,
 * the length of that interval, and the instant at which it settles.
 *
 * <p>The rate is a decimal per interval ({@code 0.0001} = 0.01% = 1 bp per interval); a positive
 * rate is paid by longs to shorts, a negative one by shorts to longs. The interval travels with
 * the observation because venues switch between 8, 4, 2 and 1 hour intervals, sometimes per
 * contract and mid-life.
 *
 * <p>Annualization uses a 365-day year (ACT/365F): {@link #apr()} multiplies by the number of
 * intervals in 365 days (1095 for 8 h, 8760 for 1 h) and {@link #apy()} compounds over them.
 *
 * <p>Plausibility: no venue documented in this package lets funding exceed 4% an hour
 * (Hyperliquid's cap; Binance's largest announced caps are 3% per 8 h, dYdX's default 1.5% an
 * hour). A rate whose magnitude exceeds {@link #MAX_PLAUSIBLE_HOURLY_RATE} (5%) per hour of its
 * interval, such as {@code of(1, 8h)} (100% per 8 hours, usually a percentage passed as a
 * decimal), is still accepted, because a stress scenario or a counting device may want it, but
 * not quietly: it is logged as a warning on the {@link System.Logger} named after this class,
 * and {@link #isPlausible()} returns false. Check {@code isPlausible()} to refuse such rates.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rate the rate per interval as a decimal; finite and above {@code -1} (a rate of
 *     {@code -100%} or less per interval would wipe out the position it is paid on)
 * @param interval the funding interval the rate applies to; positive
 * @param time the settlement instant of this observation
 */
public record FundingRate(double rate, Duration interval, Instant time) {

    /**
     * The largest funding rate magnitude per hour of the interval that {@link #isPlausible()}
     * accepts: 5% an hour (0.4 per 8 hours), above the largest venue cap documented in this
     * package (Hyperliquid, 4% an hour).
     */
    public static final double MAX_PLAUSIBLE_HOURLY_RATE = 0.05;

    private static final double SECONDS_PER_HOUR = 3600.0;
    private static final System.Logger LOG = System.getLogger(FundingRate.class.getName());

    /**
     * Validates the components.
     *
     * @param rate the rate per interval as a decimal; finite and above {@code -1} (a rate of {@code -100%}
     *     or less per interval would wipe out the position it is paid on)
     * @param interval the funding interval the rate applies to; positive
     * @param time the settlement instant of this observation
     * @throws IllegalArgumentException if the rate is not finite or not above {@code -1}, the
     *     interval is null or not positive, or the time is null
     */
    public FundingRate {
        ArgChecker.finite(rate, "rate");
        ArgChecker.isTrue(rate > -1.0, "rate", rate, "be greater than -1 (a loss of 100% per interval)");
        FundingMath.positive(interval, "interval");
        ArgChecker.notNull(time, "time");
        if (!plausible(rate, interval)) {
            // A stated warning, not a silent result (DESIGN.md); the caller may refuse via isPlausible().
            LOG.log(System.Logger.Level.WARNING, () -> "Funding rate " + rate + " per " + interval + " at " + time
                    + " exceeds " + MAX_PLAUSIBLE_HOURLY_RATE + " per hour, above every documented venue cap;"
                    + " is it a percentage passed as a decimal?");
        }
    }

    private static boolean plausible(double rate, Duration interval) {
        return Math.abs(rate) <= MAX_PLAUSIBLE_HOURLY_RATE * FundingMath.seconds(interval) / SECONDS_PER_HOUR;
    }

    /**
     * Returns whether a rate per interval would be {@link #isPlausible() plausible}, without
     * creating (and so without logging) an observation: for readers that check a file's rates
     * before they build any.
     *
     * @param rate the rate per interval as a decimal
     * @param interval the funding interval; positive
     * @return true if {@code |rate|} is at most {@link #MAX_PLAUSIBLE_HOURLY_RATE} per hour of the
     *     interval (false for NaN)
     * @throws IllegalArgumentException if the interval is null or not positive
     */
    public static boolean isPlausible(double rate, Duration interval) {
        FundingMath.positive(interval, "interval");
        return plausible(rate, interval);
    }

    /**
     * Returns whether the rate's magnitude is at most {@link #MAX_PLAUSIBLE_HOURLY_RATE} per hour
     * of the interval, i.e. within every venue cap documented in this package with a margin.
     * {@code of(0.003, 8h)} is plausible; {@code of(1, 8h)} (100% per 8 hours) is not.
     *
     * @return true if the rate is plausible
     */
    public boolean isPlausible() {
        return plausible(rate, interval);
    }

    /**
     * Creates an observation from a decimal rate.
     *
     * @param rate the rate per interval as a decimal
     * @param interval the funding interval
     * @param time the settlement instant
     * @return the observation
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static FundingRate of(double rate, Duration interval, Instant time) {
        return new FundingRate(rate, interval, time);
    }

    /**
     * Creates an observation from a rate in basis points ({@code 1.0} = 0.01%).
     *
     * @param basisPoints the rate per interval in basis points
     * @param interval the funding interval
     * @param time the settlement instant
     * @return the observation
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static FundingRate ofBasisPoints(double basisPoints, Duration interval, Instant time) {
        ArgChecker.finite(basisPoints, "basisPoints");
        return new FundingRate(basisPoints / 10_000.0, interval, time);
    }

    /**
     * Creates the observation whose {@linkplain #apr() APR} equals the given simple annual rate.
     *
     * @param apr the simple annual rate as a decimal
     * @param interval the funding interval
     * @param time the settlement instant
     * @return the observation with {@code rate = apr / intervalsPerYear}
     * @throws IllegalArgumentException if the APR is not finite or the resulting rate is invalid
     */
    public static FundingRate ofApr(double apr, Duration interval, Instant time) {
        ArgChecker.finite(apr, "apr");
        FundingMath.positive(interval, "interval");
        return new FundingRate(apr * FundingMath.ratio(interval, FundingMath.YEAR), interval, time);
    }

    /**
     * Returns the rate in basis points ({@code 0.0001} gives {@code 1.0}).
     *
     * @return the rate per interval in basis points
     */
    public double toBasisPoints() {
        return rate * 10_000.0;
    }

    /**
     * Returns the number of funding intervals in a 365-day year: 1095 for 8 h, 2190 for 4 h,
     * 8760 for 1 h. Not necessarily a whole number for unusual intervals.
     *
     * @return {@code 365 days / interval}
     */
    public double intervalsPerYear() {
        return FundingMath.ratio(FundingMath.YEAR, interval);
    }

    /**
     * Returns the simple annualized rate, {@code rate * intervalsPerYear}: the figure venues and
     * dashboards quote as funding "APR".
     *
     * @return the APR as a decimal
     */
    public double apr() {
        return rate * intervalsPerYear();
    }

    /**
     * Returns the compounded annual yield, {@code (1 + rate)^intervalsPerYear - 1}, as if each
     * payment were reinvested at the same rate. By Bernoulli's inequality it is at least the
     * {@linkplain #apr() APR} whenever the interval is at most a year.
     *
     * @return the APY as a decimal
     * @throws ArithmeticException if the compounded yield overflows a double
     */
    public double apy() {
        // expm1(n * log1p(r)) keeps full precision for the tiny rates funding usually has.
        double apy = Math.expm1(intervalsPerYear() * Math.log1p(rate));
        if (Double.isInfinite(apy)) {
            throw new ArithmeticException("APY of rate " + rate + " per " + interval + " overflows a double");
        }
        return apy;
    }

    /**
     * Returns the rate rescaled to another interval at the same APR:
     * {@code rate * target / interval}. An 8-hour rate of 0.01% is 0.00125% per hour.
     *
     * @param target the interval to express the rate in; positive
     * @return the rate per {@code target} as a decimal
     * @throws IllegalArgumentException if the target is null or not positive
     */
    public double perInterval(Duration target) {
        FundingMath.positive(target, "target");
        return rate * FundingMath.ratio(target, interval);
    }

    /**
     * Returns this observation re-expressed per another interval at the same APR and time.
     *
     * @param target the new interval; positive
     * @return the rescaled observation
     * @throws IllegalArgumentException if the target is not positive or the rescaled rate is
     *     not above {@code -1}
     */
    public FundingRate withInterval(Duration target) {
        return new FundingRate(perInterval(target), target, time);
    }

    /**
     * Returns the fraction of notional accrued over an elapsed time when this rate accrues
     * continuously and pro rata (Deribit style): {@code rate * elapsed / interval}.
     *
     * @param elapsed the time the position was held; zero or positive
     * @return the accrued funding per unit notional, positive when longs pay
     * @throws IllegalArgumentException if the elapsed time is null or negative
     */
    public double accruedOver(Duration elapsed) {
        ArgChecker.notNull(elapsed, "elapsed");
        ArgChecker.isTrue(!elapsed.isNegative(), "elapsed", elapsed, "be zero or positive");
        return rate * FundingMath.ratio(elapsed, interval);
    }
}
