package io.github.basisspread.models.multivariate;

/**
 * The deterministic terms of a VAR, statsmodels' {@code trend} codes. The trend of observation t
 * (1-based) is t, as in statsmodels (its JMulTi convention), so forecasts continue it.
 */
public enum VarTrend {
    /** No deterministic terms ({@code "n"}). */
    NONE("n", 0),
    /** A constant ({@code "c"}, statsmodels' default). */
    CONSTANT("c", 1),
    /** A constant and a linear trend ({@code "ct"}). */
    CONSTANT_TREND("ct", 2);

    private final String code;
    private final int terms;

    VarTrend(String code, int terms) {
        this.code = code;
        this.terms = terms;
    }

    /**
     * Returns statsmodels' code.
     *
     * @return {@code "n"}, {@code "c"} or {@code "ct"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the number of deterministic regressors.
     *
     * @return 0, 1 or 2
     */
    public int terms() {
        return terms;
    }

    /**
     * Parses statsmodels' code.
     *
     * @param code {@code "n"}, {@code "c"} or {@code "ct"}
     * @return the trend
     * @throws IllegalArgumentException if the code is none of these
     */
    public static VarTrend parse(String code) {
        for (VarTrend t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Argument 'trend' must be \"n\", \"c\" or \"ct\" but has value \"" + code
                + "\"");
    }
}
