package io.github.basisspread.data.csv;

import io.github.basisspread.core.series.TimeSeries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named numeric columns aligned on one strictly increasing time axis: what a CSV file of a
 * timestamp column and numeric columns holds.
 *
 * <p>Values are finite or NaN for missing, as in {@link TimeSeries}; each column is available as
 * a {@link TimeSeries} on the common time axis. Column order is the order given (the file's).
 * Immutable and thread-safe: arrays are copied in and out.
 */
public final class SeriesFrame {

    private final long[] epochNanos;
    private final List<String> names;
    private final double[][] columns;

    private SeriesFrame(long[] epochNanos, List<String> names, double[][] columns) {
        this.epochNanos = epochNanos;
        this.names = names;
        this.columns = columns;
    }

    /**
     * Creates a frame from epoch-nanosecond timestamps and named columns (all copied).
     *
     * @param epochNanos the timestamps, strictly increasing
     * @param columns the columns by name, in order; each as long as the timestamps, values
     *     finite or NaN
     * @return the frame
     * @throws IllegalArgumentException if an argument is null, a name blank, a length differs,
     *     the timestamps are not strictly increasing or a value is infinite
     */
    public static SeriesFrame of(long[] epochNanos, Map<String, double[]> columns) {
        if (epochNanos == null) {
            throw new IllegalArgumentException("Argument 'epochNanos' must not be null");
        }
        if (columns == null) {
            throw new IllegalArgumentException("Argument 'columns' must not be null");
        }
        List<String> names = new ArrayList<>(columns.size());
        double[][] cols = new double[columns.size()][];
        int c = 0;
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            String name = e.getKey();
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Argument 'columns' must have non-blank names but has "
                        + (name == null ? "null" : "'" + name + "'"));
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("Argument 'columns' must not hold a null array but has one for '" + name + "'");
            }
            names.add(name);
            cols[c++] = e.getValue().clone();
        }
        long[] t = epochNanos.clone();
        // TimeSeries checks order, lengths and finiteness with messages naming the index.
        for (int i = 0; i < cols.length; i++) {
            try {
                TimeSeries.ofEpochNanos(t, cols[i]);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("Column '" + names.get(i) + "': " + ex.getMessage(), ex);
            }
        }
        if (cols.length == 0) {
            TimeSeries.ofEpochNanos(t, new double[t.length]);
        }
        return new SeriesFrame(t, Collections.unmodifiableList(names), cols);
    }

    /**
     * Wraps arrays already validated by a reader, without copying. The caller gives up the arrays.
     */
    static SeriesFrame wrap(long[] epochNanos, List<String> names, double[][] columns) {
        return new SeriesFrame(epochNanos, List.copyOf(names), columns);
    }

    /**
     * Creates a one-column frame from a series.
     *
     * @param name the column name, not blank
     * @param series the series
     * @return the frame
     * @throws IllegalArgumentException if the name is blank or the series null
     */
    public static SeriesFrame of(String name, TimeSeries series) {
        if (series == null) {
            throw new IllegalArgumentException("Argument 'series' must not be null");
        }
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put(name, series.valuesArray());
        return of(series.epochNanosArray(), m);
    }

    /**
     * Creates a frame from series that share exactly the same timestamps.
     *
     * @param series the series by name, in order; at least one
     * @return the frame
     * @throws IllegalArgumentException if the map is empty, a name is blank, or a series has
     *     timestamps different from the first one's (the message names the column and index)
     */
    public static SeriesFrame ofAligned(Map<String, TimeSeries> series) {
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("Argument 'series' must hold at least one series but has value " + series);
        }
        long[] t = null;
        String first = null;
        Map<String, double[]> m = new LinkedHashMap<>();
        for (Map.Entry<String, TimeSeries> e : series.entrySet()) {
            TimeSeries s = e.getValue();
            if (s == null) {
                throw new IllegalArgumentException("Argument 'series' must not hold null but has null for '" + e.getKey() + "'");
            }
            long[] ts = s.epochNanosArray();
            if (t == null) {
                t = ts;
                first = e.getKey();
            } else if (!Arrays.equals(t, ts)) {
                int i = Arrays.mismatch(t, ts);
                throw new IllegalArgumentException("Argument 'series' must share timestamps but '" + e.getKey()
                        + "' differs from '" + first + "' at index " + i + ": "
                        + (i < ts.length ? Instant.ofEpochSecond(0, ts[i]) : "(end)") + " versus "
                        + (i < t.length ? Instant.ofEpochSecond(0, t[i]) : "(end)"));
            }
            m.put(e.getKey(), s.valuesArray());
        }
        return of(t, m);
    }

    /**
     * Returns the number of rows.
     *
     * @return the size
     */
    public int size() {
        return epochNanos.length;
    }

    /**
     * Returns whether the frame has no rows.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return epochNanos.length == 0;
    }

    /**
     * Returns the column names in order.
     *
     * @return an unmodifiable list
     */
    public List<String> columnNames() {
        return names;
    }

    /**
     * Returns whether a column exists.
     *
     * @param name the column name
     * @return true if present
     */
    public boolean hasColumn(String name) {
        return names.contains(name);
    }

    /**
     * Returns the instant of row {@code i}.
     *
     * @param i the row index
     * @return the instant
     * @throws IndexOutOfBoundsException if out of range
     */
    public Instant time(int i) {
        return Instant.ofEpochSecond(0, epochNanos[i]);
    }

    /**
     * Returns the timestamp of row {@code i} in nanoseconds since the epoch.
     *
     * @param i the row index
     * @return the epoch nanoseconds
     * @throws IndexOutOfBoundsException if out of range
     */
    public long epochNanos(int i) {
        return epochNanos[i];
    }

    /**
     * Returns a copy of the timestamps in nanoseconds since the epoch.
     *
     * @return a new array
     */
    public long[] epochNanosArray() {
        return epochNanos.clone();
    }

    /**
     * Returns one value.
     *
     * @param column the column name
     * @param i the row index
     * @return the value, NaN when missing
     * @throws IllegalArgumentException if the column does not exist
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double value(String column, int i) {
        return columns[indexOf(column)][i];
    }

    /**
     * Returns a copy of one column's values.
     *
     * @param column the column name
     * @return a new array, NaN where missing
     * @throws IllegalArgumentException if the column does not exist
     */
    public double[] valuesArray(String column) {
        return columns[indexOf(column)].clone();
    }

    /**
     * Returns one column as a series on the frame's time axis, missing values included.
     *
     * @param column the column name
     * @return the series
     * @throws IllegalArgumentException if the column does not exist
     */
    public TimeSeries column(String column) {
        return TimeSeries.ofEpochNanos(epochNanos, columns[indexOf(column)]);
    }

    /**
     * Returns every column as a series, in column order.
     *
     * @return an unmodifiable map from name to series
     */
    public Map<String, TimeSeries> columns() {
        Map<String, TimeSeries> m = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            m.put(names.get(c), TimeSeries.ofEpochNanos(epochNanos, columns[c]));
        }
        return Collections.unmodifiableMap(m);
    }

    private int indexOf(String column) {
        int c = names.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("Argument 'column' must be one of " + names + " but has value "
                    + (column == null ? "null" : "'" + column + "'"));
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SeriesFrame)) {
            return false;
        }
        SeriesFrame other = (SeriesFrame) o;
        return Arrays.equals(epochNanos, other.epochNanos) && names.equals(other.names)
                && Arrays.deepEquals(columns, other.columns);
    }

    @Override
    public int hashCode() {
        return (31 * Arrays.hashCode(epochNanos) + names.hashCode()) * 31 + Arrays.deepHashCode(columns);
    }

    @Override
    public String toString() {
        return "SeriesFrame[size=" + epochNanos.length + ", columns=" + names
                + (epochNanos.length == 0 ? "" : ", from=" + time(0) + ", to=" + time(epochNanos.length - 1)) + "]";
    }
}
