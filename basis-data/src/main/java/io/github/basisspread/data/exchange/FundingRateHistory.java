package io.github.basisspread.data.exchange;

import io.github.basisspread.core.series.TimeSeries;
import java.time.Instant;
import java.util.Arrays;

/**
 * A history of funding rates of a perpetual swap, each observation with its own funding
 * interval: venues switch between 8, 4, 2 and 1 hour intervals, so the interval travels with
 * every rate rather than being a constant of the series.
 *
 * <p>A rate is the decimal fraction paid per funding interval (0.0001 = 1 bp per interval), paid
 * by longs to shorts when positive. Its APR is the simple annualization
 * {@code rate * 8760 / intervalHours}: x1095 for 8 h, x8760 for 1 h (8760 = 365 * 24 hours in
 * an ACT/365 year). Rates are never missing and always finite.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class FundingRateHistory {

    /** Hours in a 365-day year, the ACT/365F year of the APR convention. */
    private static final double HOURS_PER_YEAR = 8760.0;

    private final TimeSeries rates;
    private final int[] intervalHours;

    private FundingRateHistory(TimeSeries rates, int[] intervalHours) {
        this.rates = rates;
        this.intervalHours = intervalHours;
    }

    /**
     * Creates a history from rates and the funding interval of each observation (copied).
     *
     * @param rates the funding rates per interval, as decimals; no missing values
     * @param intervalHours the funding interval of each observation in hours, each at least 1;
     *     as long as the rates
     * @return the history
     * @throws IllegalArgumentException if an argument is null, the lengths differ, a rate is
     *     missing or an interval is not positive
     */
    public static FundingRateHistory of(TimeSeries rates, int[] intervalHours) {
        if (rates == null) {
            throw new IllegalArgumentException("Argument 'rates' must not be null");
        }
        if (intervalHours == null) {
            throw new IllegalArgumentException("Argument 'intervalHours' must not be null");
        }
        if (intervalHours.length != rates.size()) {
            throw new IllegalArgumentException("Arguments 'rates' and 'intervalHours' must have the same length but have "
                    + rates.size() + " and " + intervalHours.length);
        }
        for (int i = 0; i < intervalHours.length; i++) {
            if (rates.isMissing(i)) {
                throw new IllegalArgumentException("Argument 'rates' must have no missing values but has one at index " + i
                        + " (" + rates.time(i) + ")");
            }
            if (intervalHours[i] <= 0) {
                throw new IllegalArgumentException("Argument 'intervalHours' must be greater than zero but has value "
                        + intervalHours[i] + " at index " + i);
            }
        }
        return new FundingRateHistory(rates, intervalHours.clone());
    }

    /**
     * Creates a history whose observations all share one funding interval.
     *
     * @param rates the funding rates per interval; no missing values
     * @param intervalHours the funding interval in hours, at least 1
     * @return the history
     * @throws IllegalArgumentException as {@link #of(TimeSeries, int[])}
     */
    public static FundingRateHistory ofConstantInterval(TimeSeries rates, int intervalHours) {
        if (rates == null) {
            throw new IllegalArgumentException("Argument 'rates' must not be null");
        }
        int[] hours = new int[rates.size()];
        Arrays.fill(hours, intervalHours);
        if (intervalHours <= 0) {
            throw new IllegalArgumentException("Argument 'intervalHours' must be greater than zero but has value "
                    + intervalHours);
        }
        return of(rates, hours);
    }

    /**
     * Returns the number of observations.
     *
     * @return the size
     */
    public int size() {
        return intervalHours.length;
    }

    /**
     * Returns the time of observation {@code i}.
     *
     * @param i the index
     * @return the instant
     * @throws IndexOutOfBoundsException if out of range
     */
    public Instant time(int i) {
        return rates.time(i);
    }

    /**
     * Returns the funding rate of observation {@code i}, per funding interval.
     *
     * @param i the index
     * @return the rate as a decimal
     * @throws IndexOutOfBoundsException if out of range
     */
    public double rate(int i) {
        return rates.value(i);
    }

    /**
     * Returns the funding interval of observation {@code i}.
     *
     * @param i the index
     * @return the interval in hours
     * @throws IndexOutOfBoundsException if out of range
     */
    public int intervalHours(int i) {
        return intervalHours[i];
    }

    /**
     * Returns the APR of observation {@code i}: {@code rate * 8760 / intervalHours}, simple
     * (not compounded) annualization over a 365-day year.
     *
     * @param i the index
     * @return the annual rate as a decimal
     * @throws IndexOutOfBoundsException if out of range
     */
    public double apr(int i) {
        return rates.value(i) * HOURS_PER_YEAR / intervalHours[i];
    }

    /**
     * Returns the rates as a series.
     *
     * @return the rates per interval
     */
    public TimeSeries rates() {
        return rates;
    }

    /**
     * Returns the APRs as a series, observation by observation with each one's interval.
     *
     * @return the APR series
     */
    public TimeSeries aprs() {
        double[] a = new double[size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = apr(i);
        }
        return TimeSeries.ofEpochNanos(rates.epochNanosArray(), a);
    }

    /**
     * Returns a copy of the funding intervals.
     *
     * @return a new array of hours
     */
    public int[] intervalHoursArray() {
        return intervalHours.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FundingRateHistory)) {
            return false;
        }
        FundingRateHistory other = (FundingRateHistory) o;
        return rates.equals(other.rates) && Arrays.equals(intervalHours, other.intervalHours);
    }

    @Override
    public int hashCode() {
        return 31 * rates.hashCode() + Arrays.hashCode(intervalHours);
    }

    @Override
    public String toString() {
        return "FundingRateHistory[size=" + size() + (size() == 0 ? "" : ", from=" + time(0) + ", to=" + time(size() - 1)) + "]";
    }
}
