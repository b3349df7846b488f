package io.github.basisspread.models.optim;

import io.github.basisspread.core.internal.ArgChecker;

/**
 * Maps a block of unconstrained optimizer coordinates to model parameters that satisfy their
 * constraints, and back (Jones 1980; Monahan 1984; Durbin and Koopman 2012, sec. 7.3.2).
 *
 * <p>A closed family, created by the factories. Every implementation is immutable and
 * thread-safe; {@code constrain} and {@code unconstrain} read {@code size()} values from
 * {@code in} at {@code offset} and write as many into {@code out} at {@code offset}
 * ({@code in} not modified, {@code out} modified).
 */
public sealed interface ParameterTransform {

    /** @return the number of parameters in the block */
    int size();

    /**
     * Unconstrained to constrained.
     *
     * @param in the unconstrained values (not modified)
     * @param offset where the block starts in both arrays
     * @param out the constrained values (modified)
     */
    void constrain(double[] in, int offset, double[] out);

    /**
     * Constrained to unconstrained.
     *
     * @param in the constrained values (not modified)
     * @param offset where the block starts in both arrays
     * @param out the unconstrained values (modified)
     * @throws IllegalArgumentException if a value violates the constraint
     */
    void unconstrain(double[] in, int offset, double[] out);

    /** @return no constraint: {@code x = u} */
    static ParameterTransform identity() {
        return Identity.INSTANCE;
    }

    /** @return a positive parameter {@code x = exp(u)} (variances) */
    static ParameterTransform positiveExp() {
        return PositiveExp.INSTANCE;
    }

    /** @return a non-negative parameter {@code x = u^2} (variances that may reach zero) */
    static ParameterTransform positiveSquare() {
        return PositiveSquare.INSTANCE;
    }

    /** @return a correlation in (-1, 1): {@code x = tanh(u)} */
    static ParameterTransform correlation() {
        return Correlation.INSTANCE;
    }

    /**
     * A parameter in (low, high): {@code x = low + (high - low) / (1 + exp(-u))}.
     *
     * @param low the lower bound
     * @param high the upper bound, above low
     * @return the transform
     * @throws IllegalArgumentException if the bounds are not finite or not ordered
     */
    static ParameterTransform bounded(double low, double high) {
        return new Bounded(low, high);
    }

    /**
     * The coefficients of a stationary AR(p) polynomial {@code 1 - phi_1 L - ... - phi_p L^p}:
     * each unconstrained value becomes a partial autocorrelation {@code u / sqrt(1 + u^2)} in
     * (-1, 1) (Jones 1980), and the Durbin-Levinson recursion turns them into coefficients whose
     * roots lie outside the unit circle (Monahan 1984).
     *
     * @param order p, at least 1
     * @return the transform
     * @throws IllegalArgumentException if p is below 1
     */
    static ParameterTransform stationaryAr(int order) {
        return new StationaryAr(order);
    }

    /**
     * Probabilities of {@code size + 1} outcomes, of which the block holds the first {@code size}
     * (each in (0, 1), their sum below 1; the last outcome takes the rest): the multinomial
     * logistic (softmax with the last outcome as reference),
     * {@code x_j = exp(u_j) / (1 + sum_i exp(u_i))}. A row of a Markov transition matrix without
     * its last entry, as statsmodels' {@code MarkovSwitching.transform_params} parametrises it.
     *
     * @param size the number of free probabilities, at least 1
     * @return the transform
     * @throws IllegalArgumentException if size is below 1
     */
    static ParameterTransform simplex(int size) {
        return new Simplex(size);
    }

    /** No constraint. */
    enum Identity implements ParameterTransform {
        /** The only instance. */
        INSTANCE;

        @Override
        public int size() {
            return 1;
        }

        @Override
        public void constrain(double[] in, int offset, double[] out) {
            out[offset] = in[offset];
        }

        @Override
        public void unconstrain(double[] in, int offset, double[] out) {
            out[offset] = in[offset];
        }
    }

    /** {@code x = exp(u)}. */
    enum PositiveExp implements ParameterTransform {
        /** The only instance. */
        INSTANCE;

        @Override
        public int size() {
            return 1;
        }

        @Override
        public void constrain(double[] in, int offset, double[] out) {
            out[offset] = Math.exp(in[offset]);
        }

        @Override
        public void unconstrain(double[] in, int offset, double[] out) {
            out[offset] = Math.log(ArgChecker.positive(in[offset], "value"));
        }
    }

    /** {@code x = u^2}. */
    enum PositiveSquare implements ParameterTransform {
        /** The only instance. */
        INSTANCE;

        @Override
        public int size() {
            return 1;
        }

        @Override
        public void constrain(double[] in, int offset, double[] out) {
            out[offset] = in[offset] * in[offset];
        }

        @Override
        public void unconstrain(double[] in, int offset, double[] out) {
            out[offset] = Math.sqrt(ArgChecker.nonNegative(in[offset], "value"));
        }
    }

    /** {@code x = tanh(u)}. */
    enum Correlation implements ParameterTransform {
        /** The only instance. */
        INSTANCE;

        @Override
        public int size() {
            return 1;
        }

        @Override
        public void constrain(double[] in, int offset, double[] out) {
            out[offset] = Math.tanh(in[offset]);
        }

        @Override
        public void unconstrain(double[] in, int offset, double[] out) {
            double x = in[offset];
            if (!(x > -1 && x < 1)) {
                throw new IllegalArgumentException("Argument 'value' must be in (-1, 1) but has value " + x);
            }
            // atanh(x) = log((1 + x) / (1 - x)) / 2
            out[offset] = 0.5 * Math.log((1 + x) / (1 - x));
        }
    }

    /**
     * {@code x = low + (high - low) / (1 + exp(-u))}.
     *
     * @param low the lower bound
     * @param high the upper bound
     */
    record Bounded(double low, double high) implements ParameterTransform {
        /**
         * Validates.
         *
         * @param low the lower bound
         * @param high the upper bound
         * @throws IllegalArgumentException if not finite or not ordered
         */
        public Bounded {
            if (!Double.isFinite(low) || !Double.isFinite(high) || !(high > low)) {
                throw new IllegalArgumentException("Argument 'high' must be finite and above 'low' (" + low
                        + ") but has value " + high);
            }
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public void constrain(double[] in, int offset, double[] out) {
            out[offset] = low + (high - low) / (1 + Math.exp(-in[offset]));
        }

        @Override
        public void unconstrain(double[] in, int offset, double[] out) {
            double x = in[offset];
            if (!(x > low && x < high)) {
                throw new IllegalArgumentException("Argument 'value' must be in (" + low + ", " + high
                        + ") but has value " + x);
            }
            double s = (x - low) / (high - low);
            out[offset] = Math.log(s / (1 - s));
        }
    }

    /**
     * Stationary AR coefficients through partial autocorrelations.
     *
     * @param order the AR order p
     */
    record StationaryAr(int order) implements ParameterTransform {
        /**
         * Validates.
         *
         * @param order the AR order
         * @throws IllegalArgumentException if below 1
         */
        public StationaryAr {
            if (order < 1) {
                throw new IllegalArgumentException("Argument 'order' must be at least 1 but has value " + order);
            }
        }

        @Override
        public int size() {
            return order;
        }

        @Override
        public void constrain(double[] in, int offset, double[] out) {
            int p = order;
            double[] phi = new double[p];
            double[] prev = new double[p];
            for (int k = 0; k < p; k++) {
                double u = in[offset + k];
                double r = u / Math.sqrt(1 + u * u);
                // Durbin-Levinson: phi_{k,j} = phi_{k-1,j} - r_k phi_{k-1,k-j}, phi_{k,k} = r_k (Monahan 1984, eq. 3.1).
                System.arraycopy(phi, 0, prev, 0, k);
                for (int j = 0; j < k; j++) {
                    phi[j] = prev[j] - r * prev[k - 1 - j];
                }
                phi[k] = r;
            }
            System.arraycopy(phi, 0, out, offset, p);
        }

        @Override
        public void unconstrain(double[] in, int offset, double[] out) {
            int p = order;
            double[] phi = new double[p];
            System.arraycopy(in, offset, phi, 0, p);
            double[] r = new double[p];
            // Run Durbin-Levinson backwards: r_k = phi_{k,k}, phi_{k-1,j} = (phi_{k,j} + r_k phi_{k,k-j}) / (1 - r_k^2).
            for (int k = p - 1; k >= 0; k--) {
                double rk = phi[k];
                if (!(Math.abs(rk) < 1)) {
                    throw new IllegalArgumentException("Argument 'value' must be stationary AR coefficients but the "
                            + "partial autocorrelation of lag " + (k + 1) + " is " + rk);
                }
                r[k] = rk;
                double[] next = new double[k];
                for (int j = 0; j < k; j++) {
                    next[j] = (phi[j] + rk * phi[k - 1 - j]) / (1 - rk * rk);
                }
                System.arraycopy(next, 0, phi, 0, k);
            }
            for (int k = 0; k < p; k++) {
                // r = u / sqrt(1 + u^2)  <=>  u = r / sqrt(1 - r^2)
                out[offset + k] = r[k] / Math.sqrt(1 - r[k] * r[k]);
            }
        }
    }

    /**
     * The first {@code size} probabilities of {@code size + 1} outcomes by the multinomial logistic.
     *
     * @param size the number of free probabilities
     */
    record Simplex(int size) implements ParameterTransform {
        /**
         * Validates.
         *
         * @param size the number of free probabilities
         * @throws IllegalArgumentException if below 1
         */
        public Simplex {
            if (size < 1) {
                throw new IllegalArgumentException("Argument 'size' must be at least 1 but has value " + size);
            }
        }

        @Override
        public void constrain(double[] in, int offset, double[] out) {
            // Shift by the largest exponent (the reference outcome's is 0) so that no exp overflows.
            double max = 0;
            for (int j = 0; j < size; j++) {
                max = Math.max(max, in[offset + j]);
            }
            double sum = Math.exp(-max);
            for (int j = 0; j < size; j++) {
                sum += Math.exp(in[offset + j] - max);
            }
            for (int j = 0; j < size; j++) {
                out[offset + j] = Math.exp(in[offset + j] - max) / sum;
            }
        }

        @Override
        public void unconstrain(double[] in, int offset, double[] out) {
            double rest = 1;
            for (int j = 0; j < size; j++) {
                double x = in[offset + j];
                if (!(x > 0 && x < 1)) {
                    throw new IllegalArgumentException("Argument 'value' must be a probability in (0, 1) but has value "
                            + x + " at " + j);
                }
                rest -= x;
            }
            if (!(rest > 0)) {
                throw new IllegalArgumentException("Argument 'value' must be probabilities summing below 1 but they sum"
                        + " to " + (1 - rest));
            }
            for (int j = 0; j < size; j++) {
                out[offset + j] = Math.log(in[offset + j] / rest);
            }
        }
    }
}
