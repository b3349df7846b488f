package io.github.basisspread.models.risk;

/** How a {@link RiskEstimate} was computed; see {@link ValueAtRisk} for what each method assumes. */
public enum VarMethod {
    /** Historical simulation: the empirical distribution of the P&amp;L series or scenarios. */
    HISTORICAL("historical simulation"),
    /** Filtered historical simulation: standardized P&amp;L rescaled by the forecast volatility. */
    FILTERED_HISTORICAL("filtered historical simulation"),
    /** Parametric normal with the sample mean and standard deviation. */
    NORMAL("parametric normal"),
    /** Student-t scaled to the sample variance. */
    STUDENT_T("parametric Student-t"),
    /** Cornish-Fisher expansion of the normal quantile with sample skewness and kurtosis. */
    CORNISH_FISHER("Cornish-Fisher");

    private final String label;

    VarMethod(String label) {
        this.label = label;
    }

    /**
     * Returns the method's name in words.
     *
     * @return the label, e.g. {@code "historical simulation"}
     */
    public String label() {
        return label;
    }
}
