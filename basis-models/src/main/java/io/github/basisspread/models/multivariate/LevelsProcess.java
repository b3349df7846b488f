package io.github.basisspread.models.multivariate;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A VAR(p) in levels, {@code y_t = d_t + A_1 y_{t-1} + ... + A_p y_{t-p} + u_t} with
 * {@code Cov(u) = Sigma}: the form in which both a VAR and a VECM (through its VAR
 * representation, Luetkepohl 2005, eq. 6.3.7) forecast and give impulse responses.
 *
 * <p>Forecasts are the linear minimum-MSE predictors with MSE matrices
 * {@code Sigma(h) = sum_{i<h} Phi_i Sigma Phi_i'} and the moving-average coefficients
 * {@code Phi_0 = I, Phi_i = sum_{j=1..min(i,p)} Phi_{i-j} A_j} (Luetkepohl 2005, eq. 2.2.9-2.2.11);
 * orthogonalised impulse responses are {@code Phi_i P} with {@code P P' = Sigma} lower
 * triangular (eq. 2.3.27). Immutable.
 */
final class LevelsProcess {

    /** The deterministic part of one future step. */
    @FunctionalInterface
    interface Deterministic {
        /**
         * @param step the step after the end of the data, 1, 2, ...
         * @return the K deterministic terms of that step
         */
        double[] at(int step);
    }

    private final double[][][] a;
    private final double[][] sigma;
    private final double[][] last;
    private final Deterministic deterministic;
    private final int k;

    /**
     * @param a the coefficient matrices A_1..A_p, each K x K
     * @param sigma the innovation covariance used for forecast MSEs and impulse responses
     * @param last the last p observations, oldest first, each of length K
     * @param deterministic the deterministic terms of future steps
     */
    LevelsProcess(double[][][] a, double[][] sigma, double[][] last, Deterministic deterministic) {
        this.a = a;
        this.sigma = sigma;
        this.last = last;
        this.deterministic = deterministic;
        this.k = sigma.length;
    }

    double[][][] coefficients() {
        double[][][] out = new double[a.length][][];
        for (int i = 0; i < a.length; i++) {
            out[i] = Dense.copy(a[i]);
        }
        return out;
    }

    /** Phi_0 .. Phi_{n-1}. */
    double[][][] maCoefficients(int n) {
        double[][][] phi = new double[n][][];
        phi[0] = Dense.identity(k);
        for (int i = 1; i < n; i++) {
            double[][] s = new double[k][k];
            for (int j = 1; j <= Math.min(i, a.length); j++) {
                s = Dense.add(s, Dense.multiply(phi[i - j], a[j - 1]), 1);
            }
            phi[i] = s;
        }
        return phi;
    }

    /** The orthogonalised impulse responses of periods 0..periods. */
    ImpulseResponses orthogonalisedResponses(int periods, List<String> names) {
        if (periods < 0) {
            throw new IllegalArgumentException("Argument 'periods' must be zero or greater but has value " + periods);
        }
        double[][] p = Dense.choleskyLower(sigma, "innovation covariance");
        double[][][] phi = maCoefficients(periods + 1);
        double[][][] theta = new double[periods + 1][][];
        for (int i = 0; i <= periods; i++) {
            theta[i] = Dense.multiply(phi[i], p);
        }
        return new ImpulseResponses(theta, names);
    }

    /**
     * One simulated path of steps 1..h: the recursion of the forecasts with Gaussian innovations
     * {@code u = P z}, {@code P P' = Sigma}, z standard normal from the generator.
     *
     * @return h rows of K values
     */
    double[][] simulate(int horizon, RandomGenerator random) {
        if (horizon < 1) {
            throw new IllegalArgumentException("Argument 'horizon' must be at least 1 but has value " + horizon);
        }
        if (random == null) {
            throw new IllegalArgumentException("Argument 'random' must not be null but has value null");
        }
        double[][] p = Dense.choleskyLower(sigma, "innovation covariance");
        int order = a.length;
        double[][] path = new double[horizon][];
        double[] z = new double[k];
        for (int h = 1; h <= horizon; h++) {
            double[] y = deterministic.at(h).clone();
            for (int i = 1; i <= order; i++) {
                double[] prior = h - i <= 0 ? last[last.length + h - i - 1] : path[h - i - 1];
                for (int r = 0; r < k; r++) {
                    double s = 0;
                    for (int c = 0; c < k; c++) {
                        s += a[i - 1][r][c] * prior[c];
                    }
                    y[r] += s;
                }
            }
            for (int c = 0; c < k; c++) {
                z[c] = random.nextGaussian();
            }
            for (int r = 0; r < k; r++) {
                double s = 0;
                for (int c = 0; c <= r; c++) {
                    s += p[r][c] * z[c];
                }
                y[r] += s;
            }
            path[h - 1] = y;
        }
        return path;
    }

    /** Forecasts of steps 1..h with their MSE matrices. */
    MultivariateForecast forecast(int horizon, List<String> names) {
        if (horizon < 1) {
            throw new IllegalArgumentException("Argument 'horizon' must be at least 1 but has value " + horizon);
        }
        int p = a.length;
        double[][] means = new double[horizon][];
        for (int h = 1; h <= horizon; h++) {
            double[] f = deterministic.at(h).clone();
            for (int i = 1; i <= p; i++) {
                double[] prior = h - i <= 0 ? last[last.length + h - i - 1] : means[h - i - 1];
                double[][] ai = a[i - 1];
                for (int r = 0; r < k; r++) {
                    double s = 0;
                    for (int c = 0; c < k; c++) {
                        s += ai[r][c] * prior[c];
                    }
                    f[r] += s;
                }
            }
            means[h - 1] = f;
        }
        double[][][] phi = maCoefficients(horizon);
        double[][][] cov = new double[horizon][][];
        double[][] acc = new double[k][k];
        for (int h = 0; h < horizon; h++) {
            acc = Dense.add(acc, Dense.multiply(Dense.multiply(phi[h], sigma), Dense.transpose(phi[h])), 1);
            cov[h] = Dense.symmetrise(acc);
        }
        return new MultivariateForecast(names, means, cov);
    }
}
