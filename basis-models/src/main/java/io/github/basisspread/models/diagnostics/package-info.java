/**
 * Statistical tests for the series a basis model is built on: is the basis stationary, are the
 * futures cointegrated with spot, are the residuals white noise and normal.
 *
 * <ul>
 *   <li>{@link io.github.basisspread.models.diagnostics.AugmentedDickeyFuller}: unit root (null)
 *       against stationarity, with AIC, BIC, t-stat or fixed lags; MacKinnon (1994) p-values and
 *       MacKinnon (2010) critical values.</li>
 *   <li>{@link io.github.basisspread.models.diagnostics.Kpss}: level or trend stationarity (null)
 *       against a unit root; the complement of ADF (also the differencing test of automatic
 *       ARIMA).</li>
 *   <li>{@link io.github.basisspread.models.diagnostics.Portmanteau}: Ljung-Box and Box-Pierce
 *       tests of serial correlation, with model degrees of freedom; the module's only Ljung-Box
 *       ({@code ArimaFit.ljungBox} uses it, dropping the residuals' missing values).</li>
 *   <li>{@link io.github.basisspread.models.diagnostics.JarqueBera}: normality from skewness and
 *       kurtosis.</li>
 *   <li>{@link io.github.basisspread.models.diagnostics.EngleGranger}: two-step cointegration of
 *       a future with spot (and more series).</li>
 *   <li>{@link io.github.basisspread.models.diagnostics.Johansen}: the cointegration rank of spot
 *       and several futures at once, trace and maximum-eigenvalue statistics.</li>
 *   <li>{@link io.github.basisspread.models.diagnostics.Stl}: seasonal-trend decomposition by
 *       loess (as R's {@code stl}) and the strength of seasonality, e.g. of funding by hour of
 *       day; the seasonal test of automatic ARIMA.</li>
 * </ul>
 *
 * <p>Every test has one shape: an immutable specification implementing
 * {@link io.github.basisspread.models.diagnostics.HypothesisTest} (single series through
 * {@link io.github.basisspread.models.diagnostics.SeriesTest}), built with {@code of()}
 * or {@code of(...)} and {@code with...} copies, whose {@code test(data)} returns an immutable
 * {@link io.github.basisspread.models.diagnostics.HypothesisTestResult}: statistic, p-value (with
 * a {@link io.github.basisspread.models.diagnostics.PValueBound} where a table stops, as KPSS's
 * "&lt; 0.01"), critical values, lags, observations, the hypotheses in words,
 * {@code rejectsNull(alpha)}, a one-line {@code toString()} and a {@code summary()} table:
 * <pre>{@code
 * AdfResult adf = AugmentedDickeyFuller.of().withFixedLags(2).test(basis);
 * if (adf.rejectsNull(0.05)) { ... }
 * System.out.println(Johansen.of(Deterministic.CONSTANT, 1).test(spot, future1, future2).summary());
 * }</pre>
 * The Johansen result is its trace test of rank 0 (no cointegration) and holds one
 * {@link io.github.basisspread.models.diagnostics.JohansenRankTest} per rank and statistic.
 *
 * <p>The computations follow statsmodels step for step (including its lag-search conventions), and
 * the tests check them against statsmodels' output on frozen data sets. Missing values (NaN) are
 * refused, not skipped: a test on a series with gaps must be asked for explicitly, e.g. on
 * {@code TimeSeries.withoutMissing()}, or for the portmanteau tests with
 * {@link io.github.basisspread.models.diagnostics.Portmanteau.Missing#DROP}. The auxiliary
 * regressions use the module's one least-squares solver, the one behind {@code OlsSpec}.
 */
package io.github.basisspread.models.diagnostics;
