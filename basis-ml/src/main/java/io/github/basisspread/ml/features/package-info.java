/**
 * Features of the basis without look-ahead: a pipeline over aligned series (the basis, spot, the
 * funding rate, volume, open interest and dated futures for the term-structure slope) whose
 * every feature at time t uses only data at or before t, the targets
 * (the basis h steps ahead, its change or its sign), the datasets the learners fit, and the
 * standardisation fitted on a training window only.
 */
package io.github.basisspread.ml.features;
