package io.github.basisspread.models.volatility;

import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.util.Arrays;
import java.util.SplittableRandom;

/** {@link GarchSpec} and {@link GarchFit} keep the estimator contract. */
class GarchContractTest extends EstimatorContractTest<double[], GarchFit> {

    /** A seeded GARCH(1,1) path: mu 0.01, omega 0.05, alpha 0.1, beta 0.85. */
    static double[] garchPath(int n, long seed) {
        return GarchSpec.of(1, 1).simulate(new double[] {0.01, 0.05, 0.1, 0.85}, n, new SplittableRandom(seed));
    }

    @Override
    protected Estimator<double[], GarchFit> estimator() {
        return GarchSpec.of(1, 1);
    }

    @Override
    protected double[] data() {
        return garchPath(800, 11);
    }

    @Override
    protected int expectedNumberOfParameters(GarchFit fit) {
        return 4;
    }

    @Override
    protected double[] badData() {
        double[] x = garchPath(100, 3);
        x[42] = Double.NaN;
        return x;
    }

    @Override
    protected String badArgumentName() {
        return "returns";
    }

    @Override
    protected Impossible<double[], GarchFit> impossibleFit() {
        // A constant series: no variance to model.
        double[] x = new double[200];
        Arrays.fill(x, 0.25);
        return new Impossible<>(estimator(), x);
    }
}
