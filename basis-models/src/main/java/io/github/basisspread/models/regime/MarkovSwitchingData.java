package io.github.basisspread.models.regime;

/**
 * The data of a Markov-switching fit: the observed series {@code y} and, when the specification
 * has regressors, one row of regressor values per observation.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class MarkovSwitchingData {

    private final double[] y;
    private final double[][] x;

    private MarkovSwitchingData(double[] y, double[][] x) {
        this.y = y;
        this.x = x;
    }

    /**
     * Data without regressors.
     *
     * @param y the series, finite values, oldest first (copied)
     * @return the data
     * @throws IllegalArgumentException if y is null or holds a NaN or infinite value
     */
    public static MarkovSwitchingData of(double[] y) {
        return of(y, null);
    }

    /**
     * Data with regressors.
     *
     * @param y the series, finite values, oldest first (copied)
     * @param x the regressors, one row per observation of y, each row of one length, finite
     *     values; null or zero columns for none (copied)
     * @return the data
     * @throws IllegalArgumentException if y is null, a value is not finite, or x has another
     *     number of rows than y or ragged rows
     */
    public static MarkovSwitchingData of(double[] y, double[][] x) {
        if (y == null) {
            throw new IllegalArgumentException("Argument 'y' must not be null");
        }
        for (int t = 0; t < y.length; t++) {
            if (!Double.isFinite(y[t])) {
                throw new IllegalArgumentException("Argument 'y' must be finite but has value " + y[t] + " at index "
                        + t);
            }
        }
        int m = x == null || x.length == 0 ? 0 : x[0] == null ? -1 : x[0].length;
        double[][] xc = new double[y.length][Math.max(m, 0)];
        if (x != null && x.length > 0) {
            if (x.length != y.length) {
                throw new IllegalArgumentException("Argument 'x' must have one row per observation of y (" + y.length
                        + ") but has " + x.length);
            }
            for (int t = 0; t < x.length; t++) {
                if (x[t] == null || x[t].length != m) {
                    throw new IllegalArgumentException("Argument 'x' must have rows of one length (" + m
                            + ") but row " + t + " has " + (x[t] == null ? "null" : "length " + x[t].length));
                }
                for (int j = 0; j < m; j++) {
                    if (!Double.isFinite(x[t][j])) {
                        throw new IllegalArgumentException("Argument 'x' must be finite but has value " + x[t][j]
                                + " at row " + t + ", column " + j);
                    }
                }
                xc[t] = x[t].clone();
            }
        }
        return new MarkovSwitchingData(y.clone(), xc);
    }

    /**
     * Returns the series.
     *
     * @return a copy of y
     */
    public double[] y() {
        return y.clone();
    }

    /**
     * Returns the regressors.
     *
     * @return a copy of x, one row per observation (rows of length 0 when there are none)
     */
    public double[][] x() {
        double[][] out = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            out[t] = x[t].clone();
        }
        return out;
    }

    /** @return the number of observations */
    public int size() {
        return y.length;
    }

    /** @return the number of regressor columns */
    public int regressorCount() {
        return x.length == 0 ? 0 : x[0].length;
    }

    double[] yShared() {
        return y;
    }

    double[][] xShared() {
        return x;
    }
}
