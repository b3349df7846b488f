package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.internal.TimeConventions;
import java.time.Duration;

/**
 * The funding a perpetual swap is expected to pay over a holding period, as an annualized rate
 * (APR): a rate per funding interval times the number of intervals in a 365-day year (x1095 for
 * 8-hour funding, x8760 for hourly). A positive rate is paid by longs to shorts. Funding accrues
 * simply, on the notional at the perpetual's mid price, with no compounding.
 *
 * <p>Immutable and thread-safe.
 *
 * @param annualRate the expected funding APR as a decimal, finite
 */
public record FundingAssumption(double annualRate) {

    /**
     * Validates the component.
     *
     * @param annualRate the annual rate
     * @throws IllegalArgumentException if the rate is not finite
     */
    public FundingAssumption {
        ArgChecker.finite(annualRate, "annualRate");
    }

    /**
     * An expected funding rate given as an annualized rate (APR).
     *
     * @param annualRate the APR as a decimal, finite
     * @return the assumption
     * @throws IllegalArgumentException if the rate is not finite
     */
    public static FundingAssumption annual(double annualRate) {
        return new FundingAssumption(annualRate);
    }

    /**
     * An expected funding rate per interval: APR = {@code ratePerInterval * (365 days / interval)}.
     *
     * @param ratePerInterval the funding rate paid each interval as a decimal (0.0001 = 1 bp), finite
     * @param interval the funding interval, positive
     * @return the assumption
     * @throws IllegalArgumentException if the rate is not finite or the interval not positive
     */
    public static FundingAssumption perInterval(double ratePerInterval, Duration interval) {
        ArgChecker.finite(ratePerInterval, "ratePerInterval");
        ArgChecker.notNull(interval, "interval");
        ArgChecker.isTrue(!interval.isNegative() && !interval.isZero(), "interval", interval, "be positive");
        double intervalsPerYear = TimeConventions.SECONDS_PER_YEAR / TimeConventions.seconds(interval);
        return new FundingAssumption(ratePerInterval * intervalsPerYear);
    }
}
