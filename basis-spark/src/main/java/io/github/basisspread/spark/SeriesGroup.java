package io.github.basisspread.spark;

import io.github.basisspread.core.series.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * One group's rows gathered on an executor and sorted by time: the projection every per-group
 * operation starts from is (key string, time in epoch microseconds, value double, regressors
 * array of double or null).
 */
final class SeriesGroup {

    static final int KEY = 0;
    static final int TIME = 1;
    static final int VALUE = 2;
    static final int X = 3;

    final long[] epochNanos;
    final double[] values;
    final double[][] regressors;

    private SeriesGroup(long[] epochNanos, double[] values, double[][] regressors) {
        this.epochNanos = epochNanos;
        this.values = values;
        this.regressors = regressors;
    }

    /** The projection (key, t, v, x) of a DataFrame, columns already checked. */
    static Dataset<Row> project(Dataset<Row> data, SeriesColumns columns) {
        Column x = columns.regressors().isEmpty()
                ? functions.lit(null).cast("array<double>")
                : functions.array(columns.regressors().stream()
                        .map(c -> functions.col(c).cast("double")).toArray(Column[]::new));
        return data.select(
                functions.col(columns.key()).cast("string").as("key"),
                functions.unix_micros(functions.col(columns.time()).cast("timestamp")).as("t"),
                functions.col(columns.value()).cast("double").as("v"),
                x.as("x"));
    }

    /**
     * Gathers and sorts a group's rows (stable sort by time).
     *
     * @throws IllegalArgumentException if a timestamp or a regressor value is null
     */
    static SeriesGroup gather(Iterator<Row> rows, boolean hasRegressors) {
        return gather(rows, hasRegressors, false);
    }

    /** Gathers a group whose regressor nulls are missing values (NaN), as the backtest's funding. */
    static SeriesGroup gatherWithNulls(Iterator<Row> rows) {
        return gather(rows, true, true);
    }

    private static SeriesGroup gather(Iterator<Row> rows, boolean hasRegressors, boolean nullAsNaN) {
        List<Row> list = new ArrayList<>();
        rows.forEachRemaining(list::add);
        int n = list.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (list.get(i).isNullAt(TIME)) {
                throw new IllegalArgumentException("Argument 'time' must not be null but row " + i + " of the group has"
                        + " no timestamp");
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(list.get(a).getLong(TIME), list.get(b).getLong(TIME)));
        long[] t = new long[n];
        double[] v = new double[n];
        double[][] x = hasRegressors ? new double[n][] : null;
        for (int i = 0; i < n; i++) {
            Row r = list.get(order[i]);
            t[i] = Math.multiplyExact(r.getLong(TIME), 1000L);
            v[i] = r.isNullAt(VALUE) ? Double.NaN : r.getDouble(VALUE);
            if (hasRegressors) {
                List<Double> xs = r.getList(X);
                x[i] = new double[xs.size()];
                for (int j = 0; j < xs.size(); j++) {
                    Double xj = xs.get(j);
                    if (xj == null && nullAsNaN) {
                        x[i][j] = Double.NaN;
                        continue;
                    }
                    if (xj == null) {
                        throw new IllegalArgumentException("Argument 'regressors' must not hold null but regressor "
                                + (j + 1) + " is null at epoch microsecond " + r.getLong(TIME));
                    }
                    x[i][j] = xj;
                }
            }
        }
        return new SeriesGroup(t, v, x);
    }

    /** The series; throws IllegalArgumentException for repeated timestamps or infinite values. */
    TimeSeries series() {
        return TimeSeries.ofEpochNanos(epochNanos, values);
    }

    /** The error text of a failed group: the exception's class and message. */
    static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
