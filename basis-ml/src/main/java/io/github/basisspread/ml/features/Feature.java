package io.github.basisspread.ml.features;

/**
 * One feature: a named column computed from the inputs, one value per row, where the value at
 * row t reads only rows 0..t of the inputs (no look-ahead). NaN where the history is too short or
 * a value read is missing.
 *
 * <p>The features of Basis come from {@link Features}; implementations are immutable and
 * thread-safe.
 */
public interface Feature {

    /**
     * Returns the feature's name, the column name in datasets.
     *
     * @return the name
     */
    String name();

    /**
     * Computes the column.
     *
     * @param inputs the inputs
     * @return a new array, one value per row of the inputs
     * @throws IllegalStateException if the inputs lack a series the feature reads
     */
    double[] compute(FeatureInputs inputs);

    /**
     * Returns how many rows before t the value at t reads: the value at t depends on rows
     * {@code t - lookback() .. t} only, so the last row can be computed from the last
     * {@code lookback() + 1} rows.
     *
     * @return the look-back, zero or more
     */
    int lookback();
}
