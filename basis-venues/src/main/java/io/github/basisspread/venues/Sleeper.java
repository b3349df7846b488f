package io.github.basisspread.venues;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the pause of the clients: backoff, {@code Retry-After} and rate-limit waits go
 * through it, so tests substitute a fake one that records the waits and advances a fake clock
 * instead of sleeping.
 */
public interface Sleeper {

    /**
     * Waits for the duration.
     *
     * @param duration the wait, not negative
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Returns the current instant.
     *
     * @return now
     */
    Instant now();

    /**
     * The system clock and {@link Thread#sleep(long, int)}.
     *
     * @return the real sleeper
     */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}

/** The real clock and sleep. */
enum SystemSleeper implements Sleeper {
    INSTANCE;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        long nanos = duration.toNanos();
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
