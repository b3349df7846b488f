package io.github.basisspread.models.simulation;

import io.github.basisspread.core.instrument.DatedFuture;
import io.github.basisspread.core.internal.ArgChecker;
import io.github.basisspread.core.series.TimeSeries;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * One simulated dated future: its contract and its prices over the steps at which it was one of
 * the three listed quarterly contracts, up to and including its expiry (where its price equals
 * spot).
 *
 * <p>Immutable and thread-safe.
 *
 * @param contract the contract (symbol, venue, size, expiry)
 * @param prices the simulated prices while listed, not empty
 */
public record SimulatedFuture(DatedFuture contract, TimeSeries prices) {

    /**
     * Validates the components.
     *
     * @param contract the contract, not null
     * @param prices the prices, not null and not empty
     * @throws IllegalArgumentException if a component is null or the prices are empty
     */
    public SimulatedFuture {
        ArgChecker.notNull(contract, "contract");
        ArgChecker.notNull(prices, "prices");
        ArgChecker.isTrue(!prices.isEmpty(), "prices", prices, "not be empty");
    }

    /**
     * Returns the price observed exactly at an instant.
     *
     * @param time the instant, not null
     * @return the price, or empty if the contract was not observed at that instant
     * @throws IllegalArgumentException if the instant is null
     */
    public OptionalDouble priceAt(Instant time) {
        ArgChecker.notNull(time, "time");
        int i = prices.indexAtOrBefore(time);
        return i >= 0 && prices.time(i).equals(time) ? OptionalDouble.of(prices.value(i)) : OptionalDouble.empty();
    }
}
