package io.github.basisspread.benchmarks;

import java.util.SplittableRandom;

/**
 * Seeded synthetic inputs shared by the benchmarks and by the cross-tool comparison, so that a
 * figure can be reproduced from the seed alone. Stateless.
 */
public final class SeededData {

    /** The seed every generator starts from unless told otherwise. */
    public static final long SEED = 20_261_129L;

    private SeededData() {
    }

    /**
     * A local-level series: a Gaussian random-walk level plus Gaussian noise,
     * {@code y_t = mu_t + e_t, mu_{t+1} = mu_t + n_t}.
     *
     * @param n the length
     * @param sigma2Epsilon the observation noise variance
     * @param sigma2Eta the level variance
     * @param seed the seed
     * @return the series
     */
    public static double[] localLevel(int n, double sigma2Epsilon, double sigma2Eta, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double se = Math.sqrt(sigma2Epsilon);
        double sn = Math.sqrt(sigma2Eta);
        double[] y = new double[n];
        double mu = 0;
        for (int t = 0; t < n; t++) {
            y[t] = mu + se * gaussian(r);
            mu += sn * gaussian(r);
        }
        return y;
    }

    /**
     * A regression design: {@code k} standard normal regressors (columns) and
     * {@code y = 1 + sum_j (j+1)/k x_j + N(0, 1)}.
     *
     * @param n the number of rows
     * @param k the number of regressors (an intercept comes on top)
     * @param seed the seed
     * @return {@code k + 1} columns: the response first, then the regressors
     */
    public static double[][] regression(int n, int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] cols = new double[k + 1][n];
        for (int t = 0; t < n; t++) {
            double y = 1 + gaussian(r);
            for (int j = 0; j < k; j++) {
                double x = gaussian(r);
                cols[j + 1][t] = x;
                y += (j + 1.0) / k * x;
            }
            cols[0][t] = y;
        }
        return cols;
    }

    /**
     * A standard normal draw (Marsaglia polar method), so that results do not depend on
     * {@code java.util.Random}'s cached second draw.
     *
     * @param r the generator
     * @return the draw
     */
    static double gaussian(SplittableRandom r) {
        while (true) {
            double u = 2 * r.nextDouble() - 1;
            double v = 2 * r.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }
}
