/**
 * Volatility models of returns: GARCH(p, q), GJR-GARCH and EGARCH, with normal or Student-t
 * innovations, on a zero, constant, AR(1) or ARMA(u, v) mean (estimated jointly with the
 * variance), by maximum likelihood as R's
 * {@code fGarch::garchFit} (the same start of the variance recursion, the same constraints, the
 * same log-likelihood), with standard errors from the observed information and robust
 * (Bollerslev-Wooldridge) ones, persistence, unconditional variance, the half-life of a volatility
 * shock, variance and mean forecasts, standardised residuals and seeded simulation.
 *
 * <p>{@link io.github.basisspread.models.volatility.GarchSpec} is the immutable specification,
 * {@code GarchSpec.of(1, 1).withInnovation(Innovation.STUDENT_T).fit(returns)} returns an
 * immutable {@link io.github.basisspread.models.volatility.GarchFit}. Stationarity
 * ({@code persistence < 1}) is reported, not imposed. A fit takes new returns without
 * re-estimating ({@code fit.append(r)}). An ARMA mean is estimated jointly with the variance
 * equation by {@code withArma(u, v)} (fGarch's {@code ~arma(u, v) + garch(p, q)}); a mean with
 * differencing or regressors is a two-step affair: the residuals of an ARIMA fit
 * ({@code ArimaFit.residuals()}) are the returns of a zero-mean GARCH ({@code withMean(MeanModel.ZERO)}).
 *
 * <p>{@code withRecursionStart(RecursionStart.TSERIES)} (on a zero mean) follows R's
 * {@code tseries::garch} instead: its first {@code max(p, q)} variances fixed at {@code mean(x^2)}
 * and its log-likelihood over the observations after them
 * ({@link io.github.basisspread.models.volatility.RecursionStart}).
 */
package io.github.basisspread.models.volatility;
