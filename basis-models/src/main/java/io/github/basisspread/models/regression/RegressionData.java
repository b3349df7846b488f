package io.github.basisspread.models.regression;

import io.github.basisspread.core.internal.ArgChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data of a linear regression: a response, named regressors of the same length, and
 * optional observation weights.
 *
 * <p>Values may be NaN or infinite here: the {@link MissingPolicy} of the fit decides whether such
 * an observation is rejected or dropped. Lengths, names and weights are checked on construction.
 * An intercept is not a regressor: the specification adds it ({@link OlsSpec#of()}).
 *
 * <p>Arrays are copied in and out. Immutable and thread-safe.
 */
public final class RegressionData {

    private final String responseName;
    private final double[] response;
    private final List<String> regressorNames;
    private final double[][] regressors;
    private final double[] weights;

    private RegressionData(Builder b) {
        if (b.response == null) {
            throw new IllegalArgumentException("Argument 'response' must not be null");
        }
        this.responseName = b.responseName;
        this.response = b.response.clone();
        int n = response.length;
        if (n == 0) {
            throw new IllegalArgumentException("Argument '" + responseName + "' must not be empty but has length 0");
        }
        this.regressorNames = List.copyOf(b.names);
        this.regressors = new double[b.columns.size()][];
        for (int j = 0; j < regressors.length; j++) {
            double[] column = b.columns.get(j);
            requireLength(column, n, regressorNames.get(j));
            regressors[j] = column.clone();
        }
        if (b.weights != null) {
            requireLength(b.weights, n, "weights");
            for (int i = 0; i < n; i++) {
                double w = b.weights[i];
                // NaN weights are treated as missing by the fit; anything else must be positive
                if (!Double.isNaN(w) && !(w > 0 && w < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("Argument 'weights' must be finite and greater than zero"
                            + " but has value " + w + " at index " + i);
                }
            }
            this.weights = b.weights.clone();
        } else {
            this.weights = null;
        }
    }

    private void requireLength(double[] values, int n, String name) {
        if (values.length != n) {
            throw new IllegalArgumentException("Argument '" + name + "' must have length " + n + " (the length of '"
                    + responseName + "') but has length " + values.length);
        }
    }

    /**
     * Creates data with regressors named {@code x1, x2, ...} and the response named {@code y}.
     *
     * @param response the response, copied
     * @param regressors the regressors, one array per regressor, each copied
     * @return the data
     * @throws IllegalArgumentException if an array is null or the lengths differ
     */
    public static RegressionData of(double[] response, double[]... regressors) {
        Builder b = builder().response("y", response);
        ArgChecker.notNull(regressors, "regressors");
        for (int j = 0; j < regressors.length; j++) {
            b.regressor("x" + (j + 1), regressors[j]);
        }
        return b.build();
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the number of observations (rows), including any with missing values.
     *
     * @return the number of observations
     */
    public int size() {
        return response.length;
    }

    /**
     * Returns the name of the response.
     *
     * @return the response name
     */
    public String responseName() {
        return responseName;
    }

    /**
     * Returns the response.
     *
     * @return a copy of the response
     */
    public double[] response() {
        return response.clone();
    }

    /**
     * Returns the regressor names, in order.
     *
     * @return the names, an immutable list
     */
    public List<String> regressorNames() {
        return regressorNames;
    }

    /**
     * Returns one regressor.
     *
     * @param index the regressor index, from 0
     * @return a copy of its values
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double[] regressor(int index) {
        return regressors[index].clone();
    }

    /**
     * Returns whether the data carry observation weights.
     *
     * @return true for weighted least squares
     */
    public boolean isWeighted() {
        return weights != null;
    }

    /**
     * Returns the weights.
     *
     * @return a copy of the weights
     * @throws IllegalStateException if the data are not weighted
     */
    public double[] weights() {
        if (weights == null) {
            throw new IllegalStateException("The data carry no weights");
        }
        return weights.clone();
    }

    // package-private views without copies, for the estimators of this package only
    double[] responseView() {
        return response;
    }

    double[][] regressorsView() {
        return regressors;
    }

    double[] weightsView() {
        return weights;
    }

    /**
     * Builds {@link RegressionData}. Mutable, not thread-safe.
     */
    public static final class Builder {
        private String responseName = "y";
        private double[] response;
        private final List<String> names = new ArrayList<>();
        private final List<double[]> columns = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private double[] weights;

        private Builder() {
        }

        /**
         * Sets the response.
         *
         * @param name the response name, not blank
         * @param values the response values, copied on {@link #build()}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the values null
         */
        public Builder response(String name, double[] values) {
            requireName(name, "name");
            if (values == null) {
                throw new IllegalArgumentException("Argument '" + name + "' must not be null");
            }
            this.responseName = name;
            this.response = values;
            return this;
        }

        /**
         * Adds a regressor.
         *
         * @param name the regressor name, not blank, unique, not {@code intercept}
         * @param values the values, copied on {@link #build()}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank, repeated or reserved, or the
         *     values null
         */
        public Builder regressor(String name, double[] values) {
            requireName(name, "name");
            if (name.equals(OlsSpec.INTERCEPT_NAME) || !seen.add(name)) {
                throw new IllegalArgumentException("Argument 'name' must be unique and not '" + OlsSpec.INTERCEPT_NAME
                        + "' but has value '" + name + "'");
            }
            if (values == null) {
                throw new IllegalArgumentException("Argument '" + name + "' must not be null");
            }
            names.add(name);
            columns.add(values);
            return this;
        }

        /**
         * Sets observation weights (weighted least squares minimises {@code sum w_i e_i^2}).
         *
         * @param values the weights, each finite and positive (NaN counts as missing), copied
         *     on {@link #build()}
         * @return this builder
         * @throws IllegalArgumentException if the weights are null
         */
        public Builder weights(double[] values) {
            if (values == null) {
                throw new IllegalArgumentException("Argument 'weights' must not be null");
            }
            this.weights = values;
            return this;
        }

        /**
         * Builds the data.
         *
         * @return the data
         * @throws IllegalArgumentException if the response is missing or empty, lengths differ, or
         *     a weight is not positive
         */
        public RegressionData build() {
            return new RegressionData(this);
        }

        private static void requireName(String name, String argument) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Argument '" + argument + "' must not be blank but has value "
                        + (name == null ? "null" : "'" + name + "'"));
            }
        }
    }
}
