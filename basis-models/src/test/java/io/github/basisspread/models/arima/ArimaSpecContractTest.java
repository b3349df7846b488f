package io.github.basisspread.models.arima;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** {@link ArimaSpec} and {@link ArimaFit} keep the estimator contract. */
class ArimaSpecContractTest extends EstimatorContractTest<ArimaData, ArimaFit> {

    /** The start of the hourly test series. */
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** The values as an hourly series from {@link #START}. */
    static ArimaData hourly(double[] y) {
        return ArimaData.of(TimeSeries.regular(START, Duration.ofHours(1), y));
    }

    /** A seeded ARMA(1,1) around a mean of 5: phi 0.6, theta 0.3, unit innovations. */
    static double[] arma11(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] y = new double[n];
        double u = 0;
        double e = 0;
        for (int t = 0; t < n; t++) {
            double z = gaussian(rng);
            u = 0.6 * u + z + 0.3 * e;
            e = z;
            y[t] = 5 + u;
        }
        return y;
    }

    private static double gaussian(SplittableRandom rng) {
        // Box-Muller: two uniforms give one standard normal.
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Override
    protected Estimator<ArimaData, ArimaFit> estimator() {
        return ArimaSpec.of(1, 0, 1);
    }

    @Override
    protected ArimaData data() {
        return hourly(arma11(300, 11));
    }

    @Override
    protected Instant lastTimeOfData() {
        return START.plus(Duration.ofHours(299));
    }

    @Override
    protected int expectedNumberOfParameters(ArimaFit fit) {
        // R's arima: the free coefficients (ar1, ma1, intercept) and sigma2.
        return 4;
    }

    @Override
    protected ArimaData badData() {
        return ArimaData.of(new double[] {1, 2, Double.NaN, Double.NaN, Double.NaN, Double.NaN});
    }

    @Override
    protected String badArgumentName() {
        return "y";
    }

    @Override
    protected Impossible<ArimaData, ArimaFit> impossibleFit() {
        // Strict with one iteration allowed: the optimiser cannot converge.
        return new Impossible<>(ArimaSpec.of(1, 0, 1).withMethod(ArimaSpec.Method.ML).withMaxIterations(1)
                .withStrict(true), data());
    }
}
