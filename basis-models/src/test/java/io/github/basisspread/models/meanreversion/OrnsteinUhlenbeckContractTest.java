package io.github.basisspread.models.meanreversion;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.util.SplittableRandom;

/** {@link OrnsteinUhlenbeckFitter} and {@link OrnsteinUhlenbeckFit} keep the estimator contract. */
class OrnsteinUhlenbeckContractTest extends EstimatorContractTest<TimeSeries, OrnsteinUhlenbeckFit> {

    private static final long HOUR_MILLIS = 3_600_000L;

    /** An exact OU sample, hourly: theta 200 per year, mu 0.001, sigma 0.05. */
    static TimeSeries hourly(int n, long seed) {
        OrnsteinUhlenbeck ou = OrnsteinUhlenbeck.of(200, 0.001, 0.05);
        double dt = 1.0 / (365 * 24);
        SplittableRandom rng = new SplittableRandom(seed);
        long[] millis = new long[n];
        double[] x = new double[n];
        x[0] = 0.001;
        for (int i = 1; i < n; i++) {
            double z = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
            x[i] = ou.conditionalMean(x[i - 1], dt) + Math.sqrt(ou.conditionalVariance(dt)) * z;
            millis[i] = i * HOUR_MILLIS;
        }
        return TimeSeries.ofEpochMillis(millis, x);
    }

    @Override
    protected Estimator<TimeSeries, OrnsteinUhlenbeckFit> estimator() {
        return OrnsteinUhlenbeckFitter.of();
    }

    @Override
    protected TimeSeries data() {
        return hourly(400, 7);
    }

    @Override
    protected java.time.Instant lastTimeOfData() {
        return java.time.Instant.ofEpochMilli(399 * HOUR_MILLIS);
    }

    @Override
    protected int expectedNumberOfParameters(OrnsteinUhlenbeckFit fit) {
        return 3;
    }

    @Override
    protected TimeSeries badData() {
        return TimeSeries.ofEpochMillis(new long[] {0, 1, 2, 3, 4}, new double[] {1, 2, 1, 2, Double.NaN});
    }

    @Override
    protected String badArgumentName() {
        return "x";
    }

    @Override
    protected Impossible<TimeSeries, OrnsteinUhlenbeckFit> impossibleFit() {
        // A seeded hourly random walk (java.util.Random 83, 500 steps) whose AR(1) coefficient
        // comes out just below 1: the likelihood is so flat in theta and mu that the observed
        // information is not positive definite, and no standard error can be given.
        java.util.Random rng = new java.util.Random(83);
        long[] millis = new long[500];
        double[] walk = new double[500];
        for (int i = 1; i < walk.length; i++) {
            walk[i] = walk[i - 1] + rng.nextGaussian();
            millis[i] = i * HOUR_MILLIS;
        }
        return new Impossible<>(estimator(), TimeSeries.ofEpochMillis(millis, walk));
    }
}
