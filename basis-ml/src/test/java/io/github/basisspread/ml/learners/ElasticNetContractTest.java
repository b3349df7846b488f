package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@link ElasticNet} at a fixed lambda and {@link ElasticNetFit} keep the estimator contract that
 * every basis-models estimator keeps (the suite comes from basis-models' test jar).
 */
class ElasticNetContractTest extends EstimatorContractTest<Dataset, ElasticNetFit> {

    /** Three features, two of which matter, and noise: lasso at this lambda keeps x1 and x2. */
    static Dataset sample() {
        SplittableRandom rng = new SplittableRandom(17);
        int n = 150;
        double[][] rows = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            rows[i][0] = rng.nextDouble() * 4;
            rows[i][1] = rng.nextDouble() - 0.5;
            rows[i][2] = rng.nextDouble();
            y[i] = 1 + 2 * rows[i][0] - 3 * rows[i][1] + 0.3 * (rng.nextDouble() - 0.5);
        }
        return Dataset.ofRows(List.of("x1", "x2", "x3"), rows, y);
    }

    @Override
    protected Estimator<Dataset, ElasticNetFit> estimator() {
        return ElasticNet.of(0.5).withLambda(0.05);
    }

    @Override
    protected Dataset data() {
        return sample();
    }

    @Override
    protected int expectedNumberOfParameters(ElasticNetFit fit) {
        return nonzeroSlopesPlusIntercept(fit);
    }

    /** glmnet's df (the nonzero slopes) plus the intercept, counted here from the coefficients. */
    static int nonzeroSlopesPlusIntercept(ElasticNetFit fit) {
        int nonzero = 0;
        double[] estimates = fit.estimates();
        for (int j = 1; j < estimates.length; j++) {
            if (estimates[j] != 0) {
                nonzero++;
            }
        }
        return nonzero + 1;
    }

    @Override
    protected Dataset badData() {
        return oneRow();
    }

    /** One row: too few to fit. */
    static Dataset oneRow() {
        return Dataset.ofRows(List.of("x1"), new double[][] {{1}}, new double[] {2});
    }

    @Override
    protected String badArgumentName() {
        return "data";
    }

    @Override
    protected Impossible<Dataset, ElasticNetFit> impossibleFit() {
        // One pass over the coordinates cannot meet glmnet's convergence test on this path.
        return new Impossible<>(ElasticNet.of(0.5).withLambda(0.001).withMaxPasses(1), sample());
    }
}
