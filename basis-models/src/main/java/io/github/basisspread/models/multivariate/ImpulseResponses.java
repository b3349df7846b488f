package io.github.basisspread.models.multivariate;

import java.util.List;

/**
 * Orthogonalised impulse responses {@code Theta_i = Phi_i P}, {@code P P' = Sigma_u} lower
 * triangular (Cholesky, in the order of the series), for periods {@code 0..n}: element
 * {@code (i, j)} of {@code Theta_h} is the response of series i, h periods on, to a one
 * standard deviation orthogonal shock in series j (Luetkepohl 2005, sec. 2.3.2). For a VECM the
 * responses are those of its VAR representation in levels, so they need not die out.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImpulseResponses {

    private final double[][][] theta;
    private final List<String> names;

    ImpulseResponses(double[][][] theta, List<String> names) {
        this.theta = theta;
        this.names = names;
    }

    /**
     * Returns the last period.
     *
     * @return n, the responses cover periods 0..n
     */
    public int periods() {
        return theta.length - 1;
    }

    /**
     * Returns the series' names, in the order of the Cholesky factor.
     *
     * @return the names, an immutable list
     */
    public List<String> names() {
        return names;
    }

    /**
     * Returns one response.
     *
     * @param period the period, 0..n
     * @param response the responding series, 0..K-1
     * @param shock the shocked series, 0..K-1
     * @return the response
     * @throws IllegalArgumentException if an index is out of range
     */
    public double response(int period, int response, int shock) {
        return matrix(period)[checkIndex(response, "response")][checkIndex(shock, "shock")];
    }

    /**
     * Returns the response matrix of one period.
     *
     * @param period the period, 0..n
     * @return {@code Theta_period}, K x K (a copy)
     * @throws IllegalArgumentException if the period is outside 0..n
     */
    public double[][] matrix(int period) {
        if (period < 0 || period >= theta.length) {
            throw new IllegalArgumentException("Argument 'period' must be in 0.." + (theta.length - 1)
                    + " but has value " + period);
        }
        return Dense.copy(theta[period]);
    }

    private int checkIndex(int i, String name) {
        if (i < 0 || i >= names.size()) {
            throw new IllegalArgumentException("Argument '" + name + "' must be in 0.." + (names.size() - 1)
                    + " but has value " + i);
        }
        return i;
    }

    /**
     * Returns a table of the responses, one row per period and one column per (response, shock) pair.
     *
     * @return the responses as text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Orthogonalised impulse responses (Cholesky order ").append(names)
                .append(")\n");
        sb.append(String.format("%6s", "period"));
        for (String r : names) {
            for (String s : names) {
                sb.append(String.format(" %14s", r + "<-" + s));
            }
        }
        sb.append('\n');
        for (int h = 0; h < theta.length; h++) {
            sb.append(String.format("%6d", h));
            for (double[] row : theta[h]) {
                for (double v : row) {
                    sb.append(String.format(" %14.6g", v));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
