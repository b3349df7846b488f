package io.github.basisspread.ml.features;

import io.github.basisspread.core.series.TimeSeries;
import io.github.basisspread.ml.internal.Args;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The features computed over the rows of the inputs, with NaN where a feature has too little
 * history; and the basis they were computed beside, from which targets are taken.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeatureFrame {

    private final List<String> names;
    private final double[][] columns;
    private final TimeSeries basis;

    FeatureFrame(List<String> names, double[][] columns, TimeSeries basis) {
        this.names = List.copyOf(names);
        this.columns = columns;
        this.basis = basis;
    }

    /**
     * Returns the number of rows.
     *
     * @return n
     */
    public int rows() {
        return basis.size();
    }

    /**
     * Returns the feature names.
     *
     * @return an immutable list
     */
    public List<String> names() {
        return names;
    }

    /**
     * Returns one feature column.
     *
     * @param j the column index
     * @return a copy
     */
    public double[] column(int j) {
        return columns[j].clone();
    }

    /**
     * Returns the features of one row.
     *
     * @param t the row
     * @return a new array, one value per feature (NaN where undefined)
     */
    public double[] row(int t) {
        Args.check(t >= 0 && t < rows(), "t", t, "lie in [0, " + rows() + ")");
        double[] r = new double[columns.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = columns[j][t];
        }
        return r;
    }

    /**
     * Whether every feature is defined (finite) at a row.
     *
     * @param t the row
     * @return true if no feature is NaN or infinite there
     */
    public boolean isComplete(int t) {
        for (double[] c : columns) {
            if (!Double.isFinite(c[t])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The dataset of rows {@code [from, to)} whose features and target are all defined: the
     * response is the target at each row (which reads the basis h rows later, so rows within h of
     * {@code to} use basis values beyond {@code to - 1} when there are any; pass the training end
     * as {@code to - h} to keep the future out).
     *
     * @param target the target
     * @param from the first row
     * @param to one past the last row
     * @return the dataset, rows with their times
     * @throws IllegalArgumentException if the range is out of bounds or no row is complete
     */
    public Dataset dataset(Target target, int from, int to) {
        Args.notNull(target, "target");
        Args.check(from >= 0 && to <= rows() && from < to, "range", "[" + from + ", " + to + ")",
                "be a non-empty range within [0, " + rows() + ")");
        double[] y = target.compute(basis.valuesArray());
        List<Integer> keep = new ArrayList<>();
        for (int t = from; t < to; t++) {
            if (isComplete(t) && Double.isFinite(y[t])) {
                keep.add(t);
            }
        }
        Args.check(!keep.isEmpty(), "range", "[" + from + ", " + to + ")",
                "hold a row with every feature and the target defined (more history is needed)");
        double[][] c = new double[columns.length][keep.size()];
        double[] r = new double[keep.size()];
        List<Instant> times = new ArrayList<>(keep.size());
        for (int k = 0; k < keep.size(); k++) {
            int t = keep.get(k);
            for (int j = 0; j < c.length; j++) {
                c[j][k] = columns[j][t];
            }
            r[k] = y[t];
            times.add(basis.time(t));
        }
        return Dataset.ofColumns(names, c, r, times);
    }

    /**
     * The dataset of every row whose features and target are defined.
     *
     * @param target the target
     * @return the dataset
     * @throws IllegalArgumentException if no row is complete
     */
    public Dataset dataset(Target target) {
        return dataset(target, 0, rows());
    }

    @Override
    public String toString() {
        return "FeatureFrame[" + rows() + " rows x " + names + "]";
    }
}
