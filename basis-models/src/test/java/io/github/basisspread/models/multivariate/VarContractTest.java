package io.github.basisspread.models.multivariate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;

/** The estimator contract for the VAR (urca's Danish data, two lags, a constant). */
class VarContractTest extends EstimatorContractTest<double[][], VarFit> {

    @Override
    protected Estimator<double[][], VarFit> estimator() {
        return VarSpec.of(2);
    }

    @Override
    protected double[][] data() {
        return References.denmark();
    }

    /** 4 equations x (const + 8 lags), Sigma 10. */
    @Override
    protected int expectedNumberOfParameters(VarFit fit) {
        return 4 * 9 + 10;
    }

    @Override
    protected double[][] badData() {
        double[][] d = References.denmark();
        d[2][7] = Double.NaN;
        return d;
    }

    @Override
    protected String badArgumentName() {
        return "data[2]";
    }

    /** Two equal series: their lags are collinear. */
    @Override
    protected Impossible<double[][], VarFit> impossibleFit() {
        double[][] d = References.denmark();
        return new Impossible<>(VarSpec.of(1), new double[][] {d[0], d[0].clone()});
    }

    private static double[] flatForecast(VarFit fit, int horizon) {
        MultivariateForecast f = fit.forecast(horizon);
        double[] out = new double[horizon * 8];
        for (int j = 0; j < 4; j++) {
            System.arraycopy(f.variable(j).mean(), 0, out, j * horizon, horizon);
            System.arraycopy(f.variable(j).standardErrors(), 0, out, (4 + j) * horizon, horizon);
        }
        return out;
    }

    /** The contract's concurrency check for forecasts, for a multivariate forecast. */
    @Test
    void concurrentMultivariateForecastsAgree() throws Exception {
        VarFit fit = estimator().fit(data());
        double[] reference = flatForecast(fit, 10);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> flatForecast(fit, 10)));
            }
            for (Future<double[]> r : results) {
                assertThat(r.get()).containsExactly(reference);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
