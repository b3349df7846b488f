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
     * A Gaussian ARMA(p, q) series around a mean,
     * {@code y_t - mu = sum_i phi_i (y_{t-i} - mu) + e_t + sum_j theta_j e_{t-j}}, e ~ N(0, 1),
     * after a burn-in of 500 steps from zero (so the start is close to the stationary law).
     *
     * @param n the length
     * @param phi the AR coefficients (stationary)
     * @param theta the MA coefficients
     * @param mean the mean mu
     * @param seed the seed
     * @return the series
     */
    public static double[] arma(int n, double[] phi, double[] theta, double mean, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int burn = 500;
        int total = n + burn;
        double[] x = new double[total];
        double[] e = new double[total];
        for (int t = 0; t < total; t++) {
            e[t] = gaussian(r);
            double v = e[t];
            for (int i = 0; i < phi.length && i < t; i++) {
                v += phi[i] * x[t - 1 - i];
            }
            for (int j = 0; j < theta.length && j < t; j++) {
                v += theta[j] * e[t - 1 - j];
            }
            x[t] = v;
        }
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = mean + x[burn + t];
        }
        return y;
    }

    /**
     * A series of the airline model ARIMA(0,1,1)(0,1,1)_s:
     * {@code (1 - B)(1 - B^s) y_t = (1 + theta B)(1 + Theta B^s) e_t}, e ~ N(0, 1), integrated
     * from zeros.
     *
     * @param n the length
     * @param theta the regular MA coefficient
     * @param seasonalTheta the seasonal MA coefficient
     * @param period the period s
     * @param seed the seed
     * @return the series
     */
    public static double[] airline(int n, double theta, double seasonalTheta, int period, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] e = new double[n];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            e[t] = gaussian(r);
            double w = e[t];
            if (t >= 1) {
                w += theta * e[t - 1];
            }
            if (t >= period) {
                w += seasonalTheta * e[t - period];
            }
            if (t >= period + 1) {
                w += theta * seasonalTheta * e[t - period - 1];
            }
            // Undo both differences: y_t = w_t + y_{t-1} + y_{t-s} - y_{t-s-1}.
            double v = w;
            if (t >= 1) {
                v += y[t - 1];
            }
            if (t >= period) {
                v += y[t - period];
            }
            if (t >= period + 1) {
                v -= y[t - period - 1];
            }
            y[t] = v;
        }
        return y;
    }

    /**
     * The auto-ARIMA panel: {@code count} series of length {@code n}, of varied orders so that
     * the selection has work to do. Series {@code i} is, by {@code i mod 4}: AR(1) with
     * phi = 0.6 around 10; ARMA(1,1) with phi = 0.5, theta = 0.3; MA(2) with theta = (0.4, -0.3);
     * the cumulative sum of an AR(1) with phi = 0.4 (an ARIMA(1,1,0)). Seeds {@code seed + i}.
     *
     * @param count the number of series
     * @param n the length of each
     * @param seed the first seed
     * @return the series
     */
    public static double[][] arimaPanel(int count, int n, long seed) {
        double[][] out = new double[count][];
        for (int i = 0; i < count; i++) {
            long s = seed + i;
            out[i] = switch (i % 4) {
                case 0 -> arma(n, new double[] {0.6}, new double[0], 10, s);
                case 1 -> arma(n, new double[] {0.5}, new double[] {0.3}, 0, s);
                case 2 -> arma(n, new double[0], new double[] {0.4, -0.3}, 0, s);
                default -> {
                    double[] w = arma(n, new double[] {0.4}, new double[0], 0, s);
                    for (int t = 1; t < n; t++) {
                        w[t] += w[t - 1];
                    }
                    yield w;
                }
            };
        }
        return out;
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
