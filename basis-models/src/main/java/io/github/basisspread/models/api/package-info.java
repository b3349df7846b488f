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
 * selection and walk-forward evaluation.
 *
 * <p>Names follow one pattern:
 * <ul>
 *   <li>a specification is created by a static {@code of(...)} that takes only the choices
 *       without a default ({@code ArimaSpec.of(p, d, q)}, {@code RollingOls.of(window)},
 *       {@code MinimumVarianceHedge.of(returns)}) or nothing ({@code OlsSpec.of()},
 *       {@code AutoArima.of()}, {@code OrnsteinUhlenbeckFitter.of()}, {@code LocalLevel.of()}); a
 *       variant that is another estimator has its own named factory
 *       ({@code RollingOls.expanding(minimumSize)}); there is no static {@code withX};
 *   <li>every option is an instance {@code withX(value)} returning a copy, booleans as
 *       {@code withX(boolean)}, and {@code withoutX()} switches off a default that R spells as a
 *       flag ({@code withoutConstant()}, {@code withoutIntercept()});
 *   <li>strictness (throw an {@link io.github.basisspread.models.api.EstimationException} when the
 *       optimiser does not converge, instead of reporting {@code converged = false} and logging a
 *       warning) is {@code withStrict(boolean)} on every iterative specification; where the
 *       optimiser is pluggable it is {@code withOptimizer(Optimizer)} (the state-space models),
 *       and where it is fixed to follow a reference implementation only its iteration limit is an
 *       option, {@code withMaxIterations(int)} (ARIMA, R's {@code optim} BFGS).
 * </ul>
 *
 * <p>Failures: bad arguments raise {@link java.lang.IllegalArgumentException} naming the argument
 * and its value; an estimation that cannot proceed raises the one unchecked
 * {@link io.github.basisspread.models.api.EstimationException}, which carries its diagnostics.
 *
 * <p>Every type here is immutable and thread-safe.
 */
package io.github.basisspread.models.api;
