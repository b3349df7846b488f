package io.github.basisspread.core.funding;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Funding accrued by a position held over a period, under the two settlement styles venues use.
 *
 * <h2>Discrete settlement (Binance, Bybit, OKX, BitMEX, Hyperliquid, dYdX v4)</h2>
 * Funding is exchanged at settlement instants only: the venues pay and charge whoever holds the
 * position at the funding timestamp, whatever its holding time before it. A position held from
 * {@code from} (opened) to {@code to} (closed) is held at every instant of {@code [from, to)}, so
 * this class counts the settlements at instants {@code t} with <b>{@code from <= t < to}</b>: a
 * position opened exactly at a settlement instant pays that settlement, a position closed exactly
 * at a settlement instant does not (holding 08:00 to 12:00 on the 00/08/16 UTC schedule is one
 * settlement, the 08:00 one). This is the same rule as
 * {@link io.github.basisspread.core.time.FundingSchedule#settlementCount}, so a count of
 * settlements and a sum of their rates always agree. The half-open convention makes consecutive
 * periods add up without counting any settlement twice:
 * {@code accrual(a, b) + accrual(b, c) == accrual(a, c)}. Each observation carries its own
 * interval, but a settlement pays its rate regardless of the interval length.
 *
 * <h2>Continuous accrual (Deribit)</h2>
 * The rate, quoted per interval (8 h at Deribit), accrues pro rata at every instant: holding
 * for a time {@code dt} under a rate {@code r} per interval {@code T} accrues {@code r * dt / T}.
 * A path of observations is read as a step function: each observation's rate applies from its
 * {@link FundingRate#time() time} (inclusive) until the next observation's time. The accrual over
 * {@code [from, to)} is the integral of that step function and is additive over consecutive
 * periods as well.
 *
 * <p>All amounts follow one sign convention: positive means paid by longs to shorts. Multiply
 * by a notional in the quote currency to get a cash amount (see {@link FundingPayment}).
 *
 * <p>Stateless and thread-safe.
 */
public final class FundingAccrual {

    private FundingAccrual() {
    }

    /**
     * Sums the rates of the settlements in {@code [from, to)}.
     *
     * @param settlements the funding observations, in strictly increasing time order
     * @param from the start of the holding period (inclusive for settlements)
     * @param to the end of the holding period (exclusive for settlements), not before {@code from}
     * @return the summed rate per unit notional, positive when longs pay
     * @throws IllegalArgumentException if an argument is null, the list holds a null or is not
     *     strictly increasing in time, or {@code to} is before {@code from}
     */
    public static double discreteRate(List<FundingRate> settlements, Instant from, Instant to) {
        checkPeriod(from, to);
        checkIncreasing(settlements, "settlements");
        double sum = 0;
        for (FundingRate f : settlements) {
            if (!f.time().isBefore(from) && f.time().isBefore(to)) {
                sum += f.rate();
            }
        }
        return sum;
    }

    /**
     * Returns the funding paid on a constant notional by the settlements in {@code [from, to)}.
     *
     * @param settlements the funding observations, in strictly increasing time order
     * @param from the start of the holding period (inclusive for settlements)
     * @param to the end of the holding period (exclusive for settlements)
     * @param notional the position notional in the quote currency; finite, zero or positive
     * @return {@code notional * sum of rates}, positive when paid by longs to shorts
     * @throws IllegalArgumentException as {@link #discreteRate(List, Instant, Instant)}, or if the
     *     notional is negative or not finite
     */
    public static double discrete(List<FundingRate> settlements, Instant from, Instant to, double notional) {
        ArgChecker.nonNegative(notional, "notional");
        return notional * discreteRate(settlements, from, to);
    }

    /**
     * Sums the settled rates of a series of per-settlement funding rates in {@code [from, to)}.
     * The values are decimal rates per interval; the timestamps are settlement instants.
     *
     * @param settlements the settled rates, one value per settlement instant
     * @param from the start of the holding period (inclusive for settlements)
     * @param to the end of the holding period (exclusive for settlements)
     * @return the summed rate per unit notional, positive when longs pay
     * @throws IllegalArgumentException if an argument is null, {@code to} is before {@code from},
     *     or a settlement inside the period is missing (NaN): a missing rate cannot be summed
     */
    public static double discreteRate(TimeSeries settlements, Instant from, Instant to) {
        ArgChecker.notNull(settlements, "settlements");
        checkPeriod(from, to);
        double sum = 0;
        for (int i = 0; i < settlements.size(); i++) {
            Instant t = settlements.time(i);
            if (!t.isBefore(from) && t.isBefore(to)) {
                if (settlements.isMissing(i)) {
                    throw new IllegalArgumentException(
                            "Argument 'settlements' must have a value at every settlement in [" + from + ", " + to
                                    + ") but has a missing value at index " + i + " (" + t + ")");
                }
                sum += settlements.value(i);
            }
        }
        return sum;
    }

    /**
     * Integrates a step path of rates over {@code [from, to)} with pro-rata (continuous) accrual.
     *
     * @param path the rate observations, strictly increasing in time; each applies from its time
     *     until the next observation's time; the first must be at or before {@code from}
     * @param from the start of the holding period
     * @param to the end of the holding period, not before {@code from}
     * @return {@code sum over pieces of rate * overlap / interval}, per unit notional
     * @throws IllegalArgumentException if an argument is null, the path is empty, holds a null or
     *     is not strictly increasing, {@code to} is before {@code from}, or the path starts after
     *     {@code from} (no rate is known for the start of the period)
     */
    public static double continuousRate(List<FundingRate> path, Instant from, Instant to) {
        checkPeriod(from, to);
        checkIncreasing(path, "path");
        ArgChecker.isTrue(!path.isEmpty(), "path", path, "not be empty");
        Instant first = path.get(0).time();
        ArgChecker.isTrue(!first.isAfter(from), "path", "first observation at " + first,
                "start at or before 'from' " + from);
        double sum = 0;
        for (int i = 0; i < path.size(); i++) {
            FundingRate f = path.get(i);
            Instant start = max(f.time(), from);
            Instant end = i + 1 < path.size() ? min(path.get(i + 1).time(), to) : to;
            if (end.isAfter(start)) {
                sum += f.accruedOver(Duration.between(start, end));
            }
        }
        return sum;
    }

    /**
     * Returns the funding paid on a constant notional under continuous accrual over
     * {@code [from, to)}.
     *
     * @param path the rate observations; see {@link #continuousRate(List, Instant, Instant)}
     * @param from the start of the holding period
     * @param to the end of the holding period
     * @param notional the position notional in the quote currency; finite, zero or positive
     * @return {@code notional * continuousRate(path, from, to)}, positive when longs pay
     * @throws IllegalArgumentException as {@link #continuousRate(List, Instant, Instant)}, or if
     *     the notional is negative or not finite
     */
    public static double continuous(List<FundingRate> path, Instant from, Instant to, double notional) {
        ArgChecker.nonNegative(notional, "notional");
        return notional * continuousRate(path, from, to);
    }

    private static void checkPeriod(Instant from, Instant to) {
        ArgChecker.notNull(from, "from");
        ArgChecker.notNull(to, "to");
        ArgChecker.isTrue(!to.isBefore(from), "to", to, "not be before 'from' " + from);
    }

    private static void checkIncreasing(List<FundingRate> rates, String name) {
        ArgChecker.notNull(rates, name);
        for (int i = 0; i < rates.size(); i++) {
            FundingRate f = rates.get(i);
            if (f == null) {
                throw new IllegalArgumentException(
                        "Argument '" + name + "' must not contain null but has null at index " + i);
            }
            if (i > 0 && !f.time().isAfter(rates.get(i - 1).time())) {
                throw new IllegalArgumentException("Argument '" + name
                        + "' must be strictly increasing in time but has " + f.time() + " at index " + i
                        + " not after " + rates.get(i - 1).time()
                        + " at index " + (i - 1));
            }
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
