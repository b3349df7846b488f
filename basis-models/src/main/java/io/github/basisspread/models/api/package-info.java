/**
 * The contracts every estimator of Basis follows: an immutable specification apart from an
 * immutable result.
 *
 * <p>An {@link io.github.basisspread.models.api.Estimator} is a specification; its
 * {@code fit(data)} returns a {@link io.github.basisspread.models.api.FittedModel} holding the
 * estimates, standard errors, log-likelihood, {@link io.github.basisspread.models.api.InformationCriteria}
 * and {@link io.github.basisspread.models.api.ConvergenceInfo}, and prints its
 * {@link io.github.basisspread.models.api.FittedModel#summary()} (a
 * {@link io.github.basisspread.models.api.ModelSummary}). A fit that forecasts is a
 * {@link io.github.basisspread.models.api.ForecastingFit} returning the one
 * {@link io.github.basisspread.models.api.Forecast} shape. Every estimator of the module
 * implements it: least squares (static, rolling, the minimum-variance hedge), ARIMA and automatic
 * ARIMA, the state-space models and the Ornstein-Uhlenbeck fitter; so every model plugs into model
 * selection and walk-forward evaluation. Options are named {@code withX}, and strictness (throw
 * when the optimiser does not converge) is {@code withStrict(boolean)} on every specification.
 *
 * <p>Failures: bad arguments raise {@link java.lang.IllegalArgumentException} naming the argument
 * and its value; an estimation that cannot proceed raises the one unchecked
 * {@link io.github.basisspread.models.api.EstimationException}, which carries its diagnostics.
 *
 * <p>Every type here is immutable and thread-safe.
 */
package io.github.basisspread.models.api;
