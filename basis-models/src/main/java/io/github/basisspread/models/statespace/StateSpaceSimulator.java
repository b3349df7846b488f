package io.github.basisspread.models.statespace;

import io.github.basisspread.models.linalg.Cholesky;
import java.util.random.RandomGenerator;

/**
 * Simulates paths of a {@link StateSpaceModel}: {@code a_1 ~ N(a, P_*)} (diffuse directions
 * start at the mean {@code a}, since an infinite variance cannot be drawn), then the state and
 * observation equations with Gaussian disturbances from the given generator. Seeded and
 * reproducible: pass e.g. {@code new SplittableRandom(seed)}. Stateless and thread-safe; the
 * generator is the caller's (not thread-safe itself).
 */
public final class StateSpaceSimulator {

    private StateSpaceSimulator() {
    }

    /**
     * Simulates n periods.
     *
     * @param model the model
     * @param n the number of periods, at least 1 (within a time-varying model's length)
     * @param random the source of randomness (modified: draws are taken from it)
     * @return the simulated states and observations
     * @throws IllegalArgumentException if n is out of range or random is null
     */
    public static Simulation simulate(StateSpaceModel model, int n, RandomGenerator random) {
        if (model == null || random == null) {
            throw new IllegalArgumentException("Argument 'model' and 'random' must not be null");
        }
        if (n < 1 || (!model.isTimeInvariant() && n > model.timeVaryingLength())) {
            throw new IllegalArgumentException("Argument 'n' must be in [1, "
                    + (model.isTimeInvariant() ? "inf" : model.timeVaryingLength()) + "] but has value " + n);
        }
        int m = model.stateDimension();
        int p = model.observationDimension();
        int r = model.disturbanceDimension();
        StateSpaceModel.InitialMoments init = model.initialMoments();
        double[] a = init.mean();
        double[] l0 = Cholesky.lowerSemidefinite(init.knownCovariance(), m);
        double[] e = new double[Math.max(m, r)];
        for (int i = 0; i < m; i++) {
            e[i] = random.nextGaussian();
        }
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int k = 0; k <= i; k++) {
                s += l0[i * m + k] * e[k];
            }
            a[i] += s;
        }
        double[][] states = new double[n][];
        double[][] obs = new double[n][p];
        double[] lq = null;
        double[] lastQ = null;
        boolean diagonalH = model.hasDiagonalObservationCovariance();
        double[] lh = null;
        double[] lastH = null;
        double[] u = new double[p];
        for (int t = 0; t < n; t++) {
            states[t] = a.clone();
            double[] z = model.zAt(t);
            double[] d = model.dAt(t);
            double[] h = model.hAt(t);
            if (diagonalH) {
                for (int i = 0; i < p; i++) {
                    double s = d[i] + Math.sqrt(h[i]) * random.nextGaussian();
                    for (int k = 0; k < m; k++) {
                        s += z[i * m + k] * a[k];
                    }
                    obs[t][i] = s;
                }
            } else {
                // Correlated measurement errors: e = C u with H = C C' (lower Cholesky), u standard normal.
                double[] hf = model.hFullAt(t);
                if (hf != lastH) {
                    lh = Cholesky.lowerSemidefinite(hf, p);
                    lastH = hf;
                }
                for (int i = 0; i < p; i++) {
                    u[i] = random.nextGaussian();
                }
                for (int i = 0; i < p; i++) {
                    double s = d[i];
                    for (int k = 0; k <= i; k++) {
                        s += lh[i * p + k] * u[k];
                    }
                    for (int k = 0; k < m; k++) {
                        s += z[i * m + k] * a[k];
                    }
                    obs[t][i] = s;
                }
            }
            double[] q = model.qAt(t);
            if (q != lastQ) {
                lq = Cholesky.lowerSemidefinite(q, r);
                lastQ = q;
            }
            double[] eta = new double[r];
            for (int i = 0; i < r; i++) {
                e[i] = random.nextGaussian();
            }
            for (int i = 0; i < r; i++) {
                double s = 0;
                for (int k = 0; k <= i; k++) {
                    s += lq[i * r + k] * e[k];
                }
                eta[i] = s;
            }
            double[] tt = model.tAt(t);
            double[] c = model.cAt(t);
            double[] sel = model.selAt(t);
            double[] next = new double[m];
            for (int i = 0; i < m; i++) {
                double s = c[i];
                for (int k = 0; k < m; k++) {
                    s += tt[i * m + k] * a[k];
                }
                for (int k = 0; k < r; k++) {
                    s += sel[i * r + k] * eta[k];
                }
                next[i] = s;
            }
            a = next;
        }
        return new Simulation(states, obs);
    }

    /**
     * A simulated path. Immutable and thread-safe: arrays copied out.
     */
    public static final class Simulation {
        private final double[][] states;
        private final double[][] observations;

        Simulation(double[][] states, double[][] observations) {
            this.states = states;
            this.observations = observations;
        }

        /** @return the number of periods */
        public int size() {
            return states.length;
        }

        /** @return a new n x m array of states */
        public double[][] states() {
            return Matrices.copy(states);
        }

        /** @return a new n x p array of observations */
        public double[][] observations() {
            return Matrices.copy(observations);
        }

        /**
         * One observed series.
         *
         * @param i the series index
         * @return a new array of length n
         * @throws IllegalArgumentException if i is out of range
         */
        public double[] observationSeries(int i) {
            if (i < 0 || i >= observations[0].length) {
                throw new IllegalArgumentException("Argument 'i' must be in [0, " + observations[0].length
                        + ") but has value " + i);
            }
            double[] out = new double[observations.length];
            for (int t = 0; t < out.length; t++) {
                out[t] = observations[t][i];
            }
            return out;
        }
    }
}
