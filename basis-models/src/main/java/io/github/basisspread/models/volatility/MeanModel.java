package io.github.basisspread.models.volatility;

/**
 * The mean equation of a GARCH-family model, which gives the residuals {@code e_t} whose variance
 * the variance equation describes.
 */
public enum MeanModel {

    /** No mean: {@code e_t = x_t}. */
    ZERO("zero"),

    /** A constant mean: {@code e_t = x_t - mu}. */
    CONSTANT("constant"),

    /**
     * An AR(1) with intercept: {@code e_t = x_t - mu - ar1 x_{t-1}} for {@code t >= 2}. As in
     * fGarch, the first residual is set to its expectation 0 and still counted in the likelihood
     * (its term is the density of 0 under the first variance), so that log-likelihoods agree.
     */
    AR1("ar1"),

    /**
     * An ARMA(u, v) with intercept, {@code e_t = x_t - mu - sum ar_i x_{t-i} - sum ma_j e_{t-j}},
     * its orders given by {@link GarchSpec#withArma(int, int)} (fGarch's
     * {@code ~arma(u, v) + garch(p, q)}); as in fGarch the first {@code max(u, v, p, q)} residuals
     * are 0.
     */
    ARMA("arma");

    private final String label;

    MeanModel(String label) {
        this.label = label;
    }

    /**
     * Returns the lower-case name ({@code zero}, {@code constant}, {@code ar1}, {@code arma}).
     *
     * @return the name
     */
    public String label() {
        return label;
    }

    /**
     * Parses a lower-case name.
     *
     * @param name {@code zero}, {@code constant} or {@code ar1} (case-insensitive)
     * @return the mean model
     * @throws IllegalArgumentException if the name is none of them
     */
    public static MeanModel parse(String name) {
        for (MeanModel m : values()) {
            // an ARMA mean needs its orders: GarchSpec.withArma
            if (m != ARMA && m.label.equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Argument 'mean' must be zero, constant or ar1 but has value '" + name + "'");
    }

}
