package io.github.basisspread.models.simulation;

import io.github.basisspread.core.carry.FeeSchedule;
import io.github.basisspread.core.carry.TradingCosts;
import io.github.basisspread.core.funding.BinanceFunding;
import io.github.basisspread.core.funding.FundingFormula;
import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.internal.TimeConventions;
import io.github.basisspread.core.time.FundingSchedule;
import java.time.Duration;
import java.time.Instant;

/**
 * The configuration of a {@link MarketSimulator}: the time grid, the spot, basis and perpetual
 * premium dynamics, the funding rule and the trading costs. Rates and volatilities are annual
 * decimals (ACT/365F years); probabilities are per step.
 *
 * <p>{@link #defaults()} gives a BTC-like market on Binance: 180 days of hourly steps from
 * 2026-01-01, spot 60,000 with 55% volatility, a 30-day-half-life annualized basis around 8%,
 * a perpetual premium with an 8-hour half-life, Binance USD-M funding every 8 hours and taker fees
 * of 10 bp (spot) and 5 bp (derivatives). The {@code with...} methods return modified copies.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first observation time; a whole number of steps after the epoch
 * @param step the time between observations; positive, dividing the funding interval
 * @param steps the number of observations, at least 2
 * @param spotStart the first spot price, positive
 * @param spotDrift the annual drift {@code mu} of spot, finite
 * @param spotVolatility the annual volatility {@code sigma} of spot in the calm regime, positive
 * @param stressVolatilityMultiplier the factor on the spot volatility in the stressed regime, at least 1
 * @param stressEntryProbability the probability per step of entering the stressed regime, in [0, 1]
 * @param stressExitProbability the probability per step of leaving the stressed regime, in (0, 1]
 * @param stressBasisJump the jump of the annualized basis level on entering stress (negative for the
 *     backwardation of a sell-off), finite
 * @param basisMean the long-run annualized basis level {@code m} (continuous compounding), finite
 * @param basisReversionSpeed the mean-reversion speed {@code kappa} of the basis level per year, positive
 * @param basisVolatility the annual volatility {@code eta} of the basis level, positive
 * @param termSlope the increase {@code s} of the annualized basis per year of maturity, finite
 * @param premiumReversionSpeed the mean-reversion speed {@code lambda} of the perpetual's excess
 *     premium per year, positive
 * @param premiumVolatility the annual volatility {@code omega} of the perpetual's excess premium, positive
 * @param fundingFormula the venue's funding rule, its interval that of the schedule
 * @param fundingSchedule when funding settles
 * @param costs the fees and financing rates of the venue
 * @param halfSpread half the bid-ask spread as a fraction of the mid price, in [0, 0.01]
 */
public record MarketConfig(Instant start, Duration step, int steps, double spotStart, double spotDrift,
        double spotVolatility, double stressVolatilityMultiplier, double stressEntryProbability,
        double stressExitProbability, double stressBasisJump, double basisMean, double basisReversionSpeed,
        double basisVolatility, double termSlope, double premiumReversionSpeed, double premiumVolatility,
        FundingFormula fundingFormula, FundingSchedule fundingSchedule, TradingCosts costs, double halfSpread) {

    /**
     * Validates the configuration.
     *
     * @param start the first observation time
     * @param step the step
     * @param steps the number of observations
     * @param spotStart the first spot price
     * @param spotDrift the spot drift
     * @param spotVolatility the calm spot volatility
     * @param stressVolatilityMultiplier the stressed volatility factor
     * @param stressEntryProbability the stress entry probability
     * @param stressExitProbability the stress exit probability
     * @param stressBasisJump the basis jump on entering stress
     * @param basisMean the long-run basis level
     * @param basisReversionSpeed the basis reversion speed
     * @param basisVolatility the basis volatility
     * @param termSlope the term-structure slope
     * @param premiumReversionSpeed the premium reversion speed
     * @param premiumVolatility the premium volatility
     * @param fundingFormula the funding rule
     * @param fundingSchedule the funding schedule
     * @param costs the trading costs
     * @param halfSpread the half spread
     * @throws IllegalArgumentException if a value is null or outside its domain; the message names
     *     the component and its value
     */
    public MarketConfig {
        ArgChecker.notNull(start, "start");
        ArgChecker.notNull(step, "step");
        ArgChecker.isTrue(!step.isNegative() && !step.isZero(), "step", step, "be positive");
        ArgChecker.isTrue(steps >= 2, "steps", steps, "be at least 2");
        ArgChecker.positive(spotStart, "spotStart");
        ArgChecker.finite(spotStart, "spotStart");
        ArgChecker.finite(spotDrift, "spotDrift");
        ArgChecker.positive(spotVolatility, "spotVolatility");
        ArgChecker.finite(spotVolatility, "spotVolatility");
        ArgChecker.isTrue(stressVolatilityMultiplier >= 1 && Double.isFinite(stressVolatilityMultiplier),
                "stressVolatilityMultiplier", stressVolatilityMultiplier, "be finite and at least 1");
        ArgChecker.inRangeInclusive(stressEntryProbability, 0, 1, "stressEntryProbability");
        ArgChecker.isTrue(stressExitProbability > 0 && stressExitProbability <= 1, "stressExitProbability",
                stressExitProbability, "be in (0, 1]");
        ArgChecker.finite(stressBasisJump, "stressBasisJump");
        ArgChecker.finite(basisMean, "basisMean");
        ArgChecker.positive(ArgChecker.finite(basisReversionSpeed, "basisReversionSpeed"), "basisReversionSpeed");
        ArgChecker.positive(ArgChecker.finite(basisVolatility, "basisVolatility"), "basisVolatility");
        ArgChecker.finite(termSlope, "termSlope");
        ArgChecker.positive(ArgChecker.finite(premiumReversionSpeed, "premiumReversionSpeed"), "premiumReversionSpeed");
        ArgChecker.positive(ArgChecker.finite(premiumVolatility, "premiumVolatility"), "premiumVolatility");
        ArgChecker.notNull(fundingFormula, "fundingFormula");
        ArgChecker.notNull(fundingSchedule, "fundingSchedule");
        ArgChecker.notNull(costs, "costs");
        ArgChecker.inRangeInclusive(halfSpread, 0, 0.01, "halfSpread");
        // Settlements and expiries (08:00 UTC) must fall on the grid, so that funding is computed
        // from whole intervals of samples and every future is observed at its expiry.
        long interval = fundingSchedule.interval().toNanos();
        ArgChecker.isTrue(fundingFormula.interval().toNanos() == interval, "fundingFormula", fundingFormula,
                "have the interval of the schedule, " + fundingSchedule.interval());
        ArgChecker.isTrue(interval % step.toNanos() == 0 && Duration.ofHours(1).toNanos() % step.toNanos() == 0
                || step.toNanos() % Duration.ofHours(1).toNanos() == 0 && interval % step.toNanos() == 0,
                "step", step, "divide the funding interval " + fundingSchedule.interval()
                        + " and be a divisor or multiple of 1 hour");
        long startNanos = TimeConventions.toEpochNanos(start, "start");
        ArgChecker.isTrue(Math.floorMod(startNanos, step.toNanos()) == 0, "start", start,
                "be a whole number of steps (" + step + ") after 1970-01-01T00:00:00Z");
    }

    /**
     * Returns the default market: see the class description.
     *
     * @return the defaults
     */
    public static MarketConfig defaults() {
        return new MarketConfig(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofHours(1), 24 * 180, 60_000.0, 0.0,
                0.55, 2.0, 1.0 / (24 * 60), 1.0 / (24 * 5), -0.12, 0.08, 8.4, 0.15, 0.02, 730.0, 0.012,
                BinanceFunding.btcUsdt(), FundingSchedule.binance8h(),
                TradingCosts.builder().spotFees(FeeSchedule.ofBasisPoints(10, 10))
                        .derivativeFees(FeeSchedule.ofBasisPoints(2, 5)).cashRate(0.05).coinBorrowRate(0.08).build(),
                0.00005);
    }

    /**
     * Returns a copy with another time grid.
     *
     * @param newStart the first observation time
     * @param newStep the step
     * @param newSteps the number of observations
     * @return the copy
     * @throws IllegalArgumentException as the canonical constructor
     */
    public MarketConfig withGrid(Instant newStart, Duration newStep, int newSteps) {
        return new MarketConfig(newStart, newStep, newSteps, spotStart, spotDrift, spotVolatility,
                stressVolatilityMultiplier, stressEntryProbability, stressExitProbability, stressBasisJump, basisMean,
                basisReversionSpeed, basisVolatility, termSlope, premiumReversionSpeed, premiumVolatility,
                fundingFormula, fundingSchedule, costs, halfSpread);
    }

    /**
     * Returns a copy with other basis dynamics.
     *
     * @param newMean the long-run annualized basis level
     * @param newReversionSpeed the reversion speed per year
     * @param newVolatility the annual volatility of the level
     * @param newTermSlope the term-structure slope
     * @return the copy
     * @throws IllegalArgumentException as the canonical constructor
     */
    public MarketConfig withBasis(double newMean, double newReversionSpeed, double newVolatility,
            double newTermSlope) {
        return new MarketConfig(start, step, steps, spotStart, spotDrift, spotVolatility, stressVolatilityMultiplier,
                stressEntryProbability, stressExitProbability, stressBasisJump, newMean, newReversionSpeed,
                newVolatility, newTermSlope, premiumReversionSpeed, premiumVolatility, fundingFormula,
                fundingSchedule, costs, halfSpread);
    }

    /**
     * Returns a copy with another stress regime; a zero entry probability switches stress off.
     *
     * @param entryProbability the probability per step of entering stress
     * @param exitProbability the probability per step of leaving it
     * @param volatilityMultiplier the factor on the spot volatility under stress
     * @param basisJump the jump of the basis level on entering stress
     * @return the copy
     * @throws IllegalArgumentException as the canonical constructor
     */
    public MarketConfig withStress(double entryProbability, double exitProbability, double volatilityMultiplier,
            double basisJump) {
        return new MarketConfig(start, step, steps, spotStart, spotDrift, spotVolatility, volatilityMultiplier,
                entryProbability, exitProbability, basisJump, basisMean, basisReversionSpeed, basisVolatility,
                termSlope, premiumReversionSpeed, premiumVolatility, fundingFormula, fundingSchedule, costs,
                halfSpread);
    }

    /**
     * Returns a copy with another funding rule and schedule.
     *
     * @param formula the funding rule
     * @param schedule the schedule, of the rule's interval
     * @return the copy
     * @throws IllegalArgumentException as the canonical constructor
     */
    public MarketConfig withFunding(FundingFormula formula, FundingSchedule schedule) {
        return new MarketConfig(start, step, steps, spotStart, spotDrift, spotVolatility, stressVolatilityMultiplier,
                stressEntryProbability, stressExitProbability, stressBasisJump, basisMean, basisReversionSpeed,
                basisVolatility, termSlope, premiumReversionSpeed, premiumVolatility, formula, schedule, costs,
                halfSpread);
    }

    /**
     * Returns the time of the last observation, {@code start + (steps - 1) step}.
     *
     * @return the end time
     */
    public Instant end() {
        return start.plus(step.multipliedBy(steps - 1L));
    }
}
