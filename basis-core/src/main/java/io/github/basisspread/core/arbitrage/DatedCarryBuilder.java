package io.github.basisspread.core.arbitrage;

import io.github.basisspread.core.carry.BidAsk;
import io.github.basisspread.core.carry.TradingCosts;
import java.time.Instant;

/**
 * Builds a {@link CashAndCarry} or a {@link ReverseCashAndCarry} with every term named, so that
 * the two quotes, the notional and the margin, or the two instants cannot be swapped by position:
 * <pre>{@code
 * CashAndCarry trade = CashAndCarry.builder()
 *         .spot(spot).future(future).costs(costs)
 *         .notional(1_000_000).initialMarginFraction(0.10)
 *         .valuationTime(now).expiry(expiry)
 *         .build();
 * }</pre>
 * Every term is required: an unset one fails {@link #build()} with its name in the message.
 *
 * <p>Not thread-safe; the trades it builds are.
 *
 * @param <T> the trade built
 */
public final class DatedCarryBuilder<T> {

    /** The trade's canonical constructor. */
    @FunctionalInterface
    interface Factory<T> {
        T create(BidAsk spot, BidAsk future, TradingCosts costs, double notional, double initialMarginFraction,
                Instant valuationTime, Instant expiry);
    }

    private final Factory<T> factory;
    private BidAsk spot;
    private BidAsk future;
    private TradingCosts costs;
    private double notional = Double.NaN;
    private double initialMarginFraction = Double.NaN;
    private Instant valuationTime;
    private Instant expiry;

    DatedCarryBuilder(Factory<T> factory) {
        this.factory = factory;
    }

    /**
     * Sets the spot quote.
     *
     * @param quote the spot bid and ask, not null
     * @return this builder
     */
    public DatedCarryBuilder<T> spot(BidAsk quote) {
        this.spot = quote;
        return this;
    }

    /**
     * Sets the dated future's quote.
     *
     * @param quote the future's bid and ask, not null
     * @return this builder
     */
    public DatedCarryBuilder<T> future(BidAsk quote) {
        this.future = quote;
        return this;
    }

    /**
     * Sets the fees and rates.
     *
     * @param tradingCosts the costs, not null
     * @return this builder
     */
    public DatedCarryBuilder<T> costs(TradingCosts tradingCosts) {
        this.costs = tradingCosts;
        return this;
    }

    /**
     * Sets the position size.
     *
     * @param quoteAmount the size in quote currency at the spot mid, finite and positive
     * @return this builder
     */
    public DatedCarryBuilder<T> notional(double quoteAmount) {
        this.notional = quoteAmount;
        return this;
    }

    /**
     * Sets the initial margin on the future.
     *
     * @param fraction the margin as a fraction of the future's notional, in [0, 1] (0.10 = 10%)
     * @return this builder
     */
    public DatedCarryBuilder<T> initialMarginFraction(double fraction) {
        this.initialMarginFraction = fraction;
        return this;
    }

    /**
     * Sets the entry instant.
     *
     * @param time the valuation time, not null
     * @return this builder
     */
    public DatedCarryBuilder<T> valuationTime(Instant time) {
        this.valuationTime = time;
        return this;
    }

    /**
     * Sets the future's expiry.
     *
     * @param time the expiry, after the valuation time
     * @return this builder
     */
    public DatedCarryBuilder<T> expiry(Instant time) {
        this.expiry = time;
        return this;
    }

    /**
     * Builds the trade.
     *
     * @return the trade
     * @throws IllegalArgumentException naming the term if one is unset or out of range, or the
     *     expiry is not after the valuation time
     */
    public T build() {
        return factory.create(spot, future, costs, notional, initialMarginFraction, valuationTime, expiry);
    }
}
