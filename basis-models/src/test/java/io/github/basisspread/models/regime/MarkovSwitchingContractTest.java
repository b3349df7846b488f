package io.github.basisspread.models.regime;

import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;

/** {@link MarkovSwitchingSpec} and {@link MarkovSwitchingFit} keep the estimator contract. */
class MarkovSwitchingContractTest extends EstimatorContractTest<MarkovSwitchingData, MarkovSwitchingFit> {

    @Override
    protected Estimator<MarkovSwitchingData, MarkovSwitchingFit> estimator() {
        return MarkovSwitchingSpec.of(2).withAr(1).withSwitchingVariance(true).withStarts(1);
    }

    @Override
    protected MarkovSwitchingData data() {
        return MarkovSwitchingData.of(Simulated.ar1(250, 3));
    }

    @Override
    protected int expectedNumberOfParameters(MarkovSwitchingFit fit) {
        // p[0->0], p[1->0], const[0], const[1], sigma2[0], sigma2[1], ar.L1[0], ar.L1[1]
        return 8;
    }

    @Override
    protected MarkovSwitchingData badData() {
        return MarkovSwitchingData.of(new double[] {1, 2, 3, 4, 5});
    }

    @Override
    protected String badArgumentName() {
        return "y";
    }

    @Override
    protected Impossible<MarkovSwitchingData, MarkovSwitchingFit> impossibleFit() {
        return new Impossible<>(MarkovSwitchingSpec.of(2).withSwitchingVariance(true).withStarts(3),
                MarkovSwitchingData.of(MarkovSwitchingFitTest.halfConstant()));
    }
}
