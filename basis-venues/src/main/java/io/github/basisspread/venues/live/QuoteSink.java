package io.github.basisspread.venues.live;

/**
 * Receives live market data as primitives, keyed by the integer id the caller gave each
 * instrument. Called from the feed's connection threads: an implementation shared by several
 * streams must synchronize.
 */
public interface QuoteSink {

    /**
     * A best bid and offer.
     *
     * @param instrument the caller's id of the instrument
     * @param epochMillis the venue's event time, or the local receive time when the venue sends none
     * @param bid the best bid
     * @param ask the best ask
     */
    void onQuote(int instrument, long epochMillis, double bid, double ask);

    /**
     * A funding rate of a perpetual (the current period's rate as the venue publishes it).
     *
     * @param instrument the caller's id of the perpetual
     * @param epochMillis the event time
     * @param rate the rate per interval, decimal
     * @param intervalMillis the funding interval
     */
    void onFunding(int instrument, long epochMillis, double rate, long intervalMillis);

    /**
     * A connection event: {@code connected}, {@code dropped: ...}, {@code stale: ...},
     * {@code reconnecting in ...}, or a message that did not parse.
     *
     * @param venue the venue
     * @param event the event text
     */
    void onEvent(String venue, String event);
}
