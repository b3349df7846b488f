package io.github.basisspread.venues.internal;

import io.github.basisspread.venues.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * A client-side sliding-window limit: at most {@code capacity} units of weight in any window of
 * {@code window}. {@link #acquire(int)} waits (through the sleeper) until the weight fits.
 * Thread-safe.
 */
public final class RateLimiter {

    private final int capacity;
    private final Duration window;
    private final ArrayDeque<long[]> spent = new ArrayDeque<>();
    private int used;
    private Instant pausedUntil = Instant.MIN;

    /**
     * A limiter.
     *
     * @param capacity the weight allowed per window, positive
     * @param window the window, positive
     */
    public RateLimiter(int capacity, Duration window) {
        Args.isTrue(capacity > 0, "capacity", capacity, "be positive");
        this.capacity = capacity;
        this.window = window;
    }

    /**
     * Returns the weight allowed per window.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Waits until {@code weight} fits in the window, then records it.
     *
     * @param weight the request's weight, clamped to the capacity
     * @param sleeper the clock and pause
     * @throws InterruptedException if interrupted while waiting
     */
    public void acquire(int weight, Sleeper sleeper) throws InterruptedException {
        int w = Math.min(Math.max(weight, 1), capacity);
        while (true) {
            Duration wait;
            synchronized (this) {
                Instant now = sleeper.now();
                long nowNanos = nanos(now);
                while (!spent.isEmpty() && spent.peekFirst()[0] <= nowNanos - window.toNanos()) {
                    used -= (int) spent.pollFirst()[1];
                }
                if (now.isBefore(pausedUntil)) {
                    wait = Duration.between(now, pausedUntil);
                } else if (used + w <= capacity) {
                    spent.addLast(new long[] {nowNanos, w});
                    used += w;
                    return;
                } else {
                    wait = Duration.ofNanos(spent.peekFirst()[0] + window.toNanos() - nowNanos);
                }
            }
            sleeper.sleep(wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait);
        }
    }

    /**
     * Holds every request until {@code until} (the venue said its budget is spent).
     *
     * @param until the instant requests may resume
     */
    public synchronized void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
