package io.github.basisspread.ml.features;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.core.time.FundingSchedule;
import io.github.basisspread.ml.internal.Args;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The aligned series the features are computed from: the basis (required), and optionally the
 * spot price, the funding rate, the traded volume, the open interest and dated futures (each with
 * its expiry) on the same timestamps, and the funding schedule of the venue.
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
    private final TimeSeries volume;
    private final TimeSeries openInterest;
    private final List<DatedFuture> futures;

    /**
     * A dated future: its expiry and its price on the basis's timestamps.
     *
     * @param expiry the expiry (settlement time)
     * @param price the price series
     */
    public record DatedFuture(Instant expiry, TimeSeries price) {
        /**
         * Validates the future.
         *
         * @param expiry the expiry, not null
         * @param price the price series, not null
         * @throws IllegalArgumentException if an argument is null
         */
        public DatedFuture {
            Args.notNull(expiry, "expiry");
            Args.notNull(price, "price");
        }
    }

    private FeatureInputs(TimeSeries basis, TimeSeries spot, TimeSeries fundingRate, FundingSchedule schedule) {
        this(basis, spot, fundingRate, schedule, null, null, List.of());
    }

    private FeatureInputs(TimeSeries basis, TimeSeries spot, TimeSeries fundingRate, FundingSchedule schedule,
            TimeSeries volume, TimeSeries openInterest, List<DatedFuture> futures) {
        this.basis = basis;
        this.spot = spot;
        this.fundingRate = fundingRate;
        this.schedule = schedule;
        this.volume = volume;
        this.openInterest = openInterest;
        this.futures = futures;
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
        return new FeatureInputs(basis, aligned(series, "spot"), fundingRate, schedule, volume, openInterest, futures);
    }

    /**
     * Adds the funding rate (decimal per funding interval; the rate known at each time).
     *
     * @param series the funding rate on the basis's timestamps
     * @return new inputs
     * @throws IllegalArgumentException if the timestamps differ from the basis's
     */
    public FeatureInputs withFundingRate(TimeSeries series) {
        return new FeatureInputs(basis, spot, aligned(series, "fundingRate"), schedule, volume, openInterest, futures);
    }

    /**
     * Adds the funding schedule of the venue.
     *
     * @param value the schedule
     * @return new inputs
     * @throws IllegalArgumentException if the schedule is null
     */
    public FeatureInputs withFundingSchedule(FundingSchedule value) {
        return new FeatureInputs(basis, spot, fundingRate, Args.notNull(value, "fundingSchedule"), volume, openInterest, futures);
    }

    /**
     * Adds the traded volume per row (of the derivative or the spot market, as the caller chooses).
     *
     * @param series the volume on the basis's timestamps
     * @return new inputs
     * @throws IllegalArgumentException if the timestamps differ from the basis's
     */
    public FeatureInputs withVolume(TimeSeries series) {
        return new FeatureInputs(basis, spot, fundingRate, schedule, aligned(series, "volume"), openInterest, futures);
    }

    /**
     * Adds the open interest of the derivative.
     *
     * @param series the open interest on the basis's timestamps
     * @return new inputs
     * @throws IllegalArgumentException if the timestamps differ from the basis's
     */
    public FeatureInputs withOpenInterest(TimeSeries series) {
        return new FeatureInputs(basis, spot, fundingRate, schedule, volume, aligned(series, "openInterest"), futures);
    }

    /**
     * Adds a dated future, for the term structure of the annualized basis against the spot.
     *
     * @param expiry the future's expiry
     * @param price its price on the basis's timestamps (NaN where it did not trade or had expired)
     * @return new inputs
     * @throws IllegalArgumentException if the expiry is null, or the timestamps differ from the
     *     basis's
     */
    public FeatureInputs withFuture(Instant expiry, TimeSeries price) {
        Args.notNull(expiry, "expiry");
        List<DatedFuture> more = new ArrayList<>(futures);
        more.add(new DatedFuture(expiry, aligned(price, "future price")));
        return new FeatureInputs(basis, spot, fundingRate, schedule, volume, openInterest, List.copyOf(more));
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
     * Returns the traded volume.
     *
     * @return the series
     * @throws IllegalStateException if no volume was given
     */
    public TimeSeries volume() {
        if (volume == null) {
            throw new IllegalStateException("no volume series: add it with withVolume(..)");
        }
        return volume;
    }

    /**
     * Returns the open interest.
     *
     * @return the series
     * @throws IllegalStateException if no open interest was given
     */
    public TimeSeries openInterest() {
        if (openInterest == null) {
            throw new IllegalStateException("no open-interest series: add it with withOpenInterest(..)");
        }
        return openInterest;
    }

    /**
     * Returns the dated futures, in the order they were added (empty when none).
     *
     * @return an immutable list
     */
    public List<DatedFuture> futures() {
        return futures;
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
        return slice(from, to);
    }

    private FeatureInputs slice(int from, int to) {
        List<DatedFuture> cut = new ArrayList<>();
        for (DatedFuture f : futures) {
            cut.add(new DatedFuture(f.expiry(), f.price().subSeries(from, to)));
        }
        return new FeatureInputs(basis.subSeries(from, to), part(spot, from, to), part(fundingRate, from, to), schedule,
                part(volume, from, to), part(openInterest, from, to), List.copyOf(cut));
    }

    private static TimeSeries part(TimeSeries s, int from, int to) {
        return s == null ? null : s.subSeries(from, to);
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
        return slice(0, n);
    }
}
