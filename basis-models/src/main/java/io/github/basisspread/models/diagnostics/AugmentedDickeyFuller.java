package io.github.basisspread.models.diagnostics;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The augmented Dickey-Fuller test of a unit root (Said and Dickey 1984).
 *
 * <p>The test regression is
 * {@code dx_t = gamma x_{t-1} + sum_{i=1..p} delta_i dx_{t-i} + deterministic terms + e_t}
 * and the statistic is the t-value of gamma; the null is gamma = 0 (a unit root). The lag p is
 * fixed or chosen by {@link LagSelection}; the default maximum is Schwert's (1989)
 * {@code ceil(12 (n/100)^(1/4))}, capped at {@code n/2 - terms - 1} as in statsmodels (and, for
 * tiny samples only, so that the largest regression keeps a residual degree of freedom). P-values come from MacKinnon (1994), critical values from MacKinnon
 * (2010). The computation follows statsmodels' {@code adfuller} exactly, so that both give the
 * same numbers on the same data.
 *
 * <p>An immutable specification, thread-safe; {@code with...} methods return modified copies.
 */
public final class AugmentedDickeyFuller implements SeriesTest<AdfResult> {

    /** The one-sided 5% standard normal quantile of the t-stat lag rule (as statsmodels). */
    private static final double T_STAT_STOP = 1.6448536269514722;

    /** Cells of the final design above which it is not materialised (32 MB of doubles). */
    static final long LARGE_DESIGN = 4_000_000L;

    private final Deterministic deterministic;
    private final LagSelection lagSelection;
    private final OptionalInt maxLag;

    private AugmentedDickeyFuller(Deterministic deterministic, LagSelection lagSelection, OptionalInt maxLag) {
        this.deterministic = deterministic;
        this.lagSelection = lagSelection;
        this.maxLag = maxLag;
    }

    /**
     * The test with a constant, lag chosen by AIC up to Schwert's maximum (statsmodels' defaults).
     *
     * @return the default test
     */
    public static AugmentedDickeyFuller of() {
        return new AugmentedDickeyFuller(Deterministic.CONSTANT, LagSelection.AIC, OptionalInt.empty());
    }

    /**
     * The test with the given deterministic terms, lag chosen by AIC up to Schwert's maximum.
     *
     * @param deterministic the deterministic terms of the test regression
     * @return the test
     * @throws IllegalArgumentException if the argument is null
     */
    public static AugmentedDickeyFuller of(Deterministic deterministic) {
        return of().withDeterministic(deterministic);
    }

    /**
     * Returns a copy with other deterministic terms.
     *
     * @param deterministic the deterministic terms
     * @return the modified test
     * @throws IllegalArgumentException if the argument is null
     */
    public AugmentedDickeyFuller withDeterministic(Deterministic deterministic) {
        return new AugmentedDickeyFuller(Checks.notNull(deterministic, "deterministic"), lagSelection, maxLag);
    }

    /**
     * Returns a copy with another lag-selection rule.
     *
     * @param lagSelection the rule; with {@link LagSelection#FIXED} the maximum lag is used as is
     * @return the modified test
     * @throws IllegalArgumentException if the argument is null
     */
    public AugmentedDickeyFuller withLagSelection(LagSelection lagSelection) {
        return new AugmentedDickeyFuller(deterministic, Checks.notNull(lagSelection, "lagSelection"), maxLag);
    }

    /**
     * Returns a copy with an explicit maximum lag (instead of Schwert's rule).
     *
     * @param maxLag the maximum lag, zero or more
     * @return the modified test
     * @throws IllegalArgumentException if maxLag is negative
     */
    public AugmentedDickeyFuller withMaxLag(int maxLag) {
        return new AugmentedDickeyFuller(deterministic, lagSelection,
                OptionalInt.of(Checks.nonNegative(maxLag, "maxLag")));
    }

    /**
     * Returns a copy that uses exactly {@code lags} lagged differences.
     *
     * @param lags the number of lags, zero or more
     * @return the modified test
     * @throws IllegalArgumentException if lags is negative
     */
    public AugmentedDickeyFuller withFixedLags(int lags) {
        return withMaxLag(lags).withLagSelection(LagSelection.FIXED);
    }

    /**
     * Returns the deterministic terms.
     *
     * @return the deterministic terms
     */
    public Deterministic deterministic() {
        return deterministic;
    }

    /**
     * Returns the lag-selection rule.
     *
     * @return the rule
     */
    public LagSelection lagSelection() {
        return lagSelection;
    }

    /**
     * Returns the explicit maximum lag, empty for Schwert's rule.
     *
     * @return the maximum lag
     */
    public OptionalInt maxLag() {
        return maxLag;
    }

    /**
     * Runs the test on a series.
     *
     * @param x the series, in time order, no missing values (not modified)
     * @return the result
     * @throws IllegalArgumentException if the series is null, holds NaN or infinite values, is
     *     constant, or is too short for the lag
     */
    @Override
    public AdfResult test(double[] x) {
        Checks.series(x, "x");
        Checks.notConstant(x, "x");
        Raw raw = run(x, "x", deterministic, lagSelection, maxLag);
        double p = MacKinnon.pValue(raw.statistic, deterministic, 1);
        double[] crit = MacKinnon.criticalValues(1, deterministic, raw.nobs);
        return new AdfResult(raw.statistic, p, Levels.mackinnon(crit), raw.lag, raw.nobs, deterministic,
                lagSelection, raw.maxLag, raw.criterion);
    }

    /** The statistic, lags and sample of one ADF run, before p-values. */
    record Raw(double statistic, int lag, int nobs, int maxLag, OptionalDouble criterion) {
    }

    /** The ADF regression with its lag search (statsmodels' adfuller, steps for steps). */
    static Raw run(double[] x, String name, Deterministic deterministic, LagSelection selection,
            OptionalInt requestedMaxLag) {
        int n = x.length;
        int terms = deterministic.termCount();
        int cap = n / 2 - terms - 1;
        int maxLag;
        if (requestedMaxLag.isEmpty()) {
            int schwert = (int) Math.ceil(12.0 * Math.pow(n / 100.0, 0.25));
            // Also keep one residual degree of freedom in the largest regression (statsmodels
            // would otherwise fit it exactly and select it with an infinite log-likelihood).
            maxLag = Math.min(Math.min(cap, schwert), (n - 3 - terms) / 2);
            if (maxLag < 0 || cap < 0) {
                throw tooShort(name, n, 0, terms, deterministic);
            }
        } else {
            maxLag = requestedMaxLag.getAsInt();
            if (maxLag > cap) {
                throw new IllegalArgumentException("Argument 'maxLag' must be at most n/2 - 1 - "
                        + terms + " = " + cap + " for " + n + " observations with " + deterministic
                        + " but has value " + maxLag);
            }
        }
        // Degrees of freedom of the largest regression: (n - 1 - p) rows, (1 + p + terms) columns.
        if (n - 2 - 2 * maxLag - terms < 1) {
            throw tooShort(name, n, maxLag, terms, deterministic);
        }
        double[] dx = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            dx[i] = x[i + 1] - x[i];
        }
        int lag = maxLag;
        OptionalDouble criterion = OptionalDouble.empty();
        if (selection != LagSelection.FIXED) {
            // All candidate lags on the sample trimmed for maxLag, so their criteria compare. The
            // models are nested, so one factorisation of the largest design gives the residual sum
            // of squares of every smaller one (NestedLags); refitting each is the fallback when
            // the cross products are too ill-conditioned to trust.
            NestedLags nested = NestedLags.of(x, dx, maxLag, maxLag, deterministic);
            int rows = nested.rows();
            double best;
            if (selection == LagSelection.T_STAT) {
                double[] t = nested.nestedLastTValues();
                best = 0;
                for (int p = maxLag; p >= 0; p--) {
                    // The last column: the deepest lag, or the level itself when p = 0.
                    best = Math.abs(t != null ? t[p] : regression(x, dx, maxLag, p, deterministic).tValue(p));
                    lag = p;
                    if (best >= T_STAT_STOP) {
                        break;
                    }
                }
            } else {
                double[] ssrs = nested.nestedSsr();
                best = Double.POSITIVE_INFINITY;
                for (int p = 0; p <= maxLag; p++) {
                    double ssr = ssrs != null ? ssrs[p] : regression(x, dx, maxLag, p, deterministic).ssr();
                    int k = 1 + p + terms;
                    double logLik = -rows / 2.0 * (Math.log(2 * Math.PI) + Math.log(ssr / rows) + 1);
                    double ic = selection == LagSelection.AIC ? -2 * logLik + 2 * k : -2 * logLik + Math.log(rows) * k;
                    if (ic < best) {
                        best = ic;
                        lag = p;
                    }
                }
            }
            criterion = OptionalDouble.of(best);
        }
        int rows = dx.length - lag;
        if ((long) rows * (lag + 1 + terms) > LARGE_DESIGN) {
            // A design too large to hold twice in memory (1,000,000 rows x 100 lags is 800 MB): the
            // statistic from the cross products, unless they are too ill-conditioned to trust.
            double t = NestedLags.of(x, dx, lag, lag, deterministic).levelTValue();
            if (!Double.isNaN(t)) {
                return new Raw(t, lag, rows, maxLag, criterion);
            }
        }
        LeastSquares.Fit fit = regression(x, dx, lag, lag, deterministic);
        return new Raw(fit.tValue(0), lag, fit.nobs(), maxLag, criterion);
    }

    /**
     * Regresses dx_t on x_{t-1}, dx_{t-1..t-p} and the deterministic terms, over the rows that
     * {@code trim} lags allow: targets dx[trim..n-2].
     */
    private static LeastSquares.Fit regression(double[] x, double[] dx, int trim, int p, Deterministic d) {
        int rows = dx.length - trim;
        double[] y = new double[rows];
        double[][] columns = new double[1 + p][rows];
        for (int r = 0; r < rows; r++) {
            int t = r + trim;
            y[r] = dx[t];
            columns[0][r] = x[t];
            for (int i = 1; i <= p; i++) {
                columns[i][r] = dx[t - i];
            }
        }
        return LeastSquares.fit(y, d.appendTo(columns, rows));
    }

    private static IllegalArgumentException tooShort(String name, int n, int lag, int terms, Deterministic d) {
        int needed = Math.max(2 * lag + terms + 3, 2 * (terms + 1));
        return new IllegalArgumentException("Argument '" + name + "' must have at least " + needed
                + " observations for an ADF regression with " + lag + " lags and " + d
                + " but has length " + n);
    }
}
