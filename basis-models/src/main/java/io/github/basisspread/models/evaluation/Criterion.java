package io.github.basisspread.models.evaluation;

import io.github.basisspread.models.api.InformationCriteria;

/** The information criterion a selection minimises (see {@link InformationCriteria}). */
public enum Criterion {
    /** Akaike's criterion. */
    AIC,
    /** The small-sample corrected AIC of Hurvich and Tsai. */
    AICC,
    /** Schwarz's Bayesian criterion. */
    BIC,
    /** The Hannan-Quinn criterion. */
    HQIC;

    /**
     * Reads this criterion from a model's criteria.
     *
     * @param criteria the criteria
     * @return the value of this criterion
     */
    public double of(InformationCriteria criteria) {
        return switch (this) {
            case AIC -> criteria.aic();
            case AICC -> criteria.aicc();
            case BIC -> criteria.bic();
            case HQIC -> criteria.hqic();
        };
    }
}
