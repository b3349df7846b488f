/**
 * Maximum-likelihood calibration: parameter transforms that keep variances positive,
 * correlations in (-1, 1) and AR blocks stationary (Jones 1980; Monahan 1984), a choice of
 * optimizer (a BFGS with line search written here, Commons Math's Nelder-Mead and BOBYQA),
 * fixed parameters, and standard errors from the numerical Hessian (checked against half its
 * step and extrapolated to step zero where the step matters, as near an invertibility limit) and
 * the outer product of gradients.
 *
 * <p>Everything here is immutable or stateless and thread-safe; optimizers are passed in
 * explicitly.
 */
package io.github.basisspread.models.optim;
