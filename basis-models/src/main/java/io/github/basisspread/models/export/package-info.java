/**
 * Storing fitted models: {@link io.github.basisspread.models.export.FitRecord} is the stored form
 * of any {@link io.github.basisspread.models.api.FittedModel} (what was fitted, the named
 * estimates, standard errors and covariance where the model has them, the log-likelihood and its
 * counts, the convergence facts and a {@link io.github.basisspread.models.export.DataSummary} of
 * the data), and {@link io.github.basisspread.models.export.FitJson} writes it to versioned JSON
 * ({@code "schema": "io.github.basisspread.fit", "schemaVersion": 1}) and reads it back exactly.
 *
 * <p>The JSON is written and read by a small parser in this package, so the module needs no JSON
 * library. A record documents a fit; it does not forecast (restoring a live model of each family
 * from its record is future work). Every type is immutable or stateless, and thread-safe.
 */
package io.github.basisspread.models.export;
