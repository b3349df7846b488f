/**
 * The numerical kernels the models share, each in one place, on plain {@code double[]} arrays:
 * the least-squares solver behind every regression of the module ({@code OlsSpec}, the auxiliary
 * regressions of the diagnostic tests, the ARIMA start values), built from a streaming
 * Householder QR of tall matrices, a rank-revealing QR with limited pivoting and triangular
 * solves; the Cholesky factorisations; and the constants and building blocks of the Kalman
 * filters (steady-state and diffuse tolerances, the covariance prediction).
 *
 * <p>Internal to the module: not exported, no compatibility promise.
 */
package io.github.basisspread.models.linalg;
