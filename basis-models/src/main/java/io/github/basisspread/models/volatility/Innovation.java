package io.github.basisspread.models.volatility;

import org.apache.commons.math3.special.Gamma;

/**
 * The distribution of the standardised innovations {@code z_t = e_t / sqrt(h_t)}, each with mean
 * 0 and variance 1.
 */
public enum Innovation {

    /** The standard normal. */
    NORMAL("normal"),

    /**
     * Student's t with {@code shape} degrees of freedom ({@code shape > 2}), scaled to unit variance
     * (Bollerslev 1987, Rev. Econ. Stat. 69; fGarch's {@code std}): density
     * {@code Gamma((nu+1)/2) / (Gamma(nu/2) sqrt(pi (nu-2))) (1 + z^2/(nu-2))^(-(nu+1)/2)}.
     */
    STUDENT_T("t");

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final String label;

    Innovation(String label) {
        this.label = label;
    }

    /**
     * Returns the name used by the command line ({@code normal} or {@code t}).
     *
     * @return the name
     */
    public String label() {
        return label;
    }

    /**
     * Parses a name.
     *
     * @param name {@code normal} or {@code t} (case-insensitive; {@code std} and {@code student} are
     *     accepted for t, {@code norm} for normal)
     * @return the distribution
     * @throws IllegalArgumentException if the name is none of them
     */
    public static Innovation parse(String name) {
        if (name != null) {
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "normal", "norm" -> {
                    return NORMAL;
                }
                case "t", "std", "student" -> {
                    return STUDENT_T;
                }
                default -> {
                    // fall through to the refusal
                }
            }
        }
        throw new IllegalArgumentException("Argument 'dist' must be normal or t but has value '" + name + "'");
    }

    /** @return whether the distribution has the shape parameter */
    boolean hasShape() {
        return this == STUDENT_T;
    }

    /** The constant of the log density: {@code -log(2 pi)/2} or the t's normalising constant. */
    static double logConstant(Innovation d, double shape) {
        if (d == NORMAL) {
            return -0.5 * LOG_2PI;
        }
        return Gamma.logGamma((shape + 1) / 2) - Gamma.logGamma(shape / 2) - 0.5 * Math.log(Math.PI * (shape - 2));
    }

    /** {@code E|z|} of the unit-variance distribution (Nelson 1991; the t's from its density). */
    static double meanAbsolute(Innovation d, double shape) {
        if (d == NORMAL) {
            return Math.sqrt(2 / Math.PI);
        }
        return 2 * Math.sqrt(shape - 2) * Math.exp(Gamma.logGamma((shape + 1) / 2) - Gamma.logGamma(shape / 2))
                / (Math.sqrt(Math.PI) * (shape - 1));
    }
}
