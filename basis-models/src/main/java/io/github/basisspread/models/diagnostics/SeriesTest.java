package io.github.basisspread.models.diagnostics;

import io.github.basisspread.core.series.TimeSeries;

/**
 * A hypothesis test of one series ({@link AugmentedDickeyFuller}, {@link Kpss},
 * {@link Portmanteau}, {@link JarqueBera}), on its values in time order.
 *
 * @param <R> the result it returns
 */
public interface SeriesTest<R extends HypothesisTestResult> extends HypothesisTest<double[], R> {

    /**
     * Runs the test on the values of a time series.
     *
     * @param series the series; missing values are handled as {@link #test(Object)} handles NaN
     *     (refused, unless the test offers to drop them)
     * @return the result
     * @throws IllegalArgumentException if the series is null, or as {@link #test(Object)}
     */
    default R test(TimeSeries series) {
        return test(Checks.notNull(series, "series").valuesArray());
    }
}
