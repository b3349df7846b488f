package io.github.basisspread.models.statespace;

import io.github.basisspread.models.api.Estimator;
import java.util.SplittableRandom;

/** {@link Ar1PlusNoise} keeps the estimator contract. */
final class Ar1PlusNoiseContractTest extends StateSpaceContractTest {
    @Override
    protected Estimator<double[], StateSpaceFit> estimator() {
        return Ar1PlusNoise.of();
    }

    @Override
    protected double[] data() {
        return StateSpaceSimulator.simulate(Ar1PlusNoise.model(2, 0.7, 1, 0.5), 300, new SplittableRandom(9))
                .observationSeries(0);
    }

    @Override
    protected int expectedNumberOfParameters(StateSpaceFit fit) {
        return 4;
    }

    @Override
    protected Impossible<double[], StateSpaceFit> impossibleFit() {
        // Strict with one BFGS iteration: the optimiser cannot converge.
        return new Impossible<>(Ar1PlusNoise.of().withOptimizer(io.github.basisspread.models.optim.Optimizer
                .bfgs(1, 1e-12)).withStrict(true), data());
    }
}
