package io.github.basisspread.core.time;

import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.internal.TimeConventions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When a perpetual swap settles funding: every {@code intervalHours} hours (1, 2, 4 or 8),
 * starting from {@code anchorHour} o'clock UTC.
 *
 * <p>The settlement instants are {@code anchorHour + k * intervalHours} hours after midnight UTC
 * of every day; since each interval divides 24 hours, that is the same as
 * {@code anchorHour + k * intervalHours} hours after the epoch, for every integer {@code k}.
 * The venues' published schedules:
 * <ul>
 *   <li>{@link #standard8h()}: 00:00, 08:00 and 16:00 UTC, the 8-hour schedule of Binance, OKX,
 *       Bybit and Deribit ({@link #binance8h()}, {@link #okx8h()}, {@link #bybit8h()},
 *       {@link #deribit8h()}; Deribit quotes its rate per 8 hours but accrues funding
 *       continuously, every millisecond, and moves it to cash at its daily 08:00 UTC settlement,
 *       so for Deribit this grid is the quoting interval, not a payment schedule);</li>
 *   <li>{@link #bitmex()}: 04:00, 12:00 and 20:00 UTC;</li>
 *   <li>{@link #hourly()}: every hour on the hour, as on Hyperliquid ({@link #hyperliquid()}) and
 *       dYdX v4 ({@link #dydx()}).</li>
 * </ul>
 * Venues change the interval of a symbol (8 h to 4 h in volatile markets, for instance): a
 * schedule describes one interval regime, so the interval is best recorded with each funding
 * observation.
 *
 * <p>Funding is counted over a holding period as the settlements in the half-open interval
 * {@code [from, to)}: the venues pay whoever holds the position at the funding timestamp, and a
 * position opened at {@code from} and closed at {@code to} is held over {@code [from, to)}. So a
 * settlement at the opening instant is counted and one at the closing instant is not (holding
 * 08:00 to 12:00 on {@link #standard8h()} is one settlement). Counts over consecutive periods
 * therefore add up. {@link io.github.basisspread.core.funding.FundingAccrual} sums rates by the
 * same rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param intervalHours hours between settlements: 1, 2, 4 or 8
 * @param anchorHour the hour (UTC) of the first settlement of the day, from 0 to
 *     {@code intervalHours - 1}
 */
public record FundingSchedule(int intervalHours, int anchorHour) {

    private static final int SECONDS_PER_HOUR = 3600;

    /**
     * Validates the components.
     *
     * @param intervalHours hours between settlements: 1, 2, 4 or 8
     * @param anchorHour the hour (UTC) of the first settlement of the day, from 0 to
     *     {@code intervalHours - 1}
     * @throws IllegalArgumentException if the interval is not 1, 2, 4 or 8 hours, or the anchor
     *     is outside {@code [0, intervalHours)}
     */
    public FundingSchedule {
        ArgChecker.isTrue(intervalHours == 1 || intervalHours == 2 || intervalHours == 4 || intervalHours == 8,
                "intervalHours", intervalHours, "be 1, 2, 4 or 8");
        ArgChecker.isTrue(anchorHour >= 0 && anchorHour < intervalHours, "anchorHour", anchorHour,
                "be between 0 and " + (intervalHours - 1) + " (intervalHours - 1) inclusive");
    }

    /**
     * Returns the schedule with the given interval and anchor.
     *
     * @param intervalHours hours between settlements: 1, 2, 4 or 8
     * @param anchorHour the hour (UTC) of the first settlement of the day, from 0 to
     *     {@code intervalHours - 1}
     * @return the schedule
     * @throws IllegalArgumentException if the interval is not 1, 2, 4 or 8 hours, or the anchor
     *     is outside {@code [0, intervalHours)}
     */
    public static FundingSchedule of(int intervalHours, int anchorHour) {
        return new FundingSchedule(intervalHours, anchorHour);
    }

    /**
     * Returns the schedule settling every {@code intervalHours} hours from 00:00 UTC.
     *
     * @param intervalHours hours between settlements: 1, 2, 4 or 8
     * @return the schedule
     * @throws IllegalArgumentException if the interval is not 1, 2, 4 or 8 hours
     */
    public static FundingSchedule everyHours(int intervalHours) {
        return new FundingSchedule(intervalHours, 0);
    }

    /**
     * Returns the schedule settling every {@code interval} from 00:00 UTC.
     *
     * @param interval 1, 2, 4 or 8 hours, not null
     * @return the schedule
     * @throws IllegalArgumentException if the interval is null or not a whole 1, 2, 4 or 8 hours
     */
    public static FundingSchedule every(Duration interval) {
        ArgChecker.notNull(interval, "interval");
        long hours = interval.toHours();
        ArgChecker.isTrue(Duration.ofHours(hours).equals(interval) && (hours == 1 || hours == 2 || hours == 4 || hours == 8),
                "interval", interval, "be 1, 2, 4 or 8 hours");
        return new FundingSchedule((int) hours, 0);
    }

    /**
     * The 8-hour schedule at 00:00, 08:00 and 16:00 UTC.
     *
     * @return the schedule
     */
    public static FundingSchedule standard8h() {
        return new FundingSchedule(8, 0);
    }

    /**
     * Binance USD-M and COIN-M perpetuals: 00:00, 08:00, 16:00 UTC (the default 8-hour regime).
     *
     * @return the schedule
     */
    public static FundingSchedule binance8h() {
        return standard8h();
    }

    /**
     * OKX perpetual swaps: 00:00, 08:00, 16:00 UTC (the default 8-hour regime).
     *
     * @return the schedule
     */
    public static FundingSchedule okx8h() {
        return standard8h();
    }

    /**
     * Bybit perpetuals: 00:00, 08:00, 16:00 UTC (the default 8-hour regime).
     *
     * @return the schedule
     */
    public static FundingSchedule bybit8h() {
        return standard8h();
    }

    /**
     * Deribit perpetuals: the 8-hour grid (00:00, 08:00, 16:00 UTC) of the interval Deribit quotes
     * its rate in. Funding itself accrues continuously, every millisecond, into the realised
     * profit and loss, which moves to cash at the daily 08:00 UTC settlement (Deribit support,
     * "Inverse perpetual" and "Funding Specifications", checked 2026-12-05); count it with
     * {@link io.github.basisspread.core.funding.FundingAccrual#continuous}, not with settlements.
     *
     * @return the schedule
     */
    public static FundingSchedule deribit8h() {
        return standard8h();
    }

    /**
     * BitMEX perpetual swaps: 04:00, 12:00, 20:00 UTC.
     *
     * @return the schedule
     */
    public static FundingSchedule bitmex() {
        return new FundingSchedule(8, 4);
    }

    /**
     * Every hour on the hour.
     *
     * @return the schedule
     */
    public static FundingSchedule hourly() {
        return new FundingSchedule(1, 0);
    }

    /**
     * Hyperliquid perpetuals: funding paid every hour on the hour.
     *
     * @return the schedule
     */
    public static FundingSchedule hyperliquid() {
        return hourly();
    }

    /**
     * dYdX v4 perpetuals: funding paid every hour on the hour.
     *
     * @return the schedule
     */
    public static FundingSchedule dydx() {
        return hourly();
    }

    /**
     * Returns the time between settlements.
     *
     * @return the interval
     */
    public Duration interval() {
        return Duration.ofHours(intervalHours);
    }

    /**
     * Returns the number of funding intervals in a 365-day year, {@code 8760 / intervalHours}:
     * 1095 for 8 hours, 2190 for 4, 4380 for 2, 8760 for 1. A funding rate per interval times
     * this is the venues' APR.
     *
     * @return the intervals per year
     */
    public int intervalsPerYear() {
        return TimeConventions.HOURS_PER_YEAR / intervalHours;
    }

    /**
     * Returns the settlement times of a day (UTC), earliest first: {@code [04:00, 12:00, 20:00]}
     * for BitMEX.
     *
     * @return the times of day, unmodifiable
     */
    public List<LocalTime> settlementTimesOfDay() {
        List<LocalTime> times = new ArrayList<>(24 / intervalHours);
        for (int hour = anchorHour; hour < 24; hour += intervalHours) {
            times.add(LocalTime.of(hour, 0));
        }
        return List.copyOf(times);
    }

    /**
     * Tells whether funding settles exactly at {@code t}.
     *
     * @param t the instant, not null, in years 1 to 9999
     * @return true if {@code t} is a settlement instant
     * @throws IllegalArgumentException if {@code t} is null or out of range
     */
    public boolean isSettlement(Instant t) {
        TimeArgs.supported(t, "t");
        return t.getNano() == 0 && Math.floorMod(t.getEpochSecond() - anchorSeconds(), periodSeconds()) == 0;
    }

    /**
     * Returns the first settlement strictly after {@code t} (a settlement exactly at {@code t}
     * is not after it).
     *
     * @param t the instant, not null, in years 1 to 9999
     * @return the next settlement
     * @throws IllegalArgumentException if {@code t} is null or out of range
     */
    public Instant nextSettlementAfter(Instant t) {
        TimeArgs.supported(t, "t");
        return Instant.ofEpochSecond(previousSeconds(t) + periodSeconds());
    }

    /**
     * Returns the last settlement at or before {@code t}.
     *
     * @param t the instant, not null, in years 1 to 9999
     * @return the previous (or current) settlement
     * @throws IllegalArgumentException if {@code t} is null or out of range
     */
    public Instant previousSettlementAtOrBefore(Instant t) {
        TimeArgs.supported(t, "t");
        return Instant.ofEpochSecond(previousSeconds(t));
    }

    /**
     * Returns the number of settlements in {@code [from, to)}: the funding payments of a
     * position opened at {@code from} and closed at {@code to}.
     *
     * @param from the start, inclusive, not null, in years 1 to 9999
     * @param to the end, exclusive, not null, in years 1 to 9999, not before {@code from}
     * @return the number of settlements, zero when {@code from} equals {@code to}
     * @throws IllegalArgumentException if an argument is null or out of range, or {@code to} is
     *     before {@code from}
     */
    public long settlementCount(Instant from, Instant to) {
        checkPeriod(from, to);
        return firstIndexAtOrAfter(to) - firstIndexAtOrAfter(from);
    }

    /**
     * Returns the settlements in {@code [from, to)}, earliest first.
     *
     * @param from the start, inclusive, not null, in years 1 to 9999
     * @param to the end, exclusive, not null, in years 1 to 9999, not before {@code from}
     * @return the settlement instants, unmodifiable
     * @throws IllegalArgumentException if an argument is null or out of range, {@code to} is
     *     before {@code from}, or the period holds more than 10,000,000 settlements
     */
    public List<Instant> settlementsBetween(Instant from, Instant to) {
        long count = settlementCount(from, to);
        ArgChecker.isTrue(count <= 10_000_000L, "to", to,
                "be close enough to 'from' (" + from + ") to hold at most 10,000,000 settlements");
        long first = firstIndexAtOrAfter(from);
        List<Instant> out = new ArrayList<>((int) count);
        for (long k = first; k < first + count; k++) {
            out.add(Instant.ofEpochSecond(anchorSeconds() + k * periodSeconds()));
        }
        return List.copyOf(out);
    }

    private void checkPeriod(Instant from, Instant to) {
        TimeArgs.supported(from, "from");
        TimeArgs.supported(to, "to");
        ArgChecker.isTrue(!to.isBefore(from), "to", to, "not be before 'from' (" + from + ")");
    }

    private long periodSeconds() {
        return (long) intervalHours * SECONDS_PER_HOUR;
    }

    private long anchorSeconds() {
        return (long) anchorHour * SECONDS_PER_HOUR;
    }

    /** Epoch second of the last settlement at or before t: settlements are whole seconds, so the nanos never matter. */
    private long previousSeconds(Instant t) {
        return anchorSeconds() + Math.floorDiv(t.getEpochSecond() - anchorSeconds(), periodSeconds()) * periodSeconds();
    }

    /** Smallest k with anchor + k * period >= t (settlement k is the k-th after the anchor of 1970-01-01). */
    private long firstIndexAtOrAfter(Instant t) {
        // A fractional second rounds t up to the next whole second before the ceiling division.
        long seconds = t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0);
        return -Math.floorDiv(anchorSeconds() - seconds, periodSeconds());
    }
}
