package io.github.basisspread.ml.learners;

import io.github.basisspread.ml.features.Dataset;
import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;

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
        return ElasticNetContractTest.nonzeroSlopesPlusIntercept(fit);
    }

    @Override
    protected Dataset badData() {
        return ElasticNetContractTest.oneRow();
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
