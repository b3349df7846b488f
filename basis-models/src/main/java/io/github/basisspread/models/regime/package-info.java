/**
 * Regime switching: Markov-switching regression and autoregression with k regimes (Hamilton
 * 1989), for a basis that alternates between calm and stressed, or contango and backwardation.
 *
 * <p>{@link io.github.basisspread.models.regime.MarkovSwitchingSpec} specifies the model (which of
 * the mean, the regressor coefficients, the AR coefficients and the variance switch) and fits it
 * by exact maximum likelihood: the Hamilton filter over the joint state of the current and last p
 * regimes, EM iterations (Hamilton 1990) from several seeded starts, then BFGS, with the regimes
 * started from the ergodic distribution and the first p observations conditioned on, as
 * statsmodels' {@code MarkovRegression} and {@code MarkovAutoregression} do; their estimates and
 * log-likelihoods are the reference of the tests.
 * {@link io.github.basisspread.models.regime.MarkovSwitchingFit} holds the estimates with
 * standard errors from the numerical Hessian, the transition matrix, expected durations, the
 * filtered and the Kim (1994) smoothed regime probabilities, exact mixture forecasts of the mean
 * and variance h steps ahead, new observations without re-estimating ({@code append}: the filter
 * and smoother over the longer sample with the estimated parameters) and seeded simulation.
 */
package io.github.basisspread.models.regime;
