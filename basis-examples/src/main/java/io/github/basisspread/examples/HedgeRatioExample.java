package io.github.basisspread.examples;

import io.github.basisspread.models.regression.HedgeEstimate;
import io.github.basisspread.models.regression.HedgeReturns;
import io.github.basisspread.models.regression.MinimumVarianceHedge;
import io.github.basisspread.models.api.ConfidenceBand;
import io.github.basisspread.models.statespace.DynamicRegression;
import io.github.basisspread.models.statespace.StateSpaceFit;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Random;

/**
 * Hedge ratio: how many futures to sell against a spot position, first as one static number by
 * OLS on price changes, then as a ratio that drifts over time, tracked by the Kalman filter.
 *
 * <p>Static: the minimum-variance hedge {@code h* = Cov(dS, dF) / Var(dF)} is the OLS slope of
 * spot changes on future changes (Ederington 1979), and its R-squared the share of the spot's
 * variance the hedge removes. The data are a seeded simulation with a known answer:
 * {@code dS = 0.95 dF + noise}, 500 days. Always regress changes, never price levels.
 *
 * <p>Time-varying: in a second simulation the true ratio jumps from 0.7 to 1.2 half-way (a
 * contract whose sensitivity changed, e.g. after a change of margin currency). A regression with
 * random-walk coefficients, {@code dS_t = a_t + b_t dF_t + e_t} (Durbin and Koopman 2012, sec.
 * 3.6.1), with variances by maximum likelihood, follows it: the smoothed path (using all data)
 * sits near each regime's ratio, and the filtered value at the last day (using only the past) is
 * the ratio to hedge with today. A static OLS over the whole sample would average the regimes.
 *
 * <p>Run it with {@code ./basis example hedge-ratio}.
 */
public final class HedgeRatioExample {

    /** The true static hedge ratio of the first simulation. */
    public static final double TRUE_RATIO = 0.95;

    /** The true hedge ratio of the second simulation before the change. */
    public static final double RATIO_BEFORE = 0.7;

    /** The true hedge ratio of the second simulation after the change. */
    public static final double RATIO_AFTER = 1.2;

    /** The number of daily changes simulated in each sample. */
    public static final int DAYS = 500;

    private HedgeRatioExample() {
    }

    /**
     * What the example estimates.
     *
     * @param staticHedge the OLS hedge of the first simulation (ratio, standard error,
     *     effectiveness, basis risk)
     * @param smoothedBefore the mean smoothed Kalman ratio over days 50..199 (regime 0.7)
     * @param smoothedAfter the mean smoothed Kalman ratio over days 300..449 (regime 1.2)
     * @param filteredToday the filtered ratio at the last day, from past data only
     * @param filteredTodayLower the lower end of its 95% band
     * @param filteredTodayUpper the upper end of its 95% band
     * @param staticOverRegimes the static OLS ratio over the whole second simulation, for contrast
     */
    public record Result(HedgeEstimate staticHedge, double smoothedBefore, double smoothedAfter,
            double filteredToday, double filteredTodayLower, double filteredTodayUpper, double staticOverRegimes) {
    }

    /**
     * Runs the example.
     *
     * @return the static and time-varying hedge ratios
     */
    public static Result run() {
        Random random = new Random(20_240_301L);
        // Simulation 1: dF ~ N(0, 500^2) dollars a day, dS = 0.95 dF + N(0, 150^2).
        double[][] prices = prices(random, i -> TRUE_RATIO, 150);
        HedgeEstimate hedge = MinimumVarianceHedge.of(HedgeReturns.PRICE_CHANGES).fit(prices[0], prices[1]);

        // Simulation 2: the ratio jumps from 0.7 to 1.2 at day 250.
        double[][] regimes = prices(random, i -> i < DAYS / 2 ? RATIO_BEFORE : RATIO_AFTER, 100);
        double[] dS = changes(regimes[0]);
        double[] dF = changes(regimes[1]);
        StateSpaceFit fit = DynamicRegression.of().fit(new DynamicRegression.Data(dS, dF));
        // State 1 of the dynamic regression is the slope, the hedge ratio.
        double[] smoothed = fit.smoothedState(1, 0.95).estimate();
        ConfidenceBand filtered = fit.filteredState(1, 0.95);
        int last = DAYS - 1;
        HedgeEstimate overRegimes = MinimumVarianceHedge.of(HedgeReturns.PRICE_CHANGES).fit(regimes[0],
                regimes[1]);
        return new Result(hedge, mean(smoothed, 50, 200), mean(smoothed, 300, 450), filtered.estimate()[last],
                filtered.lower()[last], filtered.upper()[last], overRegimes.hedgeRatio());
    }

    /** Spot (row 0) and future (row 1) prices from 60,000 with {@code dS = ratio(i) dF + noise}. */
    private static double[][] prices(Random random, java.util.function.IntToDoubleFunction ratio, double noise) {
        double[] spot = new double[DAYS + 1];
        double[] future = new double[DAYS + 1];
        spot[0] = 60_000;
        future[0] = 60_300;
        for (int i = 0; i < DAYS; i++) {
            double dF = 500 * random.nextGaussian();
            future[i + 1] = future[i] + dF;
            spot[i + 1] = spot[i] + ratio.applyAsDouble(i) * dF + noise * random.nextGaussian();
        }
        return new double[][] {spot, future};
    }

    private static double[] changes(double[] x) {
        double[] d = new double[x.length - 1];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i + 1] - x[i];
        }
        return d;
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }

    /**
     * Prints the hedge ratios.
     *
     * @param r the result of {@link #run()}
     * @param out where to print
     */
    public static void print(Result r, PrintStream out) {
        HedgeEstimate h = r.staticHedge();
        out.printf(Locale.ROOT, "Static hedge (OLS of dS on dF, %d days, true ratio %.2f): %.4f (s.e. %.4f), "
                + "effectiveness %.1f%%, basis risk %.1f a day%n", h.nobs(), TRUE_RATIO, h.hedgeRatio(),
                h.standardError(), 100 * h.effectiveness(), h.basisRisk());
        out.printf(Locale.ROOT, "Kalman hedge ratio, true %.2f then %.2f: smoothed %.3f then %.3f; today %.3f "
                + "[%.3f, %.3f] (95%%, past data only)%n", RATIO_BEFORE, RATIO_AFTER, r.smoothedBefore(),
                r.smoothedAfter(), r.filteredToday(), r.filteredTodayLower(), r.filteredTodayUpper());
        out.printf(Locale.ROOT, "A static OLS over both regimes says %.3f: right for neither%n",
                r.staticOverRegimes());
    }

    /**
     * Runs the example and prints the hedge ratios.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(run(), System.out);
    }
}
