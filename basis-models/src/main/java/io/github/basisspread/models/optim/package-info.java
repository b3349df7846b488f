/**
 * Maximum-likelihood calibration.
 */
package io.github.basisspread.models.optim;
