/**
 * The numerical kernels the models share, each in one place, on plain {@code double[]} arrays:
 * the least-squares solver behind every regression of the module ({@code OlsSpec}, the auxiliary
 * regressions of the diagnostic tests, the ARIMA start values), built from a streaming
 * Householder QR of tall matrices, a rank-revealing QR with limited pivoting and triangular
 * solves; the Cholesky factorisations; LU solves and inverses ({@code LinearSystems}); eigenvalues
 * ({@code Eigenvalues}: companion-matrix roots, spectral radii, ranks); the canonical-correlation
 * eigenproblem of reduced-rank regression ({@code CanonicalCorrelations}, Johansen); and the
 * constants and building blocks of the Kalman filters (steady-state and diffuse tolerances, the
 * covariance prediction).
 *
 * <p>This is the module's one home of dense linear algebra: no other package imports Commons
 * Math's {@code linear} package or EJML (Commons Math's distributions, special functions and
 * optimizers are used where they are needed).
 *
 * <p>Internal to the module: not exported, no compatibility promise.
 */
package io.github.basisspread.models.linalg;
