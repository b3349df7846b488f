/**
 * Linear regression for the basis: ordinary and weighted least squares by a rank-revealing QR,
 * pluggable covariance estimators (classical, HC0-HC3, Newey-West), prediction intervals,
 * rolling and recursive least squares, and minimum-variance hedge ratios.
 *
 * <p>Accuracy is graded on the NIST StRD linear regression datasets and numbers are tested
 * against statsmodels on the same data. Specifications and fits are immutable and thread-safe;
 * the streaming {@link io.github.basisspread.models.regression.RecursiveLeastSquares} is the one
 * mutable, allocation-free, not thread-safe form, for live use.
 */
package io.github.basisspread.models.regression;
