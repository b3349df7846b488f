package io.github.basisspread.models.risk;

import java.util.Locale;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The backtest of a VaR series against realized P&amp;L: Kupiec's proportion-of-failures test,
 * Christoffersen's independence and conditional-coverage tests, and the Basel traffic-light zone.
 *
 * <p>An <b>exception</b> (exceedance) at time {@code t} is a realized loss larger than the VaR
 * forecast for {@code t}: {@code -pnl[t] > var[t]} with the VaR a positive loss.
 *
 * <ul>
 *   <li>Kupiec (1995, "Techniques for verifying the accuracy of risk measurement models", Journal
 *       of Derivatives 3(2)): with {@code x} exceptions in {@code n} and expected rate
 *       {@code p = 1 - level},
 *       {@code LR_pof = -2 ln[(1-p)^(n-x) p^x] + 2 ln[(1-x/n)^(n-x) (x/n)^x]}, chi-squared(1).</li>
 *   <li>Christoffersen (1998, "Evaluating interval forecasts", International Economic Review
 *       39(4)): with {@code n_ij} the number of days in state {@code j} after a day in state
 *       {@code i} (1 = exception), {@code pi01 = n01 / (n00 + n01)},
 *       {@code pi11 = n11 / (n10 + n11)}, {@code pi = (n01 + n11) / (n - 1)};
 *       {@code LR_ind = -2 ln[(1-pi)^(n00+n10) pi^(n01+n11)]
 *       + 2 ln[(1-pi01)^n00 pi01^n01 (1-pi11)^n10 pi11^n11]}, chi-squared(1); and
 *       {@code LR_cc = LR_pof + LR_ind}, chi-squared(2), with {@code LR_pof} on all {@code n}
 *       observations. {@code 0 ln 0} is taken as 0.</li>
 *   <li>The traffic light: see {@link TrafficLightZone}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param level the VaR confidence level, in (0, 1)
 * @param observations the number of observations, at least two
 * @param exceptions the number of exceptions
 * @param kupiec the proportion-of-failures test
 * @param independence Christoffersen's independence test
 * @param conditionalCoverage Christoffersen's conditional-coverage test
 * @param zone the Basel traffic-light zone
 */
public record VarBacktest(double level, int observations, int exceptions, LikelihoodRatioTest kupiec,
        LikelihoodRatioTest independence, LikelihoodRatioTest conditionalCoverage, TrafficLightZone zone) {

    /**
     * Validates the components.
     *
     * @param level the level
     * @param observations the observations
     * @param exceptions the exceptions
     * @param kupiec the Kupiec test
     * @param independence the independence test
     * @param conditionalCoverage the conditional-coverage test
     * @param zone the zone
     * @throws IllegalArgumentException naming the argument if one is null or out of range
     */
    public VarBacktest {
        RiskArgs.level(level, "level");
        if (observations < 2) {
            throw RiskArgs.fail("observations", observations, "be at least 2");
        }
        if (exceptions < 0 || exceptions > observations) {
            throw RiskArgs.fail("exceptions", exceptions, "be in [0, observations = " + observations + "]");
        }
        RiskArgs.notNull(kupiec, "kupiec");
        RiskArgs.notNull(independence, "independence");
        RiskArgs.notNull(conditionalCoverage, "conditionalCoverage");
        RiskArgs.notNull(zone, "zone");
    }

    /**
     * Backtests a VaR series against the realized P&amp;L.
     *
     * @param pnl the realized P&amp;L, finite, at least two
     * @param valueAtRisk the VaR forecast for each period as a positive loss, finite, same length
     * @param level the VaR confidence level, in (0, 1)
     * @return the backtest
     * @throws IllegalArgumentException naming the argument if it is null, not finite, of another
     *     length or out of range
     */
    public static VarBacktest of(double[] pnl, double[] valueAtRisk, double level) {
        RiskArgs.finiteSample(pnl, "pnl", 2);
        RiskArgs.finiteSample(valueAtRisk, "valueAtRisk", 2);
        if (valueAtRisk.length != pnl.length) {
            throw RiskArgs.fail("valueAtRisk", "of length " + valueAtRisk.length,
                    "have the length of pnl (" + pnl.length + ")");
        }
        boolean[] hits = new boolean[pnl.length];
        for (int t = 0; t < pnl.length; t++) {
            hits[t] = -pnl[t] > valueAtRisk[t];
        }
        return ofExceptions(hits, level);
    }

    /**
     * Backtests a series of exception indicators.
     *
     * @param exceptions true where the loss exceeded the VaR, oldest first, at least two
     * @param level the VaR confidence level, in (0, 1)
     * @return the backtest
     * @throws IllegalArgumentException naming the argument if it is null, too short or out of
     *     range
     */
    public static VarBacktest ofExceptions(boolean[] exceptions, double level) {
        RiskArgs.notNull(exceptions, "exceptions");
        if (exceptions.length < 2) {
            throw RiskArgs.fail("exceptions", "of length " + exceptions.length, "hold at least 2 observations");
        }
        RiskArgs.level(level, "level");
        int n = exceptions.length;
        int x = 0;
        for (boolean e : exceptions) {
            x += e ? 1 : 0;
        }
        double p = 1 - level;
        double pof = Math.max(0, -2 * (xlogy(n - x, 1 - p) + xlogy(x, p))
                + 2 * (xlogy(n - x, 1 - (double) x / n) + xlogy(x, (double) x / n)));
        int n00 = 0;
        int n01 = 0;
        int n10 = 0;
        int n11 = 0;
        for (int t = 1; t < n; t++) {
            boolean prev = exceptions[t - 1];
            boolean cur = exceptions[t];
            if (!prev) {
                if (cur) {
                    n01++;
                } else {
                    n00++;
                }
            } else if (cur) {
                n11++;
            } else {
                n10++;
            }
        }
        double pi01 = n00 + n01 == 0 ? 0 : (double) n01 / (n00 + n01);
        double pi11 = n10 + n11 == 0 ? 0 : (double) n11 / (n10 + n11);
        double pi = (double) (n01 + n11) / (n - 1);
        double ind = Math.max(0, -2 * (xlogy(n00 + n10, 1 - pi) + xlogy(n01 + n11, pi))
                + 2 * (xlogy(n00, 1 - pi01) + xlogy(n01, pi01) + xlogy(n10, 1 - pi11) + xlogy(n11, pi11)));
        double cc = pof + ind;
        LikelihoodRatioTest kupiec = new LikelihoodRatioTest("Kupiec proportion of failures", pof, 1,
                chiSquaredSurvival(pof, 1));
        LikelihoodRatioTest independence = new LikelihoodRatioTest("Christoffersen independence", ind, 1,
                chiSquaredSurvival(ind, 1));
        LikelihoodRatioTest coverage = new LikelihoodRatioTest("Christoffersen conditional coverage", cc, 2,
                chiSquaredSurvival(cc, 2));
        return new VarBacktest(level, n, x, kupiec, independence, coverage, zone(x, n, level));
    }

    /**
     * The Basel traffic-light zone of {@code exceptions} in {@code observations} for a VaR at
     * {@code level}: green when the binomial probability of at most that many exceptions under a
     * correct model is below 95%, red when it is at least 99.99%, yellow between (Basel Committee
     * on Banking Supervision, January 1996, Table 2).
     *
     * @param exceptions the number of exceptions, in [0, observations]
     * @param observations the number of observations, positive
     * @param level the VaR confidence level, in (0, 1)
     * @return the zone
     * @throws IllegalArgumentException naming the argument if it is out of range
     */
    public static TrafficLightZone zone(int exceptions, int observations, double level) {
        if (observations <= 0) {
            throw RiskArgs.fail("observations", observations, "be positive");
        }
        if (exceptions < 0 || exceptions > observations) {
            throw RiskArgs.fail("exceptions", exceptions, "be in [0, observations = " + observations + "]");
        }
        RiskArgs.level(level, "level");
        double cumulative = new BinomialDistribution(null, observations, 1 - level).cumulativeProbability(exceptions);
        if (cumulative < 0.95) {
            return TrafficLightZone.GREEN;
        }
        return cumulative < 0.9999 ? TrafficLightZone.YELLOW : TrafficLightZone.RED;
    }

    private static double xlogy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(y);
    }

    private static double chiSquaredSurvival(double statistic, int df) {
        if (statistic == 0) {
            return 1;
        }
        return 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(statistic);
    }

    /**
     * Returns a table of the counts, the three tests and the zone.
     *
     * @return the summary
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "VaR backtest at level %.4f: %d exceptions in %d observations"
                + " (expected %.2f, rate %.4f)%n", level, exceptions, observations, observations * (1 - level),
                (double) exceptions / observations));
        sb.append(kupiec).append(System.lineSeparator());
        sb.append(independence).append(System.lineSeparator());
        sb.append(conditionalCoverage).append(System.lineSeparator());
        sb.append("Basel traffic light: ").append(zone);
        return sb.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
