package io.github.basisspread.examples;

import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeck;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFit;
import io.github.basisspread.models.meanreversion.OrnsteinUhlenbeckFitter;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Random;

/**
 * Mean reversion: how fast a basis returns to its mean, and the bands to trade it, from an
 * Ornstein-Uhlenbeck fit.
 *
 * <p>A basis {@code dX = theta (mu - X) dt + sigma dW} is simulated exactly (seeded) every 6
 * hours for 4 years, with a true half-life of 5 days ({@code theta = ln 2 / (5/365)} a year), a
 * mean of 8 bp and a stationary standard deviation of 4 bp. Exact maximum likelihood recovers the
 * half-life with its standard error; the 2-sigma band {@code mu +/- 2 sd} is where a z-score
 * strategy enters; the expected path takes two half-lives to go from the band's edge to a
 * quarter of the way out ({@code ln 4 / theta}), and the expected first-passage time of the
 * random path to the mean is what a trader waits on average.
 *
 * <p>Run it with {@code ./basis example mean-reversion}.
 */
public final class MeanReversionExample {

    /** The true half-life in days. */
    public static final double HALF_LIFE_DAYS = 5.0;

    /** The true long-run mean, 8 bp. */
    public static final double MEAN = 0.0008;

    /** The true stationary standard deviation, 4 bp. */
    public static final double STATIONARY_SD = 0.0004;

    /** The sampling step: 6 hours, in years. */
    public static final double DT = 0.25 / 365;

    /** The number of observations: 4 years of 6-hour steps. */
    public static final int N = 4 * 365 * 4;

    private MeanReversionExample() {
    }

    /**
     * What the example estimates.
     *
     * @param fit the Ornstein-Uhlenbeck fit, with standard errors
     * @param halfLifeDays the estimated half-life in days
     * @param halfLifeDaysStandardError its standard error in days
     * @param band2 the band {@code mu +/- 2} stationary standard deviations
     * @param shareInsideBand the share of the simulated observations inside the band
     * @param daysFromBandToQuarter the expected path's time from the band's upper edge to
     *     {@code mu + sd / 2}, in days
     * @param expectedDaysToMean the expected first-passage time from the upper edge to the mean, in days
     */
    public record Result(OrnsteinUhlenbeckFit fit, double halfLifeDays, double halfLifeDaysStandardError,
            OrnsteinUhlenbeck.Band band2, double shareInsideBand, double daysFromBandToQuarter,
            double expectedDaysToMean) {
    }

    /**
     * Runs the example.
     *
     * @return the fitted process, its half-life and bands
     */
    public static Result run() {
        double[] x = simulate(new Random(5L));
        OrnsteinUhlenbeckFit fit = OrnsteinUhlenbeckFitter.of().fit(x, DT);
        OrnsteinUhlenbeck ou = fit.model();
        OrnsteinUhlenbeck.Band band = ou.band(2);
        int inside = 0;
        for (double v : x) {
            if (band.contains(v)) {
                inside++;
            }
        }
        double sd = ou.stationaryStandardDeviation();
        return new Result(fit, 365 * ou.halfLife(), 365 * fit.halfLifeStandardError(), band, (double) inside / N,
                365 * ou.deterministicReversionTime(band.upper(), ou.mu() + sd / 2),
                365 * ou.expectedFirstPassageTime(band.upper(), ou.mu()));
    }

    /** The exact discretisation: an AR(1) with {@code phi = e^{-theta dt}}, started in the stationary law. */
    static double[] simulate(Random random) {
        double theta = Math.log(2) / (HALF_LIFE_DAYS / 365);
        double phi = Math.exp(-theta * DT);
        double stepSd = STATIONARY_SD * Math.sqrt(1 - phi * phi);
        double[] x = new double[N];
        x[0] = MEAN + STATIONARY_SD * random.nextGaussian();
        for (int t = 1; t < N; t++) {
            x[t] = MEAN + phi * (x[t - 1] - MEAN) + stepSd * random.nextGaussian();
        }
        return x;
    }

    /**
     * Prints the estimates.
     *
     * @param r the result of {@link #run()}
     * @param out where to print
     */
    public static void print(Result r, PrintStream out) {
        OrnsteinUhlenbeck ou = r.fit().model();
        out.printf(Locale.ROOT, "Ornstein-Uhlenbeck fit to 4 years of 6-hourly simulated basis (true half-life "
                + "%.0f days, mean %.0f bp, sd %.0f bp)%n", HALF_LIFE_DAYS, 1e4 * MEAN, 1e4 * STATIONARY_SD);
        out.printf(Locale.ROOT, "  theta %.2f a year, mu %.2f bp, sigma %.5f; half-life %.2f days (s.e. %.2f)%n",
                ou.theta(), 1e4 * ou.mu(), ou.sigma(), r.halfLifeDays(), r.halfLifeDaysStandardError());
        // A half-life is only meaningful beside a unit-root test: a random walk has one too.
        out.printf(Locale.ROOT, "  %s%n", r.fit().verdict());
        out.printf(Locale.ROOT, "  2-sigma band [%.2f, %.2f] bp holds %.1f%% of the observations%n",
                1e4 * r.band2().lower(), 1e4 * r.band2().upper(), 100 * r.shareInsideBand());
        out.printf(Locale.ROOT, "  from the upper band: %.2f days to mu + sd/2 on the expected path, "
                + "%.2f days on average to touch the mean%n", r.daysFromBandToQuarter(), r.expectedDaysToMean());
    }

    /**
     * Runs the example and prints the estimates.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(run(), System.out);
    }
}
