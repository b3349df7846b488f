package io.github.basisspread.models.regression;

import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.util.SplittableRandom;

/** {@link OlsSpec} and {@link OlsFit} keep the estimator contract. */
class OlsSpecContractTest extends EstimatorContractTest<RegressionData, OlsFit> {

    @Override
    protected Estimator<RegressionData, OlsFit> estimator() {
        return OlsSpec.of();
    }

    @Override
    protected RegressionData data() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 120;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = rng.nextDouble() * 10;
            x2[i] = rng.nextDouble() - 0.5;
            y[i] = 1 + 2 * x1[i] - 3 * x2[i] + (rng.nextDouble() - 0.5);
        }
        return RegressionData.builder().response("y", y).regressor("x1", x1).regressor("x2", x2).build();
    }

    @Override
    protected int expectedNumberOfParameters(OlsFit fit) {
        // statsmodels' count: the coefficients (intercept, x1, x2), not the variance.
        return 3;
    }

    @Override
    protected RegressionData badData() {
        return RegressionData.of(new double[] {1, 2, 3, 4, 5}, new double[] {1, 2, 3});
    }

    @Override
    protected String badArgumentName() {
        return "x1";
    }

    @Override
    protected Impossible<RegressionData, OlsFit> impossibleFit() {
        // A constant regressor beside the intercept: the design is rank deficient.
        RegressionData collinear = RegressionData.builder().response("y", new double[] {1, 2, 2, 4, 6})
                .regressor("x", new double[] {1, 2, 4, 3, 5}).regressor("c", new double[] {2, 2, 2, 2, 2}).build();
        return new Impossible<>(OlsSpec.of(), collinear);
    }
}
