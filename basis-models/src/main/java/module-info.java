/**
 * Basis models: the estimators that forecast the basis, and the machinery they stand on.
 *
 * <p>State-space models and the Kalman filter (exact diffuse likelihood, smoothing, forecasting,
 * simulation, a streaming filter), maximum-likelihood calibration.
 */
// commons-math3 and EJML ship no module descriptor: they are automatic modules.
@SuppressWarnings("requires-automatic")
module io.github.basisspread.models {
    requires io.github.basisspread.core;
    requires commons.math3;
    requires ejml.ddense;
    requires ejml.core;

    // exports io.github.basisspread.models.optim;  (added with its first type)
    exports io.github.basisspread.models.statespace;
}
