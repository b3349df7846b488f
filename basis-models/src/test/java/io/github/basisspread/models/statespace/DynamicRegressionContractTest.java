package io.github.basisspread.models.statespace;

import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.util.SplittableRandom;

/** {@link DynamicRegression} keeps the estimator contract. */
class DynamicRegressionContractTest extends EstimatorContractTest<DynamicRegression.Data, StateSpaceFit> {

    @Override
    protected Estimator<DynamicRegression.Data, StateSpaceFit> estimator() {
        return DynamicRegression.of();
    }

    @Override
    protected DynamicRegression.Data data() {
        // A hedge ratio drifting around 0.9 on a random-walk regressor.
        SplittableRandom rng = new SplittableRandom(17);
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        double spot = 100;
        double beta = 0.9;
        for (int t = 0; t < n; t++) {
            spot += rng.nextDouble() - 0.5;
            beta += 0.002 * (rng.nextDouble() - 0.5);
            x[t] = spot;
            y[t] = 1 + beta * spot + 0.2 * (rng.nextDouble() - 0.5);
        }
        return new DynamicRegression.Data(y, x);
    }

    @Override
    protected boolean forecastsFromTheFit() {
        // A time-varying model: forecasts need the future regressors, which the fit does not have.
        return false;
    }

    @Override
    protected int expectedNumberOfParameters(StateSpaceFit fit) {
        // sigma2_epsilon, sigma2_alpha, sigma2_beta.
        return 3;
    }

    @Override
    protected DynamicRegression.Data badData() {
        return new DynamicRegression.Data(new double[] {1, 2, 3, 4}, new double[] {1, 2, Double.NaN, 4});
    }

    @Override
    protected String badArgumentName() {
        return "x";
    }

    @Override
    protected Impossible<DynamicRegression.Data, StateSpaceFit> impossibleFit() {
        // Strict with one BFGS iteration: the optimiser cannot converge.
        return new Impossible<>(DynamicRegression.of().withOptimizer(io.github.basisspread.models.optim.Optimizer
                .bfgs(1, 1e-12)).withStrict(true), data());
    }
}
