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
 * reads it back; {@code models.volatility} holds GARCH, GJR-GARCH and EGARCH with normal or
 * Student-t innovations, fitted as R's {@code fGarch::garchFit}; {@code models.multivariate} holds VAR and VECM (Johansen) with
 * forecasts, impulse responses and price-discovery shares; {@code models.regime} holds Markov-switching regression and
 * autoregression (Hamilton filter, Kim smoother, EM then maximum likelihood); {@code models.risk} holds the book of
 * positions, its exposures, VaR and expected shortfall, the VaR backtests and stress scenarios.
 *
 * <p>Commons Math and EJML ship without module descriptors, so they are automatic modules whose
 * names derive from their jar files; the lint warning for requiring such a module is suppressed
 * here, on the declaration, rather than for the whole build.
 */
// Commons Math 3 and EJML are automatic modules named from their jar files (commons.math3,
// ejml.core, ejml.ddense): neither jar declares a module or an Automatic-Module-Name, and no
// release does (commons-math3 3.6.1 is the last of its line; EJML 0.46.1 is the newest on Maven
// Central; Hipparchus 4.0.3, the maintained fork of Commons Math, has none either; all checked
// 2026-12-05). maven-compiler-plugin therefore prints "Required filename-based automodules
// detected ... Please don't publish this project". The ways around it each cost users more than
// the warning: leaving the requires out and compiling with --add-reads ...=ALL-UNNAMED makes every
// module-path user put the two libraries on the class path and pass the same flag, or fail with an
// IllegalAccessError at the first fit; dropping this descriptor for an Automatic-Module-Name
// exports the internal packages; shading the two into this jar under Basis's package names takes
// their updates out of users' hands and ships classes the tests did not run. When either project
// names its module, the name goes here.
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
    exports io.github.basisspread.models.volatility;
    exports io.github.basisspread.models.multivariate;
    exports io.github.basisspread.models.regime;
    exports io.github.basisspread.models.risk;
}
