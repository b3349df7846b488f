package io.github.basisspread.models.risk;

import io.github.basisspread.core.funding.FundingRate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A market snapshot at one instant: the spot price of each underlying, the mark price of each
 * derivative (by symbol), the current funding rate of each perpetual and, optionally, the funding
 * settlements a perpetual has paid (to accrue funding since a position's entry).
 *
 * <p>All prices are in one quote currency (USD and USDT are taken at par: the book reports in one
 * currency). Built with {@link #at(Instant)}; immutable and thread-safe.
 */
public final class Quotes {

    private final Instant time;
    private final Map<String, Double> spot;
    private final Map<String, Double> prices;
    private final Map<String, FundingRate> funding;
    private final Map<String, List<FundingRate>> fundingHistory;

    private Quotes(Builder b) {
        this.time = b.time;
        this.spot = Collections.unmodifiableMap(new TreeMap<>(b.spot));
        this.prices = Collections.unmodifiableMap(new TreeMap<>(b.prices));
        this.funding = Collections.unmodifiableMap(new TreeMap<>(b.funding));
        this.fundingHistory = Collections.unmodifiableMap(new TreeMap<>(b.fundingHistory));
    }

    /**
     * Starts a snapshot at an instant.
     *
     * @param time the instant of the quotes, not null
     * @return a builder
     * @throws IllegalArgumentException if the time is null
     */
    public static Builder at(Instant time) {
        return new Builder(RiskArgs.notNull(time, "time"));
    }

    /**
     * Returns a builder holding a copy of these quotes, to change some of them.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(time);
        b.spot.putAll(spot);
        b.prices.putAll(prices);
        b.funding.putAll(funding);
        b.fundingHistory.putAll(fundingHistory);
        return b;
    }

    /**
     * Returns the instant of the quotes.
     *
     * @return the time
     */
    public Instant time() {
        return time;
    }

    /**
     * Returns the spot price of an underlying.
     *
     * @param asset the underlying's code, e.g. {@code "BTC"}
     * @return the price in the quote currency
     * @throws IllegalArgumentException naming the asset if it has no spot quote
     */
    public double spot(String asset) {
        Double p = spot.get(asset);
        if (p == null) {
            throw RiskArgs.fail("asset", asset, "have a spot quote at " + time + " (quoted: " + spot.keySet() + ")");
        }
        return p;
    }

    /**
     * Returns the mark price of a derivative.
     *
     * @param symbol the instrument's symbol
     * @return the price in the quote currency
     * @throws IllegalArgumentException naming the symbol if it has no quote
     */
    public double price(String symbol) {
        Double p = prices.get(symbol);
        if (p == null) {
            throw RiskArgs.fail("symbol", symbol, "have a price at " + time + " (quoted: " + prices.keySet() + ")");
        }
        return p;
    }

    /**
     * Returns the current funding rate of a perpetual, if quoted.
     *
     * @param symbol the perpetual's symbol
     * @return the rate for its interval, or empty
     */
    public Optional<FundingRate> fundingRate(String symbol) {
        return Optional.ofNullable(funding.get(symbol));
    }

    /**
     * Returns the funding settlements of a perpetual (oldest first), empty if none were given.
     *
     * @param symbol the perpetual's symbol
     * @return the settlements, unmodifiable
     */
    public List<FundingRate> fundingHistory(String symbol) {
        return fundingHistory.getOrDefault(symbol, List.of());
    }

    /**
     * Returns the underlyings with a spot quote, in order.
     *
     * @return the asset codes
     */
    public java.util.Set<String> assets() {
        return spot.keySet();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quotes q && time.equals(q.time) && spot.equals(q.spot) && prices.equals(q.prices)
                && funding.equals(q.funding) && fundingHistory.equals(q.fundingHistory);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(time, spot, prices, funding, fundingHistory);
    }

    @Override
    public String toString() {
        return "Quotes at " + time + ": spot " + spot + ", prices " + prices + ", funding " + funding;
    }

    /** Builds a {@link Quotes}; not thread-safe. */
    public static final class Builder {
        private final Instant time;
        private final Map<String, Double> spot = new TreeMap<>();
        private final Map<String, Double> prices = new TreeMap<>();
        private final Map<String, FundingRate> funding = new TreeMap<>();
        private final Map<String, List<FundingRate>> fundingHistory = new TreeMap<>();

        private Builder(Instant time) {
            this.time = time;
        }

        /**
         * Sets the spot price of an underlying.
         *
         * @param asset the underlying's code, not blank
         * @param price the price, positive and finite
         * @return this builder
         * @throws IllegalArgumentException naming the argument if it is blank or not positive
         */
        public Builder spot(String asset, double price) {
            spot.put(notBlank(asset, "asset"), RiskArgs.positive(price, "price of " + asset));
            return this;
        }

        /**
         * Sets the mark price of a derivative.
         *
         * @param symbol the instrument's symbol, not blank
         * @param price the price, positive and finite
         * @return this builder
         * @throws IllegalArgumentException naming the argument if it is blank or not positive
         */
        public Builder price(String symbol, double price) {
            prices.put(notBlank(symbol, "symbol"), RiskArgs.positive(price, "price of " + symbol));
            return this;
        }

        /**
         * Sets the current funding rate of a perpetual.
         *
         * @param symbol the perpetual's symbol, not blank
         * @param rate the rate for its interval, not null
         * @return this builder
         * @throws IllegalArgumentException naming the argument if it is blank or null
         */
        public Builder funding(String symbol, FundingRate rate) {
            funding.put(notBlank(symbol, "symbol"), RiskArgs.notNull(rate, "rate"));
            return this;
        }

        /**
         * Sets the funding settlements of a perpetual, used to accrue funding from a position's
         * entry to {@link Quotes#time()}.
         *
         * @param symbol the perpetual's symbol, not blank
         * @param settlements the settlements in strictly increasing time, not null, no nulls
         * @return this builder
         * @throws IllegalArgumentException naming the argument if it is blank, null or out of order
         */
        public Builder fundingHistory(String symbol, List<FundingRate> settlements) {
            RiskArgs.notNull(settlements, "settlements");
            for (int i = 0; i < settlements.size(); i++) {
                RiskArgs.notNull(settlements.get(i), "settlements[" + i + "]");
                if (i > 0 && !settlements.get(i).time().isAfter(settlements.get(i - 1).time())) {
                    throw RiskArgs.fail("settlements", "time " + settlements.get(i).time() + " at index " + i,
                            "be strictly increasing in time");
                }
            }
            fundingHistory.put(notBlank(symbol, "symbol"), List.copyOf(settlements));
            return this;
        }

        /**
         * Builds the snapshot.
         *
         * @return the quotes
         */
        public Quotes build() {
            return new Quotes(this);
        }

        private static String notBlank(String s, String name) {
            if (s == null || s.isBlank()) {
                throw RiskArgs.fail(name, s == null ? "null" : "'" + s + "'", "not be blank");
            }
            return s;
        }
    }
}
