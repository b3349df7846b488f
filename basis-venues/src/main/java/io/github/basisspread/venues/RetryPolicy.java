package io.github.basisspread.venues;

import io.github.basisspread.venues.internal.Args;
import java.time.Duration;

/**
 * When and how long to retry a request that failed with HTTP 429 (rate limited), 418 (Binance's
 * IP ban), a 5xx status, a timeout or a broken connection.
 *
 * <p>The wait before retry {@code n} (0-based) is "full jitter" exponential backoff: uniform in
 * {@code [0, min(maxDelay, baseDelay * 2^n))} (M. Brooker, "Exponential Backoff And Jitter", AWS
 * Architecture Blog, 2015). A {@code Retry-After} header, when the venue sends one, replaces it:
 * the client waits exactly that long, as Binance's "Rate limits" page asks (developers.binance.com,
 * checked 2026-12-05). Other 4xx statuses are the caller's error and never retried.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAttempts the total number of attempts, at least 1 (1 = no retry)
 * @param baseDelay the first backoff ceiling, positive
 * @param maxDelay the largest backoff ceiling, not below {@code baseDelay}
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /**
     * Validates the components.
     *
     * @param maxAttempts at least 1
     * @param baseDelay not null, positive
     * @param maxDelay not null, at least {@code baseDelay}
     * @throws IllegalArgumentException naming the component and its value
     */
    public RetryPolicy {
        Args.isTrue(maxAttempts >= 1, "maxAttempts", maxAttempts, "be at least 1");
        Args.notNull(baseDelay, "baseDelay");
        Args.notNull(maxDelay, "maxDelay");
        Args.isTrue(!baseDelay.isNegative() && !baseDelay.isZero(), "baseDelay", baseDelay, "be positive");
        Args.isTrue(maxDelay.compareTo(baseDelay) >= 0, "maxDelay", maxDelay, "be at least baseDelay " + baseDelay);
    }

    /**
     * Six attempts, backoff from 500 ms up to 30 s.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /**
     * Returns the backoff before retry {@code retry} for a uniform draw {@code u} in [0, 1).
     *
     * @param retry the 0-based retry number
     * @param u a uniform draw in [0, 1)
     * @return the wait
     * @throws IllegalArgumentException if {@code retry} is negative or {@code u} is outside [0, 1)
     */
    public Duration backoff(int retry, double u) {
        Args.isTrue(retry >= 0, "retry", retry, "not be negative");
        Args.isTrue(u >= 0 && u < 1, "u", u, "be in [0, 1)");
        long base = baseDelay.toNanos();
        long ceiling = maxDelay.toNanos();
        long cap = retry >= 62 || base > (ceiling >> Math.min(retry, 62)) ? ceiling : Math.min(ceiling, base << retry);
        return Duration.ofNanos((long) (u * cap));
    }
}
