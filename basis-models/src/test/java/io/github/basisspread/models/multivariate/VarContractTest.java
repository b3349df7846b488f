package io.github.basisspread.models.multivariate;

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

    /** The contract's concurrency check for forecasts, for a multivariate forecast. */
    @Test
    void concurrentMultivariateForecastsAgree() throws Exception {
        VarFit fit = estimator().fit(data());
        ConcurrentForecasts.assertAgree(fit::forecast);
    }
}
