package io.github.basisspread.models.meanreversion;

import io.github.basisspread.core.internal.ArgChecker;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.special.Erf;

/**
 * An Ornstein-Uhlenbeck process {@code dX = theta (mu - X) dt + sigma dW}, time in years.
 *
 * <p>The transition over a step dt is exactly Gaussian:
 * {@code X_{t+dt} | X_t ~ N(mu + (X_t - mu) e^{-theta dt}, sigma^2 (1 - e^{-2 theta dt}) / (2 theta))},
 * so sampled at a regular step it is an AR(1) with coefficient {@code phi = e^{-theta dt}}. The
 * stationary law is {@code N(mu, sigma^2 / (2 theta))}; a deviation from mu halves in expectation
 * every {@code ln 2 / theta} years.
 *
 * <p>Immutable and thread-safe.
 *
 * @param theta the speed of mean reversion per year, finite and positive
 * @param mu the long-run mean, finite
 * @param sigma the instantaneous volatility per square-root year, finite and positive
 */
public record OrnsteinUhlenbeck(double theta, double mu, double sigma) {

    /** Largest |x - mu| in stationary standard deviations / sqrt 2 the first-passage integral accepts. */
    private static final double MAX_SCALED_DISTANCE = 25;

    /**
     * Validates the parameters.
     *
     * @param theta the speed of mean reversion
     * @param mu the long-run mean
     * @param sigma the volatility
     * @throws IllegalArgumentException if theta or sigma is not finite and positive or mu is not finite
     */
    public OrnsteinUhlenbeck {
        positive(theta, "theta");
        finite(mu, "mu");
        positive(sigma, "sigma");
    }

    /**
     * Creates the process.
     *
     * @param theta the speed of mean reversion per year
     * @param mu the long-run mean
     * @param sigma the volatility per square-root year
     * @return the process
     * @throws IllegalArgumentException if theta or sigma is not finite and positive or mu is not finite
     */
    public static OrnsteinUhlenbeck of(double theta, double mu, double sigma) {
        return new OrnsteinUhlenbeck(theta, mu, sigma);
    }

    /**
     * Returns the half-life of a deviation, {@code ln 2 / theta}, in years.
     *
     * @return the half-life
     */
    public double halfLife() {
        return Math.log(2) / theta;
    }

    /**
     * Returns the stationary variance {@code sigma^2 / (2 theta)}.
     *
     * @return the stationary variance
     */
    public double stationaryVariance() {
        return sigma * sigma / (2 * theta);
    }

    /**
     * Returns the stationary standard deviation {@code sigma / sqrt(2 theta)}.
     *
     * @return the stationary standard deviation
     */
    public double stationaryStandardDeviation() {
        return Math.sqrt(stationaryVariance());
    }

    /**
     * Returns the AR(1) coefficient of the process sampled every dt years, {@code e^{-theta dt}}.
     *
     * @param dt the step in years, finite and positive
     * @return phi, in (0, 1)
     * @throws IllegalArgumentException if dt is not finite and positive
     */
    public double ar1Coefficient(double dt) {
        return Math.exp(-theta * positive(dt, "dt"));
    }

    /**
     * Returns the mean of X after dt years from x: {@code mu + (x - mu) e^{-theta dt}}.
     *
     * @param x the current value, finite
     * @param dt the horizon in years, finite and positive
     * @return the conditional mean
     * @throws IllegalArgumentException if an argument is invalid
     */
    public double conditionalMean(double x, double dt) {
        return mu + (finite(x, "x") - mu) * ar1Coefficient(dt);
    }

    /**
     * Returns the variance of X after dt years: {@code sigma^2 (1 - e^{-2 theta dt}) / (2 theta)}.
     *
     * @param dt the horizon in years, finite and positive
     * @return the conditional variance
     * @throws IllegalArgumentException if dt is not finite and positive
     */
    public double conditionalVariance(double dt) {
        // -expm1 keeps precision when theta dt is small.
        return -sigma * sigma * Math.expm1(-2 * theta * positive(dt, "dt")) / (2 * theta);
    }

    /**
     * Returns the entry/exit band {@code mu +/- k} stationary standard deviations.
     *
     * @param k the width in stationary standard deviations, finite and positive
     * @return the band
     * @throws IllegalArgumentException if k is not finite and positive
     */
    public Band band(double k) {
        double half = positive(k, "k") * stationaryStandardDeviation();
        return new Band(mu - half, mu + half);
    }

    /**
     * Returns the time, in years, that the expected path {@code mu + (x - mu) e^{-theta t}} takes
     * from x to the level b: {@code ln(|x - mu| / |b - mu|) / theta}.
     *
     * <p>This is the deterministic decay time, not the expected first-passage time of the random
     * path (see {@link #expectedFirstPassageTime(double, double)}): it ignores the noise, which
     * makes the random path touch b earlier on average when b is far from mu relative to the
     * stationary deviation. It is 0 when x is already at b or between b and mu.
     *
     * @param x the current value, finite
     * @param b the target level, finite, different from mu and on the same side of mu as x
     * @return the decay time in years, zero or more
     * @throws IllegalArgumentException if b equals mu (reached only asymptotically) or b and x
     *     lie on opposite sides of mu (the expected path never crosses mu)
     */
    public double deterministicReversionTime(double x, double b) {
        finite(x, "x");
        finite(b, "b");
        if (b == mu) {
            throw new IllegalArgumentException("Argument 'b' must differ from mu = " + mu
                    + " (the expected path reaches mu only asymptotically) but has value " + b);
        }
        if ((x - mu) * (b - mu) < 0) {
            throw new IllegalArgumentException("Argument 'b' must lie on the same side of mu = " + mu
                    + " as x = " + x + " but has value " + b);
        }
        return Math.max(0, Math.log(Math.abs(x - mu) / Math.abs(b - mu)) / theta);
    }

    /**
     * Returns the exact expected first-passage time, in years, of the process from x to the level b.
     *
     * <p>Solving {@code theta (mu - x) f' + sigma^2/2 f'' = -1} with {@code f(b) = 0} and f
     * bounded on the far side (the scale/speed-measure formula of a diffusion) gives, for x &gt;= b,
     * {@code E[T] = (sqrt(pi) / theta) integral_{u_b}^{u_x} erfcx(u) du} with
     * {@code u = sqrt(theta) (y - mu) / sigma} and {@code erfcx(u) = e^{u^2} erfc(u)}; for x &lt; b
     * the mirror image. The integral is computed by Gauss-Legendre quadrature.
     *
     * @param x the current value, finite
     * @param b the level to reach, finite; may lie on either side of mu
     * @return the expected first-passage time in years, zero when x equals b
     * @throws IllegalArgumentException if x or b is more than 25 sqrt 2 stationary standard
     *     deviations from mu (where the integrand overflows)
     */
    public double expectedFirstPassageTime(double x, double b) {
        finite(x, "x");
        finite(b, "b");
        double scale = Math.sqrt(theta) / sigma;
        double ux = scale * (x - mu);
        double ub = scale * (b - mu);
        if (x < b) {
            // Mirror: reaching b from below is reaching -b from above for the reflected process.
            ux = -ux;
            ub = -ub;
        }
        for (double u : new double[] {ux, ub}) {
            if (Math.abs(u) > MAX_SCALED_DISTANCE) {
                throw new IllegalArgumentException("Argument 'x' and 'b' must lie within "
                        + MAX_SCALED_DISTANCE + " * sqrt(2) stationary standard deviations of mu but one is "
                        + Math.abs(u) * Math.sqrt(2) + " away");
            }
        }
        if (ux == ub) {
            return 0;
        }
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-15);
        double integral = integrator.integrate(10_000, OrnsteinUhlenbeck::erfcx, ub, ux);
        return Math.sqrt(Math.PI) / theta * integral;
    }

    /** e^{u^2} erfc(u), for |u| &lt;= 25 (erfc is accurate to its relative precision there). */
    static double erfcx(double u) {
        return Math.exp(u * u) * Erf.erfc(u);
    }

    /**
     * A symmetric band around the long-run mean, for entry and exit rules.
     *
     * <p>Immutable and thread-safe.
     *
     * @param lower the lower edge
     * @param upper the upper edge, greater than lower
     */
    public record Band(double lower, double upper) {

        /**
         * Validates the edges.
         *
         * @param lower the lower edge
         * @param upper the upper edge
         * @throws IllegalArgumentException if an edge is not finite or upper is not above lower
         */
        public Band {
            finite(lower, "lower");
            finite(upper, "upper");
            if (!(upper > lower)) {
                throw new IllegalArgumentException(
                        "Argument 'upper' must be greater than lower = " + lower + " but has value " + upper);
            }
        }

        /**
         * Whether x lies inside the band (edges included).
         *
         * @param x the value
         * @return true if lower &lt;= x &lt;= upper
         */
        public boolean contains(double x) {
            return x >= lower && x <= upper;
        }
    }

    static double positive(double v, String name) {
        return ArgChecker.positive(v, name);
    }

    static double finite(double v, String name) {
        return ArgChecker.finite(v, name);
    }
}
