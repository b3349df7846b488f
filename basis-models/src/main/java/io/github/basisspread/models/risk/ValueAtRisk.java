package io.github.basisspread.models.risk;

import io.github.basisspread.models.diagnostics.JarqueBera;
import io.github.basisspread.models.diagnostics.JarqueBeraResult;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * Value at risk and expected shortfall of a P&amp;L series or of scenario P&amp;Ls, by five
 * methods. Inputs are P&amp;Ls (gains positive); outputs are <b>positive losses</b>
 * ({@link RiskEstimate}). The level {@code alpha} is the confidence (0.99): the VaR is the loss
 * exceeded with probability {@code 1 - alpha}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Quantiles are R's {@code quantile(x, type = 7)} (the default of R and NumPy): with the
 *       sorted sample {@code x(1) <= ... <= x(n)} and {@code h = (n - 1) p}, the {@code p}
 *       quantile is {@code x(floor h + 1) + (h - floor h) (x(floor h + 2) - x(floor h + 1))}.
 *       Type 7 is chosen so results match R, NumPy and pandas out of the box.</li>
 *   <li>Historical VaR is {@code -quantile(pnl, 1 - alpha)}; historical ES is the mean loss of
 *       the observations at or below that quantile, {@code -mean(pnl[pnl <= q])} (never empty,
 *       since the minimum is at or below every quantile).</li>
 *   <li>Moments: mean, standard deviation with divisor {@code n - 1} (R's {@code sd}), skewness
 *       {@code g1 = m3 / m2^1.5} and excess kurtosis {@code g2 = m4 / m2^2 - 3} with central
 *       moments {@code m_k} of divisor {@code n} (type 1 of R's e1071).</li>
 * </ul>
 *
 * <h2>What each method assumes</h2>
 * <ul>
 *   <li>{@link #historical}: the future P&amp;L is drawn from the observed ones, each equally
 *       likely; no shape assumed, but nothing worse than the worst observation can appear and
 *       the sample is taken as identically distributed (volatility regimes are ignored).</li>
 *   <li>{@link #filteredHistorical}: P&amp;L = volatility x an i.i.d. shock; the shocks'
 *       empirical distribution is kept, rescaled to the volatility forecast for the next period
 *       by a {@link VolatilityScaler} (EWMA or GARCH). Assumes the scaler captures the
 *       volatility dynamics and the standardized shocks are i.i.d.</li>
 *   <li>{@link #normal}: i.i.d. normal P&amp;L with the sample mean and standard deviation;
 *       ignores skewness and fat tails (too low at high levels for crypto P&amp;L).</li>
 *   <li>{@link #studentT}: i.i.d. location-scale Student-t with {@code df} degrees of freedom,
 *       scaled so its variance equals the sample variance (scale
 *       {@code s = sd * sqrt((df - 2) / df)}); symmetric, fat-tailed.
 *       {@link #studentT(double[], double)} chooses {@code df} by matching the sample excess
 *       kurtosis, {@code df = 4 + 6 / g2} (the kurtosis of a t is {@code 6 / (df - 4)}), capped
 *       at 100 (near normal) when {@code g2 <= 0.06}.</li>
 *   <li>{@link #cornishFisher}: the normal quantile corrected for sample skewness and excess
 *       kurtosis (Cornish and Fisher 1938; Zangari 1996):
 *       {@code z_cf = z + (z^2 - 1) S / 6 + (z^3 - 3z) K / 24 - (2z^3 - 5z) S^2 / 36}. Good for
 *       moderate departures from normality; the expansion is not a distribution and stops being
 *       monotone for large skewness or kurtosis ({@link #cornishFisherIsMonotone}; outside that
 *       domain the estimate's note says it is not usable). ES is the mean of the Cornish-Fisher quantile
 *       over the tail, {@code -(1 / (1 - alpha)) * integral_0^(1 - alpha) q_cf(u) du}, integrated
 *       numerically.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe. Samples are never modified.
 */
public final class ValueAtRisk {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    private static final double MAX_DF = 100;

    private ValueAtRisk() {
    }

    /**
     * R's type 7 quantile of a sample.
     *
     * @param sample the sample, finite, not empty; not modified
     * @param probability the probability, in [0, 1]
     * @return the quantile
     * @throws IllegalArgumentException if the sample is null, empty or not finite, or the
     *     probability is outside [0, 1]
     */
    public static double quantileType7(double[] sample, double probability) {
        RiskArgs.finiteSample(sample, "sample", 1);
        if (!(probability >= 0 && probability <= 1)) {
            throw RiskArgs.fail("probability", probability, "be in [0, 1]");
        }
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        return sortedQuantile(sorted, probability);
    }

    private static double sortedQuantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * Historical simulation.
     *
     * @param pnl the P&amp;L observations or scenario P&amp;Ls, finite, at least two; not modified
     * @param level the confidence level, in (0, 1)
     * @return VaR and ES as positive losses
     * @throws IllegalArgumentException naming the argument if it is null, too short, not finite
     *     or out of range
     */
    public static RiskEstimate historical(double[] pnl, double level) {
        RiskArgs.finiteSample(pnl, "pnl", 2);
        RiskArgs.level(level, "level");
        return empirical(VarMethod.HISTORICAL, pnl, level, "quantile type 7");
    }

    private static RiskEstimate empirical(VarMethod method, double[] pnl, double level, String note) {
        double[] sorted = pnl.clone();
        Arrays.sort(sorted);
        double q = sortedQuantile(sorted, 1 - level);
        double sum = 0;
        int count = 0;
        for (double x : sorted) {
            if (x > q) {
                break;
            }
            sum += x;
            count++;
        }
        return new RiskEstimate(method, level, -q, -sum / count, pnl.length, note);
    }

    /**
     * Filtered historical simulation: each observation is divided by its conditional volatility
     * and the standardized shocks, multiplied by the scaler's forecast for the next period, are
     * fed to historical simulation.
     *
     * @param pnl the P&amp;L series, oldest first, finite, at least two; not modified
     * @param level the confidence level, in (0, 1)
     * @param scaler the volatility model, e.g. {@link EwmaVolatility#riskMetrics()}, not null
     * @return VaR and ES of the next period as positive losses
     * @throws IllegalArgumentException naming the argument if it is null, too short, not finite
     *     or out of range
     */
    public static RiskEstimate filteredHistorical(double[] pnl, double level, VolatilityScaler scaler) {
        RiskArgs.finiteSample(pnl, "pnl", 2);
        RiskArgs.level(level, "level");
        RiskArgs.notNull(scaler, "scaler");
        double[] sigma = scaler.conditionalVolatilities(pnl);
        double forecast = sigma[pnl.length];
        double[] scenarios = new double[pnl.length];
        for (int t = 0; t < pnl.length; t++) {
            scenarios[t] = pnl[t] / sigma[t] * forecast;
        }
        return empirical(VarMethod.FILTERED_HISTORICAL, scenarios, level,
                String.format(Locale.ROOT, "%s, forecast vol %.6g", scaler.describe(), forecast));
    }

    /**
     * Parametric normal VaR {@code -(mu + sd * z)} and ES {@code -mu + sd * phi(z) / (1 - alpha)},
     * {@code z = Phi^-1(1 - alpha)}.
     *
     * @param pnl the P&amp;L observations, finite, at least two, not all equal; not modified
     * @param level the confidence level, in (0, 1)
     * @return VaR and ES as positive losses
     * @throws IllegalArgumentException naming the argument if it is null, too short, constant,
     *     not finite or out of range
     */
    public static RiskEstimate normal(double[] pnl, double level) {
        Moments m = Moments.of(pnl);
        RiskArgs.level(level, "level");
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - level);
        double var = -(m.mean + m.sd * z);
        double es = -m.mean + m.sd * STANDARD_NORMAL.density(z) / (1 - level);
        return new RiskEstimate(VarMethod.NORMAL, level, var, es, pnl.length,
                String.format(Locale.ROOT, "mean %.6g, sd %.6g", m.mean, m.sd));
    }

    /**
     * Student-t VaR and ES with {@code df} chosen from the sample excess kurtosis (see the class
     * documentation).
     *
     * @param pnl the P&amp;L observations, finite, at least two, not all equal; not modified
     * @param level the confidence level, in (0, 1)
     * @return VaR and ES as positive losses
     * @throws IllegalArgumentException naming the argument if it is null, too short, constant,
     *     not finite or out of range
     */
    public static RiskEstimate studentT(double[] pnl, double level) {
        Moments m = Moments.of(pnl);
        return studentT(pnl, level, momentMatchedDegreesOfFreedom(m.excessKurtosis));
    }

    /**
     * Returns the degrees of freedom of a Student-t whose excess kurtosis equals {@code g2}:
     * {@code 4 + 6 / g2}, capped at 100 when {@code g2 <= 0.06}.
     *
     * @param excessKurtosis the excess kurtosis, finite
     * @return the degrees of freedom, in (4, 100]
     * @throws IllegalArgumentException if the kurtosis is not finite
     */
    public static double momentMatchedDegreesOfFreedom(double excessKurtosis) {
        RiskArgs.finite(excessKurtosis, "excessKurtosis");
        return excessKurtosis <= 6 / (MAX_DF - 4) ? MAX_DF : 4 + 6 / excessKurtosis;
    }

    /**
     * Student-t VaR {@code -(mu + s t)} and ES
     * {@code -mu + s f(t) (df + t^2) / ((df - 1)(1 - alpha))} with {@code t} the
     * {@code 1 - alpha} quantile and {@code f} the density of the standard t, and scale
     * {@code s = sd * sqrt((df - 2) / df)} so the variance equals the sample variance
     * (McNeil, Frey and Embrechts 2015, Quantitative Risk Management, example 2.15).
     *
     * @param pnl the P&amp;L observations, finite, at least two, not all equal; not modified
     * @param level the confidence level, in (0, 1)
     * @param degreesOfFreedom the degrees of freedom, above 2 (finite variance)
     * @return VaR and ES as positive losses
     * @throws IllegalArgumentException naming the argument if it is null, too short, constant,
     *     not finite or out of range
     */
    public static RiskEstimate studentT(double[] pnl, double level, double degreesOfFreedom) {
        Moments m = Moments.of(pnl);
        RiskArgs.level(level, "level");
        if (!(degreesOfFreedom > 2) || !Double.isFinite(degreesOfFreedom)) {
            throw RiskArgs.fail("degreesOfFreedom", degreesOfFreedom, "be finite and above 2");
        }
        double df = degreesOfFreedom;
        TDistribution t = new TDistribution(null, df);
        double q = t.inverseCumulativeProbability(1 - level);
        double scale = m.sd * Math.sqrt((df - 2) / df);
        double var = -(m.mean + scale * q);
        double es = -m.mean + scale * t.density(q) * (df + q * q) / ((df - 1) * (1 - level));
        return new RiskEstimate(VarMethod.STUDENT_T, level, var, es, pnl.length,
                String.format(Locale.ROOT, "df %.4g, mean %.6g, sd %.6g", df, m.mean, m.sd));
    }

    /**
     * Cornish-Fisher VaR and ES (see the class documentation).
     *
     * @param pnl the P&amp;L observations, finite, at least two, not all equal; not modified
     * @param level the confidence level, in (0, 1)
     * @return VaR and ES as positive losses
     * @throws IllegalArgumentException naming the argument if it is null, too short, constant,
     *     not finite or out of range
     */
    public static RiskEstimate cornishFisher(double[] pnl, double level) {
        Moments m = Moments.of(pnl);
        RiskArgs.level(level, "level");
        double tail = 1 - level;
        double var = -(m.mean + m.sd * cornishFisherZ(tail, m.skewness, m.excessKurtosis));
        // ES: substitute u = tail * exp(-s), so the integral over (0, tail] becomes a smooth,
        // exponentially decaying integrand in s (Simpson's rule), down to u = 1e-40, below which the
        // integral's share is under 1e-36 of the tail.
        int intervals = 8000;
        double upper = Math.max(Math.log(tail / 1e-40), 5);
        double h = upper / intervals;
        double sum = 0;
        for (int i = 0; i <= intervals; i++) {
            double s = i * h;
            double weight = i == 0 || i == intervals ? 1 : (i % 2 == 1 ? 4 : 2);
            double u = tail * Math.exp(-s);
            sum += weight * cornishFisherZ(u, m.skewness, m.excessKurtosis) * Math.exp(-s);
        }
        double meanTailZ = sum * h / 3;
        double es = -(m.mean + m.sd * meanTailZ);
        String note = String.format(Locale.ROOT, "skewness %.4g, excess kurtosis %.4g", m.skewness, m.excessKurtosis);
        boolean usable = cornishFisherIsMonotone(m.skewness, m.excessKurtosis);
        if (!usable) {
            note += "; " + CORNISH_FISHER_INVALID;
        }
        return new RiskEstimate(VarMethod.CORNISH_FISHER, level, var, es, pnl.length, note, usable);
    }

    /**
     * The words {@link #cornishFisher} adds to its note when the expansion is not a quantile
     * function at the sample's skewness and kurtosis (see {@link #cornishFisherIsMonotone}); the
     * estimate is then not {@link RiskEstimate#usable()}.
     */
    public static final String CORNISH_FISHER_INVALID = "outside the Cornish-Fisher domain of validity "
            + "(the expansion is not monotone at this skewness and kurtosis): not a usable VaR or ES";

    /**
     * Whether the Cornish-Fisher expansion is increasing in {@code z}, i.e. a quantile function, at
     * this skewness S and excess kurtosis K, over {@code |z| <= 6} (the normal quantiles of the
     * probabilities from 1e-9 to 1 - 1e-9, beyond any level a VaR is asked at: 0.999999 is
     * {@code z = 4.75}). Its derivative in
     * {@code z} is the quadratic {@code a z^2 + b z + c} with {@code a = K/8 - S^2/6},
     * {@code b = S/3}, {@code c = 1 - K/8 + 5 S^2/36}, derived from the formula of the class
     * documentation; the expansion is valid where that stays non-negative (the domain of validity
     * of Maillard 2012, "A user's guide to the Cornish Fisher expansion", there over all z, which
     * would also refuse every sample with the least negative excess kurtosis, for a turn of the
     * expansion 7 or 9 standard deviations out). Outside it the expansion's quantiles are not ordered, and its VaR and
     * ES are not those of any distribution: a single jump in a calm P&amp;L history (excess kurtosis
     * in the hundreds) makes the derivative negative around the centre and the 99% VaR tens of
     * standard deviations.
     *
     * @param skewness the skewness S
     * @param excessKurtosis the excess kurtosis K
     * @return true inside the domain
     */
    public static boolean cornishFisherIsMonotone(double skewness, double excessKurtosis) {
        double a = excessKurtosis / 8 - skewness * skewness / 6;
        double b = skewness / 3;
        double c = 1 - excessKurtosis / 8 + 5 * skewness * skewness / 36;
        double bound = 6;
        // The least of the quadratic on [-6, 6]: at an end, or at its vertex when it opens upwards.
        double least = Math.min(a * bound * bound - b * bound + c, a * bound * bound + b * bound + c);
        if (a > 0) {
            double vertex = -b / (2 * a);
            if (Math.abs(vertex) <= bound) {
                least = Math.min(least, c - b * b / (4 * a));
            }
        }
        return least >= 0;
    }

    /**
     * The standard normal quantile, accurate in the far lower tail: Commons Math's quantile
     * ({@code erfInv(2p - 1)}) loses all precision below {@code p = 1e-16}, so there it is
     * refined by Newton steps on {@code ln Phi(z) = ln p} with {@code Phi(z) = erfc(-z / sqrt 2) / 2},
     * which keeps full relative precision.
     */
    static double normalQuantile(double p) {
        if (p > 1e-10) {
            return STANDARD_NORMAL.inverseCumulativeProbability(p);
        }
        double logP = Math.log(p);
        // Asymptotic start: Phi(z) ~ phi(z) / |z|.
        double t = -2 * logP;
        double z = -Math.sqrt(t - Math.log(t) - Math.log(2 * Math.PI));
        for (int i = 0; i < 8; i++) {
            double cdf = 0.5 * Erf.erfc(-z / Math.sqrt(2));
            double step = (Math.log(cdf) - logP) * cdf / STANDARD_NORMAL.density(z);
            z -= step;
            if (Math.abs(step) < 1e-15 * Math.abs(z)) {
                break;
            }
        }
        return z;
    }

    private static double cornishFisherZ(double p, double skew, double kurt) {
        double z = normalQuantile(p);
        double z2 = z * z;
        double z3 = z2 * z;
        return z + (z2 - 1) * skew / 6 + (z3 - 3 * z) * kurt / 24 - (2 * z3 - 5 * z) * skew * skew / 36;
    }

    /** Sample moments with the conventions of the class documentation. */
    static final class Moments {
        final double mean;
        final double sd;
        final double skewness;
        final double excessKurtosis;

        private Moments(double mean, double sd, double skewness, double excessKurtosis) {
            this.mean = mean;
            this.sd = sd;
            this.skewness = skewness;
            this.excessKurtosis = excessKurtosis;
        }

        static Moments of(double[] x) {
            RiskArgs.finiteSample(x, "pnl", 2);
            int n = x.length;
            double mean = 0;
            for (double v : x) {
                mean += v;
            }
            mean /= n;
            double ss = 0;
            for (double v : x) {
                ss += (v - mean) * (v - mean);
            }
            if (!(ss > 0)) {
                throw RiskArgs.fail("pnl", "constant at " + x[0], "not be constant (zero variance)");
            }
            // The moment skewness and kurtosis (divisor n) are the Jarque-Bera test's: one computation.
            JarqueBeraResult jb = JarqueBera.of().test(x);
            return new Moments(mean, Math.sqrt(ss / (n - 1)), jb.skewness(), jb.kurtosis() - 3);
        }
    }
}
