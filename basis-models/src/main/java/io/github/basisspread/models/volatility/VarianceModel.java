package io.github.basisspread.models.volatility;

/**
 * The equation of the conditional variance {@code h_t} of a GARCH-family model, with {@code e_t}
 * the residual of the mean equation and {@code z_t = e_t / sqrt(h_t)} the standardised residual.
 */
public enum VarianceModel {

    /**
     * GARCH(p, q) (Bollerslev 1986, J. Econometrics 31, eq. 4):
     * {@code h_t = omega + sum_i alpha_i e_{t-i}^2 + sum_j beta_j h_{t-j}}.
     */
    GARCH("garch"),

    /**
     * GJR-GARCH(p, q) (Glosten, Jagannathan and Runkle 1993, J. Finance 48, eq. 5):
     * {@code h_t = omega + sum_i (alpha_i + gamma_i I(e_{t-i} < 0)) e_{t-i}^2 + sum_j beta_j h_{t-j}};
     * a negative shock adds {@code gamma_i} to its ARCH weight. fGarch fits the same model as an
     * APARCH with power 2, {@code a (|e| - g e)^2}, whose parameters map to these by
     * {@code alpha = a (1 - g)^2}, {@code gamma = 4 a g}.
     */
    GJR("gjr"),

    /**
     * EGARCH(p, q) (Nelson 1991, Econometrica 59, eq. 2.1), on the log variance:
     * {@code log h_t = omega + sum_i (alpha_i (|z_{t-i}| - E|z|) + gamma_i z_{t-i}) + sum_j beta_j log h_{t-j}};
     * no sign constraint is needed, and {@code gamma_i < 0} makes bad news raise the variance more.
     */
    EGARCH("egarch");

    private final String label;

    VarianceModel(String label) {
        this.label = label;
    }

    /**
     * Returns the lower-case name used by the command line ({@code garch}, {@code gjr}, {@code egarch}).
     *
     * @return the name
     */
    public String label() {
        return label;
    }

    /**
     * Parses a lower-case name.
     *
     * @param name {@code garch}, {@code gjr} or {@code egarch} (case-insensitive)
     * @return the model
     * @throws IllegalArgumentException if the name is none of them
     */
    public static VarianceModel parse(String name) {
        for (VarianceModel m : values()) {
            if (m.label.equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Argument 'model' must be garch, gjr or egarch but has value '" + name + "'");
    }

    /** @return whether the model has the asymmetry terms gamma */
    boolean hasGamma() {
        return this != GARCH;
    }
}
