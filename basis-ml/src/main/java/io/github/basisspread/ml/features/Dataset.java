package io.github.basisspread.ml.features;

import io.github.basisspread.ml.internal.Args;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A design matrix with its response: named feature columns, one response per row, and optionally
 * the time of each row. The data of the learners of {@code ml.learners}.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out. Every value is finite.
 */
public final class Dataset {

    private final List<String> names;
    private final double[][] columns;
    private final double[] response;
    private final List<Instant> times;

    private Dataset(List<String> names, double[][] columns, double[] response, List<Instant> times) {
        this.names = names;
        this.columns = columns;
        this.response = response;
        this.times = times;
    }

    /**
     * Creates a dataset from rows.
     *
     * @param names the feature names, distinct, not blank
     * @param rows the rows, each with one value per name, finite; not modified
     * @param response the response, one per row, finite; not modified
     * @return the dataset
     * @throws IllegalArgumentException if a name is blank or repeated, a row's length differs from
     *     the names', the response's length from the rows', or a value is not finite
     */
    public static Dataset ofRows(List<String> names, double[][] rows, double[] response) {
        Args.notNull(rows, "rows");
        Args.notNull(names, "names");
        double[][] columns = new double[names.size()][rows.length];
        for (int i = 0; i < rows.length; i++) {
            Args.check(rows[i] != null && rows[i].length == names.size(), "rows[" + i + "]",
                    rows[i] == null ? null : rows[i].length + " values", "hold " + names.size() + " values, one per name");
            for (int j = 0; j < names.size(); j++) {
                columns[j][i] = rows[i][j];
            }
        }
        return ofColumns(names, columns, response, List.of());
    }

    /**
     * Creates a dataset from columns.
     *
     * @param names the feature names, distinct, not blank
     * @param columns the columns, one per name, each as long as the response, finite; not modified
     * @param response the response, finite; not modified
     * @param times the time of each row, as many as the response values, or an empty list
     * @return the dataset
     * @throws IllegalArgumentException if a name is blank or repeated, a length differs, or a
     *     value is not finite
     */
    public static Dataset ofColumns(List<String> names, double[][] columns, double[] response, List<Instant> times) {
        Args.notNull(names, "names");
        Args.notNull(columns, "columns");
        Args.notNull(response, "response");
        Args.notNull(times, "times");
        Args.check(columns.length == names.size(), "columns", columns.length + " columns", "hold one column per name (" + names.size() + ")");
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            Args.check(name != null && !name.isBlank(), "names", names, "hold no blank name");
            Args.check(seen.add(name), "names", names, "hold distinct names, '" + name + "' repeats");
        }
        int n = response.length;
        Args.check(n >= 1, "response", "0 values", "hold at least one value");
        for (int i = 0; i < n; i++) {
            Args.check(Double.isFinite(response[i]), "response[" + i + "]", response[i], "be finite");
        }
        double[][] copy = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            Args.check(columns[j] != null && columns[j].length == n, "columns[" + j + "] (" + names.get(j) + ")",
                    columns[j] == null ? null : columns[j].length + " values", "hold " + n + " values, as many as the response");
            for (int i = 0; i < n; i++) {
                Args.check(Double.isFinite(columns[j][i]), names.get(j) + "[" + i + "]", columns[j][i], "be finite");
            }
            copy[j] = columns[j].clone();
        }
        Args.check(times.isEmpty() || times.size() == n, "times", times.size() + " times", "be empty or hold " + n + " times");
        return new Dataset(List.copyOf(names), copy, response.clone(), List.copyOf(new ArrayList<>(times)));
    }

    /**
     * Returns the number of rows.
     *
     * @return n
     */
    public int rows() {
        return response.length;
    }

    /**
     * Returns the number of feature columns.
     *
     * @return p
     */
    public int features() {
        return names.size();
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
     * @return a copy of the column
     */
    public double[] column(int j) {
        return columns[j].clone();
    }

    /**
     * Returns one row of features.
     *
     * @param i the row index
     * @return a new array, one value per feature
     */
    public double[] row(int i) {
        double[] r = new double[columns.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = columns[j][i];
        }
        return r;
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
     * Returns the time of each row, or an empty list when the rows have no times.
     *
     * @return an immutable list
     */
    public List<Instant> times() {
        return times;
    }

    /**
     * Returns the rows with the given indices, in that order.
     *
     * @param indices the row indices, each in {@code [0, rows())}
     * @return a new dataset
     * @throws IllegalArgumentException if an index is out of range or none is given
     */
    public Dataset select(int[] indices) {
        Args.notNull(indices, "indices");
        Args.check(indices.length >= 1, "indices", "0 indices", "select at least one row");
        double[][] c = new double[columns.length][indices.length];
        double[] y = new double[indices.length];
        List<Instant> t = new ArrayList<>();
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            Args.check(i >= 0 && i < rows(), "indices[" + k + "]", i, "lie in [0, " + rows() + ")");
            for (int j = 0; j < c.length; j++) {
                c[j][k] = columns[j][i];
            }
            y[k] = response[i];
            if (!times.isEmpty()) {
                t.add(times.get(i));
            }
        }
        return new Dataset(names, c, y, List.copyOf(t));
    }

    /**
     * Returns the rows {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param from the first row
     * @param to one past the last row
     * @return a new dataset
     * @throws IllegalArgumentException if the range is empty or out of bounds
     */
    public Dataset rows(int from, int to) {
        Args.check(from >= 0 && to <= rows() && from < to, "range", "[" + from + ", " + to + ")",
                "be a non-empty range within [0, " + rows() + ")");
        int[] idx = new int[to - from];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = from + k;
        }
        return select(idx);
    }

    @Override
    public String toString() {
        return "Dataset[" + rows() + " rows x " + features() + " features " + names + "]";
    }
}
