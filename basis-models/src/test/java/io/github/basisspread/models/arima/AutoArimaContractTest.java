package io.github.basisspread.models.arima;

import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;

/** {@link AutoArima} keeps the estimator contract: it is an estimator of {@link ArimaFit}s. */
class AutoArimaContractTest extends EstimatorContractTest<ArimaData, ArimaFit> {

    @Override
    protected Estimator<ArimaData, ArimaFit> estimator() {
        return AutoArima.of();
    }

    @Override
    protected ArimaData data() {
        return ArimaSpecContractTest.hourly(ArimaSpecContractTest.arma11(150, 23));
    }

    @Override
    protected java.time.Instant lastTimeOfData() {
        return ArimaSpecContractTest.START.plus(java.time.Duration.ofHours(149));
    }

    @Override
    protected int expectedNumberOfParameters(ArimaFit fit) {
        // The chosen model's free coefficients and sigma2, as R's auto.arima counts them.
        return fit.parameterNames().size() + 1;
    }

    @Override
    protected ArimaData badData() {
        return ArimaData.of(new double[] {1, 2, Double.POSITIVE_INFINITY, 3});
    }

    @Override
    protected String badArgumentName() {
        return "y";
    }

    @Override
    protected Impossible<ArimaData, ArimaFit> impossibleFit() {
        // Values of 1e200: no candidate's likelihood can be evaluated (their squares overflow),
        // so no model is fitted and the search stops as R's does ("No suitable ARIMA model found").
        double[] huge = new double[40];
        for (int t = 0; t < huge.length; t++) {
            huge[t] = 1e200 * (t % 3);
        }
        return new Impossible<>(AutoArima.of(), ArimaData.of(huge));
    }
}
