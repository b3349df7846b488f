package io.github.basisspread.models.diagnostics;

/**
 * A statistical hypothesis test: an immutable specification (its options set with {@code of} and
 * {@code with...} copies) that {@link #test(Object) tests} data and returns an immutable result.
 *
 * <p>The same shape as the module's estimators ({@code Estimator.fit(data)}): the specification
 * holds the options, the result holds everything computed, and nothing is left on the test.
 * Every test of this package implements it: the single-series tests through {@link SeriesTest},
 * the cointegration tests ({@link EngleGranger}, {@link Johansen}) on {@code double[][]} (one
 * array per series). Implementations are immutable and thread-safe.
 *
 * @param <D> the data the test takes
 * @param <R> the result it returns
 */
public interface HypothesisTest<D, R extends HypothesisTestResult> {

    /**
     * Runs the test.
     *
     * @param data the data (not modified)
     * @return the result
     * @throws IllegalArgumentException if the data are null, hold missing or infinite values, or
     *     do not suit the test (too short, constant, collinear); the message names the argument
     */
    R test(D data);
}
