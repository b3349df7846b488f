package io.github.basisspread.models.api;

/**
 * An estimator: an immutable specification of a model that, given data, returns a fitted model.
 *
 * <p>The specification holds only choices made before seeing the data (the regressors, the
 * orders of an ARIMA model, the covariance estimator, tolerances); {@link #fit(Object)} leaves
 * nothing behind on it, so one specification can fit many data sets, from many threads at once.
 * For example {@code OlsSpec.of().fit(data)} returns an {@code OlsFit}, and an ARIMA
 * specification {@code ArimaSpec.of(2, 0, 1).fit(series)} or a state-space model follow the same
 * shape.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <D> the type of data the estimator fits
 * @param <M> the type of fitted model it returns
 */
@FunctionalInterface
public interface Estimator<D, M extends FittedModel> {

    /**
     * Fits the model to the data.
     *
     * @param data the data, not modified
     * @return the fitted model, immutable
     * @throws IllegalArgumentException if the data are malformed (mismatched lengths, too few
     *     observations, values the specification does not accept)
     * @throws EstimationException if the estimation cannot proceed on well-formed data (a
     *     singular design, no convergence when strictness was asked for)
     */
    M fit(D data);
}
