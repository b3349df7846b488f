/**
 * Basis models: the estimators of the basis, the contracts they share, their diagnostics and
 * the mean-reversion model.
 *
 * <p>{@code models.api} holds the contracts every estimator follows (an immutable specification
 * whose {@code fit(data)} returns an immutable fitted model); {@code models.regression} holds
 * ordinary and weighted least squares with pluggable covariance estimators, rolling and recursive
 * least squares, and minimum-variance hedge ratios; {@code models.statespace} holds linear
 * Gaussian state-space models, the Kalman filter and smoother with exact diffuse initialisation,
 * a streaming filter and the canned structural models; {@code models.optim} the
 * maximum-likelihood machinery (parameter transforms, optimizers, numerical standard errors);
 * {@code models.diagnostics} holds the unit-root, stationarity, portmanteau, normality and
 * cointegration tests (ADF, KPSS, Ljung-Box, Box-Pierce, Jarque-Bera, Engle-Granger, Johansen);
 * {@code models.meanreversion} holds the Ornstein-Uhlenbeck process fitted by exact maximum
 * likelihood; {@code models.evaluation} holds model selection, walk-forward evaluation against
 * naive benchmarks and the Diebold-Mariano test; {@code models.backtest} the event-driven backtest
 * of basis trades;
 * {@code models.arima} holds ARIMA and SARIMAX (regression with ARIMA errors) by exact maximum
 * likelihood, CSS or CSS-ML, forecasting and the automatic order search; {@code models.simulation}
 * holds the seeded simulator of a whole crypto basis market (spot, quarterly futures, perpetual,
 * funding) used by the demo; {@code models.export} stores a fitted model as versioned JSON and
 * reads it back; {@code models.risk} holds the book of positions, its exposures, VaR and expected
 * shortfall, the VaR backtests and stress scenarios.
 *
 * <p>Commons Math and EJML ship without module descriptors, so they are automatic modules whose
 * names derive from their jar files; the lint warning for requiring such a module is suppressed
 * here, on the declaration, rather than for the whole build.
 */
@SuppressWarnings("requires-automatic")
module io.github.basisspread.models {
    requires transitive io.github.basisspread.core;
    requires commons.math3;
    requires ejml.core;
    requires ejml.ddense;

    exports io.github.basisspread.models.api;
    exports io.github.basisspread.models.regression;
    exports io.github.basisspread.models.diagnostics;
    exports io.github.basisspread.models.meanreversion;
    exports io.github.basisspread.models.optim;
    exports io.github.basisspread.models.statespace;
    exports io.github.basisspread.models.evaluation;
    exports io.github.basisspread.models.backtest;
    exports io.github.basisspread.models.arima;
    exports io.github.basisspread.models.simulation;
    exports io.github.basisspread.models.export;
    exports io.github.basisspread.models.risk;
}
