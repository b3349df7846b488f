package io.github.basisspread.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The columns of a long-format DataFrame of many series: a key naming the series (instrument,
 * venue, or any column Spark can cast to a string), a timestamp, a value and optional
 * regressors. Immutable.
 *
 * @param key the key column
 * @param time the timestamp column (TimestampType, or anything Spark casts to a timestamp)
 * @param value the value column (numeric; null is a missing observation)
 * @param regressors the regressor columns, in the order the models use them; may be empty
 */
public record SeriesColumns(String key, String time, String value, List<String> regressors)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Validates the names and copies the regressor list.
     *
     * @param key the key column
     * @param time the timestamp column
     * @param value the value column
     * @param regressors the regressor columns
     * @throws IllegalArgumentException if a name is null or blank, or a column is named twice
     */
    public SeriesColumns {
        requireName(key, "key");
        requireName(time, "time");
        requireName(value, "value");
        if (regressors == null) {
            throw new IllegalArgumentException("Argument 'regressors' must not be null");
        }
        regressors = List.copyOf(regressors);
        for (String r : regressors) {
            requireName(r, "regressors");
        }
        int distinct = new java.util.HashSet<>(regressors).size();
        java.util.Set<String> all = new java.util.HashSet<>(regressors);
        all.add(key);
        all.add(time);
        all.add(value);
        if (distinct != regressors.size() || all.size() != regressors.size() + 3) {
            throw new IllegalArgumentException("Argument 'regressors' must name distinct columns other than key, time"
                    + " and value but is " + regressors + " (key '" + key + "', time '" + time + "', value '"
                    + value + "')");
        }
    }

    /**
     * Columns without regressors.
     *
     * @param key the key column
     * @param time the timestamp column
     * @param value the value column
     * @return the columns
     */
    public static SeriesColumns of(String key, String time, String value) {
        return new SeriesColumns(key, time, value, List.of());
    }

    /**
     * The same columns with regressors.
     *
     * @param names the regressor columns, in order
     * @return the columns
     */
    public SeriesColumns withRegressors(String... names) {
        return new SeriesColumns(key, time, value, List.of(names));
    }

    /** Throws IllegalArgumentException naming the first column the DataFrame lacks. */
    void requireIn(Dataset<Row> data, String argument) {
        if (data == null) {
            throw new IllegalArgumentException("Argument '" + argument + "' must not be null");
        }
        Set<String> present = Set.of(data.columns());
        List<String> wanted = new java.util.ArrayList<>(List.of(key, time, value));
        wanted.addAll(regressors);
        for (String c : wanted) {
            if (!present.contains(c)) {
                throw new IllegalArgumentException("Argument '" + argument + "' has no column '" + c + "'; its columns"
                        + " are " + List.of(data.columns()));
            }
        }
    }

    private static void requireName(String name, String argument) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Argument '" + argument + "' must name a column but is '" + name + "'");
        }
    }
}
