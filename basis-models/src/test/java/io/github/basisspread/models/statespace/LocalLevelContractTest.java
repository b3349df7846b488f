package io.github.basisspread.models.statespace;

import io.github.basisspread.models.api.Estimator;

/** {@link LocalLevel} keeps the estimator contract. */
final class LocalLevelContractTest extends StateSpaceContractTest {
    @Override
    protected Estimator<double[], StateSpaceFit> estimator() {
        return LocalLevel.of();
    }

    @Override
    protected int expectedNumberOfParameters(StateSpaceFit fit) {
        return 2;
    }
}
