/**
 * Mean reversion of the basis: the Ornstein-Uhlenbeck process
 * {@code dX = theta (mu - X) dt + sigma dW}.
 *
 * <p>{@link io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter} fits it by exact
 * maximum likelihood on regular or irregular time steps (the exact Gaussian transition density,
 * not an Euler approximation), with standard errors from the observed information.
 * {@link io.github.basisspread.models.meanreversion.OrnsteinUhlenbeck} then gives the half-life,
 * the stationary distribution, entry and exit bands and the time to revert to a band. Every fit
 * carries an augmented Dickey-Fuller test of a unit root on the same data and says plainly when
 * mean reversion is not shown: a random walk has a finite fitted half-life on most samples.
 */
package io.github.basisspread.models.meanreversion;
