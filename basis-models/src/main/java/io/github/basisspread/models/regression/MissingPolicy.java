package io.github.basisspread.models.regression;

/**
 * What a fit does with an observation whose response, a regressor or a weight is NaN or
 * infinite.
 */
public enum MissingPolicy {
    /** Reject the data with an {@link IllegalArgumentException} naming the variable and row. */
    REJECT,
    /** Drop every such observation (listwise deletion); the fit reports how many it dropped. */
    DROP
}
