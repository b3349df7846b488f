package io.github.basisspread.ml.learners;

import io.github.basisspread.models.api.FittedModel;

/**
 * A fitted learner that predicts a response from one row of features.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface PredictiveFit extends FittedModel {

    /**
     * Predicts the response of one row.
     *
     * @param row one value per feature, in the order the learner was fitted with; not modified
     * @return the prediction
     * @throws IllegalArgumentException if the row's length differs from the number of features
     */
    double predict(double... row);
}
