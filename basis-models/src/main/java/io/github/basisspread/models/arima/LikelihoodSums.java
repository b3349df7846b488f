package io.github.basisspread.models.arima;

/**
 * The sums one pass of an ARIMA Kalman filter accumulates over the observed values, in sigma2 = 1
 * units (Harvey 1989, sec. 3.4): {@code sum v_t^2 / F_t}, {@code sum log F_t} and their count,
 * from which sigma2 is concentrated out. Immutable.
 *
 * @param ssq the sum of squared standardised innovations, {@code sum v^2 / F}
 * @param sumLog the sum of the log innovation variances, {@code sum log F}
 * @param nu the number of innovations counted (observed values after the diffuse start)
 */
record LikelihoodSums(double ssq, double sumLog, int nu) {
}
