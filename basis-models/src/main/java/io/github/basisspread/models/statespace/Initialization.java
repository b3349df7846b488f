package io.github.basisspread.models.statespace;

/**
 * How the state vector starts: the distribution of {@code a_1}.
 *
 * <p>A closed family: {@link Known} (mean and covariance given), {@link Stationary} (the
 * unconditional distribution of a stationary transition, from the Lyapunov equation),
 * {@link Diffuse} (every state diffuse, handled exactly as in Durbin and Koopman 2012, ch. 5) and
 * {@link Mixed} (a known part plus a diffuse part {@code P_1 = P_* + kappa P_inf},
 * {@code kappa -> infinity}). Immutable and thread-safe.
 */
public sealed interface Initialization {

    /**
     * A known initial mean and covariance.
     *
     * @param mean the initial state mean {@code a_1} (length m; copied)
     * @param covariance the initial state covariance {@code P_1} (m x m, symmetric PSD; copied)
     * @return the initialisation
     * @throws IllegalArgumentException if an argument is null or contains a non-finite value
     */
    static Initialization known(double[] mean, double[][] covariance) {
        return new Known(mean, covariance);
    }

    /**
     * The stationary initialisation: {@code a_1 = (I - T)^-1 c} and {@code P_1} solving
     * {@code P = T P T' + R Q R'} with the system matrices of the first period.
     *
     * @return the initialisation
     */
    static Initialization stationary() {
        return new Stationary();
    }

    /**
     * The exact diffuse initialisation of every state: {@code a_1 = 0}, {@code P_* = 0},
     * {@code P_inf = I}.
     *
     * @return the initialisation
     */
    static Initialization diffuse() {
        return new Diffuse();
    }

    /**
     * A mixed initialisation {@code P_1 = P_* + kappa P_inf} with {@code kappa -> infinity}.
     *
     * @param mean the initial mean (length m; copied)
     * @param knownCovariance the known part {@code P_*} (m x m; copied)
     * @param diffuseCovariance the diffuse part {@code P_inf} (m x m; copied)
     * @return the initialisation
     * @throws IllegalArgumentException if an argument is null or contains a non-finite value
     */
    static Initialization mixed(double[] mean, double[][] knownCovariance, double[][] diffuseCovariance) {
        return new Mixed(mean, knownCovariance, diffuseCovariance);
    }

    /**
     * A known initial mean and covariance.
     *
     * @param mean the mean (copied in and out)
     * @param covariance the covariance (copied in and out)
     */
    record Known(double[] mean, double[][] covariance) implements Initialization {
        /**
         * Validates and copies.
         *
         * @param mean the mean
         * @param covariance the covariance
         * @throws IllegalArgumentException if an argument is null or non-finite
         */
        public Known {
            mean = Matrices.copyFinite(mean, "mean");
            covariance = Matrices.copyFinite(covariance, "covariance");
        }

        /** @return a copy of mean */
        @Override
        public double[] mean() {
            return mean.clone();
        }

        /** @return a copy of covariance */
        @Override
        public double[][] covariance() {
            return Matrices.copy(covariance);
        }
    }

    /** The stationary initialisation. */
    record Stationary() implements Initialization {
    }

    /** The exact diffuse initialisation of every state. */
    record Diffuse() implements Initialization {
    }

    /**
     * A mixed known and diffuse initialisation.
     *
     * @param mean the mean (copied in and out)
     * @param knownCovariance {@code P_*} (copied in and out)
     * @param diffuseCovariance {@code P_inf} (copied in and out)
     */
    record Mixed(double[] mean, double[][] knownCovariance, double[][] diffuseCovariance) implements Initialization {
        /**
         * Validates and copies.
         *
         * @param mean the mean
         * @param knownCovariance the known part
         * @param diffuseCovariance the diffuse part
         * @throws IllegalArgumentException if an argument is null or non-finite
         */
        public Mixed {
            mean = Matrices.copyFinite(mean, "mean");
            knownCovariance = Matrices.copyFinite(knownCovariance, "knownCovariance");
            diffuseCovariance = Matrices.copyFinite(diffuseCovariance, "diffuseCovariance");
        }

        /** @return a copy of mean */
        @Override
        public double[] mean() {
            return mean.clone();
        }

        /** @return a copy of knownCovariance */
        @Override
        public double[][] knownCovariance() {
            return Matrices.copy(knownCovariance);
        }

        /** @return a copy of diffuseCovariance */
        @Override
        public double[][] diffuseCovariance() {
            return Matrices.copy(diffuseCovariance);
        }
    }
}
