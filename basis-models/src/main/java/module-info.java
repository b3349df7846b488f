/**
 * Basis models: the estimators of the basis and the contracts they share.
 *
 * <p>{@code models.api} holds the contracts every estimator follows (an immutable specification
 * whose {@code fit(data)} returns an immutable fitted model); {@code models.regression} holds
 * ordinary and weighted least squares with pluggable covariance estimators, rolling and recursive
 * least squares, and minimum-variance hedge ratios; {@code models.statespace} holds linear
 * Gaussian state-space models, the Kalman filter and smoother with exact diffuse initialisation,
 * a streaming filter and the canned structural models; {@code models.optim} the
 * maximum-likelihood machinery (parameter transforms, optimizers, numerical standard errors).
 *
 * <p>Commons Math and EJML ship without module descriptors, so they are automatic modules whose
 * names derive from their jar files; the lint warning for requiring such a module is suppressed
 * here, on the declaration, rather than for the whole build.
 */
@SuppressWarnings("requires-automatic")
module io.github.basisspread.models {
    requires io.github.basisspread.core;
    requires commons.math3;
    requires ejml.core;
    requires ejml.ddense;

    exports io.github.basisspread.models.api;
    exports io.github.basisspread.models.regression;
    exports io.github.basisspread.models.optim;
    exports io.github.basisspread.models.statespace;
    exports io.github.basisspread.models.arima;
}
