package io.github.basisspread.core.series;

import io.github.basisspread.core.basis.Compounding;
import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.time.DayCount;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The basis over time of a derivative (a dated future or a perpetual swap) against spot.
 *
 * <p><b>Pairing.</b> Spot and derivative quotes rarely share timestamps, so the two input
 * series are first paired by a {@link Pairing}:
 * <ul>
 *   <li>{@link Pairing#exactTimestamps()}: only times present in both series;</li>
 *   <li>{@link Pairing#onDerivativeTimes(Duration)}: each derivative observation, with the
 *       last spot price at or before it, if no older than the staleness limit;</li>
 *   <li>{@link Pairing#onSpotTimes(Duration)}: each spot observation, with the last derivative
 *       price at or before it, if no older than the limit.</li>
 * </ul>
 * Pairing is an as-of {@link Alignment#inner inner alignment}: it never looks ahead, and pairs
 * with a missing or stale side are dropped, so the series holds complete pairs only. Nothing is
 * dropped unreported: {@link #unpairedSpotCount()} and {@link #unpairedDerivativeCount()} count
 * the input observations that went into no pair, and {@link #excludedAfterExpiryCount()} those
 * excluded at or after expiry.
 *
 * <p><b>Expiry.</b> A dated future has an expiry; a perpetual has none. The time to expiry
 * {@code tau_t = yearFraction(t, expiry)} shrinks along the series (ACT/365F by default). A
 * future does not trade at or after its expiry, so an observation there is an error of the
 * caller: with {@link ExpiredObservations#REJECT} (the default) any derivative observation at or
 * after expiry, or (when pairing on spot times) any spot observation at or after expiry, is
 * rejected; with {@link ExpiredObservations#EXCLUDE} the observations of both inputs at or after
 * expiry are dropped before pairing.
 *
 * <p><b>Measures</b>, for spot {@code S} and derivative price {@code F} at each time:
 * {@link #basis()} {@code F - S}; {@link #relativeBasis()} {@code F/S - 1};
 * {@link #basisInBasisPoints()} {@code (F/S - 1) x 10^4}; and, for a dated future only,
 * {@link #annualizedBasis(Compounding)} {@code (F/S - 1) / tau} (simple) or
 * {@code ln(F/S) / tau} (continuous).
 *
 * <p>Prices must be positive: a non-positive present value in either input is rejected. Missing
 * values (NaN) are allowed in the inputs and never pair.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BasisSeries {

    /** What to do with observations at or after the expiry of a dated future. */
    public enum ExpiredObservations {
        /** Throw an {@link IllegalArgumentException} naming the first such observation. */
        REJECT,
        /** Drop them from both inputs before pairing. */
        EXCLUDE
    }

    /**
     * How the spot and derivative series are paired: on exact timestamps, or as of the
     * timestamps of one of them with a staleness limit. Immutable and thread-safe.
     */
    public static final class Pairing {

        private enum Driver { EXACT, DERIVATIVE, SPOT }

        private static final Pairing EXACT = new Pairing(Driver.EXACT, Duration.ZERO);

        private final Driver driver;
        private final Duration maxStaleness;

        private Pairing(Driver driver, Duration maxStaleness) {
            this.driver = driver;
            this.maxStaleness = maxStaleness;
        }

        /**
         * Pairs observations with equal timestamps only.
         *
         * @return the exact pairing
         */
        public static Pairing exactTimestamps() {
            return EXACT;
        }

        /**
         * Pairs each derivative observation with the last spot price at or before it.
         *
         * @param maxStaleness the largest accepted age of the spot price, zero or positive
         * @return the pairing
         * @throws IllegalArgumentException if the duration is null or negative
         */
        public static Pairing onDerivativeTimes(Duration maxStaleness) {
            return new Pairing(Driver.DERIVATIVE, Alignment.asOf(maxStaleness).maxStaleness());
        }

        /**
         * Pairs each spot observation with the last derivative price at or before it.
         *
         * @param maxStaleness the largest accepted age of the derivative price, zero or positive
         * @return the pairing
         * @throws IllegalArgumentException if the duration is null or negative
         */
        public static Pairing onSpotTimes(Duration maxStaleness) {
            return new Pairing(Driver.SPOT, Alignment.asOf(maxStaleness).maxStaleness());
        }

        /**
         * Returns the staleness limit, zero for exact timestamps.
         *
         * @return the largest accepted age of the sampled side
         */
        public Duration maxStaleness() {
            return maxStaleness;
        }

        AlignedPair pair(TimeSeries spot, TimeSeries derivative) {
            // Returns left = derivative, right = spot in every case.
            return switch (driver) {
                case EXACT, DERIVATIVE -> Alignment.asOf(maxStaleness).inner(derivative, spot);
                case SPOT -> {
                    AlignedPair p = Alignment.asOf(maxStaleness).inner(spot, derivative);
                    long[] grid = p.epochNanosArray();
                    int[] d = new int[grid.length];
                    int[] s = new int[grid.length];
                    for (int i = 0; i < grid.length; i++) {
                        d[i] = p.rightSourceIndex(i);
                        s[i] = p.leftSourceIndex(i);
                    }
                    yield new AlignedPair(grid, derivative, d, spot, s);
                }
            };
        }

        boolean drivenBySpot() {
            return driver == Driver.SPOT;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pairing && ((Pairing) o).driver == driver && ((Pairing) o).maxStaleness.equals(maxStaleness);
        }

        @Override
        public int hashCode() {
            return 31 * driver.hashCode() + maxStaleness.hashCode();
        }

        @Override
        public String toString() {
            return switch (driver) {
                case EXACT -> "Pairing[exactTimestamps]";
                case DERIVATIVE -> "Pairing[onDerivativeTimes, maxStaleness=" + maxStaleness + "]";
                case SPOT -> "Pairing[onSpotTimes, maxStaleness=" + maxStaleness + "]";
            };
        }
    }

    private final TimeSeries spot;
    private final TimeSeries derivative;
    private final Instant expiry;
    private final Pairing pairing;
    private final DayCount dayCount;
    private final int unpairedSpot;
    private final int unpairedDerivative;
    private final int excludedAfterExpiry;

    private BasisSeries(TimeSeries spot, TimeSeries derivative, Instant expiry, Pairing pairing, DayCount dayCount,
            int unpairedSpot, int unpairedDerivative, int excludedAfterExpiry) {
        this.spot = spot;
        this.derivative = derivative;
        this.expiry = expiry;
        this.pairing = pairing;
        this.dayCount = dayCount;
        this.unpairedSpot = unpairedSpot;
        this.unpairedDerivative = unpairedDerivative;
        this.excludedAfterExpiry = excludedAfterExpiry;
    }

    /** Builds the series from a pairing (left = derivative, right = spot) and counts what went unused. */
    private static BasisSeries fromPair(AlignedPair p, int spotInputs, int derivativeInputs, Instant expiry,
            Pairing pairing, int excludedAfterExpiry) {
        int usedDerivative = 0;
        int usedSpot = 0;
        int lastDerivative = -1;
        int lastSpot = -1;
        // Source indices are non-decreasing along the pairs, so counting changes counts distinct sources.
        for (int i = 0; i < p.size(); i++) {
            if (p.leftSourceIndex(i) != lastDerivative) {
                lastDerivative = p.leftSourceIndex(i);
                usedDerivative++;
            }
            if (p.rightSourceIndex(i) != lastSpot) {
                lastSpot = p.rightSourceIndex(i);
                usedSpot++;
            }
        }
        return new BasisSeries(p.right(), p.left(), expiry, pairing, DayCount.ACT_365F, spotInputs - usedSpot,
                derivativeInputs - usedDerivative, excludedAfterExpiry);
    }

    /**
     * Builds the basis series of a perpetual swap against spot.
     *
     * @param spot the spot prices, positive where present
     * @param perpetual the perpetual's prices (mark or last), positive where present
     * @param pairing how the two series are paired
     * @return the basis series, without expiry
     * @throws IllegalArgumentException if an argument is null or a present price is not positive
     */
    public static BasisSeries perpetual(TimeSeries spot, TimeSeries perpetual, Pairing pairing) {
        checkPrices(spot, "spot");
        checkPrices(perpetual, "perpetual");
        ArgChecker.notNull(pairing, "pairing");
        AlignedPair p = pairing.pair(spot, perpetual);
        return fromPair(p, spot.size(), perpetual.size(), null, pairing, 0);
    }

    /**
     * Builds the basis series of a dated future against spot, rejecting observations at or after
     * expiry ({@link ExpiredObservations#REJECT}).
     *
     * @param spot the spot prices, positive where present
     * @param future the future's prices, positive where present
     * @param expiry the future's expiry
     * @param pairing how the two series are paired
     * @return the basis series
     * @throws IllegalArgumentException if an argument is null, a present price is not positive,
     *     or an observation lies at or after expiry (see the class description)
     */
    public static BasisSeries dated(TimeSeries spot, TimeSeries future, Instant expiry, Pairing pairing) {
        return dated(spot, future, expiry, pairing, ExpiredObservations.REJECT);
    }

    /**
     * Builds the basis series of a dated future against spot.
     *
     * @param spot the spot prices, positive where present
     * @param future the future's prices, positive where present
     * @param expiry the future's expiry
     * @param pairing how the two series are paired
     * @param expired whether observations at or after expiry are rejected or excluded
     * @return the basis series
     * @throws IllegalArgumentException if an argument is null, a present price is not positive,
     *     or, with {@link ExpiredObservations#REJECT}, an observation lies at or after expiry
     */
    public static BasisSeries dated(TimeSeries spot, TimeSeries future, Instant expiry, Pairing pairing,
            ExpiredObservations expired) {
        checkPrices(spot, "spot");
        checkPrices(future, "future");
        ArgChecker.notNull(expiry, "expiry");
        ArgChecker.notNull(pairing, "pairing");
        ArgChecker.notNull(expired, "expired");
        TimeSeries s = spot;
        TimeSeries f = future;
        if (expired == ExpiredObservations.EXCLUDE) {
            s = spot.subSeries(0, firstAtOrAfter(spot, expiry));
            f = future.subSeries(0, firstAtOrAfter(future, expiry));
        } else {
            rejectExpired(future, "future", expiry);
            if (pairing.drivenBySpot()) {
                // Each spot time would be a basis observation, so spot after expiry is an error too.
                rejectExpired(spot, "spot", expiry);
            }
        }
        AlignedPair p = pairing.pair(s, f);
        int excluded = spot.size() - s.size() + future.size() - f.size();
        return fromPair(p, s.size(), f.size(), expiry, pairing, excluded);
    }

    private static void checkPrices(TimeSeries prices, String name) {
        ArgChecker.notNull(prices, name);
        for (int i = 0; i < prices.size(); i++) {
            if (!prices.isMissing(i) && !(prices.value(i) > 0)) {
                throw new IllegalArgumentException("Argument '" + name + "' must have positive prices but has value "
                        + prices.value(i) + " at index " + i + " (" + prices.time(i) + ")");
            }
        }
    }

    private static int firstAtOrAfter(TimeSeries s, Instant t) {
        return s.indexAtOrBefore(t.minusNanos(1)) + 1;
    }

    private static void rejectExpired(TimeSeries s, String name, Instant expiry) {
        int i = firstAtOrAfter(s, expiry);
        if (i < s.size()) {
            throw new IllegalArgumentException("Argument '" + name + "' must have no observation at or after expiry " + expiry
                    + " but has one at " + s.time(i) + " (index " + i + "); use ExpiredObservations.EXCLUDE to drop them");
        }
    }

    /**
     * Returns a copy using another day count for the time to expiry.
     *
     * @param dayCount the day count
     * @return the copy
     * @throws IllegalArgumentException if the day count is null
     */
    public BasisSeries withDayCount(DayCount dayCount) {
        ArgChecker.notNull(dayCount, "dayCount");
        return new BasisSeries(spot, derivative, expiry, pairing, dayCount, unpairedSpot, unpairedDerivative,
                excludedAfterExpiry);
    }

    /**
     * Returns how many spot observations (after any exclusion at expiry) went into no pair:
     * missing values, observations too stale for or absent from the other side's times.
     *
     * @return the count of unused spot observations
     */
    public int unpairedSpotCount() {
        return unpairedSpot;
    }

    /**
     * Returns how many derivative observations (after any exclusion at expiry) went into no pair.
     *
     * @return the count of unused derivative observations
     */
    public int unpairedDerivativeCount() {
        return unpairedDerivative;
    }

    /**
     * Returns how many observations of both inputs were dropped for lying at or after expiry
     * ({@link ExpiredObservations#EXCLUDE}); zero otherwise.
     *
     * @return the count of excluded observations
     */
    public int excludedAfterExpiryCount() {
        return excludedAfterExpiry;
    }

    /**
     * Returns the number of paired observations.
     *
     * @return the size
     */
    public int size() {
        return spot.size();
    }

    /**
     * Returns the time of paired observation {@code i}.
     *
     * @param i the index
     * @return the instant
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Instant time(int i) {
        return spot.time(i);
    }

    /**
     * Returns the paired spot prices.
     *
     * @return the spot series, on the paired times, with no missing value
     */
    public TimeSeries spot() {
        return spot;
    }

    /**
     * Returns the paired derivative prices.
     *
     * @return the derivative series, on the paired times, with no missing value
     */
    public TimeSeries derivative() {
        return derivative;
    }

    /**
     * Returns the expiry of a dated future, empty for a perpetual.
     *
     * @return the expiry, if any
     */
    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiry);
    }

    /**
     * Returns whether the derivative is a perpetual (has no expiry).
     *
     * @return true for a perpetual
     */
    public boolean isPerpetual() {
        return expiry == null;
    }

    /**
     * Returns how the inputs were paired.
     *
     * @return the pairing
     */
    public Pairing pairing() {
        return pairing;
    }

    /**
     * Returns the day count of the time to expiry (ACT/365F unless changed).
     *
     * @return the day count
     */
    public DayCount dayCount() {
        return dayCount;
    }

    /**
     * Returns the basis {@code F - S} in price units.
     *
     * @return the basis series
     */
    public TimeSeries basis() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = derivative.value(i) - spot.value(i);
        }
        return TimeSeries.ofOwnedArrays(spot.epochNanosArray(), out);
    }

    /**
     * Returns the relative basis {@code F/S - 1} as a decimal (0.01 = 1%).
     *
     * @return the relative basis series
     */
    public TimeSeries relativeBasis() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            // (F - S) / S keeps the digits of a small basis that F / S - 1 would cancel.
            out[i] = (derivative.value(i) - spot.value(i)) / spot.value(i);
        }
        return TimeSeries.ofOwnedArrays(spot.epochNanosArray(), out);
    }

    /**
     * Returns the basis in basis points, {@code (F/S - 1) x 10^4}.
     *
     * @return the basis series in basis points
     */
    public TimeSeries basisInBasisPoints() {
        return relativeBasis().mapValues(r -> r * 1e4);
    }

    /**
     * Returns the time to expiry {@code tau_t = yearFraction(t, expiry)} under the day count.
     *
     * @return the year fractions, shrinking along the series
     * @throws IllegalStateException if the derivative is a perpetual
     */
    public TimeSeries yearsToExpiry() {
        requireExpiry();
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dayCount.yearFraction(time(i), expiry);
        }
        return TimeSeries.ofOwnedArrays(spot.epochNanosArray(), out);
    }

    /**
     * Returns the annualized basis: {@code (F/S - 1) / tau_t} for {@link Compounding#SIMPLE},
     * {@code ln(F/S) / tau_t} for {@link Compounding#CONTINUOUS}, with the time to expiry
     * {@code tau_t} of each observation.
     *
     * @param compounding how the basis is annualized
     * @return the annualized basis as a decimal rate per year
     * @throws IllegalArgumentException if the compounding is null, or the day count gives a
     *     non-positive year fraction before expiry
     * @throws IllegalStateException if the derivative is a perpetual
     */
    public TimeSeries annualizedBasis(Compounding compounding) {
        ArgChecker.notNull(compounding, "compounding");
        requireExpiry();
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            double tau = dayCount.yearFraction(time(i), expiry);
            out[i] = compounding.annualize(derivative.value(i) / spot.value(i), tau);
        }
        return TimeSeries.ofOwnedArrays(spot.epochNanosArray(), out);
    }

    private void requireExpiry() {
        if (expiry == null) {
            throw new IllegalStateException("A perpetual has no expiry: annualized basis and time to expiry need a dated future"
                    + " (annualize a perpetual's basis through its funding rate instead)");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BasisSeries)) {
            return false;
        }
        BasisSeries other = (BasisSeries) o;
        return spot.equals(other.spot) && derivative.equals(other.derivative) && Objects.equals(expiry, other.expiry)
                && pairing.equals(other.pairing) && dayCount.equals(other.dayCount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spot, derivative, expiry, pairing, dayCount);
    }

    @Override
    public String toString() {
        return "BasisSeries[size=" + size() + ", " + (expiry == null ? "perpetual" : "expiry=" + expiry) + ", " + pairing
                + ", dayCount=" + dayCount.conventionName() + "]";
    }
}
