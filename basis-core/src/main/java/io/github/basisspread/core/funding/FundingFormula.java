package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;
import java.time.Instant;

/**
 * A venue's rule turning the average premium of a funding interval into the funding rate paid
 * at the end of it.
 *
 * <p>The family is closed: one record per venue, each holding its parameters (interest rate,
 * damper, cap, interval) validated on construction, with a {@code defaults()} factory giving the
 * venue's published default values. Every implementation is immutable and thread-safe.
 *
 * <p>Most venues share one shape, {@code F = P + clamp(I - P, -0.05%, +0.05%)} capped by a
 * per-contract limit: when the premium {@code P} is within 0.05% of the interest rate {@code I}
 * the rate is exactly {@code I}, otherwise it follows the premium. Binance (and OKX's
 * interval-scaled update) scale that whole 8-hour rate by {@code N / 8} on an {@code N}-hour
 * interval; BitMEX also caps the change from the previous rate. Deribit instead applies a
 * symmetric dead band to the premium, and dYdX v4 pays an eighth of the premium per hour. The
 * sources and the date each rule was checked are in the package documentation.
 *
 * <p>Inputs and outputs are decimals ({@code 0.0001} = 0.01%); the output is the rate for
 * {@link #interval()}, positive when longs pay shorts.
 */
public sealed interface FundingFormula
        permits BinanceFunding, BitmexFunding, BybitFunding, DeribitFunding, DydxV4Funding, HyperliquidFunding,
        OkxFunding {

    /**
     * Returns the funding rate for one {@linkplain #interval() interval} given the averaged
     * premium of that interval.
     *
     * @param averagePremium the premium index averaged the venue's way, as a decimal; finite
     * @return the funding rate per interval as a decimal, positive when longs pay shorts
     * @throws IllegalArgumentException if the premium is not finite
     */
    double rate(double averagePremium);

    /**
     * Returns the interval the {@linkplain #rate(double) rate} is paid for (for Deribit, the
     * 8-hour interval the continuously accruing rate is quoted in).
     *
     * @return the interval
     */
    Duration interval();

    /**
     * Returns how the venue averages premium samples over an interval.
     *
     * @return the averaging rule
     */
    PremiumAveraging premiumAveraging();

    /**
     * Returns the venue's name, e.g. {@code "Binance USD-M"}.
     *
     * @return the venue name
     */
    String venue();

    /**
     * Returns the exchange whose formula this is, to link it with the instrument model (for
     * instance {@link io.github.basisspread.core.instrument.Venue#defaultFundingSchedule()}).
     *
     * @return the exchange
     */
    io.github.basisspread.core.instrument.Venue exchange();

    /**
     * Returns whether funding accrues continuously and pro rata (Deribit) rather than being
     * exchanged at discrete settlement instants; see {@link FundingAccrual}.
     *
     * @return true for continuous accrual
     */
    default boolean accruesContinuously() {
        return false;
    }

    /**
     * Returns the funding rate from the raw premium samples of an interval, averaged with
     * {@link #premiumAveraging()}.
     *
     * @param premiumSamples the premium samples as decimals, oldest first; not empty, finite
     * @return the funding rate per interval
     * @throws IllegalArgumentException if the samples are null, empty or not finite
     */
    default double rateFromSamples(double... premiumSamples) {
        return rate(premiumAveraging().average(premiumSamples));
    }

    /**
     * Returns the funding rate that an averaged premium index produces, as an observation settling
     * at the given instant: the input is the premium {@code P} (for instance
     * {@link PremiumIndex#value()} averaged over the interval), not a funding rate.
     *
     * @param averagePremium the premium index averaged the venue's way, as a decimal; finite
     * @param settlement the settlement instant
     * @return the observation of {@link #rate(double) rate(averagePremium)} with this formula's interval
     * @throws IllegalArgumentException if the premium is not finite, the instant is null, or the
     *     rate is not above {@code -1}
     */
    default FundingRate fundingRateFromPremium(double averagePremium, Instant settlement) {
        ArgChecker.notNull(settlement, "settlement");
        return FundingRate.of(rate(averagePremium), interval(), settlement);
    }

    /**
     * Returns the funding rate as an observation settling at the given instant.
     *
     * @deprecated the first argument is the averaged premium, not a rate, which the name hid; use
     *     {@link #fundingRateFromPremium(double, Instant)}
     *
     * @param averagePremium the averaged premium as a decimal; finite
     * @param settlement the settlement instant
     * @return the observation with this formula's interval
     * @throws IllegalArgumentException as {@link #fundingRateFromPremium(double, Instant)}
     */
    @Deprecated(since = "0.1.0")
    default FundingRate fundingRate(double averagePremium, Instant settlement) {
        return fundingRateFromPremium(averagePremium, settlement);
    }
}
