package io.github.basisspread.models.multivariate;

import io.github.basisspread.models.api.Forecast;
import java.util.List;

/**
 * The joint forecast of K series, steps {@code 1..h} after the end of the data: each series as
 * one {@link Forecast} (means, standard errors, Gaussian intervals at any level) and the joint
 * forecast-error covariance of each step, {@code Sigma(h) = sum_{i<h} Phi_i Sigma_u Phi_i'}
 * (Luetkepohl 2005, eq. 2.2.11), whose diagonal gives the standard errors. As in statsmodels,
 * the covariances are those of the model at its estimates (parameter uncertainty not included).
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class MultivariateForecast {

    private final List<String> names;
    private final double[][] means;
    private final double[][][] covariances;

    /**
     * Creates a forecast.
     *
     * @param names the series' names, K of them
     * @param means the means, h rows of K (copied)
     * @param covariances the forecast-error covariances, h matrices of K x K (copied)
     * @throws IllegalArgumentException if the shapes disagree or a value is not finite
     */
    public MultivariateForecast(List<String> names, double[][] means, double[][][] covariances) {
        this.names = Dense.checkNames(names);
        int k = this.names.size();
        if (means == null || means.length == 0) {
            throw new IllegalArgumentException("Argument 'means' must hold at least one step but has "
                    + (means == null ? "null" : "none"));
        }
        if (covariances == null || covariances.length != means.length) {
            throw new IllegalArgumentException("Argument 'covariances' must hold one matrix per step (" + means.length
                    + ") but has " + (covariances == null ? "null" : covariances.length));
        }
        this.means = new double[means.length][];
        this.covariances = new double[means.length][][];
        for (int h = 0; h < means.length; h++) {
            if (means[h] == null || means[h].length != k) {
                throw new IllegalArgumentException("Argument 'means' must hold " + k + " values per step but step "
                        + (h + 1) + " has " + (means[h] == null ? "null" : means[h].length));
            }
            for (double v : means[h]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Argument 'means' must be finite but has value " + v
                            + " at step " + (h + 1));
                }
            }
            this.means[h] = means[h].clone();
            double[][] c = covariances[h];
            if (c == null || c.length != k) {
                throw new IllegalArgumentException("Argument 'covariances' must be " + k + " x " + k + " at step "
                        + (h + 1));
            }
            this.covariances[h] = new double[k][];
            for (int i = 0; i < k; i++) {
                if (c[i] == null || c[i].length != k) {
                    throw new IllegalArgumentException("Argument 'covariances' must be " + k + " x " + k
                            + " at step " + (h + 1));
                }
                for (double v : c[i]) {
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("Argument 'covariances' must be finite but has value "
                                + v + " at step " + (h + 1));
                    }
                }
                this.covariances[h][i] = c[i].clone();
            }
        }
    }

    /**
     * Returns the number of steps.
     *
     * @return the horizon h
     */
    public int horizon() {
        return means.length;
    }

    /**
     * Returns the number of series.
     *
     * @return K
     */
    public int dimension() {
        return names.size();
    }

    /**
     * Returns the series' names.
     *
     * @return the names, an immutable list
     */
    public List<String> names() {
        return names;
    }

    /**
     * Returns the forecast of one series.
     *
     * @param index the series, 0 to K - 1
     * @return its means and standard errors (the square roots of the covariances' diagonal)
     * @throws IllegalArgumentException if the index is outside 0..K-1
     */
    public Forecast variable(int index) {
        if (index < 0 || index >= names.size()) {
            throw new IllegalArgumentException("Argument 'index' must be in 0.." + (names.size() - 1)
                    + " but has value " + index);
        }
        double[] m = new double[means.length];
        double[] se = new double[means.length];
        for (int h = 0; h < means.length; h++) {
            m[h] = means[h][index];
            se[h] = Math.sqrt(Math.max(0, covariances[h][index][index]));
        }
        return Forecast.of(m, se);
    }

    /**
     * Returns the forecast of one series by name.
     *
     * @param name the series' name
     * @return its forecast
     * @throws IllegalArgumentException if no series has that name
     */
    public Forecast variable(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("Argument 'name' must be one of " + names + " but has value " + name);
        }
        return variable(i);
    }

    /**
     * Returns the means of one step.
     *
     * @param step the step, 1 to h
     * @return the K means (a copy)
     * @throws IllegalArgumentException if the step is outside 1..h
     */
    public double[] mean(int step) {
        return means[checkStep(step) - 1].clone();
    }

    /**
     * Returns the joint forecast-error covariance of one step.
     *
     * @param step the step, 1 to h
     * @return the K x K covariance (a copy)
     * @throws IllegalArgumentException if the step is outside 1..h
     */
    public double[][] covariance(int step) {
        return Dense.copy(covariances[checkStep(step) - 1]);
    }

    private int checkStep(int step) {
        if (step < 1 || step > means.length) {
            throw new IllegalArgumentException("Argument 'step' must be in 1.." + means.length + " but has value "
                    + step);
        }
        return step;
    }

    /**
     * Returns a table: for each step, each series' mean, standard error and 95% interval.
     *
     * @return the forecast as text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Forecast of ").append(names).append(", h = ").append(means.length)
                .append('\n');
        sb.append(String.format("%6s %-14s %14s %14s %14s %14s%n", "step", "series", "mean", "std.err", "lo 95",
                "hi 95"));
        for (int i = 0; i < names.size(); i++) {
            Forecast f = variable(i);
            double[] lo = f.interval(0.95).lower();
            double[] hi = f.interval(0.95).upper();
            for (int h = 0; h < means.length; h++) {
                sb.append(String.format("%6d %-14s %14.6g %14.6g %14.6g %14.6g%n", h + 1, names.get(i), means[h][i],
                        f.standardError(h + 1), lo[h], hi[h]));
            }
        }
        return sb.toString();
    }
}
