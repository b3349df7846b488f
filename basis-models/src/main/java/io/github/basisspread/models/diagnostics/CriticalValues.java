package io.github.basisspread.models.diagnostics;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Critical values of a test statistic, keyed by significance level (0.01 for 1%).
 *
 * <p>Immutable and thread-safe. The map may be empty when no published table covers the case
 * (Engle-Granger without deterministic terms and more than one regressor, as in statsmodels).
 *
 * @param values significance level to critical value, copied into an unmodifiable sorted map
 */
public record CriticalValues(NavigableMap<Double, Double> values) {

    /**
     * Validates and copies the map.
     *
     * @param values significance level to critical value
     * @throws IllegalArgumentException if the map is null, a level is outside (0, 1) or a value
     *     is not finite
     */
    public CriticalValues {
        Checks.notNull(values, "values");
        TreeMap<Double, Double> copy = new TreeMap<>();
        for (Map.Entry<Double, Double> e : values.entrySet()) {
            double level = Checks.notNull(e.getKey(), "level");
            double value = Checks.notNull(e.getValue(), "value");
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException(
                        "Argument 'level' must be strictly between 0 and 1 but has value " + level);
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(
                        "Argument 'value' must be finite but has value " + value + " at level " + level);
            }
            copy.put(level, value);
        }
        values = Collections.unmodifiableNavigableMap(copy);
    }

    /**
     * Creates critical values from parallel arrays.
     *
     * @param levels the significance levels, each in (0, 1)
     * @param criticalValues the critical value at each level
     * @return the critical values
     * @throws IllegalArgumentException if the arrays differ in length or hold invalid values
     */
    public static CriticalValues of(double[] levels, double[] criticalValues) {
        Checks.notNull(levels, "levels");
        Checks.notNull(criticalValues, "criticalValues");
        Checks.sameLength(criticalValues, "criticalValues", levels.length, "levels");
        TreeMap<Double, Double> map = new TreeMap<>();
        for (int i = 0; i < levels.length; i++) {
            map.put(levels[i], criticalValues[i]);
        }
        return new CriticalValues(map);
    }

    /**
     * Returns an empty set of critical values, for cases no table covers.
     *
     * @return the empty critical values
     */
    public static CriticalValues none() {
        return new CriticalValues(new TreeMap<>());
    }

    /**
     * Returns the critical value at a significance level.
     *
     * @param level the significance level, e.g. 0.05
     * @return the critical value
     * @throws IllegalArgumentException if the table has no value at this level
     */
    public double at(double level) {
        Double v = values.get(level);
        if (v == null) {
            throw new IllegalArgumentException("Argument 'level' must be one of " + values.keySet()
                    + " but has value " + level);
        }
        return v;
    }

    /**
     * Whether a critical value exists at the given significance level.
     *
     * @param level the significance level
     * @return true if {@link #at(double)} would succeed
     */
    public boolean contains(double level) {
        return values.containsKey(level);
    }

    /**
     * Whether no critical value is available.
     *
     * @return true if the table is empty
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
