package io.github.basisspread.benchmarks;

import io.github.basisspread.models.statespace.LocalLinearTrend;
import io.github.basisspread.models.statespace.StreamingKalmanFilter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@link StreamingKalmanFilter#update(double)} of a 2-state model (the local linear trend)
 * per operation, as a live feed calls it. Run with {@code -prof gc}: the
 * {@code gc.alloc.rate.norm} figure is the bytes allocated per update (the target is 0).
 *
 * <p>{@code update}: the filter has reached its steady state (the usual live case);
 * {@code updateWithMissing}: every 8th observation is missing (NaN), which leaves the steady
 * state, so the covariance recursion runs too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
public class StreamingKalmanBenchmark {

    private static final int MASK = (1 << 16) - 1;

    private double[] feed;
    private double[] gappyFeed;
    private StreamingKalmanFilter filter;
    private StreamingKalmanFilter gappyFilter;
    private int next;

    /** Generates a seeded feed and runs both filters past their diffuse start. */
    @Setup(Level.Trial)
    public void generate() {
        feed = SeededData.localLevel(MASK + 1, 1.0, 0.1, SeededData.SEED);
        gappyFeed = feed.clone();
        for (int i = 7; i < gappyFeed.length; i += 8) {
            gappyFeed[i] = Double.NaN;
        }
        filter = StreamingKalmanFilter.of(LocalLinearTrend.model(1.0, 0.1, 0.001));
        gappyFilter = StreamingKalmanFilter.of(LocalLinearTrend.model(1.0, 0.1, 0.001));
        for (int i = 0; i < 1000; i++) {
            filter.update(feed[i]);
            gappyFilter.update(gappyFeed[i]);
        }
    }

    /**
     * One observation in the steady state.
     *
     * @return the filtered level, so the work is not eliminated
     */
    @Benchmark
    public double update() {
        filter.update(feed[next++ & MASK]);
        return filter.filteredState(0);
    }

    /**
     * One observation, every 8th missing.
     *
     * @return the filtered level, so the work is not eliminated
     */
    @Benchmark
    public double updateWithMissing() {
        gappyFilter.update(gappyFeed[next++ & MASK]);
        return gappyFilter.filteredState(0);
    }
}
