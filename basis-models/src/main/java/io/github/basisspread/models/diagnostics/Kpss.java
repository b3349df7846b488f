package io.github.basisspread.models.diagnostics;


/**
 * The KPSS test of stationarity against a unit root (Kwiatkowski, Phillips, Schmidt and Shin 1992).
 *
 * <p>The residuals e_t of the series on a constant (level) or on a constant and trend (trend)
 * give partial sums S_t; the statistic is {@code sum S_t^2 / (n^2 s^2)} (eq. 11, p. 165) with the
 * Newey-West long-run variance {@code s^2 = (1/n)(sum e_t^2 + 2 sum_{s=1..l} (1 - s/(l+1))
 * sum_t e_t e_{t-s})} (eq. 10, p. 164). The lag l is fixed, Schwert's "legacy"
 * {@code ceil(12 (n/100)^(1/4))}, or chosen by the data-dependent rule of Hobijn, Franses and Ooms
 * (1998), which is the default (statsmodels' {@code nlags="auto"}); automatic lags are capped at
 * n - 1. Critical values and p-values come from the paper's Table 1 (10%, 5%, 2.5%, 1%).
 *
 * <p>An immutable specification, thread-safe: {@link #level()} or {@link #trend()}, then
 * {@code with...} copies for the lag rule.
 */
public final class Kpss implements SeriesTest<KpssResult> {

    /** The kind of stationarity under the null. */
    public enum Stationarity {
        /** Stationary around a constant level. */
        LEVEL,
        /** Stationary around a linear trend. */
        TREND
    }

    /** How the number of lags of the long-run variance is chosen. */
    public enum LagRule {
        /** Hobijn, Franses and Ooms (1998) automatic bandwidth (statsmodels' "auto"). */
        AUTO,
        /** Schwert's {@code ceil(12 (n/100)^(1/4))} (statsmodels' "legacy"). */
        LEGACY,
        /** A fixed number of lags. */
        FIXED
    }

    private static final double[] LEVELS = {0.10, 0.05, 0.025, 0.01};
    /** Kwiatkowski et al. (1992) Table 1, upper tail, eta_mu (level) and eta_tau (trend). */
    private static final double[] LEVEL_CRITICAL = {0.347, 0.463, 0.574, 0.739};
    private static final double[] TREND_CRITICAL = {0.119, 0.146, 0.176, 0.216};

    private final Stationarity stationarity;
    private final LagRule lagRule;
    private final int fixedLags;

    private Kpss(Stationarity stationarity, LagRule lagRule, int fixedLags) {
        this.stationarity = stationarity;
        this.lagRule = lagRule;
        this.fixedLags = fixedLags;
    }

    /**
     * The level-stationarity test with automatic lags (statsmodels' defaults), the same as
     * {@link #level()}.
     *
     * @return the test
     */
    public static Kpss of() {
        return level();
    }

    /**
     * The level-stationarity test with automatic lags.
     *
     * @return the test
     */
    public static Kpss level() {
        return new Kpss(Stationarity.LEVEL, LagRule.AUTO, 0);
    }

    /**
     * The trend-stationarity test with automatic lags.
     *
     * @return the test
     */
    public static Kpss trend() {
        return new Kpss(Stationarity.TREND, LagRule.AUTO, 0);
    }

    /**
     * Returns a copy with a fixed number of lags.
     *
     * @param lags the lags, zero or more and less than the sample size
     * @return the modified test
     * @throws IllegalArgumentException if lags is negative
     */
    public Kpss withFixedLags(int lags) {
        return new Kpss(stationarity, LagRule.FIXED, Checks.nonNegative(lags, "lags"));
    }

    /**
     * Returns a copy with Schwert's legacy lag rule.
     *
     * @return the modified test
     */
    public Kpss withLegacyLags() {
        return new Kpss(stationarity, LagRule.LEGACY, 0);
    }

    /**
     * Returns a copy with the automatic Hobijn-Franses-Ooms lag rule.
     *
     * @return the modified test
     */
    public Kpss withAutoLags() {
        return new Kpss(stationarity, LagRule.AUTO, 0);
    }

    /**
     * Returns the null's kind of stationarity.
     *
     * @return level or trend
     */
    public Stationarity stationarity() {
        return stationarity;
    }

    /**
     * Returns the lag rule.
     *
     * @return the lag rule
     */
    public LagRule lagRule() {
        return lagRule;
    }

    /**
     * Runs the test.
     *
     * @param x the series, in time order, no missing values (not modified)
     * @return the result
     * @throws IllegalArgumentException if the series is null, holds NaN or infinite values, is
     *     constant, has fewer than 3 observations, or fixed lags are not below its length
     */
    @Override
    public KpssResult test(double[] x) {
        Checks.series(x, "x");
        Checks.minLength(x, 3, "x", "for the KPSS test");
        Checks.notConstant(x, "x");
        int n = x.length;
        if (lagRule == LagRule.FIXED && fixedLags >= n) {
            throw new IllegalArgumentException("Argument 'lags' must be less than the " + n
                    + " observations but has value " + fixedLags);
        }
        double[] e;
        double[] critical;
        if (stationarity == Stationarity.TREND) {
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = i + 1;
            }
            e = LeastSquares.residuals(x, Deterministic.CONSTANT.appendTo(new double[][] {t}, n));
            critical = TREND_CRITICAL;
        } else {
            double mean = 0;
            for (double v : x) {
                mean += v;
            }
            mean /= n;
            e = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = x[i] - mean;
            }
            critical = LEVEL_CRITICAL;
        }
        int lags = switch (lagRule) {
            case FIXED -> fixedLags;
            case LEGACY -> Math.min((int) Math.ceil(12.0 * Math.pow(n / 100.0, 0.25)), n - 1);
            case AUTO -> Math.min(hobijnLags(e), n - 1);
        };
        double partial = 0;
        double eta = 0;
        for (double v : e) {
            partial += v;
            eta += partial * partial;
        }
        eta /= (double) n * n;
        double s2 = 0;
        for (double v : e) {
            s2 += v * v;
        }
        for (int s = 1; s <= lags; s++) {
            s2 += 2 * lagProduct(e, s) * (1.0 - s / (lags + 1.0));
        }
        s2 /= n;
        double stat = eta / s2;
        TablePValue p = TablePValue.of(stat, LEVELS, critical);
        return new KpssResult(stat, p.pValue(), CriticalValues.of(LEVELS, critical), lags, n, stationarity, p.bound());
    }

    /**
     * Hobijn, Franses and Ooms (1998) automatic bandwidth for the Bartlett kernel:
     * with n_c = int(n^(2/9)), s0 = gamma_0 + 2 sum gamma_j, s1 = 2 sum j gamma_j (j = 1..n_c),
     * l = int(1.1447 ((s1/s0)^2)^(1/3) n^(1/3)).
     */
    static int hobijnLags(double[] e) {
        int n = e.length;
        int covLags = (int) Math.pow(n, 2.0 / 9.0);
        double s0 = 0;
        for (double v : e) {
            s0 += v * v;
        }
        s0 /= n;
        double s1 = 0;
        for (int i = 1; i <= covLags; i++) {
            double g = lagProduct(e, i) / (n / 2.0);
            s0 += g;
            s1 += i * g;
        }
        double ratio = s1 / s0;
        double gamma = 1.1447 * Math.pow(ratio * ratio, 1.0 / 3.0);
        return (int) (gamma * Math.pow(n, 1.0 / 3.0));
    }

    private static double lagProduct(double[] e, int lag) {
        double s = 0;
        for (int t = lag; t < e.length; t++) {
            s += e[t] * e[t - lag];
        }
        return s;
    }
}
