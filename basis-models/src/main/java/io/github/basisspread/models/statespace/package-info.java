/**
 * Linear Gaussian state-space models and the Kalman filter.
 */
package io.github.basisspread.models.statespace;
