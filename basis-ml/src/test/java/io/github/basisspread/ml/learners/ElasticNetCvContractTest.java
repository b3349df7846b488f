package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.util.List;

/** {@link ElasticNetCv} (time-series cross-validation) keeps the estimator contract. */
class ElasticNetCvContractTest extends EstimatorContractTest<Dataset, ElasticNetFit> {

    @Override
    protected Estimator<Dataset, ElasticNetFit> estimator() {
        return ElasticNetCv.of(ElasticNet.of(1), Folds.forwardChaining(4));
    }

    @Override
    protected Dataset data() {
        return ElasticNetContractTest.sample();
    }

    @Override
    protected int expectedNumberOfParameters(ElasticNetFit fit) {
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
        return Dataset.ofRows(List.of("x1"), new double[][] {{1}}, new double[] {2});
    }

    @Override
    protected String badArgumentName() {
        return "data";
    }

    @Override
    protected Impossible<Dataset, ElasticNetFit> impossibleFit() {
        return new Impossible<>(ElasticNetCv.of(ElasticNet.of(1).withMaxPasses(1), Folds.forwardChaining(4)),
                ElasticNetContractTest.sample());
    }
}
