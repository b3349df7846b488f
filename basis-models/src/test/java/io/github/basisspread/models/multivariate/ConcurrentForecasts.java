package io.github.basisspread.models.multivariate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The estimator contract's concurrency check for forecasts, for the multivariate forecasts of the
 * VAR and the VECM (which are not {@code ForecastingFit}s, so the contract cannot reach them):
 * 32 forecasts from 8 threads at once equal, bit for bit, one made alone.
 */
final class ConcurrentForecasts {

    private ConcurrentForecasts() {
    }

    /** Every mean and standard error of a joint forecast, series by series. */
    static double[] flatten(MultivariateForecast f) {
        int h = f.horizon();
        int k = f.dimension();
        double[] out = new double[2 * h * k];
        for (int j = 0; j < k; j++) {
            System.arraycopy(f.variable(j).mean(), 0, out, j * h, h);
            System.arraycopy(f.variable(j).standardErrors(), 0, out, (k + j) * h, h);
        }
        return out;
    }

    /**
     * Asserts that concurrent forecasts of a fit agree with one made alone.
     *
     * @param forecast the fit's forecast of a horizon
     */
    static void assertAgree(IntFunction<MultivariateForecast> forecast) throws Exception {
        double[] reference = flatten(forecast.apply(10));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> flatten(forecast.apply(10))));
            }
            for (Future<double[]> r : results) {
                assertThat(r.get()).containsExactly(reference);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
