package io.github.basisspread.models.arima;

/**
 * A complex root {@code z} of a lag polynomial such as {@code 1 - phi_1 z - ... - phi_p z^p}.
 * The AR part is stationary and the MA part invertible when every root lies outside the unit
 * circle ({@link #modulus()} above 1), that is every inverse root ({@code forecast}'s
 * {@code autoplot} convention) inside it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param real the real part
 * @param imaginary the imaginary part
 */
public record PolynomialRoot(double real, double imaginary) {

    /**
     * Validates.
     *
     * @param real the real part
     * @param imaginary the imaginary part
     * @throws IllegalArgumentException if a part is not finite
     */
    public PolynomialRoot {
        if (!Double.isFinite(real) || !Double.isFinite(imaginary)) {
            throw new IllegalArgumentException("Argument 'real' and 'imaginary' must be finite but are " + real + " and "
                    + imaginary);
        }
    }

    /** @return {@code |z|} */
    public double modulus() {
        return Math.hypot(real, imaginary);
    }

    /** @return {@code 1 / |z|}, the modulus of the inverse root */
    public double inverseModulus() {
        return 1 / modulus();
    }

    /** Roots from inverse roots {re, im}; a zero inverse root (a dropped degree) has no root and is skipped. */
    static java.util.List<PolynomialRoot> fromInverse(double[][] inverse) {
        java.util.List<PolynomialRoot> out = new java.util.ArrayList<>();
        for (double[] l : inverse) {
            double mod2 = l[0] * l[0] + l[1] * l[1];
            if (mod2 > 0) {
                out.add(new PolynomialRoot(l[0] / mod2, -l[1] / mod2));
            }
        }
        return java.util.List.copyOf(out);
    }
}
