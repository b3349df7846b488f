package io.github.basisspread.models.statespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Allocation per period, measured with the HotSpot per-thread allocation counter
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}, read reflectively;
 * the tests are skipped on a JVM without it): doubling the sample must not add more than the
 * outputs' own storage.
 */
class AllocationTest {

    // Reflection: the module under test does not read java.management / jdk.management.
    private static final Object BEAN = bean();
    private static final Method COUNTER = counter();

    private static Object bean() {
        try {
            return Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static Method counter() {
        try {
            Class<?> c = Class.forName("com.sun.management.ThreadMXBean");
            Method m = c.getMethod("getCurrentThreadAllocatedBytes");
            m.invoke(BEAN);
            return m;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static long allocated() {
        try {
            return (Long) COUNTER.invoke(BEAN);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void streamingUpdateAllocatesNothing() {
        assumeTrue(COUNTER != null, "no per-thread allocation counter on this JVM");
        StateSpaceModel llt = LocalLinearTrend.model(15000, 1000, 10);
        double[][] data = StateSpaceSimulator.simulate(llt, 20_000, new SplittableRandom(3)).observations();
        double[] y = new double[data.length];
        for (int t = 0; t < y.length; t++) {
            y[t] = t % 97 == 0 ? Double.NaN : data[t][0];
        }
        StreamingKalmanFilter s = StreamingKalmanFilter.of(llt);
        for (int t = 0; t < 10_000; t++) {
            s.update(y[t]);
        }
        long before = allocated();
        for (int t = 10_000; t < y.length; t++) {
            s.update(y[t]);
        }
        long used = allocated() - before;
        // 10000 updates: any per-update allocation would be at least 16 bytes each, 160000 in all.
        assertThat(used).isLessThan(10_000);
        assertThat(s.count()).isEqualTo(y.length);
    }

    @Test
    void smootherAllocatesOnlyItsOutputs() {
        assumeTrue(COUNTER != null, "no per-thread allocation counter on this JVM");
        StateSpaceModel llt = LocalLinearTrend.model(15000, 1000, 10);
        double[] y = StateSpaceSimulator.simulate(llt, 4000, new SplittableRandom(5)).observationSeries(0);
        double[] half = java.util.Arrays.copyOf(y, 2000);
        // warm up
        KalmanSmoother.smooth(llt, half);
        KalmanSmoother.smooth(llt, y);
        long b1 = allocated();
        KalmanSmoother.smooth(llt, half);
        long small = allocated() - b1;
        long b2 = allocated();
        KalmanSmoother.smooth(llt, y);
        long large = allocated() - b2;
        // Per period the filter and smoother store (m = 2, p = 1, r = 2, diffuse start): predicted
        // and filtered state and covariance 2 * (2 + 4) = 12, v, F, loglik 3, the copy of y 1,
        // M_* 2, the diffuse P_inf 4, F_inf 1, M_inf 2, smoothed state and covariance 6, eta and its
        // covariance 6, eps and its variance 2: 39 doubles = 312 bytes. 2000 extra periods may add
        // 2000 * 312 = 624000 bytes (plus slack for array headers), no more: nothing per period.
        assertThat(large - small).isLessThan(2000L * 312 + 4096);
    }

    @Test
    void likelihoodAllocatesNothingPerPeriod() {
        assumeTrue(COUNTER != null, "no per-thread allocation counter on this JVM");
        StateSpaceModel llt = LocalLinearTrend.model(15000, 1000, 10);
        double[] y = StateSpaceSimulator.simulate(llt, 8000, new SplittableRandom(6)).observationSeries(0);
        y[5000] = Double.NaN;
        double[] half = java.util.Arrays.copyOf(y, 4000);
        KalmanFilter.logLikelihood(llt, half);
        KalmanFilter.logLikelihood(llt, y);
        long b1 = allocated();
        KalmanFilter.logLikelihood(llt, half);
        long small = allocated() - b1;
        long b2 = allocated();
        KalmanFilter.logLikelihood(llt, y);
        long large = allocated() - b2;
        // 4000 more periods; one byte per period would already be 4000.
        assertThat(large - small).isLessThan(1000);
    }
}
