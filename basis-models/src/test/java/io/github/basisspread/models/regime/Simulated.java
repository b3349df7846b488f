package io.github.basisspread.models.regime;

import java.util.SplittableRandom;

/** Seeded samples of known Markov-switching models for the tests. */
final class Simulated {

    private Simulated() {
    }

    /**
     * A 2-regime switching AR(1): means -1 and 2, AR 0.3 and 0.7, variances 0.25 and 1.5,
     * p[0->0] = 0.95, p[1->1] = 0.9, Hamilton's form (AR on the deviations from the regime means).
     */
    static double[] ar1(int n, long seed) {
        double[] mu = {-1, 2};
        double[] phi = {0.3, 0.7};
        double[] sd = {0.5, Math.sqrt(1.5)};
        double[][] p = {{0.95, 0.05}, {0.1, 0.9}};
        SplittableRandom rng = new SplittableRandom(seed);
        double[] y = new double[n];
        int s = 0;
        double d = 0;
        for (int t = 0; t < n; t++) {
            s = rng.nextDouble() < p[s][0] ? 0 : 1;
            d = phi[s] * d + sd[s] * gaussian(rng);
            y[t] = mu[s] + d;
        }
        return y;
    }

    static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
