package io.github.basisspread.models.statespace;

import io.github.basisspread.models.api.Estimator;

/** {@link LocalLinearTrend} keeps the estimator contract. */
final class LocalLinearTrendContractTest extends StateSpaceContractTest {
    @Override
    protected Estimator<double[], StateSpaceFit> estimator() {
        return LocalLinearTrend.of();
    }

    @Override
    protected int expectedNumberOfParameters(StateSpaceFit fit) {
        return 3;
    }
}
