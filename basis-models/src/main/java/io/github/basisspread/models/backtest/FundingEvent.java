package io.github.basisspread.models.backtest;

import io.github.basisspread.core.internal.ArgChecker;
import java.time.Instant;

/**
 * One funding settlement on the position held: the rate and the cash flow to the trader, in the
 * quote currency (for an inverse perpetual the coin payment converted at the mark).
 *
 * <p>Immutable and thread-safe.
 *
 * @param time the settlement time
 * @param rate the funding rate, positive when longs pay
 * @param cashFlow the cash flow to the trader, positive when received
 */
public record FundingEvent(Instant time, double rate, double cashFlow) {

    /**
     * Validates the components.
     *
     * @param time the time
     * @param rate the rate
     * @param cashFlow the cash flow
     * @throws IllegalArgumentException if the time is null or a number not finite
     */
    public FundingEvent {
        ArgChecker.notNull(time, "time");
        ArgChecker.finite(rate, "rate");
        ArgChecker.finite(cashFlow, "cashFlow");
    }
}
