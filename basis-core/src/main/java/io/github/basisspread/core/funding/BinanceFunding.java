package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Duration;

/**
 * Binance USD-M perpetual funding.
 *
 * <p>Source: Binance FAQ "Introduction to Binance Futures Funding Rates" (USD-M Futures) as
 * restated in Binance's funding-rate pages and announcements, checked 2026-12-05. The premium
 * index is sampled every 5 seconds from the impact bid, impact ask and index prices
 * ({@link PremiumIndex}). The interest rate is 0.01% per 8 hours (0.03% a day; some contracts use
 * 0%). For a funding interval of {@code N} hours the rate is
 * <pre>
 *   F = [P + clamp(I - P, -0.05%, +0.05%)] / (8 / N)
 *   capped F = clamp(F, -cap, +cap)
 * </pre>
 * where {@code P} is the average premium and {@code I} the 8-hour interest rate: the whole 8-hour
 * rate, premium and damper included, is scaled to the interval (at {@code N = 4},
 * {@code P = 0.20%} gives {@code 0.15% / 2 = 0.075%}).
 *
 * <p>Averaging: on 8-hour and 4-hour intervals the premium samples are weighted {@code 1, 2,
 * ..., n} ({@link PremiumAveraging#LINEAR_WEIGHTED}); on 1-hour intervals they are weighted
 * equally ({@link PremiumAveraging#SIMPLE}). Other intervals (2 h) use the linear weights.
 *
 * <p>Caps are set per symbol, published by the {@code GET /fapi/v1/fundingInfo} endpoint
 * ({@code adjustedFundingRateCap} / {@code adjustedFundingRateFloor}) and in Binance's
 * announcements (for instance "Binance Futures Adjusts Capped Funding Rate for USDⓈ-M OGNUSDT
 * Perpetual Contract", 2023-10-01: ±3.00%). Symbols without an announced cap follow
 * {@code clamp(F, -0.75 x MMR, +0.75 x MMR)} with the maintenance margin ratio of the symbol's
 * first notional bracket ({@link #capFromMaintenanceMargin(double)}); some symbols use a
 * multiplier of 1 instead of 0.75 (YGGUSDT, announcement of August 2023). There is therefore no
 * default cap: {@link #btcUsdt()} and {@link #ethUsdt()} carry the documented values of the two
 * majors, {@link #ofMaintenanceMargin} the rule, and {@link #of} an explicit cap.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interval the funding interval; positive, at most 8 hours
 * @param interestRatePer8h the interest rate per 8 hours as a decimal; finite
 * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
 * @param cap the symbol's absolute cap on the rate per interval; finite and positive
 */
public record BinanceFunding(Duration interval, double interestRatePer8h, double clampBound, double cap)
        implements FundingFormula {

    /** Binance's damper: ±0.05% on {@code I - P}. */
    public static final double DAMPER = 0.0005;

    /** Binance's default interest rate: 0.01% per 8 hours. */
    public static final double INTEREST_PER_8H = 0.0001;

    /** The multiplier of the maintenance margin ratio in Binance's default cap rule, 0.75. */
    public static final double CAP_MULTIPLIER = 0.75;

    /**
     * Validates the parameters.
     *
     * @param interval the funding interval; positive, at most 8 hours
     * @param interestRatePer8h the interest rate per 8 hours as a decimal; finite
     * @param clampBound the half-width of the damper on {@code I - P}; finite, zero or positive
     * @param cap the symbol's absolute cap on the rate per interval; finite and positive
     * @throws IllegalArgumentException if a parameter is outside its domain
     */
    public BinanceFunding {
        FundingMath.checkDampedInterest(interval, interestRatePer8h, clampBound, cap);
        ArgChecker.isTrue(interval.compareTo(FundingMath.EIGHT_HOURS) <= 0, "interval", interval,
                "be at most 8 hours (Binance scales the 8-hour rate by N / 8)");
    }

    /**
     * BTCUSDT: 8 h, 0.01% interest, ±0.05% damper, cap ±0.30%, which is 0.75 x the 0.40%
     * maintenance margin ratio of its first bracket; the published BTCUSDT rates of 2020-2023 reach
     * exactly ±0.30% and never exceed it (see the conformance tests on real data).
     *
     * @return the formula
     */
    public static BinanceFunding btcUsdt() {
        return new BinanceFunding(FundingMath.EIGHT_HOURS, INTEREST_PER_8H, DAMPER, 0.003);
    }

    /**
     * ETHUSDT: 8 h, 0.01% interest, ±0.05% damper, cap ±0.375%, which is 0.75 x the 0.50%
     * maintenance margin ratio of its first bracket; the published ETHUSDT rates of 2020-2023 reach
     * +0.375% and never exceed it.
     *
     * @return the formula
     */
    public static BinanceFunding ethUsdt() {
        return new BinanceFunding(FundingMath.EIGHT_HOURS, INTEREST_PER_8H, DAMPER, 0.00375);
    }

    /**
     * Binance's default cap rule: {@code 0.75 x} the maintenance margin ratio of the symbol's first
     * notional bracket.
     *
     * @param maintenanceMarginRatio the maintenance margin ratio as a decimal; finite, positive
     * @return the cap per interval
     * @throws IllegalArgumentException if the ratio is not finite and positive
     */
    public static double capFromMaintenanceMargin(double maintenanceMarginRatio) {
        ArgChecker.positive(maintenanceMarginRatio, "maintenanceMarginRatio");
        return CAP_MULTIPLIER * maintenanceMarginRatio;
    }

    /**
     * A symbol without an announced cap: 0.01% interest, ±0.05% damper, cap
     * {@link #capFromMaintenanceMargin(double) 0.75 x MMR}.
     *
     * @param interval the funding interval; positive, at most 8 hours
     * @param maintenanceMarginRatio the maintenance margin ratio of the first bracket; positive
     * @return the formula
     * @throws IllegalArgumentException if an argument is outside its domain
     */
    public static BinanceFunding ofMaintenanceMargin(Duration interval, double maintenanceMarginRatio) {
        return new BinanceFunding(interval, INTEREST_PER_8H, DAMPER, capFromMaintenanceMargin(maintenanceMarginRatio));
    }

    /**
     * A symbol with a published cap (from {@code GET /fapi/v1/fundingInfo} or an announcement):
     * 0.01% interest, ±0.05% damper.
     *
     * @param interval the funding interval; positive, at most 8 hours
     * @param cap the symbol's cap per interval; finite and positive
     * @return the formula
     * @throws IllegalArgumentException if an argument is outside its domain
     */
    public static BinanceFunding withCap(Duration interval, double cap) {
        return new BinanceFunding(interval, INTEREST_PER_8H, DAMPER, cap);
    }

    /**
     * Creates a formula with explicit parameters.
     *
     * @param interval the funding interval; positive, at most 8 hours
     * @param interestRatePer8h the interest rate per 8 hours
     * @param clampBound the damper half-width
     * @param cap the absolute cap per interval
     * @return the formula
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static BinanceFunding of(Duration interval, double interestRatePer8h, double clampBound, double cap) {
        return new BinanceFunding(interval, interestRatePer8h, clampBound, cap);
    }

    /**
     * Returns a copy with another funding interval, the other parameters (the cap included)
     * unchanged.
     *
     * @param newInterval the interval; positive, at most 8 hours
     * @return the copy
     * @throws IllegalArgumentException if the interval is not positive or above 8 hours
     */
    public BinanceFunding withInterval(Duration newInterval) {
        return new BinanceFunding(newInterval, interestRatePer8h, clampBound, cap);
    }

    /**
     * Returns the interest rate for one interval: {@code interestRatePer8h * N / 8}, the rate
     * paid when the premium is inside the damper band.
     *
     * @return the interest rate per interval
     */
    public double interestRate() {
        return FundingMath.per8hToInterval(interestRatePer8h, interval);
    }

    /**
     * Returns the uncapped 8-hour rate {@code P + clamp(I - P, -0.05%, +0.05%)} before it is
     * scaled to the interval.
     *
     * @param averagePremium the averaged premium as a decimal; finite
     * @return the 8-hour rate
     * @throws IllegalArgumentException if the premium is not finite
     */
    public double eightHourRate(double averagePremium) {
        ArgChecker.finite(averagePremium, "averagePremium");
        return FundingMath.premiumPlusClampedInterest(averagePremium, interestRatePer8h, clampBound);
    }

    @Override
    public double rate(double averagePremium) {
        // Binance scales the whole damped 8-hour rate, not only the interest (unlike Bybit).
        return FundingMath.capped(FundingMath.per8hToInterval(eightHourRate(averagePremium), interval), cap);
    }

    /**
     * Returns {@link PremiumAveraging#SIMPLE} on a 1-hour interval, otherwise
     * {@link PremiumAveraging#LINEAR_WEIGHTED}.
     *
     * @return the averaging rule of this interval
     */
    @Override
    public PremiumAveraging premiumAveraging() {
        return interval.equals(FundingMath.ONE_HOUR) ? PremiumAveraging.SIMPLE : PremiumAveraging.LINEAR_WEIGHTED;
    }

    @Override
    public String venue() {
        return "Binance USD-M";
    }

    @Override
    public io.github.basisspread.core.instrument.Venue exchange() {
        return io.github.basisspread.core.instrument.Venue.BINANCE;
    }
}
