package io.github.basisspread.ml.features;

import io.github.basisspread.ml.internal.Args;
import java.util.Arrays;

/**
 * Standardisation of features fitted on a training window only: the mean and standard deviation
 * (divisor n) of each column of the training rows, then applied unchanged to any later rows, so
 * that nothing of the test window leaks into the scaling. A constant training column is centred
 * and left unscaled (scale 1).
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardScaler {

    private final double[] means;
    private final double[] scales;

    private StandardScaler(double[] means, double[] scales) {
        this.means = means;
        this.scales = scales;
    }

    /**
     * Fits the scaler on training rows.
     *
     * @param training the training rows
     * @return the fitted scaler
     * @throws IllegalArgumentException if the training data are null
     */
    public static StandardScaler fit(Dataset training) {
        Args.notNull(training, "training");
        int p = training.features();
        double[] m = new double[p];
        double[] s = new double[p];
        for (int j = 0; j < p; j++) {
            double[] c = training.column(j);
            double sum = 0;
            for (double v : c) {
                sum += v;
            }
            m[j] = sum / c.length;
            double q = 0;
            for (double v : c) {
                q += (v - m[j]) * (v - m[j]);
            }
            double sd = Math.sqrt(q / c.length);
            s[j] = sd > 0 ? sd : 1;
        }
        return new StandardScaler(m, s);
    }

    /**
     * Returns the training means.
     *
     * @return a copy
     */
    public double[] means() {
        return means.clone();
    }

    /**
     * Returns the scales (training standard deviations, 1 for a constant column).
     *
     * @return a copy
     */
    public double[] scales() {
        return scales.clone();
    }

    /**
     * Scales one row with the training statistics.
     *
     * @param row one value per feature; not modified
     * @return a new array
     * @throws IllegalArgumentException if the row's length differs
     */
    public double[] transform(double[] row) {
        Args.notNull(row, "row");
        Args.check(row.length == means.length, "row", row.length + " values", "hold " + means.length + " values");
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - means[j]) / scales[j];
        }
        return out;
    }

    /**
     * Scales every row of a dataset with the training statistics; the response and times are kept.
     *
     * @param data rows with the training's features
     * @return a new dataset
     * @throws IllegalArgumentException if the number of features differs
     */
    public Dataset transform(Dataset data) {
        Args.notNull(data, "data");
        Args.check(data.features() == means.length, "data", data.features() + " features", "hold " + means.length + " features");
        double[][] c = new double[means.length][];
        for (int j = 0; j < c.length; j++) {
            c[j] = data.column(j);
            for (int i = 0; i < c[j].length; i++) {
                c[j][i] = (c[j][i] - means[j]) / scales[j];
            }
        }
        return Dataset.ofColumns(data.names(), c, data.response(), data.times());
    }

    @Override
    public String toString() {
        return "StandardScaler[means=" + Arrays.toString(means) + ", scales=" + Arrays.toString(scales) + "]";
    }
}
