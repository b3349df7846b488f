package io.github.basisspread.venues;

import io.github.basisspread.venues.internal.Args;
import java.time.Duration;

/**
 * How a client talks to its venue: the request timeout, the retry policy and the sleeper (clock
 * and pause). The base URLs are given to each client apart, so the same code runs against the
 * real venue and an in-process test server.
 *
 * <p>Immutable and thread-safe if the sleeper is.
 *
 * @param timeout the timeout of one request (connect and response), positive
 * @param retry the retry policy
 * @param sleeper the clock and pause used for backoff and rate limits
 */
public record ClientOptions(Duration timeout, RetryPolicy retry, Sleeper sleeper) {

    /**
     * Validates the components.
     *
     * @param timeout not null, positive
     * @param retry not null
     * @param sleeper not null
     * @throws IllegalArgumentException naming the component and its value
     */
    public ClientOptions {
        Args.notNull(timeout, "timeout");
        Args.isTrue(!timeout.isNegative() && !timeout.isZero(), "timeout", timeout, "be positive");
        Args.notNull(retry, "retry");
        Args.notNull(sleeper, "sleeper");
    }

    /**
     * A 30 s timeout, {@link RetryPolicy#defaults()} and the system clock.
     *
     * @return the default options
     */
    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(30), RetryPolicy.defaults(), Sleeper.system());
    }

    /**
     * Returns a copy with another timeout.
     *
     * @param newTimeout positive
     * @return the copy
     */
    public ClientOptions withTimeout(Duration newTimeout) {
        return new ClientOptions(newTimeout, retry, sleeper);
    }

    /**
     * Returns a copy with another retry policy.
     *
     * @param newRetry not null
     * @return the copy
     */
    public ClientOptions withRetry(RetryPolicy newRetry) {
        return new ClientOptions(timeout, newRetry, sleeper);
    }

    /**
     * Returns a copy with another sleeper.
     *
     * @param newSleeper not null
     * @return the copy
     */
    public ClientOptions withSleeper(Sleeper newSleeper) {
        return new ClientOptions(timeout, retry, newSleeper);
    }
}
