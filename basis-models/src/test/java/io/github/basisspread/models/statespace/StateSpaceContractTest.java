package io.github.basisspread.models.statespace;

import io.github.basisspread.models.api.Estimator;
import io.github.basisspread.models.testing.EstimatorContractTest;
import java.util.SplittableRandom;

/**
 * The canned univariate state-space estimators keep the estimator contract: one subclass each,
 * on a seeded random walk plus noise with a small drift.
 */
abstract class StateSpaceContractTest extends EstimatorContractTest<double[], StateSpaceFit> {

    /** A seeded local level with a slope: level steps N(0.01, 0.3^2), observation noise N(0, 1). */
    static double[] series(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] y = new double[n];
        double level = 10;
        for (int t = 0; t < n; t++) {
            level += 0.01 + 0.3 * gaussian(rng);
            y[t] = level + gaussian(rng);
        }
        return y;
    }

    private static double gaussian(SplittableRandom rng) {
        // Box-Muller: two uniforms give one standard normal.
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Override
    protected double[] data() {
        return series(200, 41);
    }

    @Override
    protected double[] badData() {
        return new double[] {1, 2, Double.NEGATIVE_INFINITY, 3, 4, 5, 6, 7};
    }

    @Override
    protected String badArgumentName() {
        return "y";
    }

    @Override
    protected Impossible<double[], StateSpaceFit> impossibleFit() {
        // Values near 1e150 square to infinity: the likelihood cannot be evaluated.
        double[] huge = series(60, 5);
        for (int t = 0; t < huge.length; t++) {
            huge[t] *= 1e155;
        }
        return new Impossible<>(estimator(), huge);
    }
}
