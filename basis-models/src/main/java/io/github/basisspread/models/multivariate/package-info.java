/**
 * Multivariate time-series models of the basis: spot and futures move together, and the basis
 * pulls them back.
 *
 * <p>{@link io.github.basisspread.models.multivariate.VarSpec} fits a vector autoregression by
 * least squares, its order given or selected by AIC, BIC, HQ or FPE;
 * {@link io.github.basisspread.models.multivariate.VecmSpec} fits the vector error correction
 * model of cointegrating rank r by Johansen's maximum likelihood, with the five deterministic
 * cases named as statsmodels names them ({@code n}, {@code co}, {@code ci}, {@code lo},
 * {@code li} and their combinations). Their fits give the estimates with standard errors, the
 * log-likelihood, joint forecasts of the levels with intervals
 * ({@link io.github.basisspread.models.multivariate.MultivariateForecast}), seeded simulated
 * paths, orthogonalised impulse responses, and for the VECM the cointegrating vector of log future and log spot, the
 * long-run mean of the basis, the half-life of a deviation, and which market leads the price
 * discovery ({@link io.github.basisspread.models.multivariate.PriceDiscovery}: Gonzalo-Granger
 * component shares and Hasbrouck information-share bounds).
 * Both fits take new observations without re-estimating ({@code append}) and forecast from
 * another history with their parameters ({@code forecastFrom}).
 * {@link io.github.basisspread.models.multivariate.VarForecaster} and
 * {@link io.github.basisspread.models.multivariate.VecmForecaster} put the VAR and the VECM into
 * the walk-forward evaluation and out-of-sample model selection of {@code models.evaluation},
 * beside ARIMA and the naive benchmarks: they forecast one series of the system with its
 * companions, appending the newer observations between refits.
 *
 * <p>Every number is matched to statsmodels 0.13 ({@code VAR}, {@code VECM}) and R's
 * {@code urca::ca.jo}/{@code cajorls} within 1e-6 relative, on urca's Danish data and on hourly
 * BTCUSDT perpetual and spot.
 */
package io.github.basisspread.models.multivariate;
