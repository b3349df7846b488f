package io.github.basisspread.models.multivariate;

import org.junit.jupiter.api.Test;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;

/** The estimator contract for the VECM (urca's Danish data, one lagged difference, rank 1, "ci"). */
class VecmContractTest extends EstimatorContractTest<double[][], VecmFit> {

    @Override
    protected Estimator<double[][], VecmFit> estimator() {
        return VecmSpec.of(1, 1).withDeterministic("ci");
    }

    @Override
    protected double[][] data() {
        return References.denmark();
    }

    /** alpha 4, free beta rows 3 + const 1, Gamma 16, Sigma 10. */
    @Override
    protected int expectedNumberOfParameters(VecmFit fit) {
        return 4 + 4 + 16 + 10;
    }

    @Override
    protected double[][] badData() {
        double[][] d = References.denmark();
        d[1] = java.util.Arrays.copyOf(d[1], d[1].length - 1);
        return d;
    }

    @Override
    protected String badArgumentName() {
        return "data[1]";
    }

    /** Two series equal up to a constant: their differences are collinear. */
    @Override
    protected Impossible<double[][], VecmFit> impossibleFit() {
        double[][] d = References.denmark();
        double[] shifted = d[0].clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 1;
        }
        return new Impossible<>(VecmSpec.of(1, 1).withDeterministic("co"), new double[][] {d[0], shifted, d[2]});
    }

    /** The contract's concurrency check for forecasts, for a multivariate forecast. */
    @Test
    void concurrentMultivariateForecastsAgree() throws Exception {
        VecmFit fit = estimator().fit(data());
        ConcurrentForecasts.assertAgree(fit::forecast);
    }
}
