package io.github.basisspread.venues;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that records the waits and advances a fake clock instead of sleeping. */
public final class FakeSleeper implements Sleeper {

    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    public FakeSleeper(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** Options with this sleeper, a short timeout and fast retries. */
    public ClientOptions options(int attempts) {
        return new ClientOptions(Duration.ofSeconds(5), new RetryPolicy(attempts, Duration.ofMillis(100),
                Duration.ofSeconds(2)), this);
    }
}
