package io.github.basisspread.models.backtest;

import io.github.basisspread.core.instrument.Settlement;
import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The aligned market data of a basis backtest: a spot price and a derivative price (the mark of
 * a perpetual or a dated future) on the same timestamps, the funding rates settled on the
 * perpetual at some of those timestamps, or the expiry of the future.
 *
 * <p>Funding: a rate at a timestamp is a settlement at that time, paid on the position held over
 * the preceding period; {@link #settlements(TimeSeries, TimeSeries)} turns a series of hourly
 * snapshots with the funding interval of each observation into the settlements. Settlement
 * style: {@link Settlement#LINEAR} (quantity in coin, P&amp;L in the quote) or
 * {@link Settlement#INVERSE} (a USD face value, P&amp;L in coin converted at the mark).
 *
 * <p>Immutable and thread-safe.
 */
public final class BacktestData {

    private final long[] times;
    private final double[] spot;
    private final double[] derivative;
    private final double[] funding;
    private final Instant expiry;
    private final Settlement settlement;

    private BacktestData(long[] times, double[] spot, double[] derivative, double[] funding, Instant expiry,
            Settlement settlement) {
        this.times = times;
        this.spot = spot;
        this.derivative = derivative;
        this.funding = funding;
        this.expiry = expiry;
        this.settlement = settlement;
    }

    /**
     * Spot and a perpetual, with the funding settlements.
     *
     * @param spot the spot prices, positive, no missing values
     * @param perpetual the perpetual's mark prices, on the timestamps of spot
     * @param fundingSettlements the rate of each settlement (decimal per interval, positive when
     *     longs pay), each at a timestamp of spot; missing values are skipped
     * @param settlement linear or inverse
     * @return the data
     * @throws IllegalArgumentException if the series are not aligned, hold a missing or
     *     non-positive price, are shorter than 2, or the settlement is quanto
     */
    public static BacktestData perpetual(TimeSeries spot, TimeSeries perpetual, TimeSeries fundingSettlements,
            Settlement settlement) {
        ArgChecker.notNull(fundingSettlements, "fundingSettlements");
        long[] t = checkPrices(spot, perpetual);
        double[] rates = new double[t.length];
        Arrays.fill(rates, Double.NaN);
        for (int k = 0; k < fundingSettlements.size(); k++) {
            if (fundingSettlements.isMissing(k)) {
                continue;
            }
            long at = fundingSettlements.epochNanos(k);
            int i = Arrays.binarySearch(t, at);
            if (i < 0) {
                throw new IllegalArgumentException("Argument 'fundingSettlements' must be aligned with the price timestamps but has value "
                        + fundingSettlements.value(k) + " at " + fundingSettlements.time(k) + ", which is not a price timestamp");
            }
            rates[i] = fundingSettlements.value(k);
        }
        return new BacktestData(t, spot.valuesArray(), perpetual.valuesArray(), rates, null, checkSettlement(settlement));
    }

    /**
     * Spot and a dated future, which converges to spot at its expiry.
     *
     * @param spot the spot prices, positive, no missing values
     * @param future the future's prices, on the timestamps of spot
     * @param expiry the expiry of the future
     * @param settlement linear or inverse
     * @return the data
     * @throws IllegalArgumentException if the series are not aligned, hold a missing or
     *     non-positive price, are shorter than 2, or the settlement is quanto
     */
    public static BacktestData datedFuture(TimeSeries spot, TimeSeries future, Instant expiry, Settlement settlement) {
        ArgChecker.notNull(expiry, "expiry");
        long[] t = checkPrices(spot, future);
        double[] rates = new double[t.length];
        Arrays.fill(rates, Double.NaN);
        return new BacktestData(t, spot.valuesArray(), future.valuesArray(), rates, expiry, checkSettlement(settlement));
    }

    /**
     * Keeps, from snapshots of the funding rate, those at a settlement: the snapshot whose time is
     * a whole multiple of its own funding interval since the epoch (00:00, 08:00, 16:00 UTC for an
     * 8-hour interval; every hour for a 1-hour interval).
     *
     * @param rates the rate snapshots
     * @param intervalMillis the funding interval of each snapshot in milliseconds, same timestamps
     * @return the rates at the settlements
     * @throws IllegalArgumentException if the series are not aligned or an interval is not positive
     */
    public static TimeSeries settlements(TimeSeries rates, TimeSeries intervalMillis) {
        ArgChecker.notNull(rates, "rates");
        ArgChecker.notNull(intervalMillis, "intervalMillis");
        ArgChecker.isTrue(Arrays.equals(rates.epochNanosArray(), intervalMillis.epochNanosArray()), "intervalMillis",
                intervalMillis.size() + " observations", "have the timestamps of 'rates'");
        TimeSeries.Builder b = TimeSeries.builder();
        for (int i = 0; i < rates.size(); i++) {
            double ms = intervalMillis.value(i);
            ArgChecker.isTrue(ms > 0, "intervalMillis", ms, "be positive at " + intervalMillis.time(i));
            long intervalNanos = Math.round(ms) * 1_000_000L;
            if (Math.floorMod(rates.epochNanos(i), intervalNanos) == 0) {
                b.add(rates.time(i), rates.value(i));
            }
        }
        return b.build();
    }

    private static Settlement checkSettlement(Settlement s) {
        ArgChecker.notNull(s, "settlement");
        ArgChecker.isTrue(s != Settlement.QUANTO, "settlement", s, "be LINEAR or INVERSE");
        return s;
    }

    private static long[] checkPrices(TimeSeries spot, TimeSeries derivative) {
        ArgChecker.notNull(spot, "spot");
        ArgChecker.notNull(derivative, "derivative");
        ArgChecker.isTrue(spot.size() >= 2, "spot", spot.size() + " observations", "hold at least 2 observations");
        long[] t = spot.epochNanosArray();
        ArgChecker.isTrue(Arrays.equals(t, derivative.epochNanosArray()), "derivative",
                derivative.size() + " observations", "be aligned with 'spot' (the same " + spot.size() + " timestamps)");
        for (int i = 0; i < t.length; i++) {
            if (!(spot.value(i) > 0)) {
                throw new IllegalArgumentException("Argument 'spot' must be positive and not missing but has value "
                        + spot.value(i) + " at " + spot.time(i));
            }
            if (!(derivative.value(i) > 0)) {
                throw new IllegalArgumentException("Argument 'derivative' must be positive and not missing but has value "
                        + derivative.value(i) + " at " + derivative.time(i));
            }
        }
        return t;
    }

    /**
     * Returns the number of observations.
     *
     * @return n
     */
    public int size() {
        return times.length;
    }

    /**
     * Returns the settlement style of the derivative.
     *
     * @return linear or inverse
     */
    public Settlement settlement() {
        return settlement;
    }

    /**
     * Returns the expiry of a dated future, empty for a perpetual.
     *
     * @return the expiry
     */
    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiry);
    }

    /**
     * Returns a copy of this data with the observations from {@code from} on replaced: for the
     * look-ahead tests, and for what-if runs.
     *
     * @param from the first index replaced
     * @param newSpot the new spot prices, positive, length n - from
     * @param newDerivative the new derivative prices, positive, length n - from
     * @param newFunding the new funding rates (NaN: no settlement), length n - from
     * @return the modified copy
     * @throws IllegalArgumentException if an index or length is wrong or a price not positive
     */
    public BacktestData withFutureReplaced(int from, double[] newSpot, double[] newDerivative, double[] newFunding) {
        int n = times.length;
        ArgChecker.isTrue(from >= 0 && from <= n, "from", from, "be in [0, " + n + "]");
        ArgChecker.isTrue(newSpot.length == n - from && newDerivative.length == n - from && newFunding.length == n - from,
                "newSpot", newSpot.length + " values", "have n - from = " + (n - from) + " values, as the others");
        double[] s = spot.clone();
        double[] f = derivative.clone();
        double[] r = funding.clone();
        for (int i = from; i < n; i++) {
            s[i] = ArgChecker.positive(newSpot[i - from], "newSpot[" + (i - from) + "]");
            f[i] = ArgChecker.positive(newDerivative[i - from], "newDerivative[" + (i - from) + "]");
            r[i] = newFunding[i - from];
        }
        return new BacktestData(times, s, f, r, expiry, settlement);
    }

    long epochNanos(int i) {
        return times[i];
    }

    double spot(int i) {
        return spot[i];
    }

    double derivative(int i) {
        return derivative[i];
    }

    double funding(int i) {
        return funding[i];
    }

    long[] timesArray() {
        return times;
    }

    Instant time(int i) {
        return Instant.ofEpochSecond(0, times[i]);
    }
}
