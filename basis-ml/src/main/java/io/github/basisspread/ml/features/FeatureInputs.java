package io.github.basisspread.ml.features;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.ml.internal.Args;
import java.util.Arrays;

/**
 * The aligned series the features are computed from: the basis (required), and optionally the
 * spot price and the funding rate on the same timestamps, and the funding schedule of the venue.
 *
 * <p>Align the series first (as-of alignment in {@code core.series}, carrying a value forward
 * only from its own past); missing values (NaN) make the features that read them NaN at the rows
 * they touch, never filled in. Immutable and thread-safe.
 */
public final class FeatureInputs {

    private final TimeSeries basis;
    private final TimeSeries spot;
    private final TimeSeries fundingRate;
    private final FundingSchedule schedule;

    private FeatureInputs(TimeSeries basis, TimeSeries spot, TimeSeries fundingRate, FundingSchedule schedule) {
        this.basis = basis;
        this.spot = spot;
        this.fundingRate = fundingRate;
        this.schedule = schedule;
    }

    /**
     * Inputs with the basis only.
     *
     * @param basis the basis, at least one observation
     * @return the inputs
     * @throws IllegalArgumentException if the basis is null or empty
     */
    public static FeatureInputs of(TimeSeries basis) {
        Args.notNull(basis, "basis");
        Args.check(!basis.isEmpty(), "basis", "an empty series", "hold at least one observation");
        return new FeatureInputs(basis, null, null, null);
    }

    /**
     * Adds the spot price.
     *
     * @param series the spot price on the basis's timestamps
     * @return new inputs
     * @throws IllegalArgumentException if the timestamps differ from the basis's
     */
    public FeatureInputs withSpot(TimeSeries series) {
        return new FeatureInputs(basis, aligned(series, "spot"), fundingRate, schedule);
    }

    /**
     * Adds the funding rate (decimal per funding interval; the rate known at each time).
     *
     * @param series the funding rate on the basis's timestamps
     * @return new inputs
     * @throws IllegalArgumentException if the timestamps differ from the basis's
     */
    public FeatureInputs withFundingRate(TimeSeries series) {
        return new FeatureInputs(basis, spot, aligned(series, "fundingRate"), schedule);
    }

    /**
     * Adds the funding schedule of the venue.
     *
     * @param value the schedule
     * @return new inputs
     * @throws IllegalArgumentException if the schedule is null
     */
    public FeatureInputs withFundingSchedule(FundingSchedule value) {
        return new FeatureInputs(basis, spot, fundingRate, Args.notNull(value, "fundingSchedule"));
    }

    private TimeSeries aligned(TimeSeries series, String name) {
        Args.notNull(series, name);
        Args.check(series.size() == basis.size() && Arrays.equals(series.epochNanosArray(), basis.epochNanosArray()), name,
                series.size() + " observations from " + (series.isEmpty() ? "-" : series.firstTime()),
                "have the basis's timestamps (" + basis.size() + " from " + basis.firstTime() + "): align it first");
        return series;
    }

    /**
     * Returns the number of rows (the basis's observations).
     *
     * @return n
     */
    public int size() {
        return basis.size();
    }

    /**
     * Returns the basis.
     *
     * @return the series
     */
    public TimeSeries basis() {
        return basis;
    }

    /**
     * Returns the spot price.
     *
     * @return the series
     * @throws IllegalStateException if no spot price was given
     */
    public TimeSeries spot() {
        if (spot == null) {
            throw new IllegalStateException("no spot series: add it with withSpot(..)");
        }
        return spot;
    }

    /**
     * Returns the funding rate.
     *
     * @return the series
     * @throws IllegalStateException if no funding rate was given
     */
    public TimeSeries fundingRate() {
        if (fundingRate == null) {
            throw new IllegalStateException("no funding-rate series: add it with withFundingRate(..)");
        }
        return fundingRate;
    }

    /**
     * Returns the funding schedule.
     *
     * @return the schedule
     * @throws IllegalStateException if no schedule was given
     */
    public FundingSchedule fundingSchedule() {
        if (schedule == null) {
            throw new IllegalStateException("no funding schedule: add it with withFundingSchedule(..)");
        }
        return schedule;
    }

    /**
     * Returns the last {@code n} rows of every series.
     *
     * @param n the number of rows, 1 to {@link #size()}
     * @return new inputs
     * @throws IllegalArgumentException if n is out of range
     */
    public FeatureInputs tail(int n) {
        Args.check(n >= 1 && n <= size(), "n", n, "lie in [1, " + size() + "]");
        int from = size() - n;
        int to = size();
        return new FeatureInputs(basis.subSeries(from, to), spot == null ? null : spot.subSeries(from, to),
                fundingRate == null ? null : fundingRate.subSeries(from, to), schedule);
    }

    /**
     * Returns the first {@code n} rows of every series: the inputs as they were known at row
     * {@code n - 1}.
     *
     * @param n the number of rows, 1 to {@link #size()}
     * @return new inputs
     * @throws IllegalArgumentException if n is out of range
     */
    public FeatureInputs head(int n) {
        Args.check(n >= 1 && n <= size(), "n", n, "lie in [1, " + size() + "]");
        return new FeatureInputs(basis.subSeries(0, n), spot == null ? null : spot.subSeries(0, n),
                fundingRate == null ? null : fundingRate.subSeries(0, n), schedule);
    }
}
